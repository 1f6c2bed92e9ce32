"""``berpijar diff``: pairs of fixture curricula with their expected output, and git revisions.

The pairs and what changed between their sides are in tests/fixtures/diff/make_cases.py; the
expected outputs beside them were reviewed against those edits.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools import diff
from build_tools.cli import main

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "diff"
VALID = CASES.parent / "valid" / "curriculum"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["diff", *args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if (p / "base").is_dir()))
@pytest.mark.parametrize(("fmt", "suffix"), [("markdown", "md"), ("json", "json")])
def test_fixture_pair(case: str, fmt: str, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES / case)
    code, out = _run("base/curriculum", "head/curriculum", "--format", fmt)
    assert code == 0
    assert out == (CASES / case / f"expected.{suffix}").read_text("utf-8")


def test_every_case_is_a_fixture_pair() -> None:
    from tests.fixtures.diff.make_cases import CASES as MADE

    on_disk = {p.name for p in CASES.iterdir() if (p / "base" / "curriculum").is_dir()}
    assert on_disk == set(MADE)


def test_materi_renamed_by_its_content(tmp_path: Path) -> None:
    """New number, new slug, new title: a materi whose body barely changed is the same materi."""
    base, head = tmp_path / "a" / "curriculum", tmp_path / "b" / "curriculum"
    shutil.copytree(VALID, base)
    shutil.copytree(VALID, head)
    old = head / "contoh-modul" / "01-pengenalan.md"
    text = old.read_text("utf-8").replace("judul: Pengenalan", "judul: Konsep Validasi")
    old.unlink()
    (head / "contoh-modul" / "03-konsep.md").write_text(text, "utf-8")
    (head / "contoh-modul" / "02-penerapan.md").write_text(
        (head / "contoh-modul" / "02-penerapan.md").read_text("utf-8").replace("01-pengenalan.md", "03-konsep.md"),
        "utf-8")
    found = diff.compare_sides(diff.read(base), diff.read(head))
    materi = found["modul"]["changed"][0]["materi"]
    assert materi["renamed"] == [{"base": "01-pengenalan.md", "head": "03-konsep.md", "by": "isi"}]
    assert "added" not in materi and "removed" not in materi
    judul = next(c for c in materi["changed"] if c["file"] == "03-konsep.md")["fields"]
    assert {"field": "judul", "base": "Pengenalan", "head": "Konsep Validasi"} in judul


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args], cwd=repo,
                   check=True, capture_output=True)


def test_git_revisions_and_the_working_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(VALID, repo / "curriculum")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    index = repo / "curriculum" / "contoh-modul" / "index.md"
    index.write_text(index.read_text("utf-8").replace("status: terbit", "status: draf"), "utf-8")
    _git(repo, "commit", "-qam", "draft")
    index.write_text(index.read_text("utf-8").replace("judul: Modul Contoh", "judul: Modul Baru"), "utf-8")
    monkeypatch.chdir(repo)

    code, out = _run("HEAD~1", "HEAD", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["base"] == "HEAD~1" and data["head"] == "HEAD"
    assert data["modul"]["status"] == [{"kode": "CTH.01", "judul": "Modul Contoh", "base": "terbit", "head": "draf"}]

    code, out = _run("main")  # against the working tree: the uncommitted title
    assert code == 0 and "judul: `Modul Contoh` → `Modul Baru`" in out

    code, out = _run("tidak-ada")
    assert code == 2 and "'tidak-ada' bukan folder dan bukan revisi git" in out


def test_an_unreadable_side_is_said_plainly(tmp_path: Path) -> None:
    head = tmp_path / "b" / "curriculum"
    shutil.copytree(VALID, head)
    (head / "program.yml").write_text("judul: [tidak ditutup\n", "utf-8")
    code, out = _run(str(VALID), str(head))
    assert code == 1
    assert f"kurikulum `{head}` tidak dapat dibaca (program.yml bermasalah)" in out
    assert "curriculum/program.yml:1:8: error: [E-YAML-UNCLOSED]" in out  # the validator's own diagnostic
