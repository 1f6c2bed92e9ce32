"""``ekspor scorm`` and ``ekspor zim``: the built site in the formats an agency's LMS or Kiwix reads."""

from __future__ import annotations

from pathlib import Path

import click

from build_tools.cli.options import CONFIG, CURRICULUM, LANG, config_or_fail
from build_tools.cli.output import Say
from build_tools.cli.site import quiet_mkdocs


@click.group()
def ekspor() -> None:
    """Ekspor situs hasil build: paket SCORM untuk LMS instansi, berkas ZIM untuk Kiwix."""


SITE = click.option("--situs", "site", type=click.Path(path_type=Path), default="site", show_default=True,
                    help="Situs hasil 'berpijar build'; dibangun lebih dulu bila belum ada.")


def _built_site(site: Path, config_file: Path, say: Say) -> Path:
    """The site to export: the one given, or a fresh build when the folder has none."""
    if (site / "index.html").is_file():
        return site
    say("building_first", err=True, site=site, config=config_file)
    quiet_mkdocs()
    from build_tools.plugin.run import BuildFailed, build_site

    config_or_fail(config_file, say)
    try:
        return build_site(config_file, site, lang=say.lang)
    except BuildFailed as exc:
        raise say.fail("site_build_failed", reason=exc) from exc


@ekspor.command(name="scorm")
@click.option("--versi", type=click.Choice(["1.2", "2004", "semua"]), default="semua", show_default=True,
              help="Versi SCORM paket.")
@click.option("--modul", "kode", help="Kode modul yang diekspor (bawaan: semua modul terbit).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default="ekspor", show_default=True,
              help="Folder tempat paket zip ditulis.")
@SITE
@CONFIG
@CURRICULUM
@LANG
def ekspor_scorm(versi: str, kode: str | None, output: Path, site: Path, config_file: Path,
                 curriculum: Path, lang: str) -> None:
    """Satu paket SCORM (zip) per modul terbit, untuk diimpor ke LMS instansi."""
    from build_tools.export import scorm
    from build_tools.export.common import ExportError, published, source_epoch, write_sums

    say = Say(lang)
    try:
        program = published(curriculum)
        moduls = [m for m in program.modul if kode in (None, m.kode)]
        if not moduls:
            raise say.fail("modul_not_published", kode=kode) if kode else say.fail("nothing_published")
        site = _built_site(site, config_file, say)
        epoch = source_epoch(config_file.parent)
        written = []
        for version in scorm.VERSIONS if versi == "semua" else (versi,):
            written += scorm.export(site, moduls, program.program, version, output, epoch)
        sums = write_sums(written, output)
    except ExportError as exc:
        raise say.fail("export_refused", reason=exc) from exc
    for path in written:
        say("created", path=path)
    say("checksums", path=sums)


@ekspor.command(name="zim")
@click.option("-o", "--output", type=click.Path(path_type=Path), default="ekspor/asn-berpijar.zim",
              show_default=True, help="Berkas ZIM yang dibuat.")
@SITE
@CONFIG
@CURRICULUM
@LANG
def ekspor_zim(output: Path, site: Path, config_file: Path, curriculum: Path, lang: str) -> None:
    """Satu berkas ZIM berisi seluruh situs terbit, untuk dibaca dengan Kiwix."""
    from build_tools.export import zim
    from build_tools.export.common import ExportError, published, source_epoch, write_sums

    say = Say(lang)
    try:
        program = published(curriculum).program
        site = _built_site(site, config_file, say)
        path = zim.export(site, program, output, source_epoch(config_file.parent))
        sums = write_sums([path], output.parent)
    except ExportError as exc:
        raise say.fail("export_refused", reason=exc) from exc
    say("created", path=path)
    say("checksums", path=sums)
