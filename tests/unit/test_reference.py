"""``docs/referensi-format.md`` is what ``build_tools/reference.py`` writes, and it is complete.

The oracle for completeness walks the JSON Schemas here, not through the generator, so a key
the generator skipped is caught; the annotated examples are put in a curriculum and validated.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from build_tools.cli import main
from build_tools.diagnostics import CATALOGUE
from build_tools.reference import (
    EXAMPLE_HEADINGS,
    EXAMPLE_MATERI,
    EXAMPLE_MATERI_MINIMAL,
    EXAMPLE_MODUL,
    EXAMPLE_PROGRAM,
    OUTPUT,
    render,
)
from build_tools.schemas import KINDS, schema
from build_tools.validate import check
from build_tools.validate.markdown import slugify

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / OUTPUT
SVG = REPO / "tests" / "fixtures" / "valid" / "curriculum" / "contoh-modul" / "media" / "diagram.svg"


def test_committed_reference_is_the_generated_one() -> None:
    assert COMMITTED.read_text("utf-8") == render(), "run: berpijar referensi (or make reference)"


def _keys(node: dict[str, Any], prefix: str = "") -> list[str]:
    out = []
    for key, child in node.get("properties", {}).items():
        out.append(f"{prefix}{key}")
        items = child.get("items", {})
        if isinstance(items, dict) and "properties" in items:
            out += _keys(items, f"{prefix}{key}[].")
    return out


def _table_rows(text: str) -> set[str]:
    """The first cell of every table row, as written."""
    return {line.split("|")[1].strip() for line in text.splitlines() if line.startswith("| `")}


def test_every_schema_key_and_catalogue_code_has_an_entry() -> None:
    text = COMMITTED.read_text("utf-8")
    first_cells = _table_rows(text)
    keys = [k for kind in KINDS for k in _keys(schema(kind))]
    assert len(keys) >= 55
    missing = [k for k in keys if f"`{k}`" not in first_cells]
    assert not missing, f"keys without a row in {OUTPUT}: {missing}"
    codes = [c for c in CATALOGUE if f"`{c}`" not in first_cells]
    assert not codes, f"diagnostic codes without a row in {OUTPUT}: {codes}"
    for kind in KINDS:
        for key, child in schema(kind)["properties"].items():
            row = next(line for line in text.splitlines() if line.startswith(f"| `{key}` |"))
            for value in child.get("enum", []) + child.get("items", {}).get("enum", []):
                assert f"`{value}`" in row, (kind, key, value)


def test_every_competency_name_is_listed() -> None:
    text = COMMITTED.read_text("utf-8")
    names = ["Integritas", "Kerja Sama", "Komunikasi", "Orientasi pada Hasil", "Pelayanan Publik",
             "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan",
             "Perekat Bangsa"]
    for name in names:
        assert f"*{name}*" in text and f"`{name}`" in text, name


def test_topics_an_author_asks_about_are_there() -> None:
    text = COMMITTED.read_text("utf-8")
    for heading in ("## Contoh beranotasi", "## Tautan, jangkar, dan gambar", "## Draf dan penerbitan",
                    "## Prasyarat, jalur, istilah, dan kata kunci", "## Daftar diagnostik"):
        assert heading in text
    for word in ("media/", "../transformasi-digital/", "`istilah`", "`jalur`", "`prasyarat`", "`kata_kunci`",
                 "--drafts"):
        assert word in text, word


def test_anchor_examples_are_the_ones_the_validator_expects() -> None:
    """The site's toc slugify (shown in the reference) and the validator's agree."""
    text = COMMITTED.read_text("utf-8")
    for heading in EXAMPLE_HEADINGS:
        assert f"| `## {heading}` | `#{slugify(heading)}` |" in text


def test_annotated_examples_validate(tmp_path: Path) -> None:
    curriculum = tmp_path / "curriculum"
    modul = curriculum / "pelayanan-digital"
    (modul / "media").mkdir(parents=True)
    (curriculum / "program.yml").write_text(EXAMPLE_PROGRAM, "utf-8")
    (modul / "index.md").write_text(EXAMPLE_MODUL, "utf-8")
    (modul / "01-standar-pelayanan.md").write_text(EXAMPLE_MATERI, "utf-8")
    (modul / "02-layanan-daring.md").write_text(EXAMPLE_MATERI_MINIMAL, "utf-8")
    shutil.copy(SVG, modul / "media" / "alur.svg")
    _, report = check(curriculum)
    assert [(d.path, d.code) for d in report.diagnostics] == [
        ("curriculum/pelayanan-digital/02-layanan-daring.md", "W-KUIS-MISSING")]


def test_cli_writes_and_checks(tmp_path: Path) -> None:
    out = tmp_path / "referensi.md"
    runner = CliRunner()
    assert runner.invoke(main, ["referensi", "--check", "-o", str(out)]).exit_code == 1
    assert runner.invoke(main, ["referensi", "-o", str(out)]).exit_code == 0
    assert out.read_text("utf-8") == render()
    assert runner.invoke(main, ["referensi", "--check", "-o", str(out)]).exit_code == 0
