"""Every diagnostic the validator can emit, in one place.

Authors read these messages more often than any page of the guide, so they live together
here: the validator refers to an entry by its code, and the author guide's table of
diagnostics is generated from this same list. Messages are ``str.format`` templates; the
Indonesian one is the default, the English one is for ``--lang en``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Entry:
    code: str
    severity: Severity
    id: str
    en: str
    # What the rule protects, for the author guide.
    why: str = ""
    # How to fix it ("cara memperbaiki"), Indonesian and English: shown in the author guide,
    # in the preview's error page and after each message.
    fix: str = ""
    fix_en: str = ""


E, W = Severity.ERROR, Severity.WARNING

_ENTRIES = [
    # Files and parsing
    Entry("E-DIR-MISSING", E, "folder kurikulum '{path}' tidak ditemukan",
          "curriculum folder '{path}' not found", "Perintah tidak punya apa pun untuk diperiksa."),
    Entry("E-PROGRAM-MISSING", E, "berkas program.yml tidak ada di folder kurikulum",
          "program.yml is missing from the curriculum folder", "Program adalah akar kurikulum."),
    Entry("E-ENCODING", E, "berkas bukan UTF-8 yang sah (bita {byte} tidak dapat dibaca)",
          "file is not valid UTF-8 (byte {byte} cannot be decoded)",
          "Semua berkas ditulis dalam UTF-8 agar huruf tampil sama di mana pun."),
    Entry("E-YAML", E, "YAML tidak dapat dibaca: {problem}", "YAML does not parse: {problem}",
          "Metadata yang rusak tidak dapat diterbitkan."),
    Entry("E-YAML-DUPLICATE-KEY", E, "kunci '{key}' ditulis dua kali",
          "key '{key}' appears twice", "Nilai kedua diam-diam menimpa nilai pertama."),
    Entry("E-YAML-TOO-COMPLEX", E, "YAML terlalu rumit (alias berlapis atau terlalu banyak nilai)",
          "YAML is too complex (nested aliases or too many values)",
          "Alias berlapis dapat membuat build kehabisan memori."),
    Entry("E-FRONTMATTER-MISSING", E,
          "front matter tidak ada: berkas harus diawali baris '---' berisi metadata YAML",
          "front matter missing: the file must start with a '---' line of YAML metadata",
          "Metadata RBPMP ada di front matter."),
    Entry("E-FRONTMATTER-UNCLOSED", E, "front matter tidak ditutup dengan baris '---'",
          "front matter is not closed by a '---' line", "Tanpa penutup, isi ikut terbaca sebagai YAML."),
    Entry("E-NOT-MAPPING", E, "metadata harus berupa pasangan kunci: nilai, bukan {found}",
          "metadata must be a mapping of key: value, not {found}",
          "Setiap kunci RBPMP diberi nama."),
    # Schema
    Entry("E-KEY-MISSING", E, "kunci wajib '{key}' tidak ada", "required key '{key}' is missing",
          "Kolom RBPMP yang wajib harus diisi."),
    Entry("E-KEY-UNKNOWN", E, "kunci '{key}' tidak dikenal{hint}", "unknown key '{key}'{hint}",
          "Salah ketik pada nama kunci membuat nilainya hilang tanpa jejak."),
    Entry("E-TYPE", E, "nilai '{key}' harus {expected}, bukan {found}",
          "value of '{key}' must be {expected}, not {found}", "Jenis nilai menentukan tampilan."),
    Entry("E-VALUE-CHOICE", E, "nilai '{value}' untuk '{key}' tidak dikenal; pilih salah satu: {choices}",
          "value '{value}' for '{key}' is not allowed; choose one of: {choices}",
          "Daftar pilihan mengikuti istilah RBPMP."),
    Entry("E-VALUE-FORMAT", E, "nilai '{value}' untuk '{key}' tidak sesuai format: {format}",
          "value '{value}' for '{key}' does not match the format: {format}",
          "Format yang seragam memudahkan pencarian dan tautan."),
    Entry("E-VALUE-RANGE", E, "nilai untuk '{key}' di luar batas: {limit}",
          "value of '{key}' is out of range: {limit}", "Batas menjaga data tetap masuk akal."),
    # Structure
    Entry("E-NAME-FOLDER", E,
          "nama folder modul '{name}' harus huruf kecil ASCII dengan tanda hubung (kebab-case)",
          "modul folder name '{name}' must be lowercase ASCII kebab-case",
          "Nama folder menjadi alamat halaman."),
    Entry("E-NAME-FILE", E,
          "nama berkas '{name}' harus berbentuk NN-judul-singkat.md (NN dua angka, huruf kecil, tanda hubung)",
          "file name '{name}' must look like NN-short-slug.md (two digits, lowercase, hyphens)",
          "Nomor di depan nama berkas menentukan urutan materi."),
    Entry("E-NUMBER-DUPLICATE", E, "nomor materi {number} dipakai lebih dari satu berkas (juga '{other}')",
          "materi number {number} is used by more than one file (also '{other}')",
          "Urutan materi harus jelas."),
    Entry("E-NUMBER-GAP", E, "nomor materi harus berurutan mulai 01: nomor {expected} tidak ada sebelum {number}",
          "materi numbers must be consecutive from 01: number {expected} is missing before {number}",
          "Nomor yang melompat biasanya berarti berkas hilang."),
    Entry("E-MODUL-INDEX-MISSING", E, "folder modul tidak punya index.md", "modul folder has no index.md",
          "index.md memuat kepala RBPMP modul."),
    Entry("E-MODUL-EMPTY", E, "modul tidak punya materi pokok (berkas NN-judul.md)",
          "modul has no materi pokok (NN-slug.md files)", "RBPMP tanpa materi pokok tidak bisa diajarkan."),
    Entry("E-SYMLINK", E, "tautan simbolik tidak diizinkan di folder kurikulum",
          "symbolic links are not allowed in the curriculum folder",
          "Tautan simbolik dapat membocorkan berkas di luar kurikulum."),
    Entry("E-KODE-DUPLICATE", E, "kode '{kode}' sudah dipakai oleh {other}",
          "kode '{kode}' is already used by {other}", "Kode adalah identitas modul."),
    Entry("E-KODE-UNKNOWN", E, "kode '{kode}' tidak dikenal: tidak ada modul dengan kode itu",
          "unknown kode '{kode}': no modul has that kode", "Prasyarat dan jalur harus menunjuk modul yang ada."),
    Entry("E-PRASYARAT-CYCLE", E, "prasyarat membentuk lingkaran: {cycle}",
          "prasyarat forms a cycle: {cycle}", "Peserta tidak akan pernah bisa memulai modul yang saling mensyaratkan."),
    Entry("E-JP-MISMATCH", E,
          "jumlah menit materi pokok ({total}) tidak sama dengan alokasi_jp × menit_per_jp ({jp} × {menit_per_jp} = {expected})",
          "materi minutes add up to {total}, not alokasi_jp × menit_per_jp ({jp} × {menit_per_jp} = {expected})",
          "Akumulasi waktu RBPMP harus sama dengan alokasi JP."),
    Entry("E-JAWABAN-RANGE", E, "jawaban {jawaban} tidak ada di pilihan (hanya {count} pilihan)",
          "jawaban {jawaban} is not among the pilihan (only {count})", "Kuis tanpa jawaban benar menyesatkan peserta."),
    # Content
    Entry("E-LINK-BROKEN", E, "tautan ke '{target}' menunjuk berkas yang tidak ada",
          "link to '{target}' points to a file that does not exist", "Tautan rusak membuat peserta tersesat."),
    Entry("E-LINK-OUTSIDE", E, "tautan ke '{target}' keluar dari folder kurikulum",
          "link to '{target}' leaves the curriculum folder", "Situs hanya memuat isi kurikulum."),
    Entry("E-LINK-ANCHOR", E, "tautan ke '{target}': tidak ada judul bagian dengan jangkar '#{anchor}'",
          "link to '{target}': no heading has the anchor '#{anchor}'", "Jangkar yang salah mendarat di awal halaman."),
    Entry("E-IMAGE-ALT", E, "gambar '{target}' tidak punya teks alternatif (alt)",
          "image '{target}' has no alt text", "Pembaca layar dan koneksi lambat memerlukan teks alternatif."),
    Entry("E-UNSAFE-HTML", E, "elemen <{tag}> tidak diizinkan di isi kurikulum",
          "the <{tag}> element is not allowed in curriculum content",
          "Isi datang lewat pull request; kode aktif tidak boleh berjalan di peramban peserta."),
    Entry("E-UNSAFE-ATTR", E, "atribut peristiwa '{attr}' tidak diizinkan di isi kurikulum",
          "event attribute '{attr}' is not allowed in curriculum content",
          "Atribut on* menjalankan skrip di peramban peserta."),
    Entry("E-UNSAFE-URL", E, "alamat '{scheme}:' tidak diizinkan ({target})",
          "'{scheme}:' URLs are not allowed ({target})", "Alamat javascript: dan data: dapat menjalankan kode."),
    Entry("W-LINK-HTTP", W, "tautan '{target}' memakai http:; gunakan https:",
          "link '{target}' uses http:; use https:", "Sambungan tanpa enkripsi dapat diubah di tengah jalan."),
    Entry("W-LINK-TEXT", W, "teks tautan '{text}' tidak informatif; sebutkan tujuan tautan",
          "link text '{text}' is uninformative; say where the link goes",
          "Pembaca layar membacakan daftar tautan tanpa konteks."),
    Entry("W-HEADING-SKIP", W, "tingkat judul melompat dari {previous} ke {level}",
          "heading level skips from {previous} to {level}", "Struktur judul dipakai navigasi dan pembaca layar."),
    Entry("W-HEADING-H1", W, "judul tingkat 1 di isi halaman; judul halaman diambil dari 'judul'",
          "level-1 heading in the body; the page title comes from 'judul'", "Satu halaman, satu judul utama."),
    Entry("W-KUIS-MISSING", W, "materi pokok tanpa 'kuis'", "materi pokok without 'kuis'",
          "Kuis mandiri membantu peserta memeriksa pemahaman."),
    Entry("W-KUIS-KUNCI-PANJANG", W,
          "kunci jawaban adalah pilihan terpanjang pada {count} dari {total} soal",
          "the key (jawaban) is the longest option in {count} of {total} questions",
          "Penulis soal yang tergesa-gesa membuat kunci paling lengkap dan paling panjang; peserta "
          "yang menebak pilihan terpanjang lulus kuis tanpa membaca materi. Peringatan muncul bila "
          "kuis berisi sedikitnya 3 soal dan kunci adalah satu-satunya pilihan terpanjang (jumlah "
          "karakter, tanpa spasi di awal dan akhir) pada lebih dari separuh soal.",
          "Samakan panjang pilihan: pendekkan kunci atau tulis pengecoh yang sama lengkap dan masuk "
          "akal, sehingga kunci tidak selalu pilihan terpanjang.",
          "Even out the options: shorten the key or write distractors as complete and plausible, so "
          "that the key is not the longest option in most questions."),
    Entry("W-KUIS-KUNCI-POSISI", W,
          "semua kunci jawaban ({total} soal) berada di posisi yang sama: pilihan ke-{position}",
          "all keys ({total} questions) sit at the same position: option {position}",
          "Bila kunci selalu di posisi yang sama, peserta cukup menghafal posisinya. Peringatan "
          "muncul bila kuis berisi sedikitnya 3 soal dan semua nilai 'jawaban' sama.",
          "Urutkan ulang pilihan pada sebagian soal dan sesuaikan 'jawaban', sehingga kunci "
          "berada di posisi yang berbeda-beda.",
          "Reorder the options of some questions and update 'jawaban', so that the keys sit at "
          "different positions."),
]

CATALOGUE: dict[str, Entry] = {entry.code: entry for entry in _ENTRIES}
