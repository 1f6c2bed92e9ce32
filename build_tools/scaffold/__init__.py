"""``berpijar new``: a modul folder that validates from the first minute.

Authors start from the RBPMP they know; the scaffold writes every required key with a hint
of what goes there, and materi files whose minutes already add up to the JP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2

FOLDER = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KODE = re.compile(r"^[A-Z]{2,6}\.[0-9]{2}$")


class ScaffoldError(Exception):
    """A reason the modul cannot be created, in Indonesian."""


@dataclass(frozen=True)
class NewModul:
    folder: str
    kode: str
    judul: str
    kelompok: str = "inti"
    alokasi_jp: int = 2
    materi: int = 3
    menit_per_jp: int = 45
    tanggal: str = "2026-01-01"


def split_minutes(total: int, parts: int) -> list[int]:
    """Minutes per materi in steps of 5 (as schedules are written), adding up to ``total``."""
    base = max(5, (total // parts) // 5 * 5)
    minutes = [base] * (parts - 1)
    minutes.append(total - sum(minutes))
    if minutes[-1] < 5:
        raise ScaffoldError(f"{total} menit tidak cukup untuk {parts} materi pokok (minimal 5 menit)")
    return minutes


def create(curriculum: Path, spec: NewModul) -> list[Path]:
    if not FOLDER.match(spec.folder):
        raise ScaffoldError(f"nama folder '{spec.folder}' harus huruf kecil ASCII dengan tanda hubung")
    if not KODE.match(spec.kode):
        raise ScaffoldError(f"kode '{spec.kode}' harus seperti TDP.01 (2–6 huruf kapital, titik, 2 angka)")
    if not 1 <= spec.materi <= 99:
        raise ScaffoldError("jumlah materi pokok harus 1 sampai 99")
    target = curriculum / spec.folder
    if target.exists():
        raise ScaffoldError(f"folder '{target}' sudah ada")
    for index in curriculum.glob("*/index.md"):
        if re.search(rf"^kode:\s*['\"]?{re.escape(spec.kode)}['\"]?\s*$", index.read_text("utf-8", "replace"), re.M):
            raise ScaffoldError(f"kode '{spec.kode}' sudah dipakai oleh {index}")

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files(__name__).joinpath("templates"))),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False,
    )
    minutes = split_minutes(spec.alokasi_jp * spec.menit_per_jp, spec.materi)
    written = []
    target.mkdir(parents=True)
    (target / "media").mkdir()
    index = target / "index.md"
    index.write_text(env.get_template("index.md.j2").render(m=spec), encoding="utf-8")
    written.append(index)
    for nomor, menit in enumerate(minutes, start=1):
        path = target / f"{nomor:02d}-materi-{nomor}.md"
        path.write_text(env.get_template("materi.md.j2").render(m=spec, nomor=nomor, menit=menit),
                        encoding="utf-8")
        written.append(path)
    return written
