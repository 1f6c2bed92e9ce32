"""``berpijar new modul``: a modul folder (status draf) whose minutes already add up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools import vocabulary
from build_tools.load import load_markdown
from build_tools.scaffold.common import (
    FOLDER,
    KELOMPOK,
    KODE,
    LEVEL,
    MENIT_MIN,
    MENIT_PER_JP,
    MODA,
    ScaffoldError,
    body,
    check_judul,
    choices,
    front_matter,
    options,
)
from build_tools.scaffold.materi import materi_text


@dataclass(frozen=True)
class NewModul:
    folder: str
    kode: str
    judul: str
    kelompok: str = "inti"
    alokasi_jp: int = 2
    materi: int = 3
    menit_per_jp: int = MENIT_PER_JP
    tanggal: str = "2026-01-01"
    moda: str = "blended"


def split_minutes(total: int, parts: int) -> list[int]:
    """Minutes per materi in steps of 5 (as schedules are written), adding up to ``total``."""
    base = max(MENIT_MIN, (total // parts) // 5 * 5)
    minutes = [base] * (parts - 1)
    minutes.append(total - sum(minutes))
    if minutes[-1] < MENIT_MIN:
        raise ScaffoldError("minutes_short", total=total, parts=parts, least=MENIT_MIN)
    return minutes


def used_kode(curriculum: Path) -> dict[str, str]:
    """kode → the index.md that holds it, for every modul whose kode can be read (only the
    index files are parsed: a kode lives nowhere else)."""
    found: dict[str, str] = {}
    for index in sorted(curriculum.glob("*/index.md")):
        if index.parent.is_symlink() or index.is_symlink() or not index.is_file():
            continue
        doc = load_markdown(index, curriculum.parent, [])
        if isinstance(doc.data, dict) and isinstance(doc.data.get("kode"), str):
            found.setdefault(doc.data["kode"], doc.path)
    return found


def create_modul(curriculum: Path, spec: NewModul) -> list[Path]:
    if not FOLDER.match(spec.folder):
        raise ScaffoldError("folder_name", folder=spec.folder)
    if not KODE.match(spec.kode):
        raise ScaffoldError("kode", kode=spec.kode)
    if spec.kelompok not in KELOMPOK:
        raise ScaffoldError("not_a_choice", key="kelompok", value=spec.kelompok, choices=options(KELOMPOK))
    if spec.moda not in MODA:
        raise ScaffoldError("not_a_choice", key="moda", value=spec.moda, choices=options(MODA))
    if not 1 <= spec.materi <= 99:
        raise ScaffoldError("materi_count")
    judul = check_judul(spec.judul)
    target = curriculum / spec.folder
    if target.exists():
        raise ScaffoldError("folder_exists", path=target)
    if spec.kode in (taken := used_kode(curriculum)):
        raise ScaffoldError("kode_taken", kode=spec.kode, path=taken[spec.kode])
    minutes = split_minutes(spec.alokasi_jp * spec.menit_per_jp, spec.materi)

    index = target / "index.md"
    files = {index: front_matter(modul_fields(spec, judul), {
        "kelompok": choices(KELOMPOK), "moda": choices(MODA),
        "kompetensi": f"jenis: {options(vocabulary.JENIS)}; level {LEVEL['minimum']} sampai {LEVEL['maximum']}",
        "pilar_literasi_digital": choices(vocabulary.PILAR),
        "status": f"{options(s for s in vocabulary.STATUS if s != vocabulary.PUBLISHED_STATUS)} tampil di "
                  f"pratinjau; ubah ke {vocabulary.PUBLISHED_STATUS} agar diterbitkan",
    }) + "\n" + body("index-body.md")}
    for nomor, menit in enumerate(minutes, start=1):
        path = target / f"{nomor:02d}-materi-{nomor}.md"
        files[path] = materi_text(f"Materi pokok {nomor}", menit)
    (target / "media").mkdir(parents=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return list(files)


def modul_fields(spec: NewModul, judul: str) -> dict[str, object]:
    return {
        "kode": spec.kode,
        "judul": judul,
        "kelompok": spec.kelompok,
        "deskripsi_singkat": "Tuliskan deskripsi singkat mata pelatihan ini.",
        "hasil_belajar": "Setelah mengikuti mata pelatihan ini, peserta mampu ...",
        "alokasi_jp": spec.alokasi_jp,
        "moda": spec.moda,
        "sasaran_peserta": "ASN yang ...",
        "kompetensi": [{"jenis": "teknis", "nama": "Nama kompetensi teknis", "level": 2}],
        "pilar_literasi_digital": ["cakap"],
        "prasyarat": [],
        "evaluasi": [{"bentuk": "Kuis mandiri",
                      "keterangan": "Soal pilihan ganda di akhir setiap materi pokok."}],
        "referensi": [{"judul": "Judul peraturan atau buku yang benar-benar dirujuk",
                       "penerbit": "Penerbit", "tahun": 2024}],
        "penyusun": [{"nama": "Nama Penyusun", "instansi": "Nama Instansi"}],
        "versi": "0.1.0",
        "status": "draf",
        "diperbarui": spec.tanggal,
        "kata_kunci": [],
    }
