"""The author's loop: ``validate`` the curriculum, ``build`` the site, ``serve`` a live preview."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from build_tools.cli.options import CONFIG, DRAFTS, LANG, config_or_fail
from build_tools.cli.output import CommandError, Say
from build_tools.diagnostics import Report
from build_tools.diagnostics.diagnostic import diag


@click.command()
@click.argument("curriculum", default="curriculum", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="Bentuk keluaran.")
@LANG
def validate(curriculum: Path, fmt: str, lang: str) -> None:
    """Periksa folder kurikulum (bawaan: ./curriculum) dan laporkan semua masalah."""
    from build_tools.validate import check

    if not curriculum.is_dir():
        # The validator's own diagnostic, in the format asked for (JSON stays on stdout).
        missing = Report([diag(str(curriculum), 1, 1, "E-DIR-MISSING", path=str(curriculum))])
        raise CommandError(missing.render(fmt, lang), 2, stdout=fmt == "json")
    _, report = check(curriculum)
    click.echo(report.render(fmt, lang))
    sys.exit(0 if report.ok else 1)  # the report is the message


def quiet_mkdocs() -> None:
    """MkDocs' warnings (content warnings among them) as they come; its errors once, in the failure."""
    import logging
    import os

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    handler.addFilter(lambda record: record.levelno < logging.ERROR)
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)


@click.command()
@CONFIG
@click.option("--site-url", help="Alamat akhir situs, bila diketahui (untuk sitemap).")
@DRAFTS
@click.option("-o", "--output", type=click.Path(path_type=Path), default="site", show_default=True,
              help="Folder keluaran situs.")
@LANG
def build(config_file: Path, site_url: str | None, drafts: bool, output: Path, lang: str) -> None:
    """Bangun situs belajar dari kurikulum. Situs lama tetap utuh bila build gagal."""
    say = Say(lang)
    quiet_mkdocs()
    from build_tools.plugin.run import BuildFailed, build_site

    config_or_fail(config_file, say)
    try:
        path = build_site(config_file, output, site_url, drafts, lang)
    except BuildFailed as exc:
        raise say.fail("build_failed", path=output, reason=exc) from exc
    say("built", path=path)


@click.command()
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

    say = Say(lang)
    quiet_mkdocs()
    from build_tools.preview import errors
    from build_tools.preview.server import serve as run_server
    from build_tools.preview.session import Preview

    config_or_fail(config_file, say)
    host, _, port = dev_addr.rpartition(":")
    if not host or not port.isdigit():
        raise say.fail("address_invalid", address=dev_addr)
    preview = Preview(config_file, drafts=drafts, lang=lang)

    text = errors.TEXT[lang]  # the preview's terminal lines are the ones its page shows

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
        raise say.fail("address_unusable", address=dev_addr, reason=exc.strerror or exc) from exc
