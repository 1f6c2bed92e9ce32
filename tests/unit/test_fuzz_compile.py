"""Property tests over compile: what the validator accepts, the build publishes safely.

- Any Markdown body (and any title) the validator accepts compiles, renders with the site's
  Markdown extensions into content the output check accepts: the two checks agree, so a valid
  curriculum never fails the build, and nothing the output check would refuse passes both.
- Any text in the RBPMP columns comes out of the CSV as the same text, and no cell reads as a
  formula.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from build_tools.compile import compile_site
from build_tools.compile.rbpmp import FORMULA_START, as_text, to_csv
from build_tools.model import build
from build_tools.sanitize.output import check_page
from build_tools.validate import check
from tests.hostile import MATERI, VALID
from tests.site_markdown import render
from tests.sitebuild import REPO

FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "\n", "\n\n", "```", "`", "    ", "> ", "- ", "## ", "[", "]", "(", ")", "<", ">", '"', "'", "=", "{", "}",
    "!", "teks", " ", "|", "\n|---|---|\n", "![a](media/diagram.svg)", "![a](https://pelacak.example/p.png)",
    "![a][r]", "[r]: ", "https://pelacak.example/p.png", "//pelacak.example/x", "<img alt=a src=", "<img ",
    ' src="https://pelacak.example/p.png"', ' srcset="media/diagram.svg 1x, https://pelacak.example/p.png 2x"',
    "<video poster=", "<svg>", "<use href=", "</svg>", "<div ", 'style="position:fixed"', "{: style=x }",
    "<a href=", "javascript:alert(1)", "../program.yml", "<span>", "</span>", "<div markdown>", "</div>",
    "&#x61;", "<!--", "-->", "url(https://pelacak.example/x)", "<source srcset=", "<picture>",
]
bodies = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _render(page_markdown: str) -> str:
    body = page_markdown.split("\n---\n", 1)[1] if page_markdown.startswith("---\n") else page_markdown
    html = render(body)
    return f'<html><body><article class="md-content__inner md-typeset">{html}</article></body></html>'


@FUZZ
@given(body=bodies, judul=st.sampled_from(["Pengenalan", "Judul ![a](https://pelacak.example/p.png)",
                                           "Judul *tebal*{ style=x }", "Judul <b>tebal</b>"]))
def test_what_validates_compiles_into_content_the_output_check_accepts(body: str, judul: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "curriculum"
        shutil.copytree(VALID, folder)
        text = (folder / MATERI).read_text("utf-8").replace("judul: Pengenalan", f"judul: '{judul}'", 1)
        (folder / MATERI).write_text(text + "\n" + body + "\n", "utf-8")
        source, report = check(folder)
        event("refused by the validator" if not report.ok else "valid: compiled and checked")
        if not report.ok:
            return
        curriculum = build(source).published(True).kept
        site = compile_site(curriculum, REPO / "overrides" / "berpijar", folder)
        (page,) = [p for p in site.pages if p.source == f"curriculum/{MATERI}"]
        found, _ = check_page(_render(page.content))
        assert found == [], f"valid, yet the output check refuses {found}: {body!r}"


cells = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@FUZZ
@given(judul=cells, metode=st.lists(cells, min_size=1, max_size=3), indikator=cells)
def test_every_csv_cell_reads_back_as_the_same_text(judul: str, metode: list[str], indikator: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "curriculum"
        shutil.copytree(VALID, folder)
        (modul,) = build(check(folder)[0]).modul
        materi = modul.materi[0]
        materi.judul, materi.metode, materi.indikator = judul, metode, indikator
        rows = list(csv.reader(io.StringIO(to_csv(modul).removeprefix("\ufeff"), newline="")))
        assert not [cell for row in rows for cell in row if cell.startswith(FORMULA_START)]
        (row,) = [r for r in rows if r and r[0] == "1"]
        assert row[1:5:3] == [as_text(indikator), as_text(", ".join(metode))]
        assert row[2] == as_text(judul)
