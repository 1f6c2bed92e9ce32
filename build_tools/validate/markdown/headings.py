"""Rules about a page's outline: its headings nest one level at a time under the title."""

from __future__ import annotations

from build_tools.diagnostics import Diagnostic
from build_tools.validate.markdown.body import Body


def check_headings(body: Body) -> list[Diagnostic]:
    out = []
    previous = 1  # the page title, from judul, is the level-1 heading
    for offset, level, _ in body.headings:
        if level == 1:
            out.append(body.at(offset, "W-HEADING-H1"))
        elif level > previous + 1:
            out.append(body.at(offset, "W-HEADING-SKIP", previous=previous, level=level))
        previous = level
    return out
