"""``diff``: what changed in curriculum terms between two revisions or folders, for reviewers."""

from __future__ import annotations

from pathlib import Path

import click

from build_tools.cli.options import LANG, curriculum_or_fail
from build_tools.cli.output import Say


@click.command(name="diff")
@click.argument("base")
@click.argument("head", required=False)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True, help="Bentuk keluaran.")
@click.option("--curriculum", default="curriculum", show_default=True,
              help="Folder kurikulum (di dalam repositori, untuk revisi git).")
@LANG
def diff_command(base: str, head: str | None, fmt: str, curriculum: str, lang: str) -> None:
    """Perubahan kurikulum dari BASE ke HEAD: modul, materi, JP, kompetensi, kuis, istilah.

    BASE dan HEAD adalah revisi git (main, origin/main, HEAD~1) atau folder. Tanpa HEAD,
    pembandingnya folder kurikulum saat ini.
    """
    import json
    import tempfile

    from build_tools import diff

    say = Say(lang)
    with tempfile.TemporaryDirectory(prefix="berpijar-diff-") as tmp:
        sides = {}
        for name, spec in (("base", base), ("head", head)):
            try:
                folder = diff.locate(spec, curriculum, Path(tmp) / name) if spec else Path(curriculum)
            except diff.SideError as exc:
                raise say.fail("diff_side_missing", reason=exc) from exc
            curriculum_or_fail(folder, say)
            sides[name] = diff.read(folder)
    labels = {"base": base, "head": head or curriculum}
    for name, side in sides.items():
        if side.curriculum is None:
            if fmt == "markdown":  # the pull request's summary says so too
                say("diff_unreadable_summary", label=labels[name])
            raise say.fail("diff_side_unreadable", side.report.render("text", lang), label=labels[name])
    found = diff.compare_sides(sides["base"], sides["head"])
    remarks = [n for name, side in sides.items() for n in diff.notes(labels[name], side)]
    if fmt == "json":
        click.echo(json.dumps({"base": labels["base"], "head": labels["head"], "notes": remarks, **found},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(diff.to_markdown(found, labels["base"], labels["head"], remarks), nl=False)
