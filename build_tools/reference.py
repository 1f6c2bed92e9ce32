"""The format reference (``docs/referensi-format.md``), written from the schemas and the catalogue.

Authors need one page that lists every key, its type and its allowed values, every message
and its fix. Written by hand it would drift from what the validator enforces; written from the
JSON Schemas and the diagnostic catalogue it cannot. ``berpijar referensi`` rewrites it, and a
test fails when the committed file is not what this module writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markdown.extensions.toc import slugify as toc_slugify

from build_tools import vocabulary
from build_tools.diagnostics import CATALOGUE
from build_tools.schemas import KINDS, schema

OUTPUT = "docs/referensi-format.md"

FILES = {
    "program": "curriculum/program.yml",
    "modul": "curriculum/<folder>/index.md",
    "materi": "curriculum/<folder>/NN-<judul-singkat>.md",
}
TITLES = {"program": "Program: `program.yml`", "modul": "Modul: front matter `index.md`",
          "materi": "Materi pokok: front matter `NN-judul-singkat.md`"}

# Annotated examples. The reference test puts them in a curriculum and validates it, so every
# example here is one an author can copy.
EXAMPLE_PROGRAM = """\
judul: ASN Berpijar                      # nama program
deskripsi: |                             # Markdown, tampil di Beranda
  Program pengembangan kompetensi ASN untuk pemerintahan digital.
penyelenggara:                           # minimal satu lembaga
  - Lembaga Administrasi Negara
  - Pijar Foundation
bahasa: id                               # bawaan id
menit_per_jp: {menit_per_jp}                         # bawaan {menit_per_jp}: 1 JP = {menit_per_jp} menit
lisensi: CC-BY-SA-4.0                    # lisensi isi (SPDX)
jalur:                                   # jalur belajar (tidak wajib)
  - id: pelayanan-digital                # huruf kecil dan tanda hubung
    judul: Jalur Pelayanan Digital
    deskripsi: Untuk pelaksana yang melayani masyarakat secara daring.
    modul: [LYN.01]                      # kode modul, dalam urutan belajar
"""

EXAMPLE_MODUL = """\
---
kode: LYN.01                             # unik; 2-6 huruf kapital, titik, 2 angka
judul: "Pelayanan Publik Digital: Dasar" # beri tanda kutip bila ada titik dua
kelompok: inti                           # {kelompok}
deskripsi_singkat: >-
  Mata pelatihan ini membahas standar pelayanan dan cara menghadirkannya secara daring.
hasil_belajar: >-
  Setelah mengikuti mata pelatihan ini, peserta mampu merancang layanan daring yang
  memenuhi standar pelayanan.
alokasi_jp: 2                            # 2 JP × {menit_per_jp} menit = {menit_2jp} menit materi pokok
moda: e-learning                         # {moda}
sasaran_peserta: ASN pelaksana di unit pelayanan.
kompetensi:
  - jenis: teknis                        # teknis: nama bebas
    nama: Perancangan Layanan Digital
    level: 2                             # 1 sampai 5
  - jenis: manajerial                    # manajerial: salah satu dari {manajerial} nama baku
    nama: Pelayanan Publik
    level: 2
  - jenis: sosial-kultural               # sosial-kultural: Perekat Bangsa
    nama: Perekat Bangsa
    level: 1
pilar_literasi_digital: [cakap, etika]   # {pilar}
prasyarat: []                            # kode modul lain, misalnya [TDP.01]
evaluasi:
  - bentuk: Kuis mandiri
    keterangan: Soal pilihan ganda di akhir setiap materi pokok.
referensi:
  - judul: Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik
    tahun: 2009                          # penerbit dan url (https://) tidak wajib
penyusun:
  - nama: Nama Penyusun
    instansi: Lembaga Administrasi Negara
versi: "1.0.0"                           # tanda kutip: versi adalah teks
status: draf                             # {status}
diperbarui: 2026-01-31                   # YYYY-MM-DD
kata_kunci: [standar pelayanan, layanan daring]
---

## Pendahuluan

Pengantar modul: mengapa materi ini penting dan apa yang akan dipelajari.
"""

# The choices and defaults in the comments come from the vocabulary (the schemas), like the tables.
_CHOICES = {
    "kelompok": " | ".join(vocabulary.KELOMPOK), "moda": " | ".join(vocabulary.MODA),
    "pilar": " | ".join(vocabulary.PILAR), "status": " | ".join(vocabulary.STATUS),
    "manajerial": len(vocabulary.COMPETENCY_NAMES["manajerial"]),
    "menit_per_jp": vocabulary.MENIT_PER_JP, "menit_2jp": 2 * vocabulary.MENIT_PER_JP,
}
EXAMPLE_PROGRAM = EXAMPLE_PROGRAM.format(**_CHOICES)
EXAMPLE_MODUL = EXAMPLE_MODUL.format(**_CHOICES)

EXAMPLE_MATERI = """\
---
judul: Standar Pelayanan                 # judul halaman; isi dimulai dengan ##
indikator: Peserta mampu menjelaskan komponen standar pelayanan.
sub_materi:
  - Komponen standar pelayanan
  - Standar pelayanan untuk layanan daring
metode: [ceramah interaktif, studi kasus]
media: [bahan bacaan, diagram]
menit: 45                                # minimal 5; jumlah semua materi = alokasi_jp × menit_per_jp
kuis:
  - soal: Undang-undang apa yang mengatur standar pelayanan?
    pilihan:                             # 2 sampai 6 pilihan
      - UU 25/2009 tentang Pelayanan Publik
      - UU 14/2008 tentang Keterbukaan Informasi Publik
    jawaban: 1                           # nomor pilihan yang benar, mulai 1
    pembahasan: UU 25/2009 mewajibkan penyelenggara menetapkan standar pelayanan.
istilah:                                 # masuk ke Glosarium
  - istilah: Standar pelayanan
    definisi: Tolok ukur penyelenggaraan pelayanan yang menjadi kewajiban dan janji penyelenggara.
kata_kunci: [maklumat pelayanan]
---

## Komponen standar pelayanan

![Diagram alur layanan daring dari permohonan sampai keputusan](media/alur.svg)

Lanjutkan ke [layanan daring](02-layanan-daring.md#kanal-dan-waktu-layanan).
"""

EXAMPLE_MATERI_MINIMAL = """\
---
judul: Layanan Daring
indikator: Peserta mampu merancang kanal layanan daring.
sub_materi: [Kanal dan waktu layanan]
metode: [diskusi]
media: [bahan bacaan]
menit: 45
---

## Kanal dan waktu layanan

Isi materi.
"""

EXAMPLE_HEADINGS = [
    "Tata Kelola SPBE",
    "Apa itu SPBE?",
    "Peran ASN (Aparatur Sipil Negara)",
    "Data & Informasi: Satu Data",
    "Keamanan *Informasi*",
    "Rangkuman",
]


@dataclass(frozen=True)
class Row:
    key: str  # "judul", "kompetensi[].nama"
    kind: str
    required: bool
    allowed: str
    meaning: str


def _code(text: object) -> str:
    return f"`{text}`"


def _type(node: dict[str, Any]) -> str:
    if "enum" in node:
        return "pilihan"
    kind = node.get("type")
    if kind == "array":
        item = node.get("items", {})
        inner = "butir kunci: nilai" if item.get("type") == "object" else _type(item)
        count = _bounds(node.get("minItems"), node.get("maxItems"), "butir")
        return f"daftar {inner}" + (f" ({count})" if count else "")
    if kind == "integer":
        bounds = _bounds(node.get("minimum"), node.get("maximum"), "")
        return "bilangan bulat" + (f" {bounds}" if bounds else "")
    if kind == "string":
        if node.get("maxLength"):
            return f"teks, ≤ {node['maxLength']} karakter"
        return "teks"
    return str(kind or "—")


def _bounds(low: int | None, high: int | None, unit: str) -> str:
    unit = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"{low}–{high}{unit}"
    if low is not None:
        return f"≥ {low}{unit}" if low > 1 or unit == "" else f"minimal 1{unit}"
    if high is not None:
        return f"≤ {high}{unit}"
    return ""


def _conditional(items: dict[str, Any]) -> dict[str, list[str]]:
    """Choices that depend on a sibling (the competency names of ``manajerial``): key → words."""
    found: dict[str, list[str]] = {}
    for rule in items.get("allOf", []):
        condition = rule.get("if", {}).get("properties", {})
        then = rule.get("then", {}).get("properties", {})
        for sibling, test in condition.items():
            for key, allowed in then.items():
                if "enum" in allowed:
                    names = ", ".join(_code(v) for v in allowed["enum"])
                    found.setdefault(key, []).append(f"bila {sibling} = {_code(test['const'])}: {names}")
    return found


def _allowed(node: dict[str, Any], extra: list[str]) -> str:
    parts = []
    target = node.get("items", {}) if node.get("type") == "array" else node
    if "enum" in target:
        parts.append(" \\| ".join(_code(v) for v in target["enum"]))
    # A pattern with '|' cannot sit in a table cell's code span in both GitHub and MkDocs; the
    # description says what it means (lisensi: an SPDX identifier).
    if "pattern" in target and "|" not in target["pattern"]:
        parts.append(f"pola {_code(target['pattern'])}")
    if "default" in node:
        parts.append(f"bawaan {_code(node['default'])}")
    parts.extend(extra)
    return "; ".join(parts) or "—"


def rows(kind: str) -> list[Row]:
    """Every key of one schema, nested keys as ``list[].key``, in the schema's order."""
    out: list[Row] = []

    def walk(node: dict[str, Any], prefix: str) -> None:
        required = set(node.get("required", []))
        conditional = _conditional(node)
        for key, child in node.get("properties", {}).items():
            name = f"{prefix}{key}"
            out.append(Row(name, _type(child), key in required, _allowed(child, conditional.get(key, [])),
                           child.get("description", "")))
            items = child.get("items", {})
            if child.get("type") == "array" and items.get("type") == "object":
                walk(items, f"{name}[].")

    walk(schema(kind), "")
    return out


def _table(kind: str) -> list[str]:
    lines = ["| kunci | jenis | wajib | nilai yang diizinkan | arti |", "|---|---|---|---|---|"]
    for row in rows(kind):
        lines.append(f"| {_code(row.key)} | {row.kind} | {'ya' if row.required else 'tidak'} | "
                     f"{row.allowed} | {row.meaning} |")
    return lines


def render() -> str:
    """The whole reference, as committed in ``docs/referensi-format.md``."""
    md: list[str] = [
        "# Referensi format kurikulum",
        "",
        "<!-- Dibuat oleh `berpijar referensi` dari build_tools/schemas/*.schema.json dan",
        "     build_tools/diagnostics/catalogue.py. Jangan diubah dengan tangan: ubah sumbernya,",
        "     lalu jalankan `berpijar referensi` (atau `make reference`). -->",
        "",
        "Halaman ini memuat setiap kunci metadata, jenis nilainya, nilai yang diizinkan, contoh",
        "lengkap, dan setiap pesan pemeriksa beserta cara memperbaikinya. Halaman ini dibuat dari",
        "skema JSON dan katalog diagnostik yang dipakai `berpijar validate`, jadi selalu sesuai",
        "dengan yang diperiksa. Panduan langkah demi langkah ada di `docs/panduan-penulis.md`.",
        "",
        "## Susunan berkas",
        "",
        "```",
        "curriculum/",
        "  program.yml                      program pelatihan",
        "  LICENSE                          lisensi isi (CC-BY-SA-4.0)",
        "  kata-tetap.txt                   (tidak wajib) kata yang tidak dipotong pencarian",
        "  pelayanan-digital/               satu folder = satu modul (huruf kecil, tanda hubung)",
        "    index.md                       kepala RBPMP (front matter) + Pendahuluan",
        "    01-standar-pelayanan.md        materi pokok 1 (NN dua angka, mulai 01, berurutan)",
        "    02-layanan-daring.md           materi pokok 2",
        "    media/alur.svg                 gambar dan unduhan modul ini",
        "```",
        "",
        "- Nama folder dan bagian setelah `NN-`: huruf kecil ASCII dengan tanda hubung.",
        "- Berkas berakhiran `.en.md` dan sejenisnya dicadangkan untuk terjemahan.",
        "- Front matter adalah blok YAML di awal berkas, di antara dua baris `---`.",
        "- Cara penulisan kunci bertingkat di tabel: `kompetensi[].nama` berarti kunci `nama` di",
        "  setiap butir daftar `kompetensi`.",
        "",
    ]
    for kind in KINDS:
        md += [f"## {TITLES[kind]}", "", f"{schema(kind).get('description', '')} Berkas: `{FILES[kind]}`.",
               "", *_table(kind), ""]
    md += [
        "### Nama kompetensi baku",
        "",
        "Untuk `jenis: manajerial` dan `jenis: sosial-kultural`, `nama` harus salah satu nama baku",
        "PermenPANRB 38/2017 (ditulis persis, termasuk huruf besar):",
        "",
    ]
    for jenis, names in vocabulary.COMPETENCY_NAMES.items():
        md.append(f"- `{jenis}`: " + ", ".join(f"*{n}*" for n in names))
    md += [
        "- `teknis`: nama bebas, sesuai standar kompetensi teknis instansi Anda.",
        "",
        "## Contoh beranotasi",
        "",
        "Komentar setelah `#` boleh ditulis di YAML; pemeriksa mengabaikannya.",
        "",
        "### `program.yml`",
        "",
        "```text",
        EXAMPLE_PROGRAM.rstrip("\n"),
        "```",
        "",
        "### Modul: `pelayanan-digital/index.md`",
        "",
        "```text",
        EXAMPLE_MODUL.rstrip("\n"),
        "```",
        "",
        "### Materi pokok: `pelayanan-digital/01-standar-pelayanan.md`",
        "",
        "```text",
        EXAMPLE_MATERI.rstrip("\n"),
        "```",
        "",
        "### Materi pokok minimal: `pelayanan-digital/02-layanan-daring.md`",
        "",
        "Hanya kunci wajib. Materi tanpa `kuis` diterbitkan, tetapi diberi peringatan.",
        "",
        "```text",
        EXAMPLE_MATERI_MINIMAL.rstrip("\n"),
        "```",
        "",
        *_topics(),
        "## Daftar diagnostik",
        "",
        "Setiap pesan `berpijar validate` berbentuk `BERKAS:BARIS:KOLOM: error|warning: [KODE] pesan`,",
        "diikuti baris `cara memperbaiki:`. Bagian dalam kurung kurawal diisi dengan nilai dari",
        "berkas Anda. **Galat** (error) mencegah penerbitan; **peringatan** (warning) tidak.",
        "",
        "| kode | tingkat | pesan | cara memperbaiki |",
        "|---|---|---|---|",
    ]
    for entry in CATALOGUE.values():
        level = "galat" if entry.severity.value == "error" else "peringatan"
        md.append(f"| `{entry.code}` | {level} | {entry.markdown(entry.id)} | {entry.markdown(entry.fix)} |")
    md.append("")
    return "\n".join(md)


def _topics() -> list[str]:
    """The parts of the format a key table cannot show: links, anchors, images, drafts, …"""
    heading_rows = [f"| `## {h}` | `#{toc_slugify(h, '-')}` |" for h in EXAMPLE_HEADINGS]
    *others, last = [f"`{s}`" for s in vocabulary.STATUS]
    statuses = f"{', '.join(others)}, atau {last}"
    return [
        "## Tautan, jangkar, dan gambar",
        "",
        "Tautan ditulis relatif terhadap berkas yang sedang ditulis, ke berkas `.md` sumbernya",
        "(bukan ke alamat situs). Situs mengubahnya menjadi alamat halaman.",
        "",
        "| tujuan | tulis |",
        "|---|---|",
        "| materi lain di modul yang sama | `[Layanan daring](02-layanan-daring.md)` |",
        "| pengantar modul yang sama | `[Pendahuluan](index.md)` |",
        "| materi di modul lain | `[Arsitektur SPBE](../transformasi-digital/02-arsitektur-spbe.md)` |",
        "| bagian tertentu (jangkar) | `[Kanal](02-layanan-daring.md#kanal-dan-waktu-layanan)` |",
        "| bagian di halaman ini | `[Rangkuman](#rangkuman)` |",
        "| gambar modul ini | `![Teks alternatif yang menjelaskan gambar](media/alur.svg)` |",
        "| situs lain | `[Perpres 95/2018](https://…)`: tautan biasa boleh, gambar tidak |",
        "",
        "Jangkar dibuat dari judul bagian persis seperti situs membuatnya (ekstensi toc",
        "Python-Markdown): huruf kecil, huruf beraksen dijadikan ASCII, tanda baca dibuang, spasi",
        "menjadi tanda hubung. Judul yang sama kedua kalinya mendapat akhiran `_1`, ketiga `_2`.",
        "",
        "| judul bagian | jangkar |",
        "|---|---|",
        *heading_rows,
        "",
        "Tautan yang menunjuk berkas atau jangkar yang tidak ada adalah galat (`E-LINK-BROKEN`,",
        "`E-LINK-ANCHOR`). Tautan ke modul yang belum terbit tampil sebagai teks biasa di situs.",
        "",
        "Gambar dan unduhan disimpan di folder `media/` modul itu sendiri; setiap gambar wajib",
        "punya teks alternatif (`E-IMAGE-ALT`). Gambar dari situs lain tidak dimuat: unduh, periksa",
        "lisensinya, dan simpan di `media/`. SVG lebih ringan untuk diagram; SVG tidak boleh memuat",
        "skrip, atribut `on…`, atau apa pun yang memuat berkas dari situs lain (lihat",
        "`E-UNSAFE-HTML`, `E-UNSAFE-ATTR`, `E-UNSAFE-URL`).",
        "",
        "## Draf dan penerbitan (`status`)",
        "",
        f"`status` modul adalah {statuses}. Hanya modul `terbit` yang masuk ke situs terbitan.",
        "Modul `draf` (sedang ditulis) dan `reviu` (sedang ditelaah) tampil di",
        "pratinjau dan di `berpijar build --drafts`, sehingga penelaah dapat membacanya. Tautan",
        "dari modul terbit ke modul yang belum terbit tampil sebagai teks biasa.",
        "",
        "## Prasyarat, jalur, istilah, dan kata kunci",
        "",
        "- `prasyarat` (modul): kode modul yang sebaiknya diselesaikan lebih dulu, misalnya",
        "  `prasyarat: [TDP.01]`. Kode harus ada (`E-KODE-UNKNOWN`) dan prasyarat tidak boleh",
        "  melingkar (`E-PRASYARAT-CYCLE`). Kartu modul menautkan setiap prasyarat.",
        "- `jalur` (program): urutan modul untuk satu kelompok peserta, tampil di halaman Jalur",
        "  Belajar. `id` menjadi jangkar halaman itu; `modul` berisi kode yang ada.",
        "- `istilah` (materi): pasangan `istilah` dan `definisi` yang dikumpulkan ke halaman",
        "  Glosarium program, diurutkan menurut abjad.",
        "- `kata_kunci` (modul dan materi): kata tambahan untuk pencarian, misalnya singkatan atau",
        "  sinonim yang tidak tertulis di isi. Kata yang tidak boleh dipotong imbuhannya oleh",
        "  pencarian (nama aplikasi, singkatan) ditulis di `curriculum/kata-tetap.txt`, satu per baris.",
        "- Waktu: jumlah `menit` semua materi pokok sebuah modul harus sama dengan",
        "  `alokasi_jp × menit_per_jp` (`E-JP-MISMATCH`).",
        "",
    ]

