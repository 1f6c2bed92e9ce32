"""``referensi`` writes the authors' format reference; ``diagnostik`` lists every diagnostic code."""

from __future__ import annotations

from pathlib import Path

import click

from build_tools.cli.options import LANG
from build_tools.cli.output import Say
from build_tools.reference import OUTPUT


@click.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=OUTPUT,
              show_default=True, help="Berkas yang ditulis.")
@click.option("--check", is_flag=True, help="Jangan menulis; keluar 1 bila berkas tidak sesuai.")
@LANG
def referensi(output: Path, check: bool, lang: str) -> None:
    """Tulis referensi format dari skema JSON dan katalog diagnostik."""
    from build_tools.reference import render

    say = Say(lang)
    text = render()
    if check:
        current = output.read_text("utf-8") if output.is_file() else ""
        if current != text:
            raise say.fail("reference_stale", path=output)
        say("reference_current", path=output)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, "utf-8")
    say("reference_written", path=output)


@click.command(name="diagnostik")
@LANG
def list_diagnostics(lang: str) -> None:
    """Daftar semua kode diagnostik beserta tingkat, pesan, dan cara memperbaikinya."""
    from build_tools.diagnostics import CATALOGUE

    for entry in CATALOGUE.values():
        message, fix = (entry.en, entry.fix_en) if lang == "en" else (entry.id, entry.fix)
        click.echo(f"{entry.code}\t{entry.severity.value}\t{entry.plain(message)}\t{entry.plain(fix)}")
