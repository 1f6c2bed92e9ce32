"""``berpijar``: the one command authors and agencies use.

validate → build → bundle → verify → pasang, plus serve and new for authors and kunci for
the release manager. Messages are Indonesian
by default, like the diagnostics. Exit codes: 0 fine, 1 the content has errors (or a mirror
does not match), 2 the command was used wrongly or a folder is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from build_tools.diagnostics import CATALOGUE, Report
from build_tools.diagnostics.diagnostic import diag

LANG = click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
                    help="Bahasa pesan / language of the messages.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="asn-berpijar")
def main() -> None:
    """Alat kurikulum ASN Berpijar: periksa, bangun, dan terbitkan situs belajar."""


def _missing_folder(path: Path, fmt: str, lang: str) -> None:
    report = Report([diag(str(path), 1, 1, "E-DIR-MISSING", path=str(path))])
    click.echo(report.render(fmt, lang), err=fmt != "json")
    sys.exit(2)


@main.command()
@click.argument("curriculum", default="curriculum", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="Bentuk keluaran.")
@LANG
def validate(curriculum: Path, fmt: str, lang: str) -> None:
    """Periksa folder kurikulum (bawaan: ./curriculum) dan laporkan semua masalah."""
    from build_tools.validate import check

    if not curriculum.is_dir():
        _missing_folder(curriculum, fmt, lang)
    _, report = check(curriculum)
    click.echo(report.render(fmt, lang))
    sys.exit(0 if report.ok else 1)


CONFIG = click.option("-f", "--config-file", type=click.Path(path_type=Path), default="mkdocs.yml",
                      show_default=True, help="Berkas konfigurasi MkDocs situs.")
DRAFTS = click.option("--drafts", is_flag=True,
                      help="Terbitkan juga modul berstatus draf dan reviu (pratinjau).")


def _quiet_mkdocs() -> None:
    import logging
    import os

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # Warnings (content warnings among them) as they come; errors once, in the failure message.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    handler.addFilter(lambda record: record.levelno < logging.ERROR)
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)


@main.command()
@CONFIG
@click.option("--site-url", help="Alamat akhir situs, bila diketahui (untuk sitemap).")
@DRAFTS
@click.option("-o", "--output", type=click.Path(path_type=Path), default="site", show_default=True,
              help="Folder keluaran situs.")
def build(config_file: Path, site_url: str | None, drafts: bool, output: Path) -> None:
    """Bangun situs belajar dari kurikulum. Situs lama tetap utuh bila build gagal."""
    _quiet_mkdocs()
    from build_tools.plugin.run import BuildFailed, build_site

    if not config_file.is_file():
        click.echo(f"galat: berkas konfigurasi '{config_file}' tidak ditemukan", err=True)
        sys.exit(2)
    try:
        path = build_site(config_file, output, site_url, drafts)
    except BuildFailed as exc:
        click.echo(f"galat: build gagal; situs sebelumnya di '{output}' tidak diubah.\n{exc}", err=True)
        sys.exit(1)
    click.echo(f"situs selesai dibangun di {path}")


@main.command()
@CONFIG
@click.option("--drafts/--tanpa-draf", " /--no-drafts", default=True, show_default=True,
              help="Tampilkan modul berstatus draf dan reviu (bawaan: ya, ini pratinjau).")
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="Alamat:port (port 0 = port bebas mana saja).")
@LANG
def serve(config_file: Path, drafts: bool, dev_addr: str, lang: str) -> None:
    """Pratinjau langsung: halaman diperbarui setiap kali kurikulum disimpan.

    Bila kurikulum bergalat, peramban menampilkan daftar galat beserta cara memperbaikinya,
    lalu kembali ke halaman semula begitu berkas diperbaiki.
    """
    import logging

    _quiet_mkdocs()
    from build_tools.preview import errors
    from build_tools.preview.server import serve as run_server
    from build_tools.preview.session import Preview

    if not config_file.is_file():
        click.echo(f"galat: berkas konfigurasi '{config_file}' tidak ditemukan", err=True)
        sys.exit(2)
    host, _, port = dev_addr.rpartition(":")
    if not host or not port.isdigit():
        click.echo(f"galat: alamat '{dev_addr}' harus berbentuk alamat:port, misalnya 127.0.0.1:8000", err=True)
        sys.exit(2)
    preview = Preview(config_file, drafts=drafts, lang=lang)

    text = errors.TEXT[lang]

    # The plugin would log each warning again: the preview prints its own list.
    logging.getLogger("mkdocs.plugins.berpijar").disabled = True
    shown: list[object] = []  # the warnings last printed: a save that changes none repeats none

    def report() -> None:
        state = preview.state
        if state.ok:
            warnings = state.report.diagnostics if state.report is not None else []
            if warnings and warnings != shown:
                click.echo(errors.terminal(state.report, None, lang))
            shown[:] = warnings
            click.echo(text["refreshed"].format(seconds=state.seconds))
        else:
            shown.clear()
            click.echo(errors.terminal(state.report, state.failure, lang), err=True)
            click.echo(text["in_browser"], err=True)

    def announce(url: str) -> None:
        click.echo(text["running"].format(url=url, drafts=text["shown" if drafts else "hidden"]))

    try:
        run_server(preview, host.strip("[]"), int(port), announce, report)
    except OSError as exc:
        preview.close()
        click.echo(f"galat: tidak dapat membuka {dev_addr}: {exc.strerror or exc}", err=True)
        sys.exit(2)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(code)


KUNCI_SANDI = click.option("--sandi-dari-env", "password_env", default="BERPIJAR_KUNCI_SANDI", show_default=True,
                           help="Variabel lingkungan berisi sandi kunci rahasia (bila tidak ada, ditanyakan).")


def _password(env: str, confirm: bool = False) -> str | None:
    import os

    if env in os.environ:
        return os.environ[env] or None
    if not sys.stdin.isatty():
        return None
    return click.prompt("Sandi kunci rahasia", hide_input=True, confirmation_prompt=confirm,
                        default="", show_default=False) or None


@main.command()
@click.argument("site", default="site", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default="dist/asn-berpijar.zip",
              show_default=True, help="Berkas zip yang dibuat; SHA256SUMS (dan .minisig) ditulis di sampingnya.")
@click.option("--kunci", "secret_key", type=click.Path(path_type=Path, dir_okay=False),
              help="Kunci rahasia minisign untuk menandatangani manifest (lihat 'berpijar kunci').")
@KUNCI_SANDI
def bundle(site: Path, output: Path, secret_key: Path | None, password_env: str) -> None:
    """Kemas situs hasil build menjadi rilis: zip, manifest SHA256SUMS, dan tanda tangannya."""
    from build_tools.release.bundle import make_release
    from build_tools.release.sign import SignError

    if not (site / "index.html").is_file():
        _fail(f"galat: '{site}' bukan folder situs hasil build (index.html tidak ada)", 2)
    password = _password(password_env) if secret_key else None
    try:
        release = make_release(site, output, secret_key, password)
    except SignError as exc:
        _fail(f"galat: {exc}", 2)
    click.echo(f"dibuat: {release.archive} ({release.archive.stat().st_size:,} bait)")
    click.echo(f"dibuat: {release.manifest}")
    if release.signature:
        click.echo(f"dibuat: {release.signature}")
    else:
        click.echo("peringatan: rilis tidak ditandatangani (tanpa --kunci)", err=True)


def _report(result, extras_note: bool = True) -> None:  # type: ignore[no-untyped-def]
    for label, paths in (("hilang", result.missing), ("berubah", result.changed),
                         ("tambahan", result.extra), ("di luar pohon", result.outside)):
        for rel in paths:
            click.echo(f"{label}: {rel}")
    click.echo(f"{result.checked} berkas cocok, {len(result.missing)} hilang, {len(result.changed)} berubah, "
               f"{len(result.extra)} tambahan, {len(result.outside)} di luar pohon")
    if extras_note and not result.extras_known:
        click.echo("catatan: lewat HTTP berkas tambahan tidak dapat dilihat; periksa foldernya di server")


OFFICIAL = [
    click.option("-m", "--manifest", "manifest_file", type=click.Path(path_type=Path, dir_okay=False),
                 help="Manifest SHA256SUMS resmi (dari rilis, bukan dari mirror yang diperiksa)."),
    click.option("-p", "--kunci-publik", "public_key", type=click.Path(path_type=Path, dir_okay=False),
                 help="Kunci publik rilis (berpijar.pub) untuk memeriksa tanda tangan manifest."),
    click.option("-x", "--tanda-tangan", "signature", type=click.Path(path_type=Path, dir_okay=False),
                 help="Tanda tangan manifest (bawaan: <manifest>.minisig)."),
]


def _official(options):  # type: ignore[no-untyped-def]
    for option in reversed(OFFICIAL):
        options = option(options)
    return options


def _read_official(manifest_file: Path | None, public_key: Path | None, signature: Path | None,
                   required: bool) -> tuple[bytes | None, bytes | None, bytes | None, str | None]:
    """The official manifest, key and signature as bytes, and the signature's trusted comment
    (checked here)."""
    from build_tools.release.sign import SignError, check

    if manifest_file is None:
        if required:
            _fail("galat: berikan manifest resmi dengan --manifest (mis. SHA256SUMS dari rilis)", 2)
        return None, public_key.read_bytes() if public_key else None, None, None
    data = manifest_file.read_bytes()
    if public_key is None:
        click.echo("peringatan: tanpa --kunci-publik keaslian manifest tidak diperiksa", err=True)
        return data, None, None, None
    sig_path = signature or manifest_file.with_name(manifest_file.name + ".minisig")
    if not sig_path.is_file():
        _fail(f"galat: tanda tangan '{sig_path}' tidak ada", 1)
    sig = sig_path.read_bytes()
    try:
        comment = check(data, sig, public_key.read_bytes())
    except SignError as exc:
        _fail(f"galat: {exc}", 1)
    return data, public_key.read_bytes(), sig, comment


@main.command()
@click.argument("target")
@_official
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Bentuk keluaran (json untuk pemantauan otomatis).")
def verify(target: str, manifest_file: Path | None, public_key: Path | None, signature: Path | None,
           fmt: str) -> None:
    """Periksa mirror (folder atau alamat http/https) terhadap manifest resmi dan kunci publik."""
    import json

    from build_tools.release.manifest import ManifestError, parse
    from build_tools.release.verify import check_folder, check_url, served_version

    is_url = target.startswith(("http://", "https://"))
    if not is_url and not Path(target).is_dir():
        _fail(f"galat: folder '{target}' tidak ditemukan", 2)
    data, _, _, comment = _read_official(manifest_file, public_key, signature, required=True)
    assert data is not None
    try:
        entries = parse(data)
    except ManifestError as exc:
        _fail(f"galat: manifest ditolak: {exc}", 1)
    try:
        result = check_url(target, entries, data) if is_url else check_folder(Path(target), entries, data)
    except OSError as exc:
        _fail(f"galat: {exc}", 1)
    version = served_version(target)
    if fmt == "json":
        click.echo(json.dumps({"ok": result.ok, "signature": comment, "serves": version,
                               "missing": result.missing, "changed": result.changed, "extra": result.extra,
                               "outside": result.outside, "checked": result.checked,
                               "extras_known": result.extras_known}, ensure_ascii=False, indent=2))
        sys.exit(0 if result.ok else 1)
    if comment:
        click.echo(f"tanda tangan sah: {comment}")
    if version:
        click.echo(f"mirror menayangkan: {version}")
    _report(result)
    sys.exit(0 if result.ok else 1)


@main.command()
@click.argument("paths", nargs=-1, metavar="ZIP FOLDER", type=click.Path(path_type=Path))
@_official
@click.option("--prefix", help="Awalan jalur situs di server (/ atau mis. /pelatihan/asn/): konfigurasi "
                                "nginx dan Apache untuknya ditulis ke FOLDER/server/.")
@click.option("--kembalikan", is_flag=True, help="Kembalikan rilis sebelumnya: berpijar pasang --kembalikan FOLDER.")
def pasang(paths: tuple[Path, ...], manifest_file: Path | None, public_key: Path | None,
           signature: Path | None, prefix: str | None, kembalikan: bool) -> None:
    """Pasang atau perbarui mirror dalam satu langkah: buka zip, periksa, lalu alihkan.

    Server menayangkan FOLDER/current. Rilis lama disimpan sebagai FOLDER/previous;
    'berpijar pasang --kembalikan FOLDER' kembali ke sana.
    """
    import time

    from build_tools.release.install import CURRENT, InstallError, install, rollback
    from build_tools.release.server import normal_prefix, write_policy
    from build_tools.release.server import write as write_server_config

    if len(paths) != (1 if kembalikan else 2):
        _fail("galat: gunakan 'berpijar pasang ZIP FOLDER' atau 'berpijar pasang --kembalikan FOLDER'", 2)
    archive, folder = (None, paths[0]) if kembalikan else paths
    if kembalikan:
        try:
            back = rollback(folder)
        except InstallError as exc:
            _fail(f"galat: {exc}", 1)
        click.echo(f"dikembalikan: {folder / CURRENT} -> {back}")
        write_policy(folder)
        return
    assert archive is not None
    data, key, sig, _ = _read_official(manifest_file, public_key, signature, required=False)
    start = time.perf_counter()
    try:
        done = install(archive, folder, key, data, sig)
    except InstallError as exc:
        click.echo(f"galat: {exc}; situs yang tayang tidak diubah", err=True)
        if exc.verification is not None:
            _report(exc.verification, extras_note=False)
        sys.exit(1)
    if done.signed_by:
        click.echo(f"tanda tangan sah: {done.signed_by}")
    click.echo(f"terpasang: {done.release} ({done.checked} berkas cocok, "
               f"{time.perf_counter() - start:.1f} dtk)")
    click.echo(f"tayang: {folder / CURRENT} -> {done.release.name}")
    if done.previous:
        click.echo(f"sebelumnya: {done.previous.name} (kembalikan dengan 'berpijar pasang --kembalikan {folder}')")
    for path in write_policy(folder):
        click.echo(f"header Content-Security-Policy rilis ini: {path}")
    if prefix is not None:
        for path in write_server_config(folder, prefix):
            click.echo(f"konfigurasi {path.stem} untuk awalan {normal_prefix(prefix)}: {path}")


@main.command()
@click.argument("secret", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("public", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--tanpa-sandi", is_flag=True, help="Kunci rahasia tanpa sandi (hanya untuk uji).")
@KUNCI_SANDI
def kunci(secret: Path, public: Path, tanpa_sandi: bool, password_env: str) -> None:
    """Buat pasangan kunci rilis (minisign): RAHASIA untuk menandatangani, PUBLIK untuk dibagikan.

    Simpan kunci rahasia di luar repositori (mis. ~/.config/berpijar/rilis.key); jangan pernah
    di-commit.
    """
    from build_tools.release.sign import SignError, generate

    password = None if tanpa_sandi else _password(password_env, confirm=True)
    if password is None and not tanpa_sandi:
        _fail("galat: berikan sandi (atau --tanpa-sandi untuk kunci uji)", 2)
    try:
        generate(secret, public, password)
    except SignError as exc:
        _fail(f"galat: {exc}", 2)
    click.echo(f"kunci rahasia: {secret} (mode 0600; simpan di luar repositori, jangan dibagikan)")
    click.echo(f"kunci publik: {public} (terbitkan bersama rilis)")


class _NewGroup(click.Group):
    """``berpijar new FOLDER --kode …`` (the first form) still means ``berpijar new modul``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["modul", *args]
        return super().parse_args(ctx, args)


@main.group(cls=_NewGroup)
def new() -> None:
    """Buat kerangka modul atau materi pokok baru yang langsung lolos pemeriksaan.

    'berpijar new FOLDER --kode … --judul …' (tanpa 'modul') tetap berarti 'new modul'.
    """


CURRICULUM = click.option("--curriculum", type=click.Path(path_type=Path), default="curriculum",
                          show_default=True, help="Folder kurikulum.")


def _curriculum_or_exit(curriculum: Path) -> None:
    if not curriculum.is_dir():
        click.echo(f"galat: folder kurikulum '{curriculum}' tidak ditemukan", err=True)
        sys.exit(2)


def _choices(key: str) -> list[str]:
    """A modul key's allowed values, from its JSON Schema."""
    from build_tools.schemas import schema

    return list(schema("modul")["properties"][key]["enum"])


@new.command(name="modul")
@click.argument("folder")
@click.option("--kode", required=True, help="Kode modul, misalnya TDP.02.")
@click.option("--judul", required=True, help="Judul mata pelatihan (boleh memuat tanda baca apa pun).")
@click.option("--kelompok", type=click.Choice(_choices("kelompok")), default="inti", show_default=True)
@click.option("--moda", type=click.Choice(_choices("moda")), default="blended", show_default=True)
@click.option("--jp", "alokasi_jp", type=click.IntRange(1, 200), default=2, show_default=True,
              help="Alokasi waktu dalam JP.")
@click.option("--materi", type=click.IntRange(1, 99), default=3, show_default=True,
              help="Jumlah materi pokok.")
@CURRICULUM
def new_modul(folder: str, kode: str, judul: str, kelompok: str, moda: str, alokasi_jp: int, materi: int,
              curriculum: Path) -> None:
    """Buat folder modul baru (status draf); menit materi sudah berjumlah alokasi JP."""
    import datetime

    from build_tools.scaffold import NewModul, ScaffoldError, create_modul, program_menit_per_jp

    _curriculum_or_exit(curriculum)
    per_jp = program_menit_per_jp(curriculum)
    spec = NewModul(folder, kode, judul, kelompok, alokasi_jp, materi, per_jp,
                    tanggal=datetime.date.today().isoformat(), moda=moda)
    try:
        written = create_modul(curriculum, spec)
    except ScaffoldError as exc:
        click.echo(f"galat: {exc}", err=True)
        sys.exit(2)
    for path in written:
        click.echo(f"dibuat: {path}")
    click.echo(f"{alokasi_jp} JP × {per_jp} menit = {alokasi_jp * per_jp} menit, terbagi ke {materi} materi pokok.")
    click.echo("Lanjutkan dengan mengisi metadata, lalu jalankan 'berpijar validate'.")


@new.command(name="materi")
@click.argument("folder")
@click.option("--judul", required=True, help="Judul materi pokok (boleh memuat tanda baca apa pun).")
@click.option("--menit", type=click.IntRange(1, None), default=None,
              help="Alokasi waktu; bawaan: sisa menit modul yang belum terbagi.")
@click.option("--slug", default=None, help="Bagian nama berkas setelah NN-; bawaan: dari judul.")
@CURRICULUM
def new_materi(folder: str, judul: str, menit: int | None, slug: str | None, curriculum: Path) -> None:
    """Tambahkan materi pokok berikutnya (nomor NN berikutnya) ke modul FOLDER."""
    from build_tools.scaffold import NewMateri, ScaffoldError, create_materi

    _curriculum_or_exit(curriculum)
    try:
        result = create_materi(curriculum, NewMateri(Path(folder).name, judul, menit, slug))
    except ScaffoldError as exc:
        click.echo(f"galat: {exc}", err=True)
        sys.exit(2)
    click.echo(f"dibuat: {result.path} ({result.menit} menit)")
    if result.left == 0:
        click.echo(f"Menit semua materi kini {result.allocated}, sama dengan alokasi modul ({result.planned}).")
    elif result.left > 0:
        click.echo(f"Sisa {result.left} menit dari {result.planned} belum dibagi ke materi pokok "
                   "(tambahkan ke 'menit' materi atau buat materi lain).")
    else:
        click.echo(f"Menit semua materi kini {result.allocated}, melebihi alokasi modul ({result.planned}) "
                   f"sebanyak {-result.left} menit: naikkan 'alokasi_jp' di index.md atau kurangi 'menit' "
                   "materi lain.")


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default="docs/referensi-format.md",
              show_default=True, help="Berkas yang ditulis.")
@click.option("--check", is_flag=True, help="Jangan menulis; keluar 1 bila berkas tidak sesuai.")
def referensi(output: Path, check: bool) -> None:
    """Tulis referensi format dari skema JSON dan katalog diagnostik."""
    from build_tools.reference import render

    text = render()
    if check:
        current = output.read_text("utf-8") if output.is_file() else ""
        if current != text:
            click.echo(f"galat: {output} tidak sesuai skema dan katalog; jalankan 'berpijar referensi'", err=True)
            sys.exit(1)
        click.echo(f"{output} sesuai")
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, "utf-8")
    click.echo(f"{output} ditulis")
@main.group()
def ekspor() -> None:
    """Ekspor situs hasil build: paket SCORM untuk LMS instansi, berkas ZIM untuk Kiwix."""


SITE = click.option("--situs", "site", type=click.Path(path_type=Path), default="site", show_default=True,
                    help="Situs hasil 'berpijar build'; dibangun lebih dulu bila belum ada.")


def _built_site(site: Path, config_file: Path) -> Path:
    """The site to export: the one given, or a fresh build when the folder has none."""
    if (site / "index.html").is_file():
        return site
    click.echo(f"'{site}' belum berisi situs; membangun dari {config_file} ...", err=True)
    _quiet_mkdocs()
    from build_tools.plugin.run import BuildFailed, build_site

    if not config_file.is_file():
        click.echo(f"galat: berkas konfigurasi '{config_file}' tidak ditemukan", err=True)
        sys.exit(2)
    try:
        return build_site(config_file, site)
    except BuildFailed as exc:
        click.echo(f"galat: build gagal.\n{exc}", err=True)
        sys.exit(1)


@ekspor.command(name="scorm")
@click.option("--versi", type=click.Choice(["1.2", "2004", "semua"]), default="semua", show_default=True,
              help="Versi SCORM paket.")
@click.option("--modul", "kode", help="Kode modul yang diekspor (bawaan: semua modul terbit).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default="ekspor", show_default=True,
              help="Folder tempat paket zip ditulis.")
@SITE
@CONFIG
@click.option("--curriculum", type=click.Path(path_type=Path), default="curriculum", show_default=True)
def ekspor_scorm(versi: str, kode: str | None, output: Path, site: Path, config_file: Path,
                 curriculum: Path) -> None:
    """Satu paket SCORM (zip) per modul terbit, untuk diimpor ke LMS instansi."""
    from build_tools.export import scorm
    from build_tools.export.common import ExportError, published, source_epoch, write_sums

    try:
        program = published(curriculum)
        moduls = [m for m in program.modul if kode in (None, m.kode)]
        if not moduls:
            raise ExportError(f"modul '{kode}' tidak ada atau belum berstatus terbit" if kode
                              else "belum ada modul berstatus terbit")
        site = _built_site(site, config_file)
        epoch = source_epoch(config_file.parent)
        written = []
        for version in scorm.VERSIONS if versi == "semua" else (versi,):
            written += scorm.export(site, moduls, program.program, version, output, epoch)
        sums = write_sums(written, output)
    except ExportError as exc:
        click.echo(f"galat: {exc}", err=True)
        sys.exit(2)
    for path in written:
        click.echo(f"dibuat: {path}")
    click.echo(f"checksum: {sums}")


@ekspor.command(name="zim")
@click.option("-o", "--output", type=click.Path(path_type=Path), default="ekspor/asn-berpijar.zim",
              show_default=True, help="Berkas ZIM yang dibuat.")
@SITE
@CONFIG
@click.option("--curriculum", type=click.Path(path_type=Path), default="curriculum", show_default=True)
def ekspor_zim(output: Path, site: Path, config_file: Path, curriculum: Path) -> None:
    """Satu berkas ZIM berisi seluruh situs terbit, untuk dibaca dengan Kiwix."""
    from build_tools.export import zim
    from build_tools.export.common import ExportError, published, source_epoch, write_sums

    try:
        program = published(curriculum).program
        site = _built_site(site, config_file)
        path = zim.export(site, program, output, source_epoch(config_file.parent))
        sums = write_sums([path], output.parent)
    except ExportError as exc:
        click.echo(f"galat: {exc}", err=True)
        sys.exit(2)
    click.echo(f"dibuat: {path}")
    click.echo(f"checksum: {sums}")


@main.command(name="diff")
@click.argument("base")
@click.argument("head", required=False)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True, help="Bentuk keluaran.")
@click.option("--curriculum", default="curriculum", show_default=True,
              help="Folder kurikulum (di dalam repositori, untuk revisi git).")
def diff_command(base: str, head: str | None, fmt: str, curriculum: str) -> None:
    """Perubahan kurikulum dari BASE ke HEAD: modul, materi, JP, kompetensi, kuis, istilah.

    BASE dan HEAD adalah revisi git (main, origin/main, HEAD~1) atau folder. Tanpa HEAD,
    pembandingnya folder kurikulum saat ini.
    """
    import json
    import tempfile

    from build_tools import diff

    with tempfile.TemporaryDirectory(prefix="berpijar-diff-") as tmp:
        sides = {}
        for name, spec in (("base", base), ("head", head)):
            try:
                folder = diff.locate(spec, curriculum, Path(tmp) / name) if spec else Path(curriculum)
            except diff.SideError as exc:
                click.echo(f"galat: {exc}", err=True)
                sys.exit(2)
            if not folder.is_dir():
                click.echo(f"galat: folder kurikulum '{folder}' tidak ditemukan", err=True)
                sys.exit(2)
            sides[name] = diff.read(folder)
    labels = {"base": base, "head": head or curriculum}
    for name, side in sides.items():
        if side.curriculum is None:
            reason = f"kurikulum `{labels[name]}` tidak dapat dibaca (program.yml bermasalah)"
            if fmt == "markdown":  # the pull request's summary says so too
                click.echo(f"## Perubahan kurikulum\n\n> **Perhatian**: {reason}; jalankan `berpijar validate`.")
            click.echo(f"galat: {reason}:", err=True)
            click.echo(side.report.render("text"), err=True)
            sys.exit(1)
    found = diff.compare_sides(sides["base"], sides["head"])
    remarks = [n for name, side in sides.items() for n in diff.notes(labels[name], side)]
    if fmt == "json":
        click.echo(json.dumps({"base": labels["base"], "head": labels["head"], "notes": remarks, **found},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(diff.to_markdown(found, labels["base"], labels["head"], remarks), nl=False)


@main.command(name="bersihkan-svg")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@LANG
def clean_svg(files: tuple[Path, ...], lang: str) -> None:
    """Buang CSS yang mengambil berkas atau menjalankan kode dari SVG (Inkscape, draw.io).

    Gaya yang hanya mewarnai tetap utuh; berkas ditulis ulang di tempat. Skrip dan atribut
    on* tidak dibersihkan: pemeriksa tetap menolaknya.
    """
    from build_tools.sanitize.svg_clean import clean_svg as clean
    from build_tools.validate.markdown import Body, check_unsafe

    failed = False
    for file in files:
        text, changes = clean(file.read_text("utf-8"))
        if changes:
            file.write_text(text, "utf-8")
            click.echo(f"{file}: dibuang {len(changes)}: " + "; ".join(changes) if lang == "id"
                       else f"{file}: removed {len(changes)}: " + "; ".join(changes))
        else:
            click.echo(f"{file}: sudah bersih" if lang == "id" else f"{file}: already clean")
        left = Report(check_unsafe(Body(str(file), text, 1, markdown=False, svg=True)))
        if not left.ok:
            failed = True
            click.echo(left.render("text", lang))
    sys.exit(1 if failed else 0)


@main.command(name="diagnostik")
@LANG
def list_diagnostics(lang: str) -> None:
    """Daftar semua kode diagnostik beserta tingkat, pesan, dan cara memperbaikinya."""
    for entry in CATALOGUE.values():
        message, fix = (entry.en, entry.fix_en) if lang == "en" else (entry.id, entry.fix)
        click.echo(f"{entry.code}\t{entry.severity.value}\t{entry.plain(message)}\t{entry.plain(fix)}")


if __name__ == "__main__":
    main()
