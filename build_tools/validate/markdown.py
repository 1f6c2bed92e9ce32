"""Rules about what a Markdown body says: links, images, headings and unsafe content.

Bodies are scanned as whole strings with a few compiled expressions rather than rendered:
validation is the author's inner loop and must stay fast on thousands of pages. Code (fenced
blocks and inline spans) is blanked out first, since what it shows is text, never markup.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})", re.M)
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$|^(#{1,6})[ \t]*$", re.M)
_SETEXT_H1 = re.compile(r"^[^\s].*\n=+[ \t]*$", re.M)
_LINK = re.compile(
    r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?\s*\)"
)
_REF_DEF = re.compile(r"^[ ]{0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?", re.M)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
# Opening tags only: a closing tag runs nothing, and flagging both reported one element twice.
_UNSAFE_TAG = re.compile(
    r"<\s*(script|iframe|object|embed|form|style|meta|link|base|frame|frameset|applet"
    r"|foreignobject)(?=[\s/>]|$)", re.I
)
_TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>", re.S)
_EVENT_ATTR = re.compile(r"[\s/\"']((?i:on)[a-zA-Z]+)\s*=")
_URL_ATTR = re.compile(
    r"(?i:href|src|action|formaction|xlink:href|data|poster|srcset)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)"
)
_IMG_TAG = re.compile(r"<img\b([^<>]*)>", re.I)
_ALT_ATTR = re.compile(r"\balt\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_MD_MARKS = re.compile(r"[*_`~]|\[([^\]]*)\]\([^)]*\)|<[^>]+>")

UNSAFE_SCHEMES = {"javascript", "data", "vbscript"}
UNINFORMATIVE = {
    "di sini", "disini", "klik di sini", "klik disini", "klik", "tautan", "tautan ini",
    "here", "click here", "link", "this link", "selengkapnya",
}


def slugify(text: str) -> str:
    """The anchor Python-Markdown's toc extension gives a heading (its default slugify)."""
    text = _MD_MARKS.sub(lambda m: m.group(1) or "", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


@dataclass
class Body:
    """A Markdown text with code blanked out and a map from offsets to file lines."""

    path: str
    text: str
    first_line: int  # file line of text[0]
    first_column: int = 1  # column of text[0] (for a Markdown value inside YAML)
    indent: int = 0  # columns every later line is shifted by (a literal block scalar in YAML)
    exact: bool = True  # False for YAML text whose lines were folded: report at its start

    def __post_init__(self) -> None:
        self.masked = _mask(self.text)
        self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        if not self.exact:
            return self.first_line, self.first_column
        index = bisect_right(self._starts, offset) - 1
        column = offset - self._starts[index] + 1
        column += self.first_column - 1 if index == 0 else self.indent
        return self.first_line + index, column

    def at(self, offset: int, code: str, **args: object) -> Diagnostic:
        line, column = self.position(offset)
        return diag(self.path, line, column, code, **args)


def _mask(text: str) -> str:
    """Blank fenced code blocks and inline code spans, keeping every offset and newline."""
    pieces: list[str] = []
    last = 0
    fences = list(_FENCE.finditer(text))
    i = 0
    while i < len(fences):
        opener = fences[i].group(1)
        close = next(
            (j for j in range(i + 1, len(fences))
             if fences[j].group(1)[0] == opener[0] and len(fences[j].group(1)) >= len(opener)),
            None,
        )
        start = fences[i].start()
        end = fences[close].end() if close is not None else len(text)
        pieces.append(text[last:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
        i = (close + 1) if close is not None else len(fences)
    pieces.append(text[last:])
    masked = "".join(pieces)
    return _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), masked)


def headings(body: Body) -> list[tuple[int, int, str]]:
    """(offset, level, text) of each heading at the left margin."""
    found = [(m.start(), len(m.group(1) or m.group(3)), m.group(2) or "") for m in _HEADING.finditer(body.masked)]
    found += [(m.start(), 1, m.group(0).split("\n")[0]) for m in _SETEXT_H1.finditer(body.masked)]
    return sorted(found)


def anchors(body: Body) -> set[str]:
    """The ids the toc extension will give this body's headings, duplicates numbered."""
    seen: set[str] = set()
    for _, _, text in headings(body):
        custom = _ATTR_ID.search(text)
        slug = custom.group(1) if custom else slugify(_ATTR_ID.sub("", text))
        candidate, n = slug, 1
        while candidate in seen:
            candidate = f"{slug}_{n}"
            n += 1
        seen.add(candidate)
    return seen


def check_headings(body: Body) -> list[Diagnostic]:
    out = []
    previous = 1  # the page title, from judul, is the level-1 heading
    for offset, level, _ in headings(body):
        if level == 1:
            out.append(body.at(offset, "W-HEADING-H1"))
        elif level > previous + 1:
            out.append(body.at(offset, "W-HEADING-SKIP", previous=previous, level=level))
        previous = level
    return out


def normalised_scheme(target: str) -> str | None:
    """The URL scheme as a browser sees it: entities decoded, control characters dropped."""
    cleaned = "".join(ch for ch in html.unescape(target) if ch > " " and ch != "\x7f")
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def check_unsafe(body: Body) -> list[Diagnostic]:
    """Markup that would run in a learner's browser: always an error, wherever it stands."""
    out = []
    text = body.masked
    for m in _UNSAFE_TAG.finditer(text):
        out.append(body.at(m.start(), "E-UNSAFE-HTML", tag=m.group(1).lower()))
    for tag in _TAG.finditer(text):
        for attr in _EVENT_ATTR.finditer(tag.group(0)):
            out.append(body.at(tag.start() + attr.start(1), "E-UNSAFE-ATTR", attr=attr.group(1).lower()))
        for url in _URL_ATTR.finditer(tag.group(0)):
            value = url.group(1).strip("\"'")
            scheme = normalised_scheme(value)
            if scheme in UNSAFE_SCHEMES:
                out.append(body.at(tag.start() + url.start(1), "E-UNSAFE-URL", scheme=scheme, target=value))
    for m in _IMG_TAG.finditer(text):
        alt = _ALT_ATTR.search(m.group(1))
        if not alt or not alt.group(1).strip("\"'").strip():
            out.append(body.at(m.start(), "E-IMAGE-ALT", target="<img>"))
    return out


@dataclass
class LinkTarget:
    offset: int
    target: str
    text: str | None  # None for reference definitions and autolinks
    image: bool


def links(body: Body) -> list[LinkTarget]:
    text = body.masked
    found = []
    for m in _LINK.finditer(text):
        found.append(LinkTarget(m.start(), m.group(3).strip("<>"), m.group(2), m.group(1) == "!"))
    for m in _REF_DEF.finditer(text):
        found.append(LinkTarget(m.start(2), m.group(2), None, False))
    for m in _AUTOLINK.finditer(text):
        found.append(LinkTarget(m.start(1), m.group(1), None, False))
    return found
