"""Loading: where each value came from, in the file's own lines and columns.

Front-matter lines count from the file's first line (the opening ``---`` is line 1), columns
count characters, and a byte-order mark or CRLF line ends change neither.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from build_tools.diagnostics import Diagnostic
from build_tools.load import load, load_markdown, load_yaml
from build_tools.validate import check
from build_tools.yaml_tree import Position, TextSpan, YamlProblem, parse

MATERI = """\
---
judul: Pengenalan
indikator: Peserta mampu menjelaskan konsep dasar.
sub_materi:
  - Konsep dasar
metode: [Ceramah]
media: [Bahan bacaan]
menit: 45
kuis:
  - soal: Apa?
    pilihan:
      - Ya
      - Tidak
    jawaban: 1
    pembahasan: Karena.
---

## Konsep dasar

Teks.
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    file = folder / name
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return file


def load_doc(tmp_path: Path, text: str | bytes, name: str = "curriculum/m/01-a.md"):
    problems: list[Diagnostic] = []
    doc = load_markdown(write(tmp_path, name, text), tmp_path, problems)
    return doc, problems


# Front matter positions -------------------------------------------------------------------------


def test_top_level_key_on_line_n_is_at_line_n(tmp_path: Path) -> None:
    doc, problems = load_doc(tmp_path, MATERI)
    assert problems == []
    assert doc.path == "curriculum/m/01-a.md"
    assert doc.where("judul") == Position(2, 1)
    assert doc.where("menit") == Position(8, 1)
    assert doc.tree is not None and doc.tree.value_at(("menit",)) == Position(8, 8)


def test_nested_keys_have_their_own_column(tmp_path: Path) -> None:
    doc, _ = load_doc(tmp_path, MATERI)
    assert doc.where("kuis", 0, "soal") == Position(10, 5)
    assert doc.where("kuis", 0, "jawaban") == Position(14, 5)
    assert doc.tree is not None
    assert doc.tree.value_at(("kuis", 0, "jawaban")) == Position(14, 14)
    assert doc.tree.value_at(("kuis", 0, "pilihan", 1)) == Position(13, 9)
    assert doc.tree.value_at(("metode", 0)) == Position(6, 10)  # inside a flow list


def test_body_line_is_the_line_after_the_closing_fence(tmp_path: Path) -> None:
    doc, _ = load_doc(tmp_path, MATERI)
    assert doc.body_line == 17
    assert doc.body.startswith("\n## Konsep dasar")
    lines = MATERI.split("\n")
    assert lines[doc.body_line - 1] == "" and lines[doc.body_line] == "## Konsep dasar"


def test_validator_reports_at_the_key_and_at_body_text(valid_copy: Path) -> None:
    file = valid_copy / "contoh-modul" / "02-penerapan.md"
    text = file.read_text("utf-8").replace("    pembahasan:", "    pembahasn:")
    file.write_text(text + "\n<iframe src=x></iframe>\n", "utf-8")
    lines = text.split("\n")
    key_line = next(i for i, line in enumerate(lines, 1) if "pembahasn" in line)
    _, report = check(valid_copy)
    got = {(d.code, d.line, d.column) for d in report.diagnostics}
    assert ("E-KEY-UNKNOWN", key_line, 5) in got
    assert ("E-UNSAFE-HTML", len(lines) + 1, 1) in got


@pytest.mark.parametrize("newline, bom", [("\r\n", ""), ("\n", "\ufeff"), ("\r\n", "\ufeff")])
def test_crlf_and_bom_keep_every_position(tmp_path: Path, newline: str, bom: str) -> None:
    plain, _ = load_doc(tmp_path, MATERI, "curriculum/m/01-a.md")
    other, problems = load_doc(tmp_path, bom + MATERI.replace("\n", newline), "curriculum/m/02-b.md")
    assert problems == []
    assert other.data == plain.data
    assert other.tree is not None and plain.tree is not None
    assert other.tree.keys == plain.tree.keys and other.tree.values == plain.tree.values
    assert other.body == plain.body and "\r" not in other.body and "\ufeff" not in other.body
    assert other.body_line == plain.body_line


def test_program_yml_lines_count_from_1(tmp_path: Path) -> None:
    problems: list[Diagnostic] = []
    file = write(tmp_path, "curriculum/program.yml", "\ufeffjudul: X\r\njalur:\r\n  - id: a\r\n    modul: [AB.01]\r\n")
    doc = load_yaml(file, tmp_path, problems)
    assert problems == []
    assert doc.where("jalur", 0, "id") == Position(3, 5)
    assert doc.tree is not None and doc.tree.value_at(("jalur", 0, "modul", 0)) == Position(4, 13)


# Where the text of a string value starts ---------------------------------------------------------


def test_text_spans_of_plain_quoted_and_block_strings() -> None:
    tree = parse(
        "a: plain text\n"  # 1
        'b: "quoted"\n'  # 2
        "c: |\n"  # 3
        "  first\n"  # 4
        "    indented\n"  # 5
        "d: >-\n"  # 6
        "  folded\n"  # 7
        "  lines\n"  # 8
        "e: plain\n"  # 9
        "  over two\n",  # 10
        line_offset=1,
    )
    assert tree.text_at(("a",)) == TextSpan(2, 4)
    assert tree.text_at(("b",)) == TextSpan(3, 5)
    assert tree.text_at(("c",)) == TextSpan(5, 3, 2)
    assert tree.text_at(("d",)) == TextSpan(8, 3, 2, exact=False)
    assert tree.text_at(("e",)) == TextSpan(10, 4, exact=False)


def test_problem_in_a_literal_block_is_reported_where_it_stands(valid_copy: Path) -> None:
    program = valid_copy / "program.yml"
    text = program.read_text("utf-8").replace("  Mulailah dari", "  Mulailah <script>x()</script> dari")
    program.write_text(text, "utf-8")
    line = next(i for i, t in enumerate(text.split("\n"), 1) if "<script>" in t)
    _, report = check(valid_copy)
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [("E-UNSAFE-HTML", line, 12)]


# Files that cannot be read -----------------------------------------------------------------------


def test_not_utf8_points_at_the_byte_in_characters(tmp_path: Path) -> None:
    doc, problems = load_doc(tmp_path, "---\njudul: Désa → @\n---\n".encode().replace(b"@", b"\xff"))
    assert doc.tree is None and not doc.body_read
    assert [(p.code, p.line, p.column) for p in problems] == [("E-ENCODING", 2, 15)]


def test_front_matter_missing_unclosed_and_not_a_mapping(tmp_path: Path) -> None:
    cases = {
        "": ("E-FRONTMATTER-MISSING", 1),
        "Teks saja.\n": ("E-FRONTMATTER-MISSING", 1),
        "\n---\njudul: x\n---\n": ("E-FRONTMATTER-MISSING", 1),
        "---\njudul: x\n": ("E-FRONTMATTER-UNCLOSED", 1),
        "---\n": ("E-FRONTMATTER-UNCLOSED", 1),
        "---\n---\nTeks.\n": ("E-NOT-MAPPING", 2),
        "---\n\n\n---\n": ("E-NOT-MAPPING", 2),
        "---\n- a\n- b\n---\n": ("E-NOT-MAPPING", 2),
        "---\njust text\n---\n": ("E-NOT-MAPPING", 2),
    }
    for i, (text, (code, line)) in enumerate(cases.items()):
        doc, problems = load_doc(tmp_path, text, f"curriculum/m/{i:02d}-x.md")
        assert [(p.code, p.line) for p in problems] == [(code, line)], repr(text)
        assert doc.tree is None


def test_unclosed_front_matter_leaves_the_body_unknown(tmp_path: Path) -> None:
    doc, _ = load_doc(tmp_path, "---\njudul: x\n\n## Judul\n")
    assert not doc.body_read


def test_yaml_error_keeps_the_body_and_points_into_the_file(tmp_path: Path) -> None:
    doc, problems = load_doc(tmp_path, "---\njudul: a\nmenit: [45\n---\n\n## Bagian\n")
    assert doc.tree is None and doc.body_read and doc.body_line == 5
    assert [p.code for p in problems] == ["E-YAML-UNCLOSED"]
    # libyaml notices the missing ']' at the fence; the author is sent to where '[' opened.
    assert (problems[0].line, problems[0].column) == (3, 8)


def test_duplicate_key_is_reported_at_the_second(tmp_path: Path) -> None:
    _, problems = load_doc(tmp_path, "---\njudul: a\nmenit: 5\njudul: b\n---\n")
    assert [(p.code, p.line, p.column, dict(p.args)["key"]) for p in problems] == [
        ("E-YAML-DUPLICATE-KEY", 4, 1, "judul")
    ]


# YAML that must be refused, quickly and without running anything ---------------------------------


def test_python_tags_are_refused_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    for tag in ("!!python/object/apply:os.system", "!!python/object/new:os.system", "!!python/name:os.system"):
        text = f'judul: {tag} ["touch {marker}"]\n' if "name" not in tag else f"judul: {tag}\n"
        with pytest.raises(YamlProblem) as refused:
            parse(text)
        assert refused.value.code == "E-YAML" and refused.value.details["problem"][0].startswith("tag ")
        assert (refused.value.line, refused.value.column) == (1, 8)
    assert not marker.exists()


@pytest.mark.parametrize(
    "text",
    [
        "a: &a [*a]\n",  # an alias inside its own anchor
        "a: &a {b: *a}\n",
        "- " * 5000 + "x\n",  # deeper than libyaml's limit
        "a: " + "[" * 3000 + "]" * 3000 + "\n",
        # billion laughs: 10^9 values from a few lines
        "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)),
    ],
)
def test_documents_too_complex_are_refused_quickly(text: str) -> None:
    started = time.monotonic()
    with pytest.raises(YamlProblem) as refused:
        parse(text)
    assert refused.value.code in ("E-YAML-TOO-COMPLEX", "E-YAML")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("depth", [300, 600, 900, 999])
def test_deep_nesting_parses_or_is_refused_never_crashes(depth: int) -> None:
    """Between what Python's stack and libyaml's limit allow, a clean answer either way."""
    try:
        tree = parse("- " * depth + "x\n")
    except YamlProblem as refused:
        assert refused.code in ("E-YAML-TOO-COMPLEX", "E-YAML")
    else:
        assert tree.data is not None


def test_nesting_beyond_max_depth_is_refused() -> None:
    assert parse("- " * 60 + "x\n").data is not None
    with pytest.raises(YamlProblem) as refused:
        parse("- " * 70 + "x\n")
    assert refused.value.code == "E-YAML-TOO-COMPLEX"


def test_too_complex_front_matter_is_a_diagnostic(tmp_path: Path) -> None:
    doc, problems = load_doc(tmp_path, "---\nsub_materi: &a [*a]\n---\n")
    assert doc.tree is None
    assert [(p.code, p.line) for p in problems] == [("E-YAML-TOO-COMPLEX", 2)]


def test_aliases_within_budget_are_fine() -> None:
    assert parse("a: &a [x]\nb: [*a, *a]\n").data == {"a": ["x"], "b": [["x"], ["x"]]}


def test_dates_stay_text_and_tags_of_plain_types_are_allowed() -> None:
    tree = parse("d: 2026-01-31\ns: !!str 5\nn: !!int '7'\n")
    assert tree.data == {"d": "2026-01-31", "s": "5", "n": 7}


# The folder ------------------------------------------------------------------------------------------


def test_translations_and_other_files_are_not_materi(valid_copy: Path) -> None:
    write(valid_copy, "contoh-modul/01-pengenalan.en.md", "no front matter at all\n")
    write(valid_copy, "contoh-modul/catatan.txt", "<script>\n")
    source = load(valid_copy)
    assert source.problems == []
    (modul,) = source.modul
    assert [m.doc.path for m in modul.materi] == [
        "curriculum/contoh-modul/01-pengenalan.md",
        "curriculum/contoh-modul/02-penerapan.md",
    ]
    assert "curriculum/contoh-modul/catatan.txt" in source.files
    assert "curriculum/contoh-modul/media/diagram.svg" in source.files
