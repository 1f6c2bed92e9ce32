"""YAML mistakes authors really make: the right code, the line to fix, and a fix that says how.

libyaml blames the place it got stuck (often the next line) in parser English; these cases
pin the line the author must change and the Indonesian advice the issue asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.cli import main
from build_tools.diagnostics.diagnostic import diag
from build_tools.yaml_tree import YamlProblem, parse

REPO = Path(__file__).resolve().parents[2]
RULES = REPO / "tests" / "fixtures" / "rules"

CASES = [
    # text, code, (line, column), words the Indonesian fix must contain
    ("judul: Transformasi Digital: Konsep\nmenit: 45\n", "E-YAML-COLON", (1, 28),
     "beri tanda kutip pada judul yang mengandung titik dua"),
    ("judul: x\n\tmenit: 45\n", "E-YAML-TAB", (2, 1), "gunakan spasi, bukan tab"),
    ("kuis:\n\t- soal: x\n", "E-YAML-TAB", (2, 1), "gunakan spasi, bukan tab"),
    ("judul: x\nmenit:45\nmetode: [a]\n", "E-YAML-NO-SPACE", (2, 7), "tambahkan spasi setelah titik dua"),
    ("judul: x\nmenit:45\n", "E-YAML-NO-SPACE", (2, 7), "tambahkan spasi setelah titik dua"),
    ("kuis:\n  - soal: x\n    pilihan: [a, b]\n   jawaban: 1\n", "E-YAML-INDENT", (4, 4), "spasi"),
    ("judul: x\n menit: 45\n", "E-YAML-INDENT", (2, 2), "spasi"),
    ('judul: "Pengenalan\nmenit: 45\n', "E-YAML-UNCLOSED", (1, 8), "tutup tanda kutip"),
    ("metode: [a, b\nmenit: 45\n", "E-YAML-UNCLOSED", (1, 9), "tutup tanda kutip atau kurung"),
    ('judul: "Satu Pintu" di daerah\n', "E-YAML-AFTER-QUOTE", (1, 21), "kutip seluruh nilai"),
    ("judul: @LAN_RI\n", "E-YAML-RESERVED", (1, 8), "beri tanda kutip"),
    ('judul: "C:\\Users"\n', "E-YAML", (1, 13), "tanda kutip"),
    # libyaml blames a later line; the author's line is the one reported.
    ('judul: "Pengenalan\nindikator: Peserta "mampu" x\nmenit: 45\n', "E-YAML-UNCLOSED", (1, 8), "tutup tanda kutip"),
    ("judul: 'Pengenalan\nmenit: 45\nkuis:\n  - soal: Apa itu 'SPBE'?\n", "E-YAML-UNCLOSED", (1, 8), "tutup"),
    ("kuis:\n  - soal:Apa?\n    jawaban: 1\n", "E-YAML-NO-SPACE", (2, 10), "tambahkan spasi setelah titik dua"),
    ("kuis:\n  - soal: Apa arti: SPBE?\n    jawaban: 1\n", "E-YAML-COLON", (2, 19), "beri tanda kutip"),
    ("judul Pengenalan\nmenit: 45\n", "E-YAML", (1, 1), "titik dua tidak ditemukan"),
    ("judul: [Draf] Pengenalan\n", "E-YAML-RESERVED", (1, 8), "beri tanda kutip"),
    ("kuis:\n  - soal: x\n  \tjawaban: 1\n", "E-YAML-TAB", (3, 3), "gunakan spasi, bukan tab"),
]


@pytest.mark.parametrize(("text", "code", "where", "advice"), CASES)
def test_mistake_is_named_placed_and_explained(text: str, code: str, where: tuple[int, int], advice: str) -> None:
    with pytest.raises(YamlProblem) as refused:
        parse(text)
    problem = refused.value
    assert (problem.code, (problem.line, problem.column)) == (code, where)
    d = diag("f.yml", problem.line, problem.column, problem.code, **problem.details)
    said = f"{d.message()} {d.fix()}".lower()
    assert advice in said
    # No parser English in the Indonesian message, and English with --lang en.
    for english in ("mapping values", "could not find", "did not find", "while scanning", "found "):
        assert english not in d.message()
    assert d.message("en") != d.message() and d.fix("en") != d.fix()


def test_front_matter_lines_count_from_the_file() -> None:
    with pytest.raises(YamlProblem) as refused:
        parse("judul: x\nmenit:45\n", line_offset=1)
    assert (refused.value.line, refused.value.column) == (3, 7)


def _validate(case: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["validate", str(RULES / case / "curriculum"), *args])
    assert result.exit_code == 1, result.output
    return result.output


def test_cli_colon_in_title_before_and_after() -> None:
    """The message an author reads, whole, in both languages."""
    output = _validate("yaml-materi")
    assert output.splitlines()[:2] == [
        "curriculum/contoh-modul/01-pengenalan.md:2:18: error: [E-YAML-COLON] titik dua diikuti spasi "
        "di dalam nilai 'judul' yang tidak diberi tanda kutip; beri tanda kutip",
        "  cara memperbaiki: Beri tanda kutip pada judul yang mengandung titik dua (begitu pula nilai "
        "lain), misalnya judul: \"Transformasi Digital: Konsep dan Praktik\".",
    ]
    english = _validate("yaml-materi", "--lang", "en")
    assert "[E-YAML-COLON] a colon followed by a space inside the unquoted value of 'judul'; quote the value" in english
    assert "  how to fix: Quote a title" in english


def test_cli_latin1_file_says_how_to_save_as_utf8() -> None:
    output = _validate("not-utf8-latin1-program")
    first, fix = output.splitlines()[:2]
    assert first.startswith("curriculum/program.yml:1:19: error: [E-ENCODING] ")
    assert "0xe9" in first and "'é'" in first and "Windows-1252" in first
    assert first.endswith("simpan ulang sebagai UTF-8")
    assert "Save with Encoding" in fix and "Save As" in fix and "UTF-8" in fix


def test_cli_duplicate_kode_names_the_other_file_in_both() -> None:
    lines = [line for line in _validate("kode-duplicate-copy-requires-original").splitlines()
             if "] " in line]
    assert [line.split(": error: ")[0] for line in lines] == [
        "curriculum/awal-modul/index.md:2:7", "curriculum/contoh-modul/index.md:2:7"]
    assert lines[0].endswith("juga dipakai oleh curriculum/contoh-modul/index.md")
    assert lines[1].endswith("juga dipakai oleh curriculum/awal-modul/index.md")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab :-\"'[]{}#\t\n|>@*&!%`,?\\")), max_size=60))
def test_any_broken_yaml_becomes_a_catalogue_diagnostic(text: str) -> None:
    """Whatever libyaml says, the author gets a catalogue code and a place inside the text."""
    try:
        parse(text, line_offset=1)
    except YamlProblem as problem:
        d = diag("f.yml", problem.line, problem.column, problem.code, **problem.details)
        assert d.message() and d.message("en") and d.fix()
        # Never libyaml's English in the Indonesian message.
        assert not re.search(r"\b(found|expected|while|context|allowed)\b", d.message()), d.message()
        assert 2 <= problem.line <= text.count("\n") + 2


@pytest.mark.parametrize("text", ["judul: x\r\r  menit: 45\n", "a: 1\rb: [1\n", "judul: x\r\n\r menit: 45\n"])
def test_a_stray_carriage_return_does_not_move_the_reported_line_past_the_file(text: str) -> None:
    """libyaml breaks lines at a lone CR; the report counts lines by LF, like the file's editor."""
    with pytest.raises(YamlProblem) as caught:
        parse(text)
    lines = text.replace("\r\n", "\n").split("\n")
    line, column = caught.value.line, caught.value.column
    assert 1 <= line <= len(lines)
    assert 1 <= column <= len(lines[line - 1]) + 1
