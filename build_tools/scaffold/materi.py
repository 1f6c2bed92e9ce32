"""``berpijar new materi``: the next materi pokok of a modul, and the minutes still to plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.diagnostics import Diagnostic
from build_tools.load import MATERI_NAME, load_markdown
from build_tools.scaffold.common import (
    FOLDER,
    MENIT_MIN,
    ScaffoldError,
    body,
    check_judul,
    front_matter,
    program_menit_per_jp,
    slugify,
)


@dataclass(frozen=True)
class NewMateri:
    folder: str  # the modul's folder name under curriculum/
    judul: str
    menit: int | None = None  # None: what the modul still has to allocate (at least MENIT_MIN)
    slug: str | None = None  # None: made from the judul


@dataclass(frozen=True)
class NewMateriResult:
    path: Path
    menit: int
    planned: int  # alokasi_jp × menit_per_jp (0 when the modul's alokasi_jp cannot be read)
    allocated: int  # minutes of every materi, the new one included

    @property
    def left(self) -> int:
        """Minutes still to allocate (negative: the materi add up to more than the JP)."""
        return self.planned - self.allocated


MATERI_HINTS = {
    "menit": "jumlah menit semua materi modul = alokasi_jp × menit_per_jp",
    "kuis": "2 sampai 6 pilihan; jawaban = nomor pilihan yang benar, mulai 1",
    "istilah": "masuk ke Glosarium",
}


def materi_text(judul: str, menit: int) -> str:
    """A whole materi file: front matter with hints, then a body to replace."""
    return front_matter(materi_fields(judul, menit), MATERI_HINTS) + "\n" + body("materi-body.md")


def materi_fields(judul: str, menit: int) -> dict[str, object]:
    return {
        "judul": judul,
        "indikator": "Peserta mampu ...",
        "sub_materi": ["Sub materi pertama"],
        "metode": ["ceramah interaktif", "diskusi"],
        "media": ["bahan bacaan"],
        "menit": menit,
        "kuis": [{
            "soal": "Tuliskan pertanyaan di sini?",
            "pilihan": ["Pilihan pertama", "Pilihan kedua", "Pilihan ketiga"],
            "jawaban": 1,
            "pembahasan": "Jelaskan mengapa jawaban itu benar dan pilihan lain keliru.",
        }],
        "istilah": [{"istilah": "Istilah", "definisi": "Definisi singkat istilah."}],
    }


def _int(data: object, key: str) -> int | None:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def create_materi(curriculum: Path, spec: NewMateri) -> NewMateriResult:
    target = curriculum / spec.folder
    if not FOLDER.match(spec.folder) or not (target / "index.md").is_file():
        raise ScaffoldError("modul_missing", folder=spec.folder, curriculum=curriculum)
    judul = check_judul(spec.judul)
    slug = spec.slug or slugify(judul)
    if not FOLDER.match(slug):
        raise ScaffoldError("slug", slug=slug)

    problems: list[Diagnostic] = []
    root = curriculum.parent
    numbers, allocated = [], 0
    for file in sorted(target.glob("*.md")):
        found = MATERI_NAME.match(file.name)
        if found:
            numbers.append(int(found[1]))
            allocated += _int(load_markdown(file, root, problems).data, "menit") or 0
    nomor = max(numbers, default=0) + 1
    if nomor > 99:
        raise ScaffoldError("materi_full")
    jp = _int(load_markdown(target / "index.md", root, problems).data, "alokasi_jp") or 0
    planned = jp * program_menit_per_jp(curriculum)
    menit = spec.menit if spec.menit is not None else max(MENIT_MIN, planned - allocated)
    if menit < MENIT_MIN:
        raise ScaffoldError("menit_min", least=MENIT_MIN)

    path = target / f"{nomor:02d}-{slug}.md"
    path.write_text(materi_text(judul, menit), encoding="utf-8")
    return NewMateriResult(path, menit, planned, allocated + menit)
