"""Every line the ``berpijar`` commands print themselves, in Indonesian and English.

One table, so a translator reads all of it in one place and a test checks that no message lacks
a language (``tests/cli/test_messages.py``). Diagnostics are not here: they live in
``build_tools/diagnostics/catalogue.py``, parse errors in ``build_tools/yaml_errors.py``, the
preview's page and terminal lines in ``build_tools/preview/errors.py``. The reasons that
``build_tools`` modules give when they refuse (a scaffold, a release, an export) live in their
family's table (``build_tools/errors.py`` says where) and reach the user as ``{reason}``, in the
command's language.

A failure carries the exit code the command ends with: 2 when the command was used wrongly or
its input is missing, 1 when the content or a check failed (``build_tools/cli/__init__.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from build_tools.errors import Message  # one bilingual text, for the CLI and for build_tools' reasons


@dataclass(frozen=True)
class Failure(Message):
    exit_code: int = 2


# The first word of a warning and of a failure, as in the validator's report.
WARNING = Message("peringatan: ", "warning: ")
ERROR = Message("galat: ", "error: ")


FAILURES: dict[str, Failure] = {
    # Usage or missing input: exit 2.
    "config_missing": Failure("berkas konfigurasi '{path}' tidak ditemukan",
                              "configuration file '{path}' not found"),
    "curriculum_missing": Failure("folder kurikulum '{path}' tidak ditemukan",
                                  "curriculum folder '{path}' not found"),
    "folder_missing": Failure("folder '{path}' tidak ditemukan", "folder '{path}' not found"),
    "address_invalid": Failure("alamat '{address}' harus berbentuk alamat:port, misalnya 127.0.0.1:8000",
                               "address '{address}' must be host:port, for example 127.0.0.1:8000"),
    "address_unusable": Failure("tidak dapat membuka {address}: {reason}", "cannot open {address}: {reason}"),
    "not_a_site": Failure("'{path}' bukan folder situs hasil build (index.html tidak ada)",
                          "'{path}' is not a built site folder (it has no index.html)"),
    "key_refused": Failure("{reason}", "{reason}"),
    "password_missing": Failure("berikan sandi (atau --tanpa-sandi untuk kunci uji)",
                                "give a password (or --tanpa-sandi for a test key)"),
    "manifest_missing": Failure("berikan manifest resmi dengan --manifest (mis. SHA256SUMS dari rilis)",
                                "give the official manifest with --manifest (e.g. SHA256SUMS from the release)"),
    "pasang_usage": Failure("gunakan 'berpijar pasang ZIP FOLDER' atau 'berpijar pasang --kembalikan FOLDER'",
                            "use 'berpijar pasang ZIP FOLDER' or 'berpijar pasang --kembalikan FOLDER'"),
    "scaffold_refused": Failure("{reason}", "{reason}"),
    "modul_not_published": Failure("modul '{kode}' tidak ada atau belum berstatus terbit",
                                   "modul '{kode}' does not exist or is not published (status terbit)"),
    "nothing_published": Failure("belum ada modul berstatus terbit", "no modul is published (status terbit) yet"),
    "export_refused": Failure("{reason}", "{reason}"),
    "diff_side_missing": Failure("{reason}", "{reason}"),
    # The content or a check failed: exit 1.
    "build_failed": Failure("build gagal; situs sebelumnya di '{path}' tidak diubah.\n{reason}",
                            "build failed; the previous site in '{path}' is unchanged.\n{reason}", 1),
    "site_build_failed": Failure("build gagal.\n{reason}", "build failed.\n{reason}", 1),
    "signature_missing": Failure("tanda tangan '{path}' tidak ada", "signature '{path}' does not exist", 1),
    "signature_refused": Failure("{reason}", "{reason}", 1),
    "manifest_refused": Failure("manifest ditolak: {reason}", "manifest refused: {reason}", 1),
    "mirror_unreadable": Failure("{reason}", "{reason}", 1),
    "rollback_refused": Failure("{reason}", "{reason}", 1),
    "install_refused": Failure("{reason}; situs yang tayang tidak diubah",
                               "{reason}; the site being served is unchanged", 1),
    "reference_stale": Failure("{path} tidak sesuai skema dan katalog; jalankan 'berpijar referensi'",
                               "{path} does not match the schemas and the catalogue; run 'berpijar referensi'", 1),
    "diff_side_unreadable": Failure("kurikulum `{label}` tidak dapat dibaca (program.yml bermasalah):",
                                    "curriculum `{label}` cannot be read (program.yml has errors):", 1),
}

WARNINGS: dict[str, Message] = {
    "unsigned": Message("rilis tidak ditandatangani (tanpa --kunci)", "the release is not signed (no --kunci)"),
    "manifest_unchecked": Message("tanpa --kunci-publik keaslian manifest tidak diperiksa",
                                  "without --kunci-publik the manifest's authenticity is not checked"),
}

SAID: dict[str, Message] = {
    # Files a command wrote.
    "created": Message("dibuat: {path}", "created: {path}"),
    "created_size": Message("dibuat: {path} ({size:,} bait)", "created: {path} ({size:,} bytes)"),
    "checksums": Message("checksum: {path}", "checksums: {path}"),
    # build, ekspor
    "built": Message("situs selesai dibangun di {path}", "site built in {path}"),
    "building_first": Message("'{site}' belum berisi situs; membangun dari {config} ...",
                              "'{site}' holds no site yet; building it from {config} ..."),
    # verify, pasang
    "signed_by": Message("tanda tangan sah: {comment}", "valid signature: {comment}"),
    "serves": Message("mirror menayangkan: {version}", "the mirror serves: {version}"),
    "missing": Message("hilang: {path}", "missing: {path}"),
    "changed": Message("berubah: {path}", "changed: {path}"),
    "extra": Message("tambahan: {path}", "extra: {path}"),
    "outside": Message("di luar pohon: {path}", "outside the tree: {path}"),
    "verified": Message("{checked} berkas cocok, {missing} hilang, {changed} berubah, {extra} tambahan, "
                        "{outside} di luar pohon",
                        "{checked} files match, {missing} missing, {changed} changed, {extra} extra, "
                        "{outside} outside the tree"),
    "extras_unknown": Message("catatan: lewat HTTP berkas tambahan tidak dapat dilihat; periksa foldernya di server",
                              "note: over HTTP extra files cannot be seen; check the folder on the server"),
    "rolled_back": Message("dikembalikan: {current} -> {release}", "rolled back: {current} -> {release}"),
    "installed": Message("terpasang: {release} ({checked} berkas cocok, {seconds:.1f} dtk)",
                         "installed: {release} ({checked} files match, {seconds:.1f} s)"),
    "serving": Message("tayang: {current} -> {release}", "served: {current} -> {release}"),
    "previous": Message("sebelumnya: {release} (kembalikan dengan 'berpijar pasang --kembalikan {folder}')",
                        "previous: {release} (roll back with 'berpijar pasang --kembalikan {folder}')"),
    "policy": Message("header Content-Security-Policy rilis ini: {path}",
                      "this release's Content-Security-Policy header: {path}"),
    "server_config": Message("konfigurasi {server} untuk awalan {prefix}: {path}",
                             "{server} configuration for the prefix {prefix}: {path}"),
    # kunci
    "password_prompt": Message("Sandi kunci rahasia", "Secret key password"),
    "secret_key": Message("kunci rahasia: {path} (mode 0600; simpan di luar repositori, jangan dibagikan)",
                          "secret key: {path} (mode 0600; keep it outside the repository, never share it)"),
    "public_key": Message("kunci publik: {path} (terbitkan bersama rilis)",
                          "public key: {path} (publish it with the releases)"),
    # new
    "modul_minutes": Message("{jp} JP × {per_jp} menit = {total} menit, terbagi ke {materi} materi pokok.",
                             "{jp} JP × {per_jp} minutes = {total} minutes, split over {materi} materi pokok."),
    "modul_next": Message("Lanjutkan dengan mengisi metadata, lalu jalankan 'berpijar validate'.",
                          "Go on by filling in the metadata, then run 'berpijar validate'."),
    "materi_created": Message("dibuat: {path} ({menit} menit)", "created: {path} ({menit} minutes)"),
    "materi_even": Message("Menit semua materi kini {allocated}, sama dengan alokasi modul ({planned}).",
                           "The materi now take {allocated} minutes, the modul's allocation ({planned})."),
    "materi_left": Message("Sisa {left} menit dari {planned} belum dibagi ke materi pokok "
                           "(tambahkan ke 'menit' materi atau buat materi lain).",
                           "{left} of {planned} minutes are not given to a materi pokok yet "
                           "(add them to a materi's 'menit' or write another materi)."),
    "materi_over": Message("Menit semua materi kini {allocated}, melebihi alokasi modul ({planned}) sebanyak "
                           "{over} menit: naikkan 'alokasi_jp' di index.md atau kurangi 'menit' materi lain.",
                           "The materi now take {allocated} minutes, {over} more than the modul's allocation "
                           "({planned}): raise 'alokasi_jp' in index.md or lower another materi's 'menit'."),
    # referensi
    "reference_current": Message("{path} sesuai", "{path} is current"),
    "reference_written": Message("{path} ditulis", "{path} written"),
    # diff: the pull request's summary says why it is empty
    "diff_unreadable_summary": Message(
        "## Perubahan kurikulum\n\n> **Perhatian**: kurikulum `{label}` tidak dapat dibaca (program.yml "
        "bermasalah); jalankan `berpijar validate`.",
        "## Curriculum changes\n\n> **Attention**: curriculum `{label}` cannot be read (program.yml has "
        "errors); run `berpijar validate`."),
    # bersihkan-svg
    "svg_cleaned": Message("{path}: dibuang {count}: {changes}", "{path}: removed {count}: {changes}"),
    "svg_clean": Message("{path}: sudah bersih", "{path}: already clean"),
}
