"""``bersihkan-svg``: the CSS that fetches or runs taken out of drawings from Inkscape or draw.io."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from build_tools.cli.options import LANG
from build_tools.cli.output import Say


@click.command(name="bersihkan-svg")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@LANG
def clean_svg(files: tuple[Path, ...], lang: str) -> None:
    """Buang CSS yang mengambil berkas atau menjalankan kode dari SVG (Inkscape, draw.io).

    Gaya yang hanya mewarnai tetap utuh; berkas ditulis ulang di tempat. Skrip dan atribut
    on* tidak dibersihkan: pemeriksa tetap menolaknya.
    """
    from build_tools.diagnostics import Report
    from build_tools.sanitize.svg_clean import clean_svg as clean
    from build_tools.validate.markdown import Body, check_unsafe

    say = Say(lang)
    failed = False
    for file in files:
        text, changes = clean(file.read_text("utf-8"))
        if changes:
            file.write_text(text, "utf-8")
            say("svg_cleaned", path=file, count=len(changes), changes="; ".join(changes))
        else:
            say("svg_clean", path=file)
        left = Report(check_unsafe(Body(str(file), text, 1, markdown=False, svg=True)))
        if not left.ok:
            failed = True
            click.echo(left.render("text", lang))
    sys.exit(1 if failed else 0)  # the diagnostics are the message
