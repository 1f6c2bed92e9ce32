"""Property tests: whatever a pull request puts in a file, the validator answers with
diagnostics (never a traceback) at places that exist in the file. (That what the renderer
would run is always reported is a property of tests/unit/test_unsafe.py.)

Each example builds its own small tree in a temporary folder (hypothesis runs many examples
in one test call, so pytest's ``tmp_path`` would be shared between them).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from build_tools.cli import main
from build_tools.diagnostics import Report
from build_tools.schemas import schema
from build_tools.validate import check

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid" / "curriculum"
MATERI = "contoh-modul/01-pengenalan.md"
PROGRAM = "program.yml"
MATERI_KEYS = sorted(schema("materi")["properties"])

FUZZ = settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def tree_with(files: dict[str, bytes]) -> Iterator[Path]:
    """The valid curriculum with some files replaced, in a folder of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "curriculum"
        shutil.copytree(VALID, folder)
        for rel, data in files.items():
            (folder / rel).write_bytes(data)
        yield folder


def assert_positions_exist(report: Report, folder: Path) -> None:
    """Each diagnostic points at a line of its file, and at most one column past its end."""
    for d in report.diagnostics:
        file = folder.parent / d.path
        if not file.is_file() or file.suffix not in (".md", ".yml", ".svg"):
            assert (d.line, d.column) == (1, 1), d.text()
            continue
        text = file.read_bytes().decode("utf-8", "replace").removeprefix("\ufeff").replace("\r\n", "\n")
        lines = text.split("\n")
        assert 1 <= d.line <= len(lines), d.text()
        assert 1 <= d.column <= len(lines[d.line - 1]) + 1, d.text()


# Arbitrary bytes --------------------------------------------------------------------------------

some_bytes = st.one_of(
    st.binary(max_size=600),
    st.builds(lambda b: b"---\n" + b, st.binary(max_size=600)),
    st.builds(lambda a, b: b"---\n" + a + b"\n---\n" + b, st.binary(max_size=300), st.binary(max_size=300)),
    st.builds(lambda t: t.encode("utf-8"), st.text(max_size=400)),
)


@pytest.mark.parametrize("name", [MATERI, PROGRAM])
@FUZZ
@given(data=some_bytes)
def test_any_bytes_as_a_materi_file_or_program_yml_are_errors_not_crashes(name: str, data: bytes) -> None:
    with tree_with({name: data}) as folder:
        _, report = check(folder)
        assert report.diagnostics and report.errors >= 1
        assert_positions_exist(report, folder)


@FUZZ
@given(st.data())
def test_a_valid_file_with_a_few_bytes_changed_never_crashes(data: st.DataObject) -> None:
    """Mutations of real files reach deeper than random bytes: past the parser, into rules."""
    rel = data.draw(st.sampled_from([MATERI, PROGRAM, "contoh-modul/index.md", "contoh-modul/media/diagram.svg"]))
    raw = bytearray((VALID / rel).read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        cut = data.draw(st.integers(0, 6))
        raw[at : at + cut] = data.draw(st.binary(max_size=6) | st.sampled_from([b"\n", b": ", b"- ", b"<", b"`", b"["]))
    with tree_with({rel: bytes(raw)}) as folder:
        _, report = check(folder)
        assert_positions_exist(report, folder)


# Arbitrary YAML structures as front matter ---------------------------------------------------------

scalars = (
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | st.text(max_size=30)
)
structures = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=25,
)
front_matter = st.one_of(
    st.dictionaries(st.sampled_from(MATERI_KEYS) | st.text(max_size=10), structures, max_size=9),
    structures,
)
materi_validator = Draft202012Validator(schema("materi"))


@FUZZ
@given(front_matter)
def test_any_yaml_structure_as_front_matter_is_judged_not_crashed(meta: Any) -> None:
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    text = f"---\n{dumped}---\n\n## Bagian\n\nTeks.\n"
    with tree_with({MATERI: text.encode("utf-8")}) as folder:
        result = CliRunner().invoke(main, ["validate", str(folder), "--format", "json"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert "Traceback" not in result.output
        report = json.loads(result.output)
        loaded = yaml.safe_load(dumped)
        if not (isinstance(loaded, dict) and materi_validator.is_valid(loaded)):
            assert result.exit_code == 1
            assert report["errors"] >= 1 and report["diagnostics"]
        else:
            assert result.exit_code in (0, 1)  # a valid row may still break a rule across files


def test_cli_on_a_broken_tree_prints_diagnostics_not_a_traceback() -> None:
    broken = {
        MATERI: b"---\njudul: [x\n\xff\xfe---\n",
        PROGRAM: b"!!python/object/apply:os.system ['echo x']\n",
        "contoh-modul/index.md": b"---\nkode: &a [*a]\n---\n",
        "contoh-modul/02-penerapan.md": b"---\n- 1\n---\n<script>`\n",
    }
    with tree_with(broken) as folder:
        for fmt in ("text", "json", "github"):
            result = CliRunner().invoke(main, ["validate", str(folder), "--format", fmt])
            assert result.exit_code == 1, result.output
            assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
        assert result.output.count("::error ") >= 4


# Markdown bodies ---------------------------------------------------------------------------------

PIECES = [
    "```", "````", "~~~", "`", "``", "\n", "\n\n", "  ", "    ", "\t", "> ", "- ", "1. ", "## ", "#### ",
    "# ", "\\", "|", "\n|---|---|\n", "---", "===", "[", "]", "(", ")", "<", ">", '"', "'", "=", "/", "{", "}",
    "teks", " ", "python", "é", "→", "[t](02-penerapan.md#langkah-penerapan)", "[t](#tidak-ada)",
    "[klik di sini](http://lan.go.id)", "![](media/diagram.svg)", "![a](media/x.png)", "[r]: ", "[r]",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", " onclick=alert(1)", "<a title=\"", "<a ",
    "<div>", "</div>", "<div markdown>", "<span>", "<!--", "-->", "&#x61;", "javascript:alert(1)",
    "[t](javascript:alert(1))", "{: onclick=alert(1)}", "{ href=javascript:x }", "*", "_", "!",
]
bodies = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@FUZZ
@given(bodies)
def test_any_markdown_body_gives_positions_inside_the_file(body: str) -> None:
    text = (VALID / MATERI).read_text("utf-8") + body + "\n"
    with tree_with({MATERI: text.encode("utf-8")}) as folder:
        _, report = check(folder)
        assert_positions_exist(report, folder)
