"""Editor help that works: the schema modeline, VS Code's schema map, and the validate task.

The VS Code task's problem matcher is the route that puts front-matter mistakes of ``.md``
files on their line in the editor (the YAML extension does not read Markdown front matter);
its regular expression is run here against the validator's real output.
"""

from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path

from click.testing import CliRunner

from build_tools.cli import main

REPO = Path(__file__).resolve().parents[2]
RULES = REPO / "tests" / "fixtures" / "rules"


def test_program_yml_names_its_schema_in_a_modeline() -> None:
    program = REPO / "curriculum" / "program.yml"
    first = program.read_text("utf-8").splitlines()[0]
    found = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert found, first
    assert (program.parent / found[1]).resolve() == REPO / "build_tools" / "schemas" / "program.schema.json"


def test_vscode_maps_every_schema_path_to_real_files() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text("utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping, "yaml.schemas must map at least program.yml"
    files = [p.relative_to(REPO).as_posix() for p in (REPO / "curriculum").rglob("*")]
    for schema_path, globs in mapping.items():
        assert (REPO / schema_path).is_file(), schema_path
        for pattern in [globs] if isinstance(globs, str) else globs:
            assert any(fnmatch.fnmatch(f, pattern) for f in files), pattern
    recommended = json.loads((REPO / ".vscode" / "extensions.json").read_text("utf-8"))
    assert {"redhat.vscode-yaml", "unifiedjs.vscode-remark"} <= set(recommended["recommendations"])
    # The remark extension only lints here (with .remarkrc.mjs); it must never reformat a page.
    assert settings["remark.requireConfig"] is True and settings["[markdown]"]["editor.formatOnSave"] is False


def test_remark_config_points_at_the_schemas() -> None:
    """.remarkrc.mjs (front matter in .md files, live in the editor) names the real schemas;
    tests/js/frontmatter.test.mjs runs it."""
    config = (REPO / ".remarkrc.mjs").read_text("utf-8")
    for kind in ("modul", "materi"):
        path = f"./build_tools/schemas/{kind}.schema.json"
        assert f'"{path}"' in config and (REPO / path).is_file()


def test_validate_task_matcher_reads_the_validator_output() -> None:
    tasks = json.loads((REPO / ".vscode" / "tasks.json").read_text("utf-8"))["tasks"]
    (task,) = [t for t in tasks if t["args"][0] == "validate"]
    pattern = task["problemMatcher"]["pattern"]
    regexp = re.compile(pattern["regexp"])
    result = CliRunner().invoke(main, ["validate", str(RULES / "yaml-no-space-after-colon" / "curriculum")])
    first, fix, summary = result.output.splitlines()
    found = regexp.match(first)
    assert found, first
    assert found[pattern["file"]] == "curriculum/contoh-modul/01-pengenalan.md"
    assert (found[pattern["line"]], found[pattern["column"]]) == ("11", "7")
    assert (found[pattern["severity"]], found[pattern["code"]]) == ("error", "E-YAML-NO-SPACE")
    assert found[pattern["message"]].startswith("tidak ada spasi setelah titik dua")
    assert not regexp.match(fix) and not regexp.match(summary)
