"""The pull-request workflow runs what `make` runs, and the pre-commit hooks call the validator.

A workflow step that is not a Makefile target cannot be repeated locally, and drifts; so every
``run:`` must be one ``make`` call of a target that exists. ``make -n`` shows what a target runs.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
TARGET = re.compile(r"^([A-Za-z0-9_.-]+)\s*:(?!=)", re.M)


def _targets() -> set[str]:
    return set(TARGET.findall((REPO / "Makefile").read_text("utf-8")))


def _steps() -> list[dict[str, object]]:
    steps = []
    for workflow in WORKFLOWS:
        for job in yaml.safe_load(workflow.read_text("utf-8"))["jobs"].values():
            steps += job.get("steps", [])
    return steps


def _runs() -> list[str]:
    return [str(step["run"]).strip() for step in _steps() if "run" in step]


def test_there_is_a_workflow() -> None:
    assert WORKFLOWS, "no workflow in .github/workflows"


@pytest.mark.parametrize("run", _runs())
def test_each_run_is_one_make_target_that_exists(run: str) -> None:
    assert "\n" not in run, f"one command per step: {run!r}"
    words = shlex.split(run)
    assert words[0] == "make", f"a workflow step must call make: {run!r}"
    targets = [w for w in words[1:] if not w.startswith("-") and "=" not in w]
    assert len(targets) == 1, run
    assert targets[0] in _targets(), f"the Makefile has no target '{targets[0]}'"


def test_the_workflow_does_what_a_pull_request_needs() -> None:
    workflow = yaml.safe_load(WORKFLOWS[0].read_text("utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    runs = " | ".join(_runs())
    assert "make validate FORMAT=github" in runs
    assert "make bundle" in runs and "make test" in runs
    assert re.search(r"make diff BASE=\S+ .*OUT=\"\$GITHUB_STEP_SUMMARY\"", runs)
    uses = [str(step.get("uses", "")).split("@")[0] for step in _steps()]
    assert uses.count("actions/upload-artifact") == 2
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses


@pytest.mark.parametrize(("args", "command"), [
    (["validate", "FORMAT=github"], ".venv/bin/berpijar validate curriculum --format github"),
    (["diff", "BASE=origin/main", "HEAD=HEAD", "OUT=summary.md"],
     '.venv/bin/berpijar diff origin/main HEAD >> "summary.md"'),
    (["diff", "BASE=main"], ".venv/bin/berpijar diff main"),
    (["bundle"], ".venv/bin/berpijar bundle site -o asn-berpijar.zip"),
])
def test_make_targets_run_the_berpijar_commands(args: list[str], command: str) -> None:
    dry = subprocess.run(["make", "-n", *args], cwd=REPO, capture_output=True, text=True, check=True)
    assert command in dry.stdout.splitlines()


def test_pre_commit_hook_runs_the_validator() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "berpijar-validate")
    assert hook["entry"] == "berpijar validate" and hook["language"] == "python"
    assert hook["files"] == "^curriculum/" and hook["pass_filenames"] is False
    own = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text("utf-8"))
    local = next(r for r in own["repos"] if r["repo"] == "local")
    mine = next(h for h in local["hooks"] if h["id"] == "berpijar-validate")
    assert mine["entry"].split("/")[-1] == "berpijar validate" and mine["files"] == "^curriculum/"
