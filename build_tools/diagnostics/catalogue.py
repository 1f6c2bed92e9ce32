"""Every diagnostic the validator can emit, in one place.

Authors read these messages more often than any page of the guide, so they live together
here: the validator refers to an entry by its code, and the author guide's table of
diagnostics is generated from this same list. Messages are ``str.format`` templates; the
Indonesian one is the default, the English one is for ``--lang en``.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from enum import Enum

from build_tools.limits import FRONT_MATTER, MEDIA_FILE, TEXT_FILE, TOTAL, human


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

    def segments(self, text: str) -> list[tuple[str, str]]:
        """One of this entry's templates as (literal text, placeholder name) pairs.

        Pages that list the catalogue show placeholders such as ``{choices}`` apart from the
        words around them (Markdown's attr_list would otherwise take ``{…}`` for attributes).
        """
        return [(literal, name or "") for literal, name, _, _ in string.Formatter().parse(text)]

    def plain(self, text: str) -> str:
        """A template as a person reads it: placeholders as ``{name}``, ``{{`` as ``{``."""
        return "".join(literal + (f"{{{name}}}" if name else "") for literal, name in self.segments(text))

    def markdown(self, text: str, template: bool = True) -> str:
        """A template (or, ``template=False``, plain text such as ``why``) as Markdown that shows
        it whole: placeholders as code spans, and every character Markdown (or attr_list's
        braces, or raw HTML) would read escaped. Pipes too, so the result fits a table cell."""
        out = []
        for literal, name in self.segments(text) if template else [(text, "")]:
            out.append(_MARKDOWN_SPECIAL.sub(lambda m: _MARKDOWN_ESCAPES.get(m[0], "\\" + m[0]), literal))
            if name:
                out.append(f"`{{{name}}}`")
        return "".join(out)


_MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]{}<>&|]")
_MARKDOWN_ESCAPES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


E, W = Severity.ERROR, Severity.WARNING

_ENTRIES = [
    # Files and parsing
    Entry("E-DIR-MISSING", E, "folder kurikulum '{path}' tidak ditemukan",
          "curriculum folder '{path}' not found", "Perintah tidak punya apa pun untuk diperiksa.",
          fix="Jalankan perintah dari folder repositori (yang berisi folder curriculum/), atau sebutkan "
              "foldernya: berpijar validate path/ke/curriculum.",
          fix_en="Run the command from the repository folder (the one holding curriculum/), or name the "
                 "folder: berpijar validate path/to/curriculum."),
    Entry("E-PROGRAM-MISSING", E, "berkas program.yml tidak ada di folder kurikulum",
          "program.yml is missing from the curriculum folder", "Program adalah akar kurikulum.",
          fix="Buat curriculum/program.yml berisi judul, deskripsi, penyelenggara, dan lisensi "
              "(lihat docs/referensi-format.md).",
          fix_en="Create curriculum/program.yml with judul, deskripsi, penyelenggara and lisensi "
                 "(see docs/referensi-format.md)."),
    Entry("E-ENCODING", E,
          "berkas bukan UTF-8 yang sah (bita {byte} tidak dapat dibaca{guess}); simpan ulang sebagai UTF-8",
          "file is not valid UTF-8 (byte {byte} cannot be decoded{guess}); save it again as UTF-8",
          "Semua berkas ditulis dalam UTF-8 agar huruf tampil sama di mana pun.",
          fix="Simpan ulang berkas sebagai UTF-8. VS Code: klik nama pengodean di bilah status bawah "
              "(misalnya 'Western (Windows 1252)'), pilih 'Save with Encoding', lalu 'UTF-8'. "
              "Notepad: File → Save As, pilih Encoding 'UTF-8', lalu Save. Setelah itu periksa huruf "
              "di baris yang disebut (é, ’, –).",
          fix_en="Save the file again as UTF-8. VS Code: click the encoding name in the status bar "
                 "(e.g. 'Western (Windows 1252)'), choose 'Save with Encoding', then 'UTF-8'. Notepad: "
                 "File → Save As, choose Encoding 'UTF-8', then Save. Then check the letters on the "
                 "line named (é, ’, –)."),
    Entry("E-YAML", E, "YAML tidak dapat dibaca: {problem}", "YAML does not parse: {problem}",
          "Metadata yang rusak tidak dapat diterbitkan.",
          fix="Bandingkan baris ini dengan contoh di docs/referensi-format.md: setiap baris berbentuk "
              "'kunci: nilai', anak kunci menjorok dua spasi, dan nilai yang berisi karakter khusus "
              "diberi tanda kutip.",
          fix_en="Compare this line with the examples in docs/referensi-format.md: every line is "
                 "'key: value', child keys are indented by two spaces, and values holding special "
                 "characters are quoted."),
    Entry("E-YAML-COLON", E,
          "titik dua diikuti spasi di dalam nilai '{key}' yang tidak diberi tanda kutip; beri tanda kutip",
          "a colon followed by a space inside the unquoted value of '{key}'; quote the value",
          "Bagi YAML, ': ' memisahkan kunci dan nilai; titik dua kedua dalam satu baris membuatnya bingung.",
          fix="Beri tanda kutip pada judul yang mengandung titik dua (begitu pula nilai lain), "
              "misalnya judul: \"Transformasi Digital: Konsep dan Praktik\".",
          fix_en="Quote a title (or any value) that contains a colon, for example "
                 "judul: \"Transformasi Digital: Konsep dan Praktik\"."),
    Entry("E-YAML-NO-SPACE", E, "tidak ada spasi setelah titik dua pada kunci '{key}'; tulis '{key}: …'",
          "no space after the colon of key '{key}'; write '{key}: …'",
          "Tanpa spasi, 'menit:45' dibaca sebagai teks biasa, bukan kunci dan nilai.",
          fix="Tambahkan spasi setelah titik dua: tulis 'menit: 45', bukan 'menit:45'.",
          fix_en="Add a space after the colon: write 'menit: 45', not 'menit:45'."),
    Entry("E-YAML-TAB", E, "karakter tab dipakai untuk menjorokkan baris; gunakan spasi, bukan tab",
          "a tab character indents this line; use spaces, not tabs",
          "YAML hanya menerima spasi untuk menjorokkan; tab tampak sama di layar tetapi dibaca lain.",
          fix="Gunakan spasi, bukan tab: ganti tab di awal baris dengan dua spasi per tingkat. Di VS "
              "Code, 'Convert Indentation to Spaces' (Ctrl+Shift+P) mengganti semuanya sekaligus.",
          fix_en="Use spaces, not tabs: replace the tab at the start of the line with two spaces per "
                 "level. In VS Code, 'Convert Indentation to Spaces' (Ctrl+Shift+P) replaces them all."),
    Entry("E-YAML-INDENT", E, "jorok baris ini tidak sesuai dengan baris di atasnya",
          "this line's indentation does not match the lines above it",
          "Jorok (spasi di awal baris) menentukan kunci mana milik siapa.",
          fix="Samakan jumlah spasi di awal baris ini dengan kunci lain pada tingkat yang sama (kunci di "
              "dalam daftar '- ' menjorok tepat di bawah huruf pertama setelah '- '), atau gabungkan "
              "dengan baris sebelumnya bila ini lanjutan nilainya.",
          fix_en="Give this line as many leading spaces as the other keys of its level (keys inside a "
                 "'- ' item line up under the first letter after '- '), or join it to the line above "
                 "if it continues that value."),
    Entry("E-YAML-UNCLOSED", E, "tanda {mark} dibuka di sini tetapi tidak pernah ditutup",
          "the {mark} opened here is never closed",
          "Tanpa penutup, semua baris berikutnya ikut terbaca sebagai satu nilai.",
          fix="Tutup tanda kutip atau kurung di baris yang sama (\"…\", '…', […], {{…}}); untuk daftar "
              "panjang, tulis satu butir per baris dengan '- '.",
          fix_en="Close the quote or bracket on the same line (\"…\", '…', […], {{…}}); for a long list, "
                 "write one item per line with '- '."),
    Entry("E-YAML-AFTER-QUOTE", E, "ada teks setelah tanda kutip penutup",
          "there is text after the closing quote",
          "Nilai yang diawali tanda kutip berakhir di tanda kutip penutupnya.",
          fix="Kutip seluruh nilai, misalnya judul: 'Layanan \"Satu Pintu\" di Daerah' (tanda kutip "
              "tunggal di luar, ganda di dalam).",
          fix_en="Quote the whole value, for example judul: 'Layanan \"Satu Pintu\" di Daerah' (single "
                 "quotes outside, double inside)."),
    Entry("E-YAML-RESERVED", E, "teks yang diawali '{char}' harus diberi tanda kutip",
          "text starting with '{char}' must be quoted",
          "Karakter @ ` % * ! & | > [ { di awal nilai punya arti khusus dalam YAML.",
          fix="Beri tanda kutip pada nilai itu, misalnya judul: \"@LAN_RI di media sosial\".",
          fix_en="Quote the value, for example judul: \"@LAN_RI di media sosial\"."),
    Entry("E-YAML-DUPLICATE-KEY", E, "kunci '{key}' ditulis dua kali",
          "key '{key}' appears twice", "Nilai kedua diam-diam menimpa nilai pertama.",
          fix="Hapus salah satu baris kunci itu, atau gabungkan isinya.",
          fix_en="Delete one of the two lines with that key, or merge their values."),
    Entry("E-YAML-TOO-COMPLEX", E, "YAML terlalu rumit (alias berlapis atau terlalu banyak nilai)",
          "YAML is too complex (nested aliases or too many values)",
          "Alias berlapis dapat membuat build kehabisan memori.",
          fix="Tulis nilai apa adanya tanpa anchor (&) dan alias (*), dan pecah daftar yang sangat "
              "panjang ke beberapa materi.",
          fix_en="Write values out without anchors (&) and aliases (*), and split very long lists "
                 "across materi."),
    Entry("E-FRONTMATTER-MISSING", E,
          "front matter tidak ada: berkas harus diawali baris '---' berisi metadata YAML",
          "front matter missing: the file must start with a '---' line of YAML metadata",
          "Metadata RBPMP ada di front matter.",
          fix="Mulai berkas dengan baris '---', tulis metadata (judul, menit, …), tutup dengan '---', "
              "lalu isi materi. Cara termudah: berpijar new materi.",
          fix_en="Start the file with a '---' line, write the metadata (judul, menit, …), close it "
                 "with '---', then the content. Easiest: berpijar new materi."),
    Entry("E-FRONTMATTER-UNCLOSED", E, "front matter tidak ditutup dengan baris '---'",
          "front matter is not closed by a '---' line", "Tanpa penutup, isi ikut terbaca sebagai YAML.",
          fix="Tambahkan baris '---' (tiga tanda hubung saja) setelah kunci metadata terakhir.",
          fix_en="Add a line holding only '---' after the last metadata key."),
    Entry("E-NOT-MAPPING", E, "metadata harus berupa pasangan kunci: nilai, bukan {found}",
          "metadata must be a mapping of key: value, not {found}",
          "Setiap kunci RBPMP diberi nama.",
          fix="Tulis metadata sebagai baris 'kunci: nilai' tanpa '- ' di depan kunci tingkat atas.",
          fix_en="Write the metadata as 'key: value' lines, with no '- ' before top-level keys."),
    # Schema
    Entry("E-KEY-MISSING", E, "kunci wajib '{key}' tidak ada", "required key '{key}' is missing",
          "Kolom RBPMP yang wajib harus diisi.",
          fix="Tambahkan kunci itu beserta nilainya; docs/referensi-format.md memuat semua kunci wajib "
              "dan contohnya.",
          fix_en="Add that key with its value; docs/referensi-format.md lists every required key with "
                 "an example."),
    Entry("E-KEY-UNKNOWN", E, "kunci '{key}' tidak dikenal{hint}", "unknown key '{key}'{hint}",
          "Salah ketik pada nama kunci membuat nilainya hilang tanpa jejak.",
          fix="Perbaiki ejaan kunci (huruf kecil, garis bawah) sesuai docs/referensi-format.md, atau "
              "hapus kunci yang tidak dipakai format.",
          fix_en="Correct the key's spelling (lowercase, underscores) as in docs/referensi-format.md, "
                 "or delete a key the format does not use."),
    Entry("E-TYPE", E, "nilai '{key}' harus {expected}, bukan {found}",
          "value of '{key}' must be {expected}, not {found}", "Jenis nilai menentukan tampilan.",
          fix="Ubah nilainya ke jenis yang diminta: daftar ditulis dengan '- ' per butir, bilangan "
              "tanpa tanda kutip, teks yang tampak seperti angka (versi \"1.0.0\") atau yang memuat "
              "': ' diberi tanda kutip.",
          fix_en="Change the value to the requested type: lists take one '- ' per item, numbers have "
                 "no quotes, text that looks like a number (versi \"1.0.0\") or holds ': ' is quoted."),
    Entry("E-VALUE-CHOICE", E, "nilai '{value}' untuk '{key}' tidak dikenal; pilih salah satu: {choices}",
          "value '{value}' for '{key}' is not allowed; choose one of: {choices}",
          "Daftar pilihan mengikuti istilah RBPMP.",
          fix="Salin salah satu pilihan yang disebut persis seperti tertulis (huruf besar-kecil dan "
              "tanda hubung ikut dihitung).",
          fix_en="Copy one of the listed choices exactly as written (case and hyphens count)."),
    Entry("E-VALUE-FORMAT", E, "nilai '{value}' untuk '{key}' tidak sesuai format: {format}",
          "value '{value}' for '{key}' does not match the format: {format}",
          "Format yang seragam memudahkan pencarian dan tautan.",
          fix="Tulis ulang nilainya mengikuti contoh format yang disebut.",
          fix_en="Rewrite the value following the format shown."),
    Entry("E-VALUE-RANGE", E, "nilai untuk '{key}' di luar batas: {limit}",
          "value of '{key}' is out of range: {limit}", "Batas menjaga data tetap masuk akal.",
          fix="Ubah nilainya agar berada di dalam batas yang disebut (untuk teks: persingkat; untuk "
              "daftar: tambah atau kurangi butir).",
          fix_en="Change the value to fall within the stated limit (text: shorten it; lists: add or "
                 "remove items)."),
    # Structure
    Entry("E-NAME-FOLDER", E,
          "nama folder modul '{name}' harus huruf kecil ASCII dengan tanda hubung (kebab-case)",
          "modul folder name '{name}' must be lowercase ASCII kebab-case",
          "Nama folder menjadi alamat halaman.",
          fix="Ganti nama folder, misalnya 'Transformasi Digital' menjadi 'transformasi-digital', lalu "
              "perbarui tautan yang menunjuk ke folder itu.",
          fix_en="Rename the folder, e.g. 'Transformasi Digital' to 'transformasi-digital', then "
                 "update links pointing into it."),
    Entry("E-NAME-FILE", E,
          "nama berkas '{name}' harus berbentuk NN-judul-singkat.md (NN dua angka, huruf kecil, tanda hubung)",
          "file name '{name}' must look like NN-short-slug.md (two digits, lowercase, hyphens)",
          "Nomor di depan nama berkas menentukan urutan materi.",
          fix="Ganti nama berkas, misalnya '1 Konsep SPBE.md' menjadi '01-konsep-spbe.md'; catatan "
              "yang bukan materi simpan di luar folder curriculum/.",
          fix_en="Rename the file, e.g. '1 Konsep SPBE.md' to '01-konsep-spbe.md'; keep notes that "
                 "are not materi outside curriculum/."),
    Entry("E-NUMBER-DUPLICATE", E, "nomor materi {number} dipakai lebih dari satu berkas (juga '{other}')",
          "materi number {number} is used by more than one file (also '{other}')",
          "Urutan materi harus jelas.",
          fix="Beri nomor berbeda pada salah satu berkas dan geser nomor berkas sesudahnya.",
          fix_en="Give one of the files another number and shift the numbers of the files after it."),
    Entry("E-NUMBER-GAP", E, "nomor materi harus berurutan mulai 01: nomor {expected} tidak ada sebelum {number}",
          "materi numbers must be consecutive from 01: number {expected} is missing before {number}",
          "Nomor yang melompat biasanya berarti berkas hilang.",
          fix="Ganti nama berkas agar nomornya berurutan (01, 02, 03, …), atau tambahkan materi yang "
              "hilang.",
          fix_en="Rename the files so their numbers run 01, 02, 03, …, or add the missing materi."),
    Entry("E-MODUL-INDEX-MISSING", E, "folder modul tidak punya index.md", "modul folder has no index.md",
          "index.md memuat kepala RBPMP modul.",
          fix="Buat modul dengan berpijar new modul, atau salin index.md modul lain lalu ubah isinya.",
          fix_en="Create the modul with berpijar new modul, or copy another modul's index.md and edit it."),
    Entry("E-MODUL-EMPTY", E, "modul tidak punya materi pokok (berkas NN-judul.md)",
          "modul has no materi pokok (NN-slug.md files)", "RBPMP tanpa materi pokok tidak bisa diajarkan.",
          fix="Tambahkan materi pokok: berpijar new materi FOLDER --judul \"Judul Materi\".",
          fix_en="Add a materi pokok: berpijar new materi FOLDER --judul \"Materi Title\"."),
    Entry("E-SYMLINK", E, "tautan simbolik tidak diizinkan di folder kurikulum",
          "symbolic links are not allowed in the curriculum folder",
          "Tautan simbolik dapat membocorkan berkas di luar kurikulum.",
          fix="Ganti tautan simbolik dengan salinan berkas yang sebenarnya di folder media/ modul.",
          fix_en="Replace the symbolic link with a real copy of the file in the modul's media/ folder."),
    Entry("E-KODE-DUPLICATE", E, "kode '{kode}' juga dipakai oleh {other}",
          "kode '{kode}' is also used by {other}", "Kode adalah identitas modul.",
          fix="Beri modul yang baru kode yang belum dipakai (lihat halaman Struktur Kurikulum); modul "
              "yang sudah terbit sebaiknya tetap memakai kodenya.",
          fix_en="Give the new modul a kode no other modul uses (see the Struktur Kurikulum page); a "
                 "published modul should keep its kode."),
    Entry("E-KODE-UNKNOWN", E, "kode '{kode}' tidak dikenal: tidak ada modul dengan kode itu",
          "unknown kode '{kode}': no modul has that kode", "Prasyarat dan jalur harus menunjuk modul yang ada.",
          fix="Periksa ejaan kode (huruf kapital, titik, dua angka) terhadap kode di index.md modul "
              "yang dimaksud, atau hapus butir itu.",
          fix_en="Check the kode's spelling (capitals, dot, two digits) against the kode in the "
                 "intended modul's index.md, or delete the item."),
    Entry("E-PRASYARAT-CYCLE", E, "prasyarat membentuk lingkaran: {cycle}",
          "prasyarat forms a cycle: {cycle}", "Peserta tidak akan pernah bisa memulai modul yang saling mensyaratkan.",
          fix="Hapus satu prasyarat dari lingkaran itu: modul dasar tidak mensyaratkan modul lanjutan.",
          fix_en="Remove one prasyarat from the cycle: a basic modul does not require an advanced one."),
    Entry("E-JP-MISMATCH", E,
          "jumlah menit materi pokok ({total}) tidak sama dengan alokasi_jp × menit_per_jp ({jp} × {menit_per_jp} = {expected})",
          "materi minutes add up to {total}, not alokasi_jp × menit_per_jp ({jp} × {menit_per_jp} = {expected})",
          "Akumulasi waktu RBPMP harus sama dengan alokasi JP.",
          fix="Ubah 'menit' pada materi pokok hingga jumlahnya {expected}, atau ubah alokasi_jp.",
          fix_en="Change the materi's 'menit' until they add up to {expected}, or change alokasi_jp."),
    Entry("E-JAWABAN-RANGE", E, "jawaban {jawaban} tidak ada di pilihan (hanya {count} pilihan)",
          "jawaban {jawaban} is not among the pilihan (only {count})", "Kuis tanpa jawaban benar menyesatkan peserta.",
          fix="Isi jawaban dengan nomor pilihan yang benar, dihitung mulai 1 dari pilihan teratas.",
          fix_en="Set jawaban to the number of the right choice, counting from 1 at the top."),
    # Content
    Entry("E-LINK-BROKEN", E, "tautan ke '{target}' menunjuk berkas yang tidak ada",
          "link to '{target}' points to a file that does not exist", "Tautan rusak membuat peserta tersesat.",
          fix="Periksa ejaan nama berkas dan foldernya; tautan ditulis relatif terhadap berkas ini, "
              "misalnya media/gambar.png atau ../modul-lain/01-judul.md.",
          fix_en="Check the spelling of the file and folder names; links are relative to this file, "
                 "e.g. media/picture.png or ../other-modul/01-title.md."),
    Entry("E-LINK-OUTSIDE", E, "tautan ke '{target}' keluar dari folder kurikulum",
          "link to '{target}' leaves the curriculum folder", "Situs hanya memuat isi kurikulum.",
          fix="Salin berkasnya ke folder media/ modul ini dan tautkan dari sana.",
          fix_en="Copy the file into this modul's media/ folder and link to it there."),
    Entry("E-LINK-ANCHOR", E, "tautan ke '{target}': tidak ada judul bagian dengan jangkar '#{anchor}'",
          "link to '{target}': no heading has the anchor '#{anchor}'", "Jangkar yang salah mendarat di awal halaman.",
          fix="Jangkar dibuat dari judul bagian: huruf kecil, spasi menjadi tanda hubung, tanda baca "
              "dibuang ('## Tata Kelola SPBE' menjadi #tata-kelola-spbe). Sesuaikan jangkar atau judulnya.",
          fix_en="Anchors come from headings: lowercase, spaces become hyphens, punctuation is dropped "
                 "('## Tata Kelola SPBE' becomes #tata-kelola-spbe). Match the anchor or the heading."),
    Entry("E-IMAGE-ALT", E, "gambar '{target}' tidak punya teks alternatif (alt)",
          "image '{target}' has no alt text", "Pembaca layar dan koneksi lambat memerlukan teks alternatif.",
          fix="Tulis isi gambar di antara kurung siku: ![Diagram alur layanan perizinan](media/alur.svg).",
          fix_en="Describe the image between the brackets: ![Licensing service flow](media/flow.svg)."),
    Entry("E-UNSAFE-HTML", E, "elemen <{tag}> tidak diizinkan di isi kurikulum",
          "the <{tag}> element is not allowed in curriculum content",
          "Isi datang lewat pull request; kode aktif tidak boleh berjalan di peramban peserta.",
          fix="Hapus elemen itu; tulis isinya dengan Markdown biasa, dan untuk video atau formulir di "
              "situs lain cukup beri tautan.",
          fix_en="Delete the element; write its content in plain Markdown, and link to videos or forms "
                 "hosted elsewhere."),
    Entry("E-UNSAFE-ATTR", E, "atribut peristiwa '{attr}' tidak diizinkan di isi kurikulum",
          "event attribute '{attr}' is not allowed in curriculum content",
          "Atribut on* menjalankan skrip di peramban peserta.",
          fix="Hapus atribut itu; interaksi yang dibutuhkan (kuis, tandai selesai) sudah disediakan situs.",
          fix_en="Delete the attribute; the site already provides the interaction needed (quiz, "
                 "mark as done)."),
    Entry("E-UNSAFE-URL", E, "alamat '{scheme}:' tidak diizinkan ({target})",
          "'{scheme}:' URLs are not allowed ({target})", "Alamat javascript: dan data: dapat menjalankan kode.",
          fix="Simpan berkasnya di media/ dan tautkan secara relatif, atau pakai alamat https://.",
          fix_en="Save the file under media/ and link to it relatively, or use an https:// address."),
    Entry("E-OUTSIDE-RESOURCE", E,
          "'{target}' dimuat dari host lain; simpan berkasnya di media/ dan tautkan secara relatif",
          "'{target}' is loaded from another host; keep the file in media/ and link to it relatively",
          "Gambar, video, audio, atau gaya dari host lain diambil oleh peramban setiap peserta: "
          "host itu dapat melacak peserta atau mengganti isinya, dan halaman rusak tanpa internet.",
          "Unduh berkasnya (bila lisensinya mengizinkan), simpan di folder media/ modul, lalu "
          "tautkan secara relatif, misalnya `![Diagram alur](media/diagram-alur.svg)`. Tautan biasa "
          "`[teks](https://...)` ke situs lain tetap boleh.",
          "Download the file (if its licence allows), keep it in the modul's media/ folder and link "
          "to it relatively, for example `![Flow diagram](media/flow.svg)`. Plain links "
          "`[text](https://...)` to other sites are fine."),
    Entry("E-HTML-TAG", E, "elemen <{tag}> tidak termasuk HTML yang diizinkan di isi kurikulum",
          "the <{tag}> element is not among the HTML allowed in curriculum content",
          "Halaman jadi diperiksa lagi dengan daftar elemen yang diizinkan; yang tidak ada di daftar "
          "menggagalkan build. Daftar itu memuat yang dipakai teks belajar: paragraf, judul, daftar, "
          "tabel, gambar, kode, details, abbr, sup/sub, kbd, mark, video dan audio dari media/.",
          "Tulis bagian itu dengan Markdown biasa, atau pakai elemen yang diizinkan (lihat halaman "
          "Keamanan isi).",
          "Write that part in plain Markdown, or use an allowed element (see the Keamanan isi page)."),
    Entry("E-HTML-ATTR", E, "atribut '{attr}' pada <{tag}> tidak termasuk HTML yang diizinkan di isi kurikulum",
          "the '{attr}' attribute of <{tag}> is not among the HTML allowed in curriculum content",
          "Halaman jadi diperiksa lagi dengan daftar atribut yang diizinkan per elemen; yang tidak ada "
          "di daftar menggagalkan build.",
          "Hapus atribut itu. class, id, title, lang, aria-* dan data-* selalu boleh; tampilan "
          "diatur tema situs.",
          "Remove that attribute. class, id, title, lang, aria-* and data-* are always allowed; the "
          "site's theme sets the look."),
    Entry("E-HTML-UNCLOSED", E, "tag <{tag} tidak ditutup dengan '>'",
          "the <{tag} tag is not closed by '>'",
          "Tag yang tidak ditutup menelan isi halaman sesudahnya (kuis, tombol) sebagai atributnya.",
          "Tutup tag dengan '>', atau bila maksudnya tanda lebih kecil, tulis di dalam `kode` atau "
          "sebagai &lt;.",
          "Close the tag with '>', or if a less-than sign was meant, write it inside `code` or as "
          "&lt;."),
    Entry("E-STYLE-ATTR", E, "atribut style tidak diizinkan di isi kurikulum",
          "the style attribute is not allowed in curriculum content",
          "Gaya bebas dapat menutupi halaman dengan tiruan, misalnya kotak masuk palsu; tampilan "
          "diatur oleh tema situs.",
          "Hapus atribut style (juga `{{ style=... }}` setelah teks). Gunakan Markdown biasa, tabel, "
          "atau admonition (`!!! note`) untuk menonjolkan isi.",
          "Remove the style attribute (also `{{ style=... }}` after text). Use plain Markdown, tables "
          "or admonitions (`!!! note`) to make content stand out."),
    Entry("E-SVG-CSS", E, "gaya SVG memuat '{found}', yang mengambil berkas atau menjalankan kode; "
          "bersihkan dengan 'berpijar bersihkan-svg {path}'",
          "SVG style holds '{found}', which fetches a file or runs code; "
          "clean it with 'berpijar bersihkan-svg {path}'",
          "SVG dari Inkscape atau draw.io boleh memakai <style> dan style=, asal isinya tidak "
          "mengambil berkas (@import, url() selain #id) dan tidak menjalankan kode (expression, "
          "behavior, -moz-binding, javascript:).",
          "Jalankan 'berpijar bersihkan-svg' dengan nama berkasnya: perintah itu membuang @import, url() ke luar "
          "berkas dan aturan aktif, lalu menyimpan SVG-nya. Periksa gambarnya lalu validasi lagi.",
          "Run 'berpijar bersihkan-svg' on the file: it removes @import, url() that leaves the file and "
          "active rules, then saves the SVG. Look at the picture and validate again."),
    Entry("E-SVG-XML", E, "SVG tidak dapat dibaca sebagai XML: {problem}",
          "the SVG is not well-formed XML: {problem}",
          "Peramban menampilkan SVG yang rusak sebagai halaman galat, dan pemeriksaan keluaran "
          "menolaknya.",
          "Buka dan simpan ulang gambarnya di Inkscape atau draw.io (ekspor sebagai SVG biasa), "
          "atau perbaiki tag yang tidak ditutup di baris itu.",
          "Open and save the drawing again in Inkscape or draw.io (export as plain SVG), or fix the "
          "unclosed tag on that line."),
    Entry("E-LINK-UNPUBLISHED", E, "tautan ke '{target}' menunjuk berkas yang tidak diterbitkan situs",
          "link to '{target}' points to a file the site does not publish",
          "Hanya materi, index.md modul, dan berkas di dalam folder modul yang ikut terbit; "
          "program.yml, kata-tetap.txt, dan terjemahan tidak.",
          "Tautkan ke halaman atau berkas di folder modul (misalnya media/), atau hapus tautannya.",
          "Link to a page or a file inside a modul folder (for example media/), or remove the link."),
    Entry("E-KATA-TETAP", E, "baris '{word}' di kata-tetap.txt bukan satu kata",
          "line '{word}' of kata-tetap.txt is not a single word",
          "Kata tetap masuk ke skrip pencarian setiap halaman: hanya kata yang diterima.",
          "Tulis satu kata per baris: huruf, angka, dan tanda hubung saja, paling panjang 40 "
          "karakter. Komentar diawali #.",
          "Write one word per line: letters, digits and hyphens only, at most 40 characters. "
          "Comments start with #."),
    # Limits: every check reads sizes before contents, so a huge file costs nothing to refuse.
    Entry("E-SIZE-FRONTMATTER", E, "front matter berukuran {size}, melebihi batas {limit}",
          "front matter is {size}, over the limit of {limit}",
          f"Batasnya {human(FRONT_MATTER)}: metadata sebesar itu bukan RBPMP lagi dan memperlambat setiap build.",
          "Pindahkan teks panjang ke isi halaman (di bawah baris '---' kedua).",
          "Move long text into the page body (below the second '---' line)."),
    Entry("E-SIZE-FILE", E, "berkas berukuran {size}, melebihi batas {limit} untuk berkas teks",
          "the file is {size}, over the limit of {limit} for text files",
          f"Batasnya {human(TEXT_FILE)} untuk berkas Markdown, program.yml, dan kata-tetap.txt: halaman "
          "sebesar itu terlalu berat bagi peserta dengan koneksi lambat.",
          "Bagi materinya menjadi beberapa materi pokok (berkas NN-judul.md).",
          "Split it into several materi pokok (NN-slug.md files)."),
    Entry("E-SIZE-MEDIA", E, "berkas media berukuran {size}, melebihi batas {limit}",
          "the media file is {size}, over the limit of {limit}",
          f"Batasnya {human(MEDIA_FILE)} per berkas selain Markdown (gambar, SVG, PDF): peserta di jaringan "
          "3G membayar setiap bita, dan salinan luring harus tetap kecil.",
          "Perkecil berkasnya (kompresi gambar, resolusi lebih rendah, PDF yang dioptimalkan) atau "
          "tautkan ke sumber resminya.",
          "Make the file smaller (compress the image, lower resolution, an optimised PDF) or link to "
          "its official source."),
    Entry("E-SIZE-TOTAL", E, "kurikulum berukuran {size}, melebihi batas {limit}",
          "the curriculum is {size}, over the limit of {limit}",
          f"Batasnya {human(TOTAL)} untuk seluruh folder kurikulum: cermin dan salinan luring mengunduh "
          "seluruh situs.",
          "Hapus berkas yang tidak dipakai atau perkecil berkas media yang besar.",
          "Remove unused files or make large media files smaller."),
    Entry("E-NUL-BYTE", E, "berkas teks memuat bita NUL (0x00)", "the text file contains a NUL byte (0x00)",
          "Bita NUL bukan teks; perangkat lain dapat memotong atau salah membaca berkasnya.",
          "Simpan ulang berkasnya sebagai teks UTF-8 biasa dari penyunting teks, atau hapus "
          "karakter tak terlihat di baris itu.",
          "Save the file again as plain UTF-8 text from a text editor, or delete the invisible "
          "character on that line."),
    Entry("E-OUTPUT-UNSAFE", E, "hasil build memuat {found}, yang tidak ada di daftar yang diizinkan",
          "the built output holds {found}, which is not on the allowlist",
          "Pemeriksaan kedua atas halaman jadi: apa pun yang lolos dari validasi tetap tidak terbit.",
          "Hapus unsur itu dari berkas sumber yang disebut; bila isinya sah, laporkan sebagai "
          "masalah di repositori.",
          "Remove that element from the source file named; if the content is legitimate, report "
          "it as an issue in the repository."),
    Entry("E-OUTPUT-LINK", E, "halaman hasil build menautkan '{target}', yang tidak ada di situs",
          "the built page links to '{target}', which is not on the site",
          "Pemeriksaan kedua atas halaman jadi: tautan yang lolos dari validasi tetap harus sampai.",
          "Perbaiki tautan di berkas sumber yang disebut: tautkan ke materi, index.md modul, atau "
          "berkas di folder media/ modul.",
          "Fix the link in the source file named: link to a materi, a modul's index.md or a file "
          "in the modul's media/ folder."),
    Entry("W-LINK-HTTP", W, "tautan '{target}' memakai http:; gunakan https:",
          "link '{target}' uses http:; use https:", "Sambungan tanpa enkripsi dapat diubah di tengah jalan.",
          fix="Ganti http:// dengan https:// setelah memeriksa bahwa alamat itu terbuka lewat https.",
          fix_en="Replace http:// with https:// after checking the address opens over https."),
    Entry("W-LINK-TEXT", W, "teks tautan '{text}' tidak informatif; sebutkan tujuan tautan",
          "link text '{text}' is uninformative; say where the link goes",
          "Pembaca layar membacakan daftar tautan tanpa konteks.",
          fix="Tulis tujuannya sebagai teks tautan, misalnya [Perpres 95/2018 tentang SPBE](…) "
              "alih-alih [di sini](…).",
          fix_en="Use the destination as the link text, e.g. [Perpres 95/2018 on SPBE](…) instead of "
                 "[here](…)."),
    Entry("W-HEADING-SKIP", W, "tingkat judul melompat dari {previous} ke {level}",
          "heading level skips from {previous} to {level}", "Struktur judul dipakai navigasi dan pembaca layar.",
          fix="Turunkan tingkat judul satu per satu: ## untuk bagian, ### untuk sub-bagian.",
          fix_en="Go down one heading level at a time: ## for sections, ### for subsections."),
    Entry("W-HEADING-H1", W, "judul tingkat 1 di isi halaman; judul halaman diambil dari 'judul'",
          "level-1 heading in the body; the page title comes from 'judul'", "Satu halaman, satu judul utama.",
          fix="Hapus judul '# …' dari isi, atau ubah menjadi '## …'.",
          fix_en="Delete the '# …' heading from the body, or make it '## …'."),
    Entry("W-KUIS-MISSING", W, "materi pokok tanpa 'kuis'", "materi pokok without 'kuis'",
          "Kuis mandiri membantu peserta memeriksa pemahaman.",
          fix="Tambahkan kunci kuis dengan minimal satu soal (soal, pilihan, jawaban, pembahasan); "
              "contohnya ada di docs/referensi-format.md.",
          fix_en="Add a kuis key with at least one question (soal, pilihan, jawaban, pembahasan); "
                 "docs/referensi-format.md has an example."),
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
