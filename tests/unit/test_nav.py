"""The navigation the compiler hands to MkDocs: curriculum order, bounded in size."""

from __future__ import annotations

from build_tools.compile.site import NAV_SECTION, _nav
from build_tools.model import Curriculum, MateriPokok, Modul, Program


def _modul(kode: str, kelompok: str, materi: int = 2) -> Modul:
    folder = kode.lower().replace(".", "-")
    return Modul(
        folder=folder, source=f"curriculum/{folder}/index.md", kode=kode, judul=f"Modul {kode}",
        kelompok=kelompok, deskripsi_singkat="d", hasil_belajar="h", alokasi_jp=1, moda="blended",
        sasaran_peserta="ASN", kompetensi=[], evaluasi=[], referensi=[], penyusun=[], versi="1.0.0",
        status="terbit", diperbarui="2026-01-01", body="",
        materi=[
            MateriPokok(nomor=i, slug=f"m{i}", source="", judul=f"Materi {i}", indikator="i",
                        sub_materi=["s"], metode=["m"], media=["m"], menit=5, body="",
                        modul_kode=kode, folder=folder)
            for i in range(1, materi + 1)
        ],
    )


def _curriculum(modul: list[Modul]) -> Curriculum:
    return Curriculum(Program(judul="P", deskripsi="d", penyelenggara=["LAN"], lisensi="CC-BY-4.0"), modul)


def _section(nav: list, title: str) -> list:
    return next(entry[title] for entry in nav if isinstance(entry, dict) and title in entry)


def test_small_kelompok_lists_its_modul_in_order_with_materi_then_rbpmp() -> None:
    nav = _nav(_curriculum([_modul("AB.01", "dasar"), _modul("AB.02", "dasar"), _modul("CD.01", "inti")]), [])
    dasar = _section(nav, "Mata Pelatihan Dasar")
    assert [next(iter(e)) for e in dasar] == ["AB.01 Modul AB.01", "AB.02 Modul AB.02"]
    assert dasar[0]["AB.01 Modul AB.01"] == [
        {"Pendahuluan": "ab-01/index.md"}, {"1. Materi 1": "ab-01/01-m1.md"},
        {"2. Materi 2": "ab-01/02-m2.md"}, {"RBPMP": "ab-01/rbpmp.md"},
    ]
    assert [next(iter(e)) for e in nav][:4] == [
        "Beranda", "Struktur Kurikulum", "Jalur Belajar", "Mata Pelatihan Dasar",
    ]


def test_a_large_kelompok_is_split_into_bounded_sections_keeping_every_modul_once() -> None:
    count = NAV_SECTION * 2 + 3
    modul = [_modul(f"AB.{i:02d}", "inti", materi=1) for i in range(1, count + 1)]
    inti = _section(_nav(_curriculum(modul), []), "Mata Pelatihan Inti")
    assert len(inti) == 3
    assert [next(iter(s)) for s in inti] == [
        f"AB.01 – AB.{NAV_SECTION:02d}",
        f"AB.{NAV_SECTION + 1:02d} – AB.{2 * NAV_SECTION:02d}",
        f"AB.{2 * NAV_SECTION + 1:02d} – AB.{count:02d}",
    ]
    listed = [next(iter(m)) for s in inti for m in next(iter(s.values()))]
    assert listed == [f"{m.kode} {m.judul}" for m in modul]
    assert all(len(next(iter(s.values()))) <= NAV_SECTION for s in inti)
