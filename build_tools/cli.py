"""``berpijar``: the one command authors and agencies use.

validate → build → bundle → verify, plus serve and new for authors. Messages are Indonesian
by default, like the diagnostics. Exit codes: 0 fine, 1 the content has errors (or a mirror
does not match), 2 the command was used wrongly or a folder is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

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


@main.command(name="diagnostik")
@LANG
def list_diagnostics(lang: str) -> None:
    """Daftar semua kode diagnostik beserta tingkat dan pesannya."""
    for entry in CATALOGUE.values():
        click.echo(f"{entry.code}\t{entry.severity.value}\t{entry.en if lang == 'en' else entry.id}")


if __name__ == "__main__":
    main()
