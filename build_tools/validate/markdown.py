"""Rules about what a Markdown body says: links, images, headings and unsafe content.

Bodies are scanned as whole strings with a few compiled expressions rather than rendered:
validation is the author's inner loop and must stay fast on thousands of pages. Code (fenced
blocks and inline spans) is blanked out first, since what it shows is text, never markup; but
only code the renderer (Python-Markdown with pymdownx.superfences) will certainly show as code,
because hostile content dresses markup up as code to slip it past this check.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag
from build_tools.sanitize import allowlist as allow
from build_tools.sanitize import css
from build_tools.sanitize.urls import UNSAFE_SCHEMES, leaves_site, normalised_scheme, srcset_urls

# Any line superfences may take for an opening fence (it allows indentation and '>'), and the
# ones we trust: at the left margin, with at most a language after the fence.
_FENCE_LIKE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,})", re.M)
_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})[ \t]*(?:\.?[\w#.+-]+)?[ \t]*$", re.M)
_BACKTICKS = re.compile(r"`+")
_PARAGRAPH = re.compile(r"(?:^[^\n]*\S[^\n]*(?:\n|\Z))+", re.M)
# A line starting with a tag or comment may open a raw HTML block, where nothing is code.
_HTML_BLOCK = re.compile(r"^[ \t>]*<[a-zA-Z!?/]", re.M)
# attr_list's { key=value } after a paragraph, heading, link, image or code span sets any
# attribute, onclick and href included. Where it may start depends on the blocks and inline
# elements around it, so between the first '{' and the last '}' of a line every key=value is
# suspect, inside quotes or not.
_ATTR_LIST_EVENT = re.compile(r"""(?<![^\s{:"'}])(on[a-z]+)\s*=""", re.I)
_ATTR_LIST_VALUE = re.compile(r"""=\s*["']?([^\s"'}]*)""")
_ID_COUNT = re.compile(r"^(.*)_([0-9]+)$")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$|^(#{1,6})[ \t]*$", re.M)
# Underlined headings: '=' gives level 1, '-' level 2 (a line of dashes under text is no rule).
_SETEXT = re.compile(r"\n([=-])[=-]*[ ]*$", re.M)  # the underline; the text is the line above
# It starts at '[' (an image's '!' is looked up before it): a pattern that may start with an
# optional '!' is tried at every character of every body, a dozen times slower.
_LINK = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?\s*\)"
)
# The destination may stand on the line after the label, as Python-Markdown allows.
_REF_DEF = re.compile(r"^[ ]{0,3}\[([^\[\]]+)\]:[ \t]*\n?[ \t]*<?([^\s>]+)>?", re.M)
# Where any inline link or image leads, whatever its text (nested brackets, several lines).
_DESTINATION = re.compile(r"\]\(\s*<?\s*([^\s>()]*(?:\([^\s()]*\)[^\s>()]*)*)")
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
# Opening tags only: a closing tag runs nothing, and flagging both reported one element twice.
# In XML (SVG) an element may carry a namespace prefix: <h:script> runs as <script> does.
_UNSAFE_TAG = re.compile(
    r"<\s*(?:[a-zA-Z_][\w.-]*:)?(script|iframe|object|embed|form|style|meta|link|base|frame|frameset|applet"
    r"|foreignobject)(?=[\s/>]|$)", re.I
)
_REFUSED_TAGS = {"script", "iframe", "object", "embed", "form", "meta", "link", "base", "frame", "frameset",
                 "applet", "foreignobject"}
# A start tag read the way a browser's tokenizer reads it: attributes may follow a '/'
# (<svg/onload=...>), quoted values may hold '>' and '<', and a tag never closed runs on.
_VALUE = r"""(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s>]*)"""
_TAG = re.compile(rf"<[a-zA-Z][^\s/>]*(?:[\s/]+|[^\s/>][^\s/>=]*(?:\s*=\s*{_VALUE})?)*(?:>|\Z)")
_ATTRIBUTE = re.compile(rf"([^\s/>][^\s/>=]*)(?:\s*=\s*({_VALUE}))?")
_TAG_NAME = re.compile(r"<[^\s/>]*")
_EVENT_NAME = re.compile(r"on[a-z]+", re.I)
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset",
              "background", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "icon",
              "manifest", "values", "to", "from", "by"}
# Attributes whose URL the browser fetches as it renders; href and xlink:href fetch too on any
# element but a link (SVG <use>, <image>, <feImage>), srcset holds a list of URLs.
RESOURCE_ATTRS = {"src", "poster", "background", "data", "lowsrc", "dynsrc", "codebase", "icon", "manifest",
                  "ping"}
SRCSET_ATTRS = {"srcset", "imagesrcset"}
LINK_ELEMENTS = {"a", "area"}
# Presentation attributes of SVG that CSS reads: url() in them fetches like url() in a style.
CSS_ATTRS = {"fill", "stroke", "clip-path", "mask", "filter", "marker", "marker-start", "marker-mid",
             "marker-end", "cursor", "color-profile"}
_SVG_STYLE = re.compile(r"<style\b[^>]*>(.*?)(?:</style\s*>|\Z)", re.I | re.S)
_XML_ACTIVE = re.compile(r"<(!ENTITY|\?xml-stylesheet)", re.I)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_ATTR_LIST_PAIR = re.compile(r"""(?<![^\s{:"'}])([a-zA-Z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s}]*)""")
_IMG_TAG = re.compile(r"<img\b([^<>]*)>", re.I)
_ALT_ATTR = re.compile(r"\balt\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_MD_MARKS = re.compile(r"[*_`~]|\[([^\]]*)\]\([^)]*\)|<[^>]+>")

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
    markdown: bool = True  # False for SVG and HTML files: nothing in them is code
    svg: bool = False  # an SVG file: <style> and style= may paint, but not fetch or run

    def __post_init__(self) -> None:
        self.masked = _mask(self.text) if self.markdown else self.text
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


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _mask(text: str) -> str:
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
    tags = [(m.start(), m.end()) for m in _TAG.finditer(masked)]  # sorted, never overlapping
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


@dataclass
class _Attribute:
    name: str
    offset: int  # of the name in the scanned text
    value: str | None  # unquoted; None when the attribute has no value
    value_offset: int  # of the value as written (its quote, if any)


@dataclass
class _Tag:
    name: str
    start: int
    end: int
    attributes: list[_Attribute]
    nested: bool = False  # written inside another tag's quoted value
    closed: bool = True  # False when no '>' ends it: it runs on into what follows the body


def _tags(text: str, base: int = 0, nested: bool = False) -> Iterator[_Tag]:
    """Every start tag with its attributes, and the tags written inside quoted values too: a
    would-be tag the renderer escapes can leave a quote open that real tags after it lack."""
    for match in _TAG.finditer(text):
        raw = match.group(0)
        name_end = _TAG_NAME.match(raw)
        name = name_end.group(0)[1:].lower() if name_end else ""
        tag = _Tag(name, base + match.start(), base + match.end(), [], nested, raw.endswith(">"))
        inside: list[tuple[str, int]] = []
        for attr in _ATTRIBUTE.finditer(raw, name_end.end() if name_end else 1):
            value, where = attr.group(2), tag.start + attr.start(2)
            if value is not None and value[:1] in ('"', "'"):
                inner = value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
                if "<" in inner:
                    inside.append((inner, where + 1))
                value = inner
            tag.attributes.append(_Attribute(attr.group(1), tag.start + attr.start(1), value, where))
        yield tag
        for inner, at in inside:
            yield from _tags(inner, at, nested=True)


def headings(body: Body) -> list[tuple[int, int, str]]:
    """(offset, level, text) of each heading at the left margin; computed once per body."""
    cached = body.__dict__.get("_headings")
    if cached is not None:
        return cached
    text = body.masked
    found = [(m.start(), len(m.group(1) or m.group(3)), m.group(2) or "") for m in _HEADING.finditer(text)]
    for m in _SETEXT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        above = text[start:m.start()]
        if above and not above[0].isspace() and above[0] != "#":
            found.append((start, 1 if m.group(1) == "=" else 2, above))
    found.sort()
    body.__dict__["_headings"] = found
    return found


def anchors(body: Body) -> set[str]:
    """The ids the toc extension will give this body's headings.

    As toc does: ids written with ``{#id}`` are taken first, then each other heading gets its
    slug, numbered ``_1``, ``_2``... when taken (remembering how far each base is taken, so a
    page of many equal headings stays linear).
    """
    found = [(_ATTR_ID.search(text), text) for _, _, text in headings(body)]
    seen = {custom.group(1) for custom, _ in found if custom}
    taken: dict[str, int] = {}  # base -> n such that base_1 ... base_n are all taken
    for custom, text in found:
        if custom:
            continue
        slug = slugify(text)
        if slug in seen or not slug:
            numbered = _ID_COUNT.match(slug)
            base, count = (numbered.group(1), int(numbered.group(2))) if numbered else (slug, 0)
            known = taken.get(base, 0)
            skip = count <= known or slug == f"{base}_{known + 1}"
            count = max(count, known) + 1 if skip else count + 1
            while f"{base}_{count}" in seen:
                count += 1
            slug = f"{base}_{count}"
            if skip:
                taken[base] = count
        seen.add(slug)
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


def check_unsafe(body: Body) -> list[Diagnostic]:
    """Markup that would run in a learner's browser: always an error, wherever it stands."""
    out = []
    text = body.masked
    for m in _UNSAFE_TAG.finditer(text):
        if body.svg and m.group(1).lower() == "style":
            continue  # judged by what it holds, below
        out.append(body.at(m.start(), "E-UNSAFE-HTML", tag=m.group(1).lower()))
    if body.svg:
        out += _check_svg_styles(body)
        # XML that declares entities or pulls in a stylesheet: nothing a drawing needs.
        out += [body.at(m.start(), "E-UNSAFE-HTML", tag=m.group(1).lower()) for m in _XML_ACTIVE.finditer(text)]
    for tag in _tags(text):
        for attr in tag.attributes:
            if attr.value is None:
                continue
            name = attr.name.lower()
            if _EVENT_NAME.fullmatch(attr.name):
                out.append(body.at(attr.offset, "E-UNSAFE-ATTR", attr=name))
            scheme = normalised_scheme(attr.value)
            # javascript: runs from any attribute an SVG animation can copy into an href.
            if scheme in ("javascript", "vbscript") or (scheme in UNSAFE_SCHEMES and name in _URL_ATTRS):
                out.append(body.at(attr.value_offset, "E-UNSAFE-URL", scheme=scheme, target=attr.value))
                continue
            if tag.name not in _REFUSED_TAGS:  # already reported whole
                out += _check_fetching_attribute(body, tag.name, name, attr)
        if body.markdown and not tag.nested and tag.name not in _REFUSED_TAGS | {"style"}:
            out += _check_allowlist(body, tag)
            if not tag.closed:  # the page's own markup after the body would become its attributes
                out.append(body.at(tag.start, "E-HTML-UNCLOSED", tag=tag.name))
    if body.markdown:
        out += _check_attr_lists(body)
    for m in _IMG_TAG.finditer(text):
        alt = _ALT_ATTR.search(m.group(1))
        if not alt or not alt.group(1).strip("\"'").strip():
            out.append(body.at(m.start(), "E-IMAGE-ALT", target="<img>"))
    return out


_SVG_TAGS = {name.lower() for name in allow.SVG_TAGS}


def _check_allowlist(body: Body, tag: _Tag) -> list[Diagnostic]:
    """Raw HTML in content: only the elements and attributes the build's output check allows
    (build_tools.sanitize.allowlist), so that what validates also builds."""
    if tag.name in allow.HTML_TAGS:
        allowed = allow.HTML_TAGS[tag.name] | allow.GLOBAL_ATTRS
    elif tag.name in _SVG_TAGS:
        return []  # inline SVG: any attribute but on* and style, judged above
    else:
        return [body.at(tag.start, "E-HTML-TAG", tag=tag.name)]
    out = []
    for attr in tag.attributes:
        name = attr.name.lower()
        if name == "style" or _EVENT_NAME.fullmatch(name) or name.startswith(allow.GLOBAL_PREFIXES):
            continue  # style and on* are reported above
        if name not in allowed:
            out.append(body.at(attr.offset, "E-HTML-ATTR", tag=tag.name, attr=name))
        elif (tag.name, name) in (("input", "type"), ("button", "type")):
            kinds = allow.INPUT_TYPES if tag.name == "input" else allow.BUTTON_TYPES
            if (attr.value or "").strip().lower() not in kinds:
                out.append(body.at(attr.offset, "E-HTML-ATTR", tag=tag.name, attr=f"{name}={attr.value}"))
    return out


def _check_fetching_attribute(body: Body, tag: str, name: str, attr: _Attribute) -> list[Diagnostic]:
    """An attribute that makes the browser fetch from another host, or a style in content."""
    value = attr.value or ""
    if name == "style":
        if not body.svg:
            return [body.at(attr.offset, "E-STYLE-ATTR")]
        return _css_diagnostics(body, attr.value_offset, html.unescape(value), exact=False)
    if name in CSS_ATTRS and "(" in value:
        return _css_diagnostics(body, attr.value_offset, html.unescape(value), exact=False)
    if name in SRCSET_ATTRS:
        urls = srcset_urls(value)
    elif name in RESOURCE_ATTRS or (name in ("href", "xlink:href") and tag not in LINK_ELEMENTS):
        urls = [value]
    else:
        return []
    out = [body.at(attr.value_offset, "E-OUTSIDE-RESOURCE", target=url) for url in urls if leaves_site(url)]
    # SVG references (<use>, gradients, text paths) point inside the same file, as the output
    # check requires; only <image> loads a file, and only <a> leads elsewhere.
    reference = name in ("href", "xlink:href") and tag not in LINK_ELEMENTS | {"image", "img"}
    if not out and reference and not html.unescape(value).strip().startswith("#"):
        out.append(body.at(attr.value_offset, "E-HTML-ATTR", tag=tag, attr=f"{name}={value}"))
    return out


def _css_diagnostics(body: Body, offset: int, text: str, exact: bool) -> list[Diagnostic]:
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


def _check_svg_styles(body: Body) -> list[Diagnostic]:
    """An SVG's <style> holds CSS: painting is fine, fetching or running is not."""
    out = []
    for m in _SVG_STYLE.finditer(body.masked):
        content = _CDATA.sub(lambda c: " " * len(c.group(0)), m.group(1))
        exact = "&" not in content  # an entity changes lengths: report at the start instead
        out += _css_diagnostics(body, m.start(1), html.unescape(content), exact)
    return out


def _check_attr_lists(body: Body) -> list[Diagnostic]:
    out = []
    offset = 0
    for line in body.masked.split("\n"):
        first, last = line.find("{"), line.rfind("}")
        if 0 <= first < last:
            for m in _ATTR_LIST_PAIR.finditer(line, first, last):
                key, value = m.group(1).lower(), m.group(2).strip("\"'")
                if key == "style":
                    out.append(body.at(offset + m.start(1), "E-STYLE-ATTR"))
                elif (key in RESOURCE_ATTRS or key in SRCSET_ATTRS) and any(
                    leaves_site(url) for url in srcset_urls(value)
                ):
                    out.append(body.at(offset + m.start(2), "E-OUTSIDE-RESOURCE", target=value))
            for m in _ATTR_LIST_EVENT.finditer(line, first, last):
                out.append(body.at(offset + m.start(1), "E-UNSAFE-ATTR", attr=m.group(1).lower()))
            for m in _ATTR_LIST_VALUE.finditer(line, first, last):
                scheme = normalised_scheme(m.group(1))
                if scheme in UNSAFE_SCHEMES:
                    out.append(body.at(offset + m.start(1), "E-UNSAFE-URL", scheme=scheme, target=m.group(1)))
        offset += len(line) + 1
    return out


@dataclass
class LinkTarget:
    offset: int
    target: str
    text: str | None  # None for reference definitions and autolinks
    image: bool
    # A destination whose link we could not read whole (nested brackets, text over several
    # lines): only its scheme is judged.
    loose: bool = False


def _is_image(text: str, match: re.Match[str]) -> bool:
    return match.start() > 0 and text[match.start() - 1] == "!"


def links(body: Body) -> list[LinkTarget]:
    text = body.masked
    found = []
    read: list[tuple[int, int]] = []
    for m in _LINK.finditer(text):
        image = _is_image(text, m)
        start = m.start() - image
        found.append(LinkTarget(start, m.group(2).strip("<>"), m.group(1), image))
        read.append((start, m.end()))
    starts = [start for start, _ in read]
    for m in _DESTINATION.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or not read[i][0] <= m.start() < read[i][1]:
            found.append(LinkTarget(m.start(1), m.group(1), None, False, loose=True))
    images = image_references(body) if "![" in text else set()
    for m in _REF_DEF.finditer(text):
        found.append(LinkTarget(m.start(2), m.group(2), None, m.group(1).strip().casefold() in images))
    for m in _AUTOLINK.finditer(text):
        found.append(LinkTarget(m.start(1), m.group(1), None, False))
    return found


# Raw HTML attributes that lead to a file of the site, as a Markdown link or image does.
_HTML_LINK_ATTRS = {"href", "src", "poster", "xlink:href"}
_IMAGE_REF = re.compile(r"!\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\](?!\()(?:[ ]?\[([^\[\]\n]*)\])?")


def html_links(body: Body) -> list[LinkTarget]:
    """Where the raw HTML of a body links or loads from (<a href>, <img src>, srcset...)."""
    found = []
    for tag in _tags(body.masked):
        if tag.name in _REFUSED_TAGS:  # reported whole by check_unsafe
            continue
        for attr in tag.attributes:
            name = attr.name.lower()
            if attr.value is None:
                continue
            image = tag.name not in LINK_ELEMENTS
            if name in _HTML_LINK_ATTRS:
                found.append(LinkTarget(attr.value_offset, html.unescape(attr.value), None, image))
            elif name in SRCSET_ATTRS:
                found += [LinkTarget(attr.value_offset, url, None, True) for url in srcset_urls(attr.value)]
    return found


def image_references(body: Body) -> set[str]:
    """Labels that reference-style images (``![alt][label]``, ``![label]``) take their URL from."""
    return {(m.group(2) or m.group(1)).strip().casefold() for m in _IMAGE_REF.finditer(body.masked)}


def unlink(text: str, drop: Callable[[str], bool]) -> str:
    """Replace each inline link or image whose target ``drop`` refuses with its bare text.

    A published page may link to a modul left out of this build (a draft); the learner then
    reads the words without a link that leads nowhere.
    """
    masked = _mask(text)
    pieces, last = [], 0
    for m in _LINK.finditer(masked):
        if drop(m.group(2).strip("<>")):
            pieces.append(text[last:m.start() - _is_image(masked, m)])
            pieces.append(text[m.start(1):m.end(1)])
            last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)
