"""The validator against its rule fixtures, and the ``berpijar validate`` command around it.

Each ``tests/fixtures/rules/<case>/`` holds a ``curriculum/`` (the valid fixture broken in one
way) and ``expected.txt``, the diagnostics it must produce as ``PATH:LINE:COLUMN: severity:
[CODE]`` without the message, so the wording can change without touching the fixtures.
``tests/fixtures/make_rules.py`` writes them; a test here checks the files on disk are its
output.
"""

from __future__ import annotations

import filecmp
import importlib.util
import json
import os
import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main
from build_tools.diagnostics import CATALOGUE, Diagnostic, Severity
from build_tools.validate import check

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
VALID = FIXTURES / "valid" / "curriculum"
RULES = FIXTURES / "rules"
CASES = sorted(p.name for p in RULES.iterdir() if (p / "expected.txt").is_file())
EXPECTED_LINE = re.compile(r"^[^:\s]+:\d+:\d+: (error|warning): \[[EW]-[A-Z0-9-]+\]$")
TEXT_LINE = re.compile(r"^(?P<where>[^:\s]+:\d+:\d+): (?P<severity>error|warning): \[(?P<code>[EW]-[A-Z0-9-]+)\] .+$")
SUMMARY = re.compile(r"^\d+ galat, \d+ peringatan$")
FIX_LINE = re.compile(r"^  cara memperbaiki: \S.*$")
# Codes whose case cannot be a file in git, or is not about a curriculum: tested below.
TESTED_ELSEWHERE = {
    "E-SYMLINK": "test_symbolic_links_are_refused",
    "E-DIR-MISSING": "test_cli_missing_folder_exits_2",
    "E-YAML-TOO-COMPLEX": "tests/unit/test_load.py",
    # Files of megabytes do not belong in git: made sparse in the test.
    "E-SIZE-FRONTMATTER": "tests/unit/test_hostile.py",
    "E-SIZE-FILE": "tests/unit/test_hostile.py",
    "E-SIZE-MEDIA": "tests/unit/test_hostile.py",
    "E-SIZE-TOTAL": "tests/unit/test_hostile.py",
    # Reported by the build's output check, not by the validator.
    "E-OUTPUT-UNSAFE": "tests/integration/test_hostile_output.py",
    "E-OUTPUT-LINK": "tests/integration/test_hostile_output.py",
}


def line_of(d: Diagnostic) -> str:
    return f"{d.path}:{d.line}:{d.column}: {d.severity.value}: [{d.code}]"


def expected(case: str) -> list[str]:
    lines = [line for line in (RULES / case / "expected.txt").read_text("utf-8").splitlines() if line.strip()]
    for line in lines:
        assert EXPECTED_LINE.match(line), f"{case}/expected.txt: not a diagnostic line: {line!r}"
    return lines


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


# The rule fixtures ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_rule_case(case: str) -> None:
    """Every expected diagnostic is reported, at its place, and nothing else is."""
    _, report = check(RULES / case / "curriculum")
    got = {line_of(d): d for d in report.diagnostics}
    want = expected(case)
    missing = [line for line in want if line not in got]
    besides = [d.text("en") for line, d in got.items() if line not in want]
    assert not missing and not besides, f"{case}: not reported {missing}; reported besides {besides}"


def test_valid_fixture_has_no_diagnostics() -> None:
    _, report = check(VALID)
    assert [d.text() for d in report.diagnostics] == []
    assert report.render() == "0 galat, 0 peringatan"


def test_fixtures_on_disk_are_what_make_rules_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_rules", FIXTURES / "make_rules.py")
    assert spec and spec.loader
    make_rules = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_rules)
    make_rules.build(tmp_path / "rules")

    def differences(cmp: filecmp.dircmp[str], here: str = "") -> list[str]:
        found = [f"{here}{name}" for name in cmp.left_only + cmp.right_only + cmp.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found += [f"{here}{name}" for name in mismatch + errors]
        for name, sub in cmp.subdirs.items():
            found += differences(sub, f"{here}{name}/")
        return found

    stale = differences(filecmp.dircmp(str(RULES), str(tmp_path / "rules")))
    assert not stale, f"run python tests/fixtures/make_rules.py and review the diff: {stale}"


def test_every_catalogue_code_has_a_case() -> None:
    covered = {line.split("[", 1)[1].rstrip("]") for case in CASES for line in expected(case)}
    untested = set(CATALOGUE) - covered - set(TESTED_ELSEWHERE)
    assert not untested, f"no rule fixture reports {sorted(untested)}"


def test_unknown_key_suggests_the_nearest_key() -> None:
    _, report = check(RULES / "materi-key-typo" / "curriculum")
    (unknown,) = [d for d in report.diagnostics if d.code == "E-KEY-UNKNOWN"]
    assert "judl" in unknown.message() and "'judul'" in unknown.message()
    assert unknown.message("en") == "unknown key 'judl'; did you mean 'judul'?"


def test_every_message_renders_in_both_languages() -> None:
    """Each diagnostic of every case fills its templates: one readable line per language."""
    for case in CASES:
        _, report = check(RULES / case / "curriculum")
        for d in report.diagnostics:
            assert d.message("id") != d.message("en"), d.code
            for lang in ("id", "en"):
                assert d.message(lang).strip() and "\n" not in d.text(lang)


def test_symbolic_links_are_refused(valid_copy: Path, tmp_path: Path) -> None:
    """A link to a file or folder outside: refused, and what it points at is never read."""
    outside = tmp_path / "outside"
    (outside / "modul").mkdir(parents=True)
    (outside / "rahasia.md").write_text("---\njudul: x\n---\n<script>alert(1)</script>\n", "utf-8")
    try:
        os.symlink(outside / "rahasia.md", valid_copy / "contoh-modul" / "03-rahasia.md")
        os.symlink(outside / "modul", valid_copy / "modul-luar", target_is_directory=True)
        os.symlink("diagram.svg", valid_copy / "contoh-modul" / "media" / "salinan.svg")
    except OSError as exc:  # pragma: no cover - platforms without symlinks
        pytest.skip(f"cannot create symbolic links here: {exc}")
    _, report = check(valid_copy)
    assert sorted(line_of(d) for d in report.diagnostics) == [
        "curriculum/contoh-modul/03-rahasia.md:1:1: error: [E-SYMLINK]",
        "curriculum/contoh-modul/media/salinan.svg:1:1: error: [E-SYMLINK]",
        "curriculum/modul-luar:1:1: error: [E-SYMLINK]",
    ]


def test_diagnostics_are_sorted_by_path_and_line(valid_copy: Path) -> None:
    """Problems in several files, written last file first: reported top to bottom."""
    svg = valid_copy / "contoh-modul" / "media" / "diagram.svg"
    svg.write_text(svg.read_text("utf-8").replace('role="img"', 'role="img" onload="x()"'), "utf-8")
    program = valid_copy / "program.yml"
    program.write_text(program.read_text("utf-8").replace("lisensi: CC-BY-SA-4.0\n", ""), "utf-8")
    b = valid_copy / "contoh-modul" / "02-penerapan.md"
    b.write_text(b.read_text("utf-8") + "\n<script>x()</script>\n\n[situs](http://lan.go.id)\n", "utf-8")
    a = valid_copy / "contoh-modul" / "01-pengenalan.md"
    a.write_text(a.read_text("utf-8").replace("menit: 45", "menit: 4").replace("### Rincian", "#### Rincian"),
                 "utf-8")
    _, report = check(valid_copy)
    order = [(d.path, d.line, d.column) for d in report.diagnostics]
    assert len({path for path, _, _ in order}) == 4 and len(order) >= 6
    assert order == sorted(order)
    code, output = run(str(valid_copy))
    lines = output.splitlines()
    assert [TEXT_LINE.match(line)["where"] for line in lines[:-1:2]] == [f"{p}:{n}:{c}" for p, n, c in order]
    assert all(FIX_LINE.match(line) for line in lines[1:-1:2])


# The command line -------------------------------------------------------------------------------


def test_cli_valid_exits_0_with_only_the_summary() -> None:
    code, output = run(str(VALID))
    assert code == 0
    assert output.splitlines() == ["0 galat, 0 peringatan"]


def test_cli_error_exits_1_and_ends_with_the_summary() -> None:
    code, output = run(str(RULES / "materi-key-typo" / "curriculum"))
    assert code == 1
    *lines, summary = output.splitlines()
    assert summary == "2 galat, 0 peringatan" and SUMMARY.match(summary)
    diagnostics, fixes = lines[0::2], lines[1::2]
    assert len(diagnostics) == 2 and all(TEXT_LINE.match(line) for line in diagnostics)
    assert diagnostics[1] == (
        "curriculum/contoh-modul/01-pengenalan.md:2:1: error: [E-KEY-UNKNOWN] "
        "kunci 'judl' tidak dikenal; maksud Anda 'judul'?"
    )
    assert fixes[1] == f"  cara memperbaiki: {CATALOGUE['E-KEY-UNKNOWN'].fix}" and FIX_LINE.match(fixes[1])


def test_cli_only_warnings_exits_0() -> None:
    code, output = run(str(RULES / "warn-http-link" / "curriculum"))
    assert code == 0
    assert output.splitlines()[-1] == "0 galat, 1 peringatan"
    assert "warning: [W-LINK-HTTP]" in output


def test_cli_missing_folder_exits_2(tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "tidak-ada"))
    assert code == 2
    assert "[E-DIR-MISSING]" in output and "tidak-ada" in output


def test_cli_lang_en_gives_english_messages() -> None:
    folder = str(RULES / "materi-key-typo" / "curriculum")
    code, output = run(folder, "--lang", "en")
    assert code == 1
    assert "[E-KEY-UNKNOWN] unknown key 'judl'; did you mean 'judul'?" in output
    assert "[E-KEY-MISSING] required key 'judul' is missing" in output
    assert f"\n  how to fix: {CATALOGUE['E-KEY-MISSING'].fix_en}\n" in output
    assert output.splitlines()[-1] == "2 error(s), 0 warning(s)"
    assert "galat" not in output and "kunci" not in output


def test_cli_json_lists_the_diagnostics() -> None:
    code, output = run(str(RULES / "prasyarat-cycle" / "curriculum"), "--format", "json")
    assert code == 1
    data = json.loads(output)
    assert data["errors"] == 1 and data["warnings"] == 0
    (entry,) = data["diagnostics"]
    assert entry["path"] == "curriculum/contoh-modul/index.md"
    assert (entry["severity"], entry["code"]) == ("error", "E-PRASYARAT-CYCLE")
    assert isinstance(entry["line"], int) and isinstance(entry["column"], int)
    assert "CTH.01 → CTH.02 → CTH.01" in entry["message"]
    assert entry["fix"] == CATALOGUE["E-PRASYARAT-CYCLE"].fix


def test_cli_json_of_a_valid_tree_is_an_empty_list() -> None:
    code, output = run(str(VALID), "--format", "json", "--lang", "en")
    assert code == 0
    assert json.loads(output) == {"diagnostics": [], "errors": 0, "warnings": 0}


def test_cli_github_prints_annotations() -> None:
    code, output = run(str(RULES / "warn-heading-skip" / "curriculum"), "--format", "github")
    assert code == 0
    assert re.fullmatch(
        r"::warning file=curriculum/contoh-modul/01-pengenalan\.md,line=\d+,col=1::\[W-HEADING-SKIP\] .+",
        output.splitlines()[0],
    )
    code, output = run(str(RULES / "jawaban-outside-pilihan" / "curriculum"), "--format", "github")
    assert code == 1
    (want,) = expected("jawaban-outside-pilihan")
    path, line, column = want.split(":")[:3]
    assert output.startswith(f"::error file={path},line={line},col={column}::[E-JAWABAN-RANGE] jawaban 3 ")
    # The fix is the annotation's second line (an escaped newline inside the one command).
    assert f"%0Acara memperbaiki: {CATALOGUE['E-JAWABAN-RANGE'].fix}" in output.splitlines()[0]


# The catalogue ----------------------------------------------------------------------------------

CODE_IN_SOURCE = re.compile(r"""["']([EW]-[A-Z0-9]+(?:-[A-Z0-9]+)*)["']""")


def test_every_code_the_validator_uses_is_in_the_catalogue() -> None:
    sources = [*(REPO / "build_tools" / "validate").rglob("*.py")]
    sources += [REPO / "build_tools" / name for name in ("load.py", "yaml_tree.py")]
    sources += [*(REPO / "build_tools" / "cli").rglob("*.py")]
    used = {code for file in sources for code in CODE_IN_SOURCE.findall(file.read_text("utf-8"))}
    assert {"E-YAML", "E-KEY-UNKNOWN", "E-UNSAFE-HTML", "W-KUIS-MISSING"} <= used
    assert not used - set(CATALOGUE), f"codes missing from the catalogue: {sorted(used - set(CATALOGUE))}"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_catalogue_entry_is_complete(code: str) -> None:
    entry = CATALOGUE[code]
    assert entry.code == code
    assert entry.id.strip() and entry.en.strip(), "both an Indonesian and an English message"
    assert entry.severity is (Severity.ERROR if code.startswith("E-") else Severity.WARNING)

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    assert fields(entry.id) == fields(entry.en), "both messages take the same arguments"
    # "Cara memperbaiki": every entry says how to fix it, in both languages, and may only
    # quote arguments its message has.
    assert entry.fix.strip() and entry.fix_en.strip(), f"{code}: fix and fix_en must be filled"
    assert entry.fix != entry.fix_en
    assert fields(entry.fix) <= fields(entry.id) and fields(entry.fix_en) <= fields(entry.id)
