"""``berpijar new modul`` and ``berpijar new materi``: whatever the title, the result validates.

Titles are what authors type: quotes, backslashes, colons, ``#``, a leading ``-``, words YAML
would read as booleans or numbers. Each is written, read back through the validator, and must
come out clean and unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.cli import main
from build_tools.scaffold import NewMateri, NewModul, ScaffoldError, create_materi, create_modul
from build_tools.scaffold.common import KELOMPOK, KODE, MENIT_PER_JP
from build_tools.schemas import schema
from build_tools.validate import check
from build_tools.yaml_tree import parse

HOSTILE = [
    'Layanan "Satu Pintu" di Daerah',
    "Folder C:\\Users\\asn dan \\n bukan baris baru",
    "Transformasi Digital: Konsep dan Praktik",
    "#1 Prioritas: data",
    "- bukan daftar",
    "[bukan] {peta}",
    "'tunggal' dan \"ganda\"",
    "yes", "null", "~", "123", "1.0", "2026-01-31",
    "@LAN_RI di media sosial", "*bukan alias", "&jangkar", "!tag", "%persen", "|pipa", ">lipat",
    "`kode` dan ---", "...", "Pelayanan ✓ untuk 🇮🇩 — “kutip” ’", "  spasi\tdi  tepi  ",
]


def _judul(path: Path) -> object:
    text = path.read_text("utf-8")
    meta = text.split("\n---\n", 1)[0].removeprefix("---\n")
    return parse(meta).data["judul"]


def _clean(curriculum: Path) -> list[str]:
    _, report = check(curriculum)
    return [d.text() for d in report.diagnostics]


@pytest.mark.parametrize("judul", HOSTILE)
def test_new_modul_with_any_title_validates_clean(valid_copy: Path, judul: str) -> None:
    written = create_modul(valid_copy, NewModul("modul-baru", "BRU.01", judul, tanggal="2026-02-01"))
    assert [p.name for p in written] == ["index.md", "01-materi-1.md", "02-materi-2.md", "03-materi-3.md"]
    assert _clean(valid_copy) == []
    assert _judul(written[0]) == " ".join(judul.split())


@pytest.mark.parametrize("judul", HOSTILE)
def test_new_materi_with_any_title_validates_clean(valid_copy: Path, judul: str) -> None:
    index = valid_copy / "contoh-modul" / "index.md"
    index.write_text(index.read_text("utf-8").replace("alokasi_jp: 2", "alokasi_jp: 3"), "utf-8")
    result = create_materi(valid_copy, NewMateri("contoh-modul", judul))
    assert result.path.name.startswith("03-") and result.menit == 45 and result.left == 0
    assert _clean(valid_copy) == []
    assert _judul(result.path) == " ".join(judul.split())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(judul=st.text(min_size=1, max_size=120).filter(lambda t: t.strip()))
def test_any_printable_title_round_trips(tmp_path: Path, judul: str) -> None:
    """Any text at all (control characters aside, which the format refuses) stays the title."""
    if any(not c.isprintable() and not c.isspace() for c in judul):
        return
    folder = tmp_path / f"m{abs(hash(judul))}"
    folder.mkdir(exist_ok=True)
    (folder / "index.md").write_text("---\nalokasi_jp: 1\n---\n", "utf-8")
    result = create_materi(tmp_path, NewMateri(folder.name, judul))
    assert _judul(result.path) == " ".join(judul.split())


def test_defaults_come_from_the_schemas() -> None:
    program, modul = schema("program")["properties"], schema("modul")["properties"]
    assert program["menit_per_jp"]["default"] == MENIT_PER_JP
    assert modul["kelompok"]["enum"] == KELOMPOK
    assert KODE.pattern == modul["kode"]["pattern"]


def test_program_menit_per_jp_is_used(valid_copy: Path) -> None:
    program = valid_copy / "program.yml"
    program.write_text(program.read_text("utf-8").replace("menit_per_jp: 45", "menit_per_jp: 50"), "utf-8")
    # The fixture's own modul must fit the new JP too: 2 × 50 = 100 = 45 + 55.
    b = valid_copy / "contoh-modul" / "02-penerapan.md"
    b.write_text(b.read_text("utf-8").replace("menit: 45", "menit: 55"), "utf-8")
    result = CliRunner().invoke(main, ["new", "modul", "modul-baru", "--kode", "BRU.01", "--judul", "x",
                                       "--jp", "3", "--materi", "4", "--curriculum", str(valid_copy)])
    assert result.exit_code == 0, result.output
    assert "3 JP × 50 menit = 150 menit" in result.output
    minutes = [parse(p.read_text("utf-8").split("\n---\n")[0][4:]).data["menit"]
               for p in sorted((valid_copy / "modul-baru").glob("0*.md"))]
    assert sum(minutes) == 150 and minutes == [35, 35, 35, 45]
    assert _clean(valid_copy) == []


def test_new_materi_cli_numbers_and_reports_minutes_left(valid_copy: Path) -> None:
    index = valid_copy / "contoh-modul" / "index.md"
    index.write_text(index.read_text("utf-8").replace("alokasi_jp: 2", "alokasi_jp: 4"), "utf-8")
    run = CliRunner().invoke
    args = ["--curriculum", str(valid_copy)]
    first = run(main, ["new", "materi", "contoh-modul", "--judul", "Studi Kasus", "--menit", "60", *args])
    assert first.exit_code == 0, first.output
    assert "03-studi-kasus.md (60 menit)" in first.output
    assert "Sisa 30 menit dari 180" in first.output
    second = run(main, ["new", "materi", "contoh-modul", "--judul", "Latihan Akhir", *args])
    assert "04-latihan-akhir.md (30 menit)" in second.output
    assert "sama dengan alokasi modul (180)" in second.output
    assert _clean(valid_copy) == []
    # A full modul: the new materi gets the minimum, and the author is told what to change.
    third = run(main, ["new", "materi", "contoh-modul", "--judul", "Tambahan", *args])
    assert third.exit_code == 0 and "05-tambahan.md (5 menit)" in third.output
    assert "melebihi alokasi modul (180) sebanyak 5 menit" in third.output


def test_old_form_new_folder_is_new_modul(valid_copy: Path) -> None:
    result = CliRunner().invoke(main, ["new", "modul-lama", "--kode", "LMA.01", "--judul", "Cara lama",
                                       "--moda", "klasikal", "--curriculum", str(valid_copy)])
    assert result.exit_code == 0, result.output
    assert "\nmoda: klasikal\n" in (valid_copy / "modul-lama" / "index.md").read_text("utf-8")
    assert _clean(valid_copy) == []


@pytest.mark.parametrize(("args", "said"), [
    (["modul", "Modul Baru", "--kode", "BRU.01", "--judul", "x"], "huruf kecil ASCII"),
    (["modul", "modul-baru", "--kode", "bru-1", "--judul", "x"], "TDP.01"),
    (["modul", "modul-baru", "--kode", "CTH.01", "--judul", "x"],
     "sudah dipakai oleh curriculum/contoh-modul/index.md"),
    (["modul", "contoh-modul", "--kode", "BRU.01", "--judul", "x"], "sudah ada"),
    (["modul", "modul-baru", "--kode", "BRU.01", "--judul", "x" * 121], "terlalu panjang"),
    (["materi", "tidak-ada", "--judul", "x"], "tidak ditemukan"),
])
def test_refusals_write_nothing_and_say_why(valid_copy: Path, args: list[str], said: str) -> None:
    before = sorted(p.relative_to(valid_copy) for p in valid_copy.rglob("*"))
    result = CliRunner().invoke(main, ["new", *args, "--curriculum", str(valid_copy)])
    assert result.exit_code == 2 and said in result.output
    assert sorted(p.relative_to(valid_copy) for p in valid_copy.rglob("*")) == before


def test_scaffold_error_for_too_many_materi(valid_copy: Path) -> None:
    with pytest.raises(ScaffoldError, match="tidak cukup"):
        create_modul(valid_copy, NewModul("m", "BRU.01", "x", alokasi_jp=1, materi=10))
