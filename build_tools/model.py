"""The curriculum in its RBPMP shape: typed records built from validated documents.

Field names are the YAML keys, so an author's ``alokasi_jp`` is ``modul.alokasi_jp`` in the
code and in the page templates. Records are built only after validation passed: here every
value already has the type the schema promised.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from build_tools import vocabulary
from build_tools.load import Document, Source


@dataclass(frozen=True)
class Kompetensi:
    jenis: str
    nama: str
    level: int


@dataclass(frozen=True)
class Soal:
    soal: str
    pilihan: list[str]
    jawaban: int  # 1-based, as authors count
    pembahasan: str


@dataclass(frozen=True)
class Istilah:
    istilah: str
    definisi: str


@dataclass(frozen=True)
class Referensi:
    judul: str
    penerbit: str | None = None
    tahun: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class Penyusun:
    nama: str
    instansi: str | None = None


@dataclass(frozen=True)
class Evaluasi:
    bentuk: str
    keterangan: str | None = None


@dataclass
class MateriPokok:
    nomor: int
    slug: str
    source: str  # path of the file, relative to the folder holding curriculum/
    judul: str
    indikator: str
    sub_materi: list[str]
    metode: list[str]
    media: list[str]
    menit: int
    body: str
    kuis: list[Soal] = field(default_factory=list)
    istilah: list[Istilah] = field(default_factory=list)
    kata_kunci: list[str] = field(default_factory=list)
    modul_kode: str = ""
    folder: str = ""

    @property
    def id(self) -> str:
        """Stable across builds: the key of the learner's progress in localStorage."""
        return f"{self.modul_kode}/{self.nomor:02d}"

    @property
    def page(self) -> str:
        return f"{self.folder}/{self.nomor:02d}-{self.slug}.md"


@dataclass
class Modul:
    folder: str
    source: str
    kode: str
    judul: str
    kelompok: str
    deskripsi_singkat: str
    hasil_belajar: str
    alokasi_jp: int
    moda: str
    sasaran_peserta: str
    kompetensi: list[Kompetensi]
    evaluasi: list[Evaluasi]
    referensi: list[Referensi]
    penyusun: list[Penyusun]
    versi: str
    status: str
    diperbarui: str
    body: str
    materi: list[MateriPokok]
    pilar_literasi_digital: list[str] = field(default_factory=list)
    prasyarat: list[str] = field(default_factory=list)
    kata_kunci: list[str] = field(default_factory=list)

    @property
    def page(self) -> str:
        return f"{self.folder}/index.md"

    @property
    def rbpmp_page(self) -> str:
        return f"{self.folder}/rbpmp.md"

    @property
    def rbpmp_csv(self) -> str:
        return f"{self.folder}/rbpmp-{self.kode.lower().replace('.', '-')}.csv"

    @property
    def total_menit(self) -> int:
        return sum(m.menit for m in self.materi)


@dataclass(frozen=True)
class Jalur:
    id: str
    judul: str
    deskripsi: str
    modul: list[str]


@dataclass
class Program:
    judul: str
    deskripsi: str
    penyelenggara: list[str]
    lisensi: str
    bahasa: str = vocabulary.BAHASA
    menit_per_jp: int = vocabulary.MENIT_PER_JP
    jalur: list[Jalur] = field(default_factory=list)


@dataclass
class Curriculum:
    program: Program
    modul: list[Modul]  # in curriculum order: kelompok, then kode

    def by_kode(self) -> dict[str, Modul]:
        return {m.kode: m for m in self.modul}

    def published(self, drafts: bool = False) -> Published:
        """The one drafts decision: only modul with status terbit are kept, unless drafts are
        asked for (previews, reviews); what is left out is named so links to it can go."""
        if drafts:
            return Published(self, ())
        kept = [m for m in self.modul if m.status == vocabulary.PUBLISHED_STATUS]
        left_out = tuple(m for m in self.modul if m.status != vocabulary.PUBLISHED_STATUS)
        return Published(replace(self, modul=kept), left_out)

    @property
    def total_jp(self) -> int:
        return sum(m.alokasi_jp for m in self.modul)

    @property
    def materi_count(self) -> int:
        return sum(len(m.materi) for m in self.modul)


@dataclass(frozen=True)
class Published:
    """What one build publishes (``kept``) and the modul it leaves out (drafts, in review)."""

    kept: Curriculum
    left_out: tuple[Modul, ...]

    @property
    def left_out_folders(self) -> set[str]:
        return {m.folder for m in self.left_out}


def _items(cls: type, values: Any) -> list[Any]:
    return [cls(**v) for v in values or []]


def _materi(doc: Document, nomor: int, slug: str, modul_kode: str, folder: str) -> MateriPokok:
    d = doc.data
    return MateriPokok(
        nomor=nomor, slug=slug, source=doc.path, body=doc.body,
        judul=d["judul"], indikator=d["indikator"], sub_materi=d["sub_materi"], metode=d["metode"],
        media=d["media"], menit=d["menit"], kuis=_items(Soal, d.get("kuis")),
        istilah=_items(Istilah, d.get("istilah")), kata_kunci=d.get("kata_kunci", []),
        modul_kode=modul_kode, folder=folder,
    )


def curriculum_order(modul: Modul) -> tuple[int, str]:
    """The order modul are learnt and listed in: by kelompok (the schema's order), then kode."""
    return vocabulary.KELOMPOK.index(modul.kelompok), modul.kode


def build(source: Source) -> Curriculum:
    """Records from a source that passed validation (with errors, the result is undefined)."""
    p = source.program.data
    program = Program(
        judul=p["judul"], deskripsi=p["deskripsi"], penyelenggara=p["penyelenggara"],
        lisensi=p["lisensi"], bahasa=p.get("bahasa", vocabulary.BAHASA),
        menit_per_jp=p.get("menit_per_jp", vocabulary.MENIT_PER_JP),
        jalur=_items(Jalur, p.get("jalur")),
    )
    modul = []
    for folder in source.modul:
        d = folder.index.data
        modul.append(Modul(
            folder=folder.name, source=folder.index.path, body=folder.index.body,
            kode=d["kode"], judul=d["judul"], kelompok=d["kelompok"],
            deskripsi_singkat=d["deskripsi_singkat"], hasil_belajar=d["hasil_belajar"],
            alokasi_jp=d["alokasi_jp"], moda=d["moda"], sasaran_peserta=d["sasaran_peserta"],
            kompetensi=_items(Kompetensi, d["kompetensi"]), evaluasi=_items(Evaluasi, d["evaluasi"]),
            referensi=_items(Referensi, d["referensi"]), penyusun=_items(Penyusun, d["penyusun"]),
            versi=d["versi"], status=d["status"], diperbarui=d["diperbarui"],
            pilar_literasi_digital=d.get("pilar_literasi_digital", []),
            prasyarat=d.get("prasyarat", []), kata_kunci=d.get("kata_kunci", []),
            materi=[_materi(m.doc, m.nomor, m.slug, d["kode"], folder.name) for m in folder.materi],
        ))
    modul.sort(key=curriculum_order)
    return Curriculum(program, modul)
