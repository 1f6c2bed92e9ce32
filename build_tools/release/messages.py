"""Why a release step refused, in Indonesian and English: one table per exception family.

The three families nest (an install refused because its manifest or signature was), so they
sit together and a translator words them alike. See ``build_tools/errors.py``.
"""

from __future__ import annotations

from build_tools.errors import Message

# ManifestError (manifest.py): SHA256SUMS cannot be trusted to name files inside the site.
MANIFEST: dict[str, Message] = {
    "not_utf8": Message("manifest bukan teks UTF-8 ({error})", "the manifest is not UTF-8 text ({error})"),
    "bad_line": Message("baris {number}: bukan '<sha256>  <jalur>': {line!r}",
                        "line {number}: not '<sha256>  <path>': {line!r}"),
    "outside": Message("baris {number}: jalur '{path}' keluar dari folder situs (../, absolut)",
                       "line {number}: the path '{path}' leaves the site folder (../, absolute)"),
    "control": Message("baris {number}: manifest tidak boleh mencantumkan '{path}'",
                       "line {number}: a manifest must not list '{path}'"),
    "twice": Message("baris {number}: '{path}' tercantum dua kali", "line {number}: '{path}' is listed twice"),
    "empty": Message("manifest kosong", "the manifest is empty"),
}

# SignError (sign.py): a key or a signature.
SIGN: dict[str, Message] = {
    "key_exists": Message("'{path}' sudah ada; kunci lama tidak ditimpa",
                          "'{path}' already exists; an existing key is never overwritten"),
    "secret_unreadable": Message("kunci rahasia '{path}' tidak dapat dibaca: {error}",
                                 "cannot read the secret key '{path}': {error}"),
    "password_needed": Message("kunci '{path}' bersandi: berikan sandinya (variabel {env})",
                               "the key '{path}' is password-protected: give its password (variable {env})"),
    "password_wrong": Message("sandi kunci '{path}' salah", "wrong password for the key '{path}'"),
    "public_key_invalid": Message("kunci publik tidak sah: {error}", "invalid public key: {error}"),
    "signature_invalid": Message("berkas tanda tangan tidak sah: {error}", "invalid signature file: {error}"),
    "mismatch": Message("tanda tangan TIDAK cocok dengan manifest dan kunci publik ini",
                        "the signature does NOT match this manifest and public key"),
}

# InstallError (install.py): the release was not installed; the live site is untouched.
INSTALL: dict[str, Message] = {
    "tops": Message("zip harus berisi satu folder teratas, bukan {tops}",
                    "the zip must hold one top folder, not {tops}"),
    "unsafe_path": Message("zip berisi jalur yang tidak aman: '{name}'", "the zip holds an unsafe path: '{name}'"),
    "symlink": Message("zip berisi tautan simbolik: '{name}'", "the zip holds a symbolic link: '{name}'"),
    "current_not_link": Message("'{path}' sudah ada dan bukan tautan; pindahkan dulu isinya",
                                "'{path}' exists and is not a symbolic link; move its contents away first"),
    "not_zip": Message("'{path}' bukan zip yang dapat dibaca: {error}", "'{path}' is not a readable zip: {error}"),
    "no_manifest": Message("zip tidak berisi {name}", "the zip does not hold {name}"),
    "manifest_refused": Message("manifest ditolak: {reason}", "manifest refused: {reason}"),
    "unsigned": Message("zip tidak berisi {name}: rilis tidak bertanda tangan",
                        "the zip does not hold {name}: the release is not signed"),
    "signature_refused": Message("{reason}", "{reason}"),
    "mismatch": Message("isi zip tidak cocok dengan manifest", "the zip's contents do not match the manifest"),
    "changed": Message("rilis terpasang '{path}' sudah berubah; hapus foldernya lalu ulangi",
                       "the installed release '{path}' has changed; delete its folder and try again"),
    "no_previous": Message("tidak ada rilis sebelumnya di '{folder}' untuk dikembalikan",
                           "there is no previous release in '{folder}' to roll back to"),
}
