"""Releases and mirrors: ``bundle`` a built site, ``verify`` a mirror, ``pasang`` (install) one,
and ``kunci`` for the release manager's signing key."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from build_tools.cli.options import LANG
from build_tools.cli.output import Say
from build_tools.release.sign import PASSWORD_ENV

if TYPE_CHECKING:
    from build_tools.release.verify import Verification

F = TypeVar("F", bound=Callable[..., object])

KUNCI_SANDI = click.option("--sandi-dari-env", "password_env", default=PASSWORD_ENV, show_default=True,
                           help="Variabel lingkungan berisi sandi kunci rahasia (bila tidak ada, ditanyakan).")


def _password(env: str, say: Say, confirm: bool = False) -> str | None:
    import os

    if env in os.environ:
        return os.environ[env] or None
    if not sys.stdin.isatty():
        return None
    return click.prompt(say.text("password_prompt"), hide_input=True, confirmation_prompt=confirm,
                        default="", show_default=False) or None


@click.command()
@click.argument("site", default="site", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default="dist/asn-berpijar.zip",
              show_default=True, help="Berkas zip yang dibuat; SHA256SUMS (dan .minisig) ditulis di sampingnya.")
@click.option("--kunci", "secret_key", type=click.Path(path_type=Path, dir_okay=False),
              help="Kunci rahasia minisign untuk menandatangani manifest (lihat 'berpijar kunci').")
@KUNCI_SANDI
@LANG
def bundle(site: Path, output: Path, secret_key: Path | None, password_env: str, lang: str) -> None:
    """Kemas situs hasil build menjadi rilis: zip, manifest SHA256SUMS, dan tanda tangannya."""
    from build_tools.release.bundle import make_release
    from build_tools.release.sign import SignError

    say = Say(lang)
    if not (site / "index.html").is_file():
        raise say.fail("not_a_site", path=site)
    password = _password(password_env, say) if secret_key else None
    try:
        release = make_release(site, output, secret_key, password)
    except SignError as exc:
        raise say.fail("key_refused", reason=exc) from exc
    say("created_size", path=release.archive, size=release.archive.stat().st_size)
    say("created", path=release.manifest)
    if release.signature:
        say("created", path=release.signature)
    else:
        say.warn("unsigned")


def _verification(result: Verification, say: Say, extras_note: bool = True) -> list[str]:
    """One line a file that differs, then the counts."""
    lines = [*(say.text("missing", path=rel) for rel in result.missing),
             *(say.text("changed", path=rel) for rel in result.changed),
             *(say.text("extra", path=rel) for rel in result.extra),
             *(say.text("outside", path=rel) for rel in result.outside)]
    lines.append(say.text("verified", checked=result.checked, missing=len(result.missing),
                          changed=len(result.changed), extra=len(result.extra), outside=len(result.outside)))
    if extras_note and not result.extras_known:
        lines.append(say.text("extras_unknown"))
    return lines


OFFICIAL = [
    click.option("-m", "--manifest", "manifest_file", type=click.Path(path_type=Path, dir_okay=False),
                 help="Manifest SHA256SUMS resmi (dari rilis, bukan dari mirror yang diperiksa)."),
    click.option("-p", "--kunci-publik", "public_key", type=click.Path(path_type=Path, dir_okay=False),
                 help="Kunci publik rilis (berpijar.pub) untuk memeriksa tanda tangan manifest."),
    click.option("-x", "--tanda-tangan", "signature", type=click.Path(path_type=Path, dir_okay=False),
                 help="Tanda tangan manifest (bawaan: <manifest>.minisig)."),
]


def _official(command: F) -> F:
    for option in reversed(OFFICIAL):
        command = option(command)
    return command


def _read_official(manifest_file: Path | None, public_key: Path | None, signature: Path | None,
                   required: bool, say: Say) -> tuple[bytes | None, bytes | None, bytes | None, str | None]:
    """The official manifest, key and signature as bytes, and the signature's trusted comment
    (checked here)."""
    from build_tools.release.sign import SignError, check

    if manifest_file is None:
        if required:
            raise say.fail("manifest_missing")
        return None, public_key.read_bytes() if public_key else None, None, None
    data = manifest_file.read_bytes()
    if public_key is None:
        say.warn("manifest_unchecked")
        return data, None, None, None
    sig_path = signature or manifest_file.with_name(manifest_file.name + ".minisig")
    if not sig_path.is_file():
        raise say.fail("signature_missing", path=sig_path)
    sig = sig_path.read_bytes()
    try:
        comment = check(data, sig, public_key.read_bytes())
    except SignError as exc:
        raise say.fail("signature_refused", reason=exc) from exc
    return data, public_key.read_bytes(), sig, comment


@click.command()
@click.argument("target")
@_official
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Bentuk keluaran (json untuk pemantauan otomatis).")
@LANG
def verify(target: str, manifest_file: Path | None, public_key: Path | None, signature: Path | None,
           fmt: str, lang: str) -> None:
    """Periksa mirror (folder atau alamat http/https) terhadap manifest resmi dan kunci publik."""
    import json

    from build_tools.release.manifest import ManifestError, parse
    from build_tools.release.verify import check_folder, check_url, served_version

    say = Say(lang)
    is_url = target.startswith(("http://", "https://"))
    if not is_url and not Path(target).is_dir():
        raise say.fail("folder_missing", path=target)
    data, _, _, comment = _read_official(manifest_file, public_key, signature, True, say)
    assert data is not None
    try:
        entries = parse(data)
    except ManifestError as exc:
        raise say.fail("manifest_refused", reason=exc) from exc
    try:
        result = check_url(target, entries, data) if is_url else check_folder(Path(target), entries, data)
    except OSError as exc:
        raise say.fail("mirror_unreadable", reason=exc) from exc
    version = served_version(target)
    if fmt == "json":
        click.echo(json.dumps({"ok": result.ok, "signature": comment, "serves": version,
                               "missing": result.missing, "changed": result.changed, "extra": result.extra,
                               "outside": result.outside, "checked": result.checked,
                               "extras_known": result.extras_known}, ensure_ascii=False, indent=2))
    else:
        if comment:
            say("signed_by", comment=comment)
        if version:
            say("serves", version=version)
        click.echo("\n".join(_verification(result, say)))
    sys.exit(0 if result.ok else 1)  # the report is the message


@click.command()
@click.argument("paths", nargs=-1, metavar="ZIP FOLDER", type=click.Path(path_type=Path))
@_official
@click.option("--prefix", help="Awalan jalur situs di server (/ atau mis. /pelatihan/asn/): konfigurasi "
                                "nginx dan Apache untuknya ditulis ke FOLDER/server/.")
@click.option("--kembalikan", is_flag=True, help="Kembalikan rilis sebelumnya: berpijar pasang --kembalikan FOLDER.")
@LANG
def pasang(paths: tuple[Path, ...], manifest_file: Path | None, public_key: Path | None,
           signature: Path | None, prefix: str | None, kembalikan: bool, lang: str) -> None:
    """Pasang atau perbarui mirror dalam satu langkah: buka zip, periksa, lalu alihkan.

    Server menayangkan FOLDER/current. Rilis lama disimpan sebagai FOLDER/previous;
    'berpijar pasang --kembalikan FOLDER' kembali ke sana.
    """
    import time

    from build_tools.release.install import CURRENT, InstallError, install, rollback
    from build_tools.release.server import normal_prefix, write_policy
    from build_tools.release.server import write as write_server_config

    say = Say(lang)
    if len(paths) != (1 if kembalikan else 2):
        raise say.fail("pasang_usage")
    archive, folder = (None, paths[0]) if kembalikan else paths
    if kembalikan:
        try:
            back = rollback(folder)
        except InstallError as exc:
            raise say.fail("rollback_refused", reason=exc) from exc
        say("rolled_back", current=folder / CURRENT, release=back)
        write_policy(folder)
        return
    assert archive is not None
    data, key, sig, _ = _read_official(manifest_file, public_key, signature, False, say)
    start = time.perf_counter()
    try:
        done = install(archive, folder, key, data, sig)
    except InstallError as exc:
        found = _verification(exc.verification, say, extras_note=False) if exc.verification else []
        raise say.fail("install_refused", *found, reason=exc) from exc
    if done.signed_by:
        say("signed_by", comment=done.signed_by)
    say("installed", release=done.release, checked=done.checked, seconds=time.perf_counter() - start)
    say("serving", current=folder / CURRENT, release=done.release.name)
    if done.previous:
        say("previous", release=done.previous.name, folder=folder)
    for path in write_policy(folder):
        say("policy", path=path)
    if prefix is not None:
        for path in write_server_config(folder, prefix):
            say("server_config", server=path.stem, prefix=normal_prefix(prefix), path=path)


@click.command()
@click.argument("secret", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("public", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--tanpa-sandi", is_flag=True, help="Kunci rahasia tanpa sandi (hanya untuk uji).")
@KUNCI_SANDI
@LANG
def kunci(secret: Path, public: Path, tanpa_sandi: bool, password_env: str, lang: str) -> None:
    """Buat pasangan kunci rilis (minisign): RAHASIA untuk menandatangani, PUBLIK untuk dibagikan.

    Simpan kunci rahasia di luar repositori (mis. ~/.config/berpijar/rilis.key); jangan pernah
    di-commit.
    """
    from build_tools.release.sign import SignError, generate

    say = Say(lang)
    password = None if tanpa_sandi else _password(password_env, say, confirm=True)
    if password is None and not tanpa_sandi:
        raise say.fail("password_missing")
    try:
        generate(secret, public, password)
    except SignError as exc:
        raise say.fail("key_refused", reason=exc) from exc
    say("secret_key", path=secret)
    say("public_key", path=public)
