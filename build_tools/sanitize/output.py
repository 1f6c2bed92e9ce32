"""The output check: what the build wrote, read the way a browser reads it.

The validator judges sources as text, fast and with file:line, but it reads Markdown by rules
that approximate the renderer's. This second, independent check parses the rendered content
of every page with an HTML5 parser (Lexbor, through selectolax: the same tree a browser
builds, entities decoded, SVG in its own namespace) and every SVG of media/ with an XML parser,
and compares each element, attribute and URL with the allowlist (allowlist.py). Whatever is
not on it fails the build, naming the source file, so a trick that slips past the source rules
still never reaches a learner. CSV downloads are checked cell by cell: none may read as a
formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from xml.parsers import expat

from selectolax.lexbor import LexborHTMLParser, LexborNode

from build_tools.compile.rbpmp import FORMULA_START
from build_tools.sanitize import allowlist as allow
from build_tools.sanitize import css
from build_tools.sanitize.urls import leaves_site, normalised_scheme, srcset_urls

# Where Material puts the page's own content; the rest of the page is the theme's chrome.
CONTENT = "article.md-content__inner"




# Where the theme writes titles that come from the curriculum (a modul's kode and judul in
# the navigation, the header, the footer): text only, whatever the theme puts around it.
TITLE_SLOTS = ".md-ellipsis, .md-tabs__link, .md-footer__title, .md-nav__title"
_THEME_IN_TITLES = {("span", "md-ellipsis"), ("div", "md-ellipsis"), ("span", "md-footer__direction"),
                    ("span", "md-nav__icon"), ("a", "md-logo")}


def check_titles(tree: LexborHTMLParser) -> list[str]:
    """Curriculum titles in the theme's chrome hold no markup: the only elements in a title
    slot are the theme's own (icon, ellipsis, the logo of the drawer's title). The rest of the
    chrome comes from the theme's templates, not from the curriculum."""
    found = []
    for slot in tree.css(TITLE_SLOTS):
        for node in slot.css("*"):
            if node.mem_id == slot.mem_id:  # the slot itself
                continue
            classes = (node.attributes.get("class") or "").split()
            known = any(tag == node.tag and cls in classes for tag, cls in _THEME_IN_TITLES)
            if node.tag == "img":  # the logo, in the drawer's title
                parent = node.parent
                known = parent is not None and "md-logo" in (parent.attributes.get("class") or "")
            if not known:
                found.append(f"<{node.tag}> dalam judul navigasi")
    return found


def check_page(html: str) -> tuple[list[str], list[str]]:
    """What in the content of a built page is not on the allowlist (empty when all is), and
    the relative URLs it links or loads, for the caller to find in the built site."""
    tree = LexborHTMLParser(html)
    article = tree.css_first(CONTENT)
    if article is None:
        return check_titles(tree), []
    refs: list[str] = []
    found = check_fragment(article, refs)
    return sorted(set(check_titles(tree)), key=str) + found, refs


def check_html_document(html: str) -> list[str]:
    """A whole HTML file of media/: its body as content, its head holding nothing active."""
    tree = LexborHTMLParser(html)
    found = []
    if tree.head is not None:
        for node in tree.head.iter(include_text=False):
            if node.tag not in ("title", "meta") or (node.tag == "meta" and set(node.attributes) - {"charset"}):
                found.append(f"<{node.tag}>")
    if tree.body is not None:
        found += check_fragment(tree.body)
    return found


def _walk(root: LexborNode) -> Iterator[tuple[LexborNode, bool]]:
    """Every element under ``root`` with whether it is inside an <svg>; no recursion, so any
    depth of nesting costs the same."""
    stack: list[tuple[LexborNode, bool]] = [(child, False) for child in root.iter(include_text=False)]
    stack.reverse()
    while stack:
        node, in_svg = stack.pop()
        yield node, in_svg
        inner = in_svg or node.tag == "svg"
        stack.extend(reversed([(child, inner) for child in node.iter(include_text=False)]))


def check_fragment(root: LexborNode, refs: list[str] | None = None) -> list[str]:
    """What under ``root`` is not on the allowlist; the relative URLs it links or loads are
    added to ``refs``, for the caller to find in the built site."""
    found: list[str] = []
    for node, in_svg in _walk(root):
        tag = node.tag or ""
        if tag.startswith(("-", "_", "#")) or tag == "!--":  # text and comments
            continue
        attrs = {k.lower(): v or "" for k, v in node.attributes.items()}
        if refs is not None:
            refs += _local_refs(attrs)
        if in_svg or tag == "svg":
            found += _svg_element(tag, attrs, node.text(deep=True) if tag == "style" else "")
        else:
            found += _html_element(tag, attrs)
    return found


def _local_refs(attrs: dict[str, str]) -> list[str]:
    out = [v for k, v in attrs.items() if k in allow.LOCAL_REF_ATTRS and v and not leaves_site(v, decode=False)]
    if attrs.get("srcset"):
        out += [url for url in srcset_urls(attrs["srcset"]) if not leaves_site(url, decode=False)]
    return out


def _html_element(tag: str, attrs: dict[str, str]) -> list[str]:
    if tag not in allow.HTML_TAGS:
        return [f"<{tag}>"]
    found = []
    for name, value in attrs.items():
        if name.startswith("on") or not (
            name in allow.GLOBAL_ATTRS or name.startswith(allow.GLOBAL_PREFIXES) or name in allow.HTML_TAGS[tag]
        ):
            found.append(f"<{tag} {name}>")
        elif name == "href" and tag == "a":
            found += _link(tag, name, value)
        elif name in allow.RESOURCE_ATTRS:
            found += _resource(tag, name, value)
        elif name in allow.LINK_ATTRS:
            found += _link(tag, name, value)
    if tag == "input" and attrs.get("type", "text").lower() not in allow.INPUT_TYPES:
        found.append(f"<input type={attrs.get('type', 'text')}>")
    if tag == "button" and attrs.get("type", "submit").lower() not in allow.BUTTON_TYPES:
        found.append(f"<button type={attrs.get('type', 'submit')}>")
    return found


def _link(tag: str, name: str, value: str) -> list[str]:
    scheme = normalised_scheme(value, decode=False)
    return [] if scheme is None or scheme in allow.LINK_SCHEMES else [f"<{tag} {name}={value[:60]}>"]


def _resource(tag: str, name: str, value: str) -> list[str]:
    urls = srcset_urls(value) if name == "srcset" else [value]
    return [f"<{tag} {name}={url[:60]}>" for url in urls if leaves_site(url, decode=False)]


def _svg_element(tag: str, attrs: dict[str, str], style_text: str) -> list[str]:
    if tag not in allow.SVG_TAGS:
        return [f"<{tag}>"]
    found = [f"<style> {p.found}" for p in css.problems(style_text)] if tag == "style" else []
    for name, value in attrs.items():
        local = name.rsplit(":", 1)[-1] if name.startswith("xlink:") else name
        if name.startswith("on"):
            found.append(f"<{tag} {name}>")
        elif local == "href":
            found += _svg_href(tag, name, value)
        elif name in allow.SVG_CSS_ATTRS and "(" in value or name == "style":
            found += [f"<{tag} {name}> {p.found}" for p in css.problems(value)]
    return found


def _svg_href(tag: str, name: str, value: str) -> list[str]:
    """A link (<a>) may lead anywhere safe; an <image> loads a file of the site; every other
    reference (<use>, gradients, text paths) points inside the same file."""
    if tag == "a":
        return _link(tag, name, value)
    if tag == "image":
        return _resource(tag, name, value)
    return [] if value.strip().startswith("#") else [f"<{tag} {name}={value[:60]}>"]


# --- files of media/ -----------------------------------------------------------------------------------


class _Refused(Exception):
    pass


def check_svg(data: bytes) -> list[str]:
    """An SVG file as a browser opening it reads it: as XML, every element and attribute
    judged by the allowlist. No entity may be declared (no entity expansion, however small)."""
    found: list[str] = []
    style: list[str] = []
    in_style = False

    def refuse_entities(*_: object) -> None:
        raise _Refused("<!ENTITY>")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal in_style
        ns, _, tag = name.rpartition(" ")
        if ns in allow.INERT_NAMESPACES:
            return
        if ns != allow.SVG_NS:
            found.append(f"<{tag}> ({ns or 'tanpa namespace'})")
            return
        plain = {}
        for key, value in attrs.items():
            attr_ns, _, local = key.rpartition(" ")
            if local.lower().startswith("on"):
                found.append(f"<{tag} {local}>")
            elif attr_ns == allow.XLINK_NS and local == "href":
                plain["xlink:href"] = value
            elif attr_ns in ("", allow.XLINK_NS):
                plain[local] = value
        found.extend(_svg_element(tag, plain, ""))
        in_style = tag == "style"

    def end(name: str) -> None:
        nonlocal in_style
        if in_style and name.endswith(" style"):
            found.extend(f"<style> {p.found}" for p in css.problems("".join(style)))
            style.clear()
            in_style = False

    def text(data: str) -> None:
        if in_style:
            style.append(data)

    def instruction(target: str, _data: str) -> None:
        if target.lower() == "xml-stylesheet":
            found.append("<?xml-stylesheet?>")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = refuse_entities
    parser.ExternalEntityRefHandler = lambda *_: 0  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        found.append(str(exc))
    except expat.ExpatError as exc:
        found.append(f"XML rusak ({expat.ErrorString(exc.code)})")
    return found


def check_xml(data: bytes) -> list[str]:
    """Other XML of media/: a browser shows it as a tree unless it pulls in a stylesheet or
    holds SVG or XHTML, which could run."""
    if b"<svg" in data or b"xhtml" in data or b"xml-stylesheet" in data or b"<!ENTITY" in data:
        return ["XML aktif (SVG, XHTML, xml-stylesheet atau ENTITY)"]
    return []


def check_csv(text: str) -> list[str]:
    """Every cell of a CSV download must read as text in a spreadsheet, never as a formula."""
    found = []
    for number, row in enumerate(csv.reader(io.StringIO(text.removeprefix("\ufeff"))), start=1):
        found += [f"sel CSV baris {number}: {cell[:40]!r}" for cell in row if cell.startswith(FORMULA_START)]
    return found


# Files a browser opens as documents, so they may not run code; and the CSV a spreadsheet opens.
DOCUMENT_KINDS = (".svg", ".html", ".htm", ".xhtml", ".xml")
CHECKED_KINDS = (*DOCUMENT_KINDS, ".csv")


def checked(name: str) -> bool:
    """Whether ``check_file`` looks into a file of this name (anything else is a download)."""
    return name.lower().endswith(CHECKED_KINDS)


def check_file(name: str, data: bytes) -> list[str]:
    """The check a file of the site gets, by its kind; other kinds are downloads, never run."""
    lower = name.lower()
    if lower.endswith(".svg"):
        return check_svg(data)
    if lower.endswith((".html", ".htm", ".xhtml")):
        return check_html_document(data.decode("utf-8", errors="replace"))
    if lower.endswith(".xml"):
        return check_xml(data)
    if lower.endswith(".csv"):
        return check_csv(data.decode("utf-8", errors="replace"))
    return []
