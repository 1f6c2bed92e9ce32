"""A Markdown body as the rules read it: code blanked out, offsets mapped to file lines.

Bodies are scanned as whole strings with a few compiled expressions rather than rendered:
validation is the author's inner loop and must stay fast on thousands of pages. Code (fenced
blocks and inline spans) is blanked out first, since what it shows is text, never markup; but
only code the renderer (Python-Markdown with pymdownx.superfences) will certainly show as code,
because hostile content dresses markup up as code to slip it past the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag
from build_tools.validate.markdown.tags import TAG, Tag, tags
from build_tools.validate.markdown.toc import heading_ids

# Any line superfences may take for an opening fence (it allows indentation and '>'), and the
# ones we trust: at the left margin, with at most a language after the fence.
_FENCE_LIKE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,})", re.M)
_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})[ \t]*(?:\.?[\w#.+-]+)?[ \t]*$", re.M)
_BACKTICKS = re.compile(r"`+")
_PARAGRAPH = re.compile(r"(?:^[^\n]*\S[^\n]*(?:\n|\Z))+", re.M)
# A line starting with a tag or comment may open a raw HTML block, where nothing is code.
_HTML_BLOCK = re.compile(r"^[ \t>]*<[a-zA-Z!?/]", re.M)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$|^(#{1,6})[ \t]*$", re.M)
# Underlined headings: '=' gives level 1, '-' level 2 (a line of dashes under text is no rule).
_SETEXT = re.compile(r"\n([=-])[=-]*[ ]*$", re.M)  # the underline; the text is the line above


class Heading(NamedTuple):
    offset: int
    level: int
    text: str


@dataclass
class Body:
    """A Markdown text with code blanked out and a map from offsets to file lines."""

    path: str
    text: str
    first_line: int  # file line of text[0]
    first_column: int = 1  # column of text[0] (for a Markdown value inside YAML)
    indent: int = 0  # columns every later line is shifted by (a literal block scalar in YAML)
    exact: bool = True  # False for YAML text whose lines were folded: report at its start
    markdown: bool = True  # False for SVG and HTML files: nothing in them is code
    svg: bool = False  # an SVG file: <style> and style= may paint, but not fetch or run
    # What every rule scans: the text with code blanked out (offsets and newlines kept).
    masked: str = field(init=False, repr=False, compare=False)
    _line_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.masked = mask(self.text) if self.markdown else self.text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        if not self.exact:
            return self.first_line, self.first_column
        index = bisect_right(self._line_starts, offset) - 1
        column = offset - self._line_starts[index] + 1
        column += self.first_column - 1 if index == 0 else self.indent
        return self.first_line + index, column

    def at(self, offset: int, code: str, **args: object) -> Diagnostic:
        line, column = self.position(offset)
        return diag(self.path, line, column, code, **args)

    @cached_property
    def headings(self) -> list[Heading]:
        """Each heading at the left margin, in order. Read once, when first asked for: the
        heading rules read them, and so does every link to an anchor on this page."""
        text = self.masked
        found = [Heading(m.start(), len(m.group(1) or m.group(3)), m.group(2) or "")
                 for m in _HEADING.finditer(text)]
        for m in _SETEXT.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            above = text[start:m.start()]
            if above and not above[0].isspace() and above[0] != "#":
                found.append(Heading(start, 1 if m.group(1) == "=" else 2, above))
        found.sort()
        return found

    @cached_property
    def tags(self) -> list[Tag]:
        """The raw HTML's start tags, read once: the unsafe-content rules and the links both
        read them."""
        return list(tags(self.masked))

    @cached_property
    def anchors(self) -> set[str]:
        """The ids the page will give its headings: what ``page.md#id`` may point at."""
        return heading_ids(heading.text for heading in self.headings)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def mask(text: str) -> str:
    """Blank what the renderer will certainly show as code, keeping every offset and newline.

    The rules are narrower than Markdown's, never wider than pymdownx.superfences' and
    Python-Markdown's: a fence opens at the left margin with at most a language and closes at
    the first line that repeats it exactly; a fence never closed, or any other line that
    superfences might take for a fence, ends the masking, since from there on its reading
    and ours could differ. Inline code spans count only in a paragraph whose every backtick
    run pairs up within its own line (then however the renderer cuts the paragraph into
    blocks, it pairs them the same), not when one starts inside an HTML tag (Python-Markdown
    puts the code into the tag), and not at all in a body with a line that starts with HTML
    (a raw HTML block is never read as Markdown).
    """
    pieces: list[str] = []
    last = pos = 0
    while (candidate := _FENCE_LIKE.search(text, pos)) is not None:
        opener = _FENCE_OPEN.match(text, candidate.start())
        if opener is None:
            break
        fence = re.escape(opener.group(1))
        closer = re.compile(rf"^{fence}[ \t]*$", re.M).search(text, opener.end())
        if closer is None:
            break
        pieces += [text[last : opener.start()], _blank(text[opener.start() : closer.end()])]
        last = pos = closer.end()
    pieces.append(text[last:])
    masked = "".join(pieces)
    if "`" not in masked or _HTML_BLOCK.search(masked):
        return masked
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(masked):
        if "`" not in paragraph.group(0):
            continue
        found: list[tuple[int, int]] = []
        offset = paragraph.start()
        for line in paragraph.group(0).split("\n"):
            in_line = _code_spans(line) if "`" in line else []
            if in_line is None:  # a span here could reach another line: trust none of them
                found = []
                break
            found += [(offset + a, offset + b) for a, b in in_line]
            offset += len(line) + 1
        spans += found
    if not spans:
        return masked
    tags = [(m.start(), m.end()) for m in TAG.finditer(masked)]  # sorted, never overlapping
    starts = [start for start, _ in tags]
    pieces, last = [], 0
    for a, b in spans:
        i = bisect_right(starts, a) - 1
        if not (i >= 0 and tags[i][0] < a < tags[i][1]):
            pieces += [masked[last:a], " " * (b - a)]
            last = b
    pieces.append(masked[last:])
    return "".join(pieces)


def _code_spans(line: str) -> list[tuple[int, int]] | None:
    """Python-Markdown's code spans of one line (a backtick run closed by the next run of the
    same length), or None when its reading could depend on other lines: a run left open, an
    escaped backtick, or a table row (cells are split before spans are read)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    if runs and "|" in line:
        return None
    spans = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        if start and line[start - 1] == "\\":
            return None
        close = next((j for j in range(i + 1, len(runs)) if runs[j][1] - runs[j][0] == end - start), None)
        if close is None:
            return None
        spans.append((start, runs[close][1]))
        i = close + 1
    return spans
