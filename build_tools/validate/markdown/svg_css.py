"""CSS inside an SVG (its <style> and its style= or presentation attributes): painting is
fine, fetching from another host or running code is not (build_tools.sanitize.css decides)."""

from __future__ import annotations

import html
import re

from build_tools.diagnostics import Diagnostic
from build_tools.sanitize import css
from build_tools.validate.markdown.body import Body

_SVG_STYLE = re.compile(r"<style\b[^>]*>(.*?)(?:</style\s*>|\Z)", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")


def css_diagnostics(body: Body, offset: int, text: str, exact: bool) -> list[Diagnostic]:
    """CSS problems as diagnostics; ``exact`` when offsets in ``text`` are offsets in the body."""
    out = []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for p in css.problems(text):
        at = offset + (starts[p.line - 1] + p.column - 1 if exact else 0)
        if p.outside:
            out.append(body.at(at, "E-OUTSIDE-RESOURCE", target=p.found))
        else:
            out.append(body.at(at, "E-SVG-CSS", found=p.found, path=body.path))
    return out


def check_svg_styles(body: Body) -> list[Diagnostic]:
    """An SVG's <style> holds CSS: judged whole, with lines and columns where they can be kept."""
    out = []
    for m in _SVG_STYLE.finditer(body.masked):
        content = _CDATA.sub(lambda c: " " * len(c.group(0)), m.group(1))
        exact = "&" not in content  # an entity changes lengths: report at the start instead
        out += css_diagnostics(body, m.start(1), html.unescape(content), exact)
    return out
