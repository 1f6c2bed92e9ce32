"""CSS in SVG drawings (build_tools.sanitize.css) and ``berpijar bersihkan-svg``.

Drawings exported by Inkscape or draw.io carry <style> and style=: painting is accepted,
fetching or running is refused, and the command the message names removes exactly that.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main
from build_tools.sanitize import css
from build_tools.sanitize.allowlist import SVG_CSS_ATTRS
from build_tools.sanitize.output import check_svg
from build_tools.sanitize.svg_clean import clean_svg
from build_tools.validate.markdown import Body, check_unsafe

PAINTING = [
    ".kotak { fill: url(#g); stroke: #336; stroke-width: 0.5px }",
    "rect { fill: url('#gradasi') } @media print { rect { stroke: #000 } }",
    "@keyframes kedip { from { opacity: 0 } to { opacity: 1 } }",
    "/* komentar url(https://x) */ text { font-family: sans-serif }",
]
ACTIVE = {
    "@import url(https://fonts.example/css);": "@import",
    '@import "tema.css";': "@import",
    "@font-face { src: url(huruf.woff) }": "@font-face",
    "rect { fill: url(https://pelacak.example/g.svg#g) }": "url(https://pelacak.example/g.svg#g)",
    "rect { fill: url(//pelacak.example/g.svg#g) }": "url(//pelacak.example/g.svg#g)",
    "rect { background: u\\72l(https://pelacak.example/p.png) }": "url(https://pelacak.example/p.png)",
    "rect { background: url(p.png) }": "url(p.png)",
    'rect { background: image-set("https://pelacak.example/p.png" 1x) }': "image-set()",
    "rect { width: expression(alert(1)) }": "expression()",
    "rect { behavior: url(x.htc) }": "behavior",
    "rect { -moz-binding: url(x.xml#b) }": "-moz-binding",
    "rect { fill: url(javascript:alert(1)) }": "url(…)",
    "rect { fill: url(\x27javascript:alert(1)\x27) }": "url(javascript:alert(1))",
}


@pytest.mark.parametrize("text", PAINTING)
def test_painting_css_is_accepted(text: str) -> None:
    assert css.problems(text) == []


@pytest.mark.parametrize("text, found", ACTIVE.items())
def test_css_that_fetches_or_runs_is_found(text: str, found: str) -> None:
    assert found in [p.found for p in css.problems(text)]
    assert css.problems(css.clean_stylesheet(text)) == []


DRAWIO = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"
 width="121px" height="61px" viewBox="-0.5 -0.5 121 61">
  <defs><style type="text/css">@import url(https://fonts.googleapis.com/css2?family=Roboto);
</style><linearGradient id="g"><stop offset="0" stop-color="#dae8fc"/></linearGradient></defs>
  <g><rect x="0" y="0" width="120" height="60" rx="9" fill="url(#g)" stroke="#6c8ebf" pointer-events="all"
   style="fill: url(#g); stroke: rgb(108, 142, 191);"/>
  <text x="60" y="35" fill="rgb(0, 0, 0)" font-family="Roboto" font-size="12px" text-anchor="middle">Validasi</text></g>
</svg>
"""


def _source_problems(text: str) -> list[str]:
    return [d.code for d in check_unsafe(Body("curriculum/m/media/x.svg", text, 1, markdown=False, svg=True))]


def test_a_drawio_export_is_refused_with_the_command_then_cleaned(tmp_path: Path) -> None:
    file = tmp_path / "alur.svg"
    file.write_text(DRAWIO, "utf-8")
    problems = check_unsafe(Body(str(file), DRAWIO, 1, markdown=False, svg=True))
    assert "E-SVG-CSS" in {d.code for d in problems}
    assert any(f"berpijar bersihkan-svg {file}" in d.message() for d in problems if d.code == "E-SVG-CSS")
    assert check_svg(DRAWIO.encode()) != []

    result = CliRunner().invoke(main, ["bersihkan-svg", str(file)])
    assert result.exit_code == 0, result.output
    cleaned = file.read_text("utf-8")
    assert _source_problems(cleaned) == [] and check_svg(cleaned.encode()) == []
    assert "@import" not in cleaned and 'fill="url(#g)"' in cleaned and "stroke: rgb(108, 142, 191)" in cleaned
    again = CliRunner().invoke(main, ["bersihkan-svg", str(file)])
    assert again.exit_code == 0 and "sudah bersih" in again.output
    assert file.read_text("utf-8") == cleaned


def test_bersihkan_svg_leaves_scripts_to_the_author(tmp_path: Path) -> None:
    file = tmp_path / "x.svg"
    file.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "utf-8")
    result = CliRunner().invoke(main, ["bersihkan-svg", str(file)])
    assert result.exit_code == 1 and "E-UNSAFE-HTML" in result.output


def test_the_inkscape_sample_passes_both_checks() -> None:
    svg = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "legit" / "inkscape-style.svg"
    text = svg.read_text("utf-8")
    assert _source_problems(text) == [] and check_svg(text.encode()) == []


@pytest.mark.parametrize("attribute", sorted(SVG_CSS_ATTRS))
def test_bersihkan_svg_cleans_every_attribute_css_reads(attribute: str) -> None:
    """The cleaner and both checks read one list: what the validator refuses, the cleaner cleans."""
    value = "fill:url(https://x.example/a.svg#p)" if attribute == "style" else "url(https://x.example/a.svg#p)"
    drawing = f'<svg xmlns="http://www.w3.org/2000/svg"><rect {attribute}="{value}"/></svg>'
    assert check_svg(drawing.encode())
    cleaned, changes = clean_svg(drawing)
    assert changes and "x.example" not in cleaned
    assert check_svg(cleaned.encode()) == []
    assert check_unsafe(Body("a.svg", cleaned, 1, svg=True, markdown=False)) == []
