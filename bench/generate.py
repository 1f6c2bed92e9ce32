"""Write a synthetic, spec-valid curriculum of N materi pokok for the benchmarks.

    python bench/generate.py 1000 bench/out/cur-1000 [--seed 1]

writes ``OUT_DIR/curriculum``: ``program.yml`` with two jalur, one modul folder per ten
materi (the last one may have fewer), kelompok rotating dasar → inti → penunjang, kode
``SYA.01`` … ``SYA.99``, ``SYB.01`` … (the format allows 2–6 capital letters and two digits,
so each prefix holds 99 modul), minutes adding up exactly to ``alokasi_jp × 45``.

Each materi body is about 16 KB of Indonesian-looking Markdown (so 1,000 materi ≈ 16 MB):
sentences drawn deterministically from a built-in list of real Indonesian words, affixed
forms included (layanan, pelayanan, melayani, dilayani), with ``##``/``###`` headings, lists,
a table, an admonition, relative links to other materi with ``#anchors`` that exist, one
image per modul (with alt text) in ``media/``, a kuis of three questions and istilah.

``--modul-per-kelompok K`` writes 3 × K modul instead (K in each kelompok), the N materi
shared evenly among them: at K = 100 the modul count stays 300 from 1,000 to 3,000 materi, so
the pages that list every modul stay the same size and each modul's own pages grow.

The output must pass ``berpijar validate OUT_DIR/curriculum`` with 0 errors and 0 warnings.
Everything is a function of (N, seed): two runs write byte-identical trees.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

MATERI_PER_MODUL = 10
MENIT_PER_JP = 45
TARGET_FILE_BYTES = 16_000  # one materi file, front matter included: 1,000 materi ≈ 16 MB
KELOMPOK = ("dasar", "inti", "penunjang")

# --- words ---------------------------------------------------------------------------------
# Real Indonesian words, grouped by the part they play in a sentence. Many come in families of
# one root with its affixes (layan: layanan, pelayanan, melayani, dilayani, terlayani), which is
# what an Indonesian-aware search has to cope with.

NOUNS = """
pelayanan layanan pelayan pengelolaan pengelola kebijakan pemerintahan pemerintah masyarakat
warga pegawai aparatur instansi lembaga kementerian daerah desa kelurahan kecamatan kabupaten
provinsi data informasi sistem aplikasi jaringan keamanan kerahasiaan integritas ketersediaan
transparansi akuntabilitas efisiensi efektivitas kolaborasi inovasi perubahan pembangunan
perencanaan penganggaran anggaran laporan pelaporan pengawasan pemantauan evaluasi penilaian
pengaduan permohonan perizinan izin dokumen arsip kearsipan proses prosedur standar pedoman
peraturan aturan kewenangan kepemimpinan pemimpin pimpinan tim unit bidang seksi bagian pekerjaan
kinerja sasaran tujuan hasil manfaat dampak risiko ancaman kerentanan insiden gangguan pemulihan
cadangan perangkat komputer ponsel surel pesan percakapan pertemuan rapat diskusi pelatihan
pembelajaran pelajaran pengetahuan keterampilan kemampuan kompetensi pengalaman kebiasaan budaya
etika nilai kepercayaan partisipasi keterbukaan kesetaraan keadilan kesejahteraan kesehatan
pendidikan kependudukan kepegawaian keuangan pengadaan aset teknologi digitalisasi otomatisasi
integrasi interoperabilitas platform portal metadata kualitas akurasi kelengkapan konsistensi
ketepatan keputusan analisis grafik tabel angka indikator target capaian kebutuhan harapan
keluhan kepuasan pengguna penerima mitra kemitraan jejaring komunikasi koordinasi sinergi
pelaksanaan penerapan pengembangan peningkatan perbaikan penyederhanaan pemanfaatan
penyelenggaraan penyusunan pengumpulan penyimpanan pembagian penyebaran pelindungan pencegahan
penanganan penyelesaian pengolahan pengukuran pembinaan pendampingan pemberdayaan pengamanan
pemeliharaan pembaruan pendaftaran pembayaran pencatatan pengarsipan verifikasi validasi
sosialisasi konsultasi rekomendasi prioritas strategi program kegiatan anggota peserta narasumber
pelaksana pengawas pejabat petugas operator pengembang penyedia pemilik kantor loket puskesmas
sekolah rumah sakit pasar jalan wilayah lingkungan tantangan peluang solusi masalah pertanyaan
jawaban contoh pengertian tahapan langkah prinsip unsur komponen fungsi peran hubungan
"""

VERBS_ACTIVE = """
melayani mengelola mengolah membangun mengembangkan meningkatkan memperbaiki menyederhanakan
memanfaatkan menerapkan menyusun mengumpulkan menyimpan membagikan melindungi mencegah menangani
menyelesaikan memantau menilai mengukur melaporkan merencanakan memutuskan mempelajari memahami
menjelaskan menyampaikan mendorong mendukung memastikan mengurangi mempercepat memudahkan
menghubungkan mengintegrasikan mengubah memeriksa memverifikasi mencatat mendokumentasikan
membandingkan menganalisis menyajikan menetapkan mengawasi membina mendampingi memberdayakan
mengamankan memelihara memperbarui mendaftarkan mengarsipkan menyebarluaskan mengomunikasikan
mengoordinasikan melibatkan mempertimbangkan merumuskan menindaklanjuti
"""

VERBS_PASSIVE = """
dilayani dikelola diolah dibangun dikembangkan ditingkatkan diperbaiki disederhanakan dimanfaatkan
diterapkan disusun dikumpulkan disimpan dibagikan dilindungi dicegah ditangani diselesaikan
dipantau dinilai diukur dilaporkan direncanakan diputuskan dipelajari dipahami dijelaskan
disampaikan didorong didukung dipastikan dikurangi dipercepat dimudahkan dihubungkan
diintegrasikan diubah diperiksa diverifikasi dicatat didokumentasikan dibandingkan dianalisis
disajikan ditetapkan diawasi dibina didampingi diberdayakan diamankan dipelihara diperbarui
didaftarkan diarsipkan disebarluaskan dikomunikasikan dikoordinasikan dilibatkan dipertimbangkan
dirumuskan ditindaklanjuti
"""

VERBS_INTRANSITIVE = """
bekerja berkolaborasi berbagi berubah berkembang berjalan berperan belajar berdiskusi
berkomunikasi berpartisipasi bertumbuh berinovasi beradaptasi berkoordinasi terlayani terlindungi
"""

ADJECTIVES = """
terbuka transparan akuntabel efisien efektif cepat mudah sederhana aman andal akurat lengkap
konsisten mutakhir relevan inklusif berkelanjutan terpadu terintegrasi digital elektronik daring
luring publik pribadi strategis operasional teknis penting utama jelas jujur tepat adil
partisipatif kolaboratif responsif adaptif inovatif produktif berkualitas terukur terjangkau
ramah nyata bersama baru rinci
"""

ADVERBIALS = [
    "secara berkala", "secara terbuka", "dengan cermat", "dengan jelas", "sejak awal",
    "setiap hari", "di lapangan", "di unit kerja", "bersama mitra", "tanpa penundaan",
    "dengan hati-hati", "sesuai kebutuhan warga", "secara bertahap", "di seluruh instansi",
    "dalam waktu singkat", "pada setiap tahap", "secara konsisten", "di tingkat daerah",
]

OPENERS = [
    "Oleh karena itu,", "Selain itu,", "Dalam praktiknya,", "Pada akhirnya,", "Di banyak daerah,",
    "Sebagai contoh,", "Namun,", "Dengan demikian,", "Untuk itu,", "Di sisi lain,", "Pertama,",
    "Kemudian,", "Akibatnya,", "Sementara itu,", "Dalam pekerjaan sehari-hari,",
]

TEKNIS = [
    "Pengelolaan Layanan Digital", "Pengelolaan dan Analisis Data", "Keamanan Informasi",
    "Manajemen Arsip Elektronik", "Perencanaan Program", "Pengelolaan Pengaduan",
]
MANAJERIAL = [
    "Integritas", "Kerja Sama", "Komunikasi", "Orientasi pada Hasil", "Pelayanan Publik",
    "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan",
]
METODE = ["Ceramah interaktif", "Diskusi", "Studi kasus", "Simulasi", "Latihan mandiri", "Curah pendapat"]
MEDIA = ["Bahan bacaan daring", "Tayangan presentasi", "Lembar kerja", "Kuis mandiri", "Video singkat"]
ADMONITIONS = ["note", "tip", "example", "warning", "info"]
ADMONITION_TITLES = {
    "note": "Catatan", "tip": "Kiat", "example": "Contoh kasus", "warning": "Perhatian",
    "info": "Informasi",
}
PILAR = ["cakap", "etika", "aman", "budaya"]
MODA = ["e-learning", "blended", "klasikal"]

_words = {
    name: value.split()
    for name, value in (("nouns", NOUNS), ("active", VERBS_ACTIVE), ("passive", VERBS_PASSIVE),
                        ("intransitive", VERBS_INTRANSITIVE), ("adjectives", ADJECTIVES))
}


class Writer:
    """Pseudo-random Indonesian-looking text from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, kind: str) -> str:
        return self.rng.choice(_words[kind])

    def sentence(self) -> str:
        r = self.rng
        n, a, p, i, adj = (lambda: self.pick("nouns")), (lambda: self.pick("active")), \
            (lambda: self.pick("passive")), (lambda: self.pick("intransitive")), \
            (lambda: self.pick("adjectives"))
        form = r.randrange(8)
        if form == 0:
            s = f"{n()} {adj()} {a()} {n()} {n()} {r.choice(ADVERBIALS)}"
        elif form == 1:
            s = f"{n()} {n()} {p()} oleh {n()} agar {n()} dapat {a()} {n()} yang {adj()}"
        elif form == 2:
            s = f"{n()} yang {adj()} membantu {n()} {a()} {n()} {r.choice(ADVERBIALS)}"
        elif form == 3:
            s = f"setiap {n()} perlu {a()} {n()} {n()} secara {adj()}"
        elif form == 4:
            s = f"bila {n()} {p()} {r.choice(ADVERBIALS)}, {n()} akan lebih {adj()} dan {adj()}"
        elif form == 5:
            s = f"{n()} dan {n()} {i()} {r.choice(ADVERBIALS)} untuk {a()} {n()} {n()}"
        elif form == 6:
            s = f"tanpa {n()} yang {adj()}, {n()} sulit {p()} dan {n()} menjadi kurang {adj()}"
        else:
            s = f"{n()} {n()} harus {p()} sebelum {n()} {a()} {n()} {adj()}"
        if r.random() < 0.3:
            opener = r.choice(OPENERS)
            return f"{opener} {s}."
        return s[0].upper() + s[1:] + "."

    def paragraph(self, low: int = 3, high: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def phrase(self, words: int = 3) -> str:
        """A short noun phrase, for titles and headings."""
        parts = [self.pick("nouns")]
        while len(parts) < words - 1:
            parts.append(self.pick("nouns"))
        parts.append(self.pick("adjectives"))
        text = " ".join(parts)
        return text[0].upper() + text[1:]


def slug(text: str, words: int = 5) -> str:
    """Lowercase kebab-case ASCII (the words here are plain ASCII letters)."""
    parts = re.sub(r"[^a-z0-9 -]", "", text.lower()).replace("-", " ").split()
    return "-".join(parts[:words])


def anchor(heading: str) -> str:
    """The id Python-Markdown's toc gives a heading made of ASCII words and spaces."""
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", heading).strip().lower())


def prefix(block: int) -> str:
    """SYA, SYB, … SYZ, then SYAA, SYAB, … SYZZ: each prefix holds kode .01 to .99."""
    letters = string.ascii_uppercase
    if block < 26:
        return "SY" + letters[block]
    block -= 26
    if block >= 26 * 26:
        raise ValueError("more than 69,498 modul: extend prefix()")
    return "SY" + letters[block // 26] + letters[block % 26]


def kode(index: int) -> str:
    return f"{prefix(index // 99)}.{index % 99 + 1:02d}"


def yq(text: str) -> str:
    """A double-quoted YAML scalar (the generated text has no quotes or backslashes)."""
    assert '"' not in text and "\\" not in text
    return f'"{text}"'


# --- plan: what every file is called and which headings it has -----------------------------


@dataclass
class Section:
    heading: str
    subheadings: list[str]


@dataclass
class MateriPlan:
    nomor: int
    judul: str
    file: str
    sections: list[Section]
    menit: int = 0

    def anchors(self) -> list[tuple[str, str]]:
        """(heading text, anchor) of every heading in the body."""
        out = []
        for s in self.sections:
            out.append((s.heading, anchor(s.heading)))
            out += [(h, anchor(h)) for h in s.subheadings]
        return out


@dataclass
class ModulPlan:
    index: int
    kode: str
    judul: str
    folder: str
    kelompok: str
    alokasi_jp: int
    image: str
    materi: list[MateriPlan] = field(default_factory=list)


RESERVED_HEADINGS = {"kuis mandiri", "materi pokok", "evaluasi", "referensi", "penyusun", "rangkuman"}


def _plan_materi(rng: random.Random, nomor: int, taken_titles: set[str]) -> MateriPlan:
    w = Writer(rng)
    while True:
        judul = f"{w.phrase(3)} dalam {w.pick('nouns')}"
        if judul not in taken_titles:
            break
    taken_titles.add(judul)
    seen: set[str] = {anchor(judul)} | RESERVED_HEADINGS

    def unique(words: int) -> str:
        while True:
            h = w.phrase(words)
            if anchor(h) not in seen:
                seen.add(anchor(h))
                return h

    sections = [Section(unique(3), [unique(2) for _ in range(rng.randint(1, 2))]) for _ in range(6)]
    sections.append(Section("Rangkuman", []))
    return MateriPlan(nomor, judul, f"{nomor:02d}-{slug(judul)}.md", sections)


def _counts(n: int, modul_per_kelompok: int | None) -> list[int]:
    """Materi per modul: ten each (the last may hold fewer), or, with ``modul_per_kelompok``,
    3 × that many modul sharing the N materi evenly (the first ones one more)."""
    if modul_per_kelompok is None:
        modul_count = (n + MATERI_PER_MODUL - 1) // MATERI_PER_MODUL
        return [min(MATERI_PER_MODUL, n - i * MATERI_PER_MODUL) for i in range(modul_count)]
    modul_count = 3 * modul_per_kelompok
    if n < modul_count:
        raise ValueError(f"{modul_count} modul need at least {modul_count} materi")
    base, extra = divmod(n, modul_count)
    return [base + (1 if i < extra else 0) for i in range(modul_count)]


def plan(n: int, seed: int, modul_per_kelompok: int | None = None) -> list[ModulPlan]:
    counts = _counts(n, modul_per_kelompok)
    out = []
    for i, count in enumerate(counts):
        rng = random.Random(f"{seed}:modul:{i}")
        w = Writer(rng)
        k = kode(i)
        judul = f"{w.phrase(3)} untuk {w.pick('nouns')} {w.pick('adjectives')}"
        # Each materi gets 45 to 90 minutes in steps of 5: JP from count to 2 × count.
        jp = rng.randint(count, 2 * count)
        folder = f"{k.lower().replace('.', '-')}-{slug(judul, 3)}"
        m = ModulPlan(i, k, judul, folder, KELOMPOK[i % 3], jp, f"media/diagram-{k.lower().replace('.', '-')}.svg")
        titles: set[str] = set()
        for j in range(count):
            m.materi.append(_plan_materi(random.Random(f"{seed}:materi:{i}:{j}"), j + 1, titles))
        units = jp * MENIT_PER_JP // 5  # minutes in steps of 5
        base, extra = divmod(units, count)
        for j, materi in enumerate(m.materi):
            materi.menit = 5 * (base + (1 if j < extra else 0))
        assert sum(x.menit for x in m.materi) == jp * MENIT_PER_JP
        assert all(x.menit >= 5 for x in m.materi)
        out.append(m)
    return out


# --- writing --------------------------------------------------------------------------------


def _table(w: Writer) -> str:
    rng = w.rng
    head = "| Aspek | Keterangan | Contoh di unit kerja |\n|---|---|---|\n"
    rows = []
    for _ in range(rng.randint(4, 6)):
        rows.append(f"| {w.phrase(2)} | {w.sentence()} | {w.phrase(3)} |")
    return head + "\n".join(rows)


def _list(w: Writer, numbered: bool) -> str:
    items = []
    for k in range(w.rng.randint(4, 6)):
        mark = f"{k + 1}." if numbered else "-"
        items.append(f"{mark} **{w.phrase(2)}**: {w.sentence()}")
    return "\n".join(items)


def _admonition(w: Writer) -> str:
    kind = w.rng.choice(ADMONITIONS)
    body = "\n\n".join("    " + w.paragraph(2, 4) for _ in range(2))
    return f'!!! {kind} "{ADMONITION_TITLES[kind]}: {w.phrase(2).lower()}"\n\n{body}'


def _link_to(here: ModulPlan, target_modul: ModulPlan, target: MateriPlan, rng: random.Random) -> str:
    heading, anc = rng.choice(target.anchors())
    path = target.file if target_modul is here else f"../{target_modul.folder}/{target.file}"
    return f"[{heading.lower()} pada materi {target.judul.lower()}]({path}#{anc})"


def materi_body(modules: list[ModulPlan], m: ModulPlan, p: MateriPlan, rng: random.Random,
                budget: int) -> str:
    """About ``budget`` bytes of Markdown following the plan's headings."""
    w = Writer(rng)
    # Where links lead: the previous materi of this modul, a materi of another modul, this page.
    links = []
    if p.nomor > 1:
        links.append(_link_to(m, m, m.materi[p.nomor - 2], rng))
    elif len(m.materi) > 1:
        links.append(_link_to(m, m, m.materi[1], rng))
    if len(modules) > 1:
        other = modules[(m.index + 1 + rng.randrange(len(modules) - 1)) % len(modules)]
        links.append(_link_to(m, other, rng.choice(other.materi), rng))
    own_heading, own_anchor = rng.choice(p.anchors()[2:] or p.anchors())
    links.append(f"[bagian {own_heading.lower()}](#{own_anchor})")

    blocks = [w.paragraph(4, 6)]
    if p.nomor == 1:
        blocks.append(f"![Diagram {m.judul.lower()} dengan alur {w.phrase(2).lower()}]({m.image})")
    extras = {1: _table(w), 2: _admonition(w), 3: _list(w, numbered=True), 5: _list(w, numbered=False)}
    link_at = {0: 0, 2: 1, 4: 2}
    for s_index, section in enumerate(p.sections[:-1]):
        blocks.append(f"## {section.heading}")
        blocks.append(w.paragraph())
        if s_index in link_at and link_at[s_index] < len(links):
            blocks.append(f"{w.sentence()} Baca juga {links[link_at[s_index]]}. {w.sentence()}")
        for sub in section.subheadings:
            blocks.append(f"### {sub}")
            blocks.append(w.paragraph(3, 5))
        if s_index in extras:
            blocks.append(extras[s_index])
    blocks.append(f"## {p.sections[-1].heading}")
    summary = [f"- {w.sentence()}" for _ in range(3)]
    text = "\n\n".join(blocks)
    # Fill up to the budget with paragraphs in the summary, then close with its list.
    tail = "\n".join(summary)
    while len(text) + len(tail) + 4 < budget:
        text += "\n\n" + w.paragraph(3, 5)
    return text + "\n\n" + tail + "\n"


def materi_front(m: ModulPlan, p: MateriPlan, rng: random.Random) -> str:
    w = Writer(rng)
    indikator = f"Peserta mampu {w.pick('active')} {w.phrase(3).lower()} {rng.choice(ADVERBIALS)}."
    lines = [
        "---",
        f"judul: {p.judul}",
        f"indikator: {yq(indikator)}",
        "sub_materi:",
        *[f"  - {s.heading}" for s in p.sections[:4]],
        "metode:",
        *[f"  - {x}" for x in rng.sample(METODE, 3)],
        "media:",
        *[f"  - {x}" for x in rng.sample(MEDIA, 3)],
        f"menit: {p.menit}",
        "kuis:",
    ]
    for number in range(3):
        choices = [w.sentence().rstrip(".") for _ in range(rng.randint(3, 4))]
        # As a careful author writes them (the validator warns otherwise): the key moves from
        # question to question and is not the one longest option.
        key = (number + rng.randint(0, 1)) % len(choices)
        if len(choices[key]) == max(map(len, choices)):
            other = (key + 1) % len(choices)
            choices[key], choices[other] = choices[other], choices[key]
            if len(choices[key]) == len(choices[other]):
                choices[other] += " juga"
        lines += [
            f"  - soal: {yq(w.sentence()[:-1] + '?')}",
            "    pilihan:",
            *[f"      - {yq(c)}" for c in choices],
            f"    jawaban: {key + 1}",
            f"    pembahasan: {yq(w.paragraph(2, 3))}",
        ]
    lines.append("istilah:")
    for term, definition in rng.sample(ISTILAH, 3):
        lines += [f"  - istilah: {term}", f"    definisi: {yq(definition)}"]
    lines.append("kata_kunci:")
    lines += [f"  - {w.pick('nouns')} {w.pick('adjectives')}" for _ in range(3)]
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def _istilah_pool(seed: int, size: int = 150) -> list[tuple[str, str]]:
    """A program-wide glossary: materi share terms, as real modul do."""
    rng = random.Random(f"{seed}:istilah")
    w = Writer(rng)
    seen: set[str] = set()
    out = []
    while len(out) < size:
        term = w.phrase(2)
        if term.casefold() in seen:
            continue
        seen.add(term.casefold())
        out.append((term, w.paragraph(1, 2)))
    return out


ISTILAH: list[tuple[str, str]] = []


def modul_index(modules: list[ModulPlan], m: ModulPlan, seed: int) -> str:
    rng = random.Random(f"{seed}:index:{m.index}")
    w = Writer(rng)
    sentence = w.sentence()
    hasil = "Setelah mengikuti mata pelatihan ini, peserta mampu " + sentence[0].lower() + sentence[1:]
    kompetensi = [
        ("teknis", rng.choice(TEKNIS), rng.randint(1, 4)),
        ("manajerial", rng.choice(MANAJERIAL), rng.randint(1, 4)),
        ("sosial-kultural", "Perekat Bangsa", rng.randint(1, 3)),
    ]
    lines = [
        "---",
        f"kode: {m.kode}",
        f"judul: {m.judul}",
        f"kelompok: {m.kelompok}",
        f"deskripsi_singkat: {yq(w.paragraph(2, 3))}",
        f"hasil_belajar: {yq(hasil)}",
        f"alokasi_jp: {m.alokasi_jp}",
        f"moda: {MODA[m.index % 3]}",
        f"sasaran_peserta: {yq('ASN yang ' + w.pick('active') + ' ' + w.phrase(3).lower() + '.')}",
        "kompetensi:",
    ]
    for jenis, nama, level in kompetensi:
        lines += [f"  - jenis: {jenis}", f"    nama: {nama}", f"    level: {level}"]
    lines += ["pilar_literasi_digital:", *[f"  - {x}" for x in sorted(rng.sample(PILAR, 2), key=PILAR.index)]]
    if m.index % 5 == 1:
        lines += ["prasyarat:", f"  - {modules[m.index - 1].kode}"]
    lines += [
        "evaluasi:",
        "  - bentuk: Kuis mandiri",
        f"    keterangan: {yq(w.sentence())}",
        "  - bentuk: Tugas praktik",
        f"    keterangan: {yq(w.paragraph(2, 2))}",
        "referensi:",
        "  - judul: Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
        "    penerbit: Pemerintah Republik Indonesia",
        "    tahun: 2018",
        "  - judul: Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia",
        "    penerbit: Pemerintah Republik Indonesia",
        "    tahun: 2019",
        "penyusun:",
        "  - nama: Tim Kurikulum Sintetis",
        "    instansi: Lembaga Administrasi Negara",
        'versi: "1.0.0"',
        "status: terbit",
        'diperbarui: "2026-01-15"',
        "kata_kunci:",
        *[f"  - {w.pick('nouns')} {w.pick('adjectives')}" for _ in range(4)],
        "---",
        "",
    ]
    body = [
        f"## Mengapa {w.phrase(2).lower()} penting",
        w.paragraph(4, 6),
        w.paragraph(3, 5),
        f"![Diagram {m.judul.lower()}]({m.image})",
        "## Apa yang akan Anda pelajari",
        f"Mata pelatihan ini terdiri atas {len(m.materi)} materi pokok:",
        "\n".join(f"{x.nomor}. [{x.judul}]({x.file}): {w.sentence()}" for x in m.materi),
        "## Cara belajar",
        w.paragraph(3, 5),
    ]
    return "\n".join(lines) + "\n\n".join(body) + "\n"


def svg(m: ModulPlan) -> str:
    boxes = []
    for k in range(4):
        x = 20 + k * 150
        boxes.append(
            f'<rect x="{x}" y="40" width="120" height="60" rx="8" fill="#e8eaf6" stroke="#3949ab"/>'
            f'<text x="{x + 60}" y="75" text-anchor="middle" font-size="14">Tahap {k + 1}</text>'
        )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 140" width="640" height="140" '
        f'role="img" aria-labelledby="t"><title id="t">Diagram {m.kode}</title>'
        + "".join(boxes) + "</svg>\n"
    )


def program(modules: list[ModulPlan], n: int) -> str:
    even = [m.kode for m in modules if m.index % 2 == 0][:8]
    odd = [m.kode for m in modules if m.index % 2 == 1][:8] or even[:1]
    return f"""judul: ASN Berpijar (kurikulum sintetis, {n} materi pokok)
deskripsi: |
  Kurikulum sintetis untuk mengukur kecepatan validasi dan build. Isinya kalimat acak dari
  kata-kata bahasa Indonesia, bukan bahan belajar.
penyelenggara:
  - Lembaga Administrasi Negara
  - Pijar Foundation
bahasa: id
menit_per_jp: {MENIT_PER_JP}
lisensi: CC-BY-SA-4.0
jalur:
  - id: pimpinan
    judul: Jalur Pimpinan
    deskripsi: Untuk pejabat pimpinan dan pengawas yang memimpin perubahan di unit kerjanya.
    modul: [{", ".join(even)}]
  - id: pelaksana
    judul: Jalur Pelaksana dan Fungsional
    deskripsi: Untuk pelaksana dan pejabat fungsional yang setiap hari melayani masyarakat.
    modul: [{", ".join(odd)}]
"""


def generate(n: int, out_dir: Path | str, seed: int = 1, modul_per_kelompok: int | None = None) -> Path:
    """Write ``out_dir/curriculum`` (replacing it) and return its path."""
    if n < 1:
        raise ValueError("N must be at least 1")
    ISTILAH[:] = _istilah_pool(seed)
    root = Path(out_dir) / "curriculum"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    modules = plan(n, seed, modul_per_kelompok)
    (root / "program.yml").write_text(program(modules, n), "utf-8")
    for m in modules:
        folder = root / m.folder
        (folder / "media").mkdir(parents=True)
        (folder / m.image).write_text(svg(m), "utf-8")
        (folder / "index.md").write_text(modul_index(modules, m, seed), "utf-8")
        for p in m.materi:
            rng = random.Random(f"{seed}:body:{m.index}:{p.nomor}")
            front = materi_front(m, p, rng)
            body = materi_body(modules, m, p, rng, TARGET_FILE_BYTES - len(front.encode()))
            (folder / p.file).write_text(front + body, "utf-8")
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of materi pokok")
    parser.add_argument("out_dir", type=Path, help="folder that receives curriculum/")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modul-per-kelompok", type=int, default=None,
                        help="a fixed number of modul in each kelompok, sharing the N materi evenly")
    args = parser.parse_args(argv)
    root = generate(args.n, args.out_dir, args.seed, args.modul_per_kelompok)
    size = sum(f.stat().st_size for f in root.rglob("*.md"))
    modul = sum(1 for _ in root.glob("*/index.md"))
    print(f"{root}: {args.n} materi pokok, {modul} modul, {size / 1e6:.1f} MB Markdown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
