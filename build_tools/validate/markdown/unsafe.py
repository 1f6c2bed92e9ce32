"""Rules about raw HTML in content: what would run, fetch from another host or fail the
build's output check is reported here, always as an error, wherever it stands.

``check_unsafe`` is the one entry point; it also judges CSS in SVG (``svg_css.py``) and the
``{ key=value }`` of attr_list (``attr_lists.py``), which set attributes as raw HTML does.
"""

from __future__ import annotations

import html
import re

from build_tools.diagnostics import Diagnostic
from build_tools.sanitize import allowlist as allow
from build_tools.sanitize.urls import UNSAFE_SCHEMES, leaves_site, normalised_scheme, srcset_urls
from build_tools.validate.markdown.attr_lists import check_attr_lists
from build_tools.validate.markdown.body import Body
from build_tools.validate.markdown.svg_css import check_svg_styles, css_diagnostics
from build_tools.validate.markdown.tags import (
    LINK_ELEMENTS,
    REFUSED_TAGS,
    RESOURCE_ATTRS,
    SRCSET_ATTRS,
    Attribute,
    Tag,
)

# Opening tags only: a closing tag runs nothing, and flagging both reported one element twice.
# In XML (SVG) an element may carry a namespace prefix: <h:script> runs as <script> does.
_UNSAFE_TAG = re.compile(
    rf"<\s*(?:[a-zA-Z_][\w.-]*:)?({'|'.join(sorted(REFUSED_TAGS | {'style'}))})(?=[\s/>]|$)", re.I
)
_EVENT_NAME = re.compile(r"on[a-z]+", re.I)
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset",
              "background", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "icon",
              "manifest", "values", "to", "from", "by"}
# Presentation attributes of SVG that CSS reads: url() in them fetches like url() in a style.
_CSS_ATTRS = allow.SVG_CSS_ATTRS - {"style"}
_XML_ACTIVE = re.compile(r"<(!ENTITY|\?xml-stylesheet)", re.I)
_SVG_TAGS = {name.lower() for name in allow.SVG_TAGS}


def check_unsafe(body: Body) -> list[Diagnostic]:
    """Markup that would run in a learner's browser: always an error, wherever it stands."""
    out = []
    text = body.masked
    for m in _UNSAFE_TAG.finditer(text):
        if body.svg and m.group(1).lower() == "style":
            continue  # judged by what it holds, below
        out.append(body.at(m.start(), "E-UNSAFE-HTML", tag=m.group(1).lower()))
    if body.svg:
        out += check_svg_styles(body)
        # XML that declares entities or pulls in a stylesheet: nothing a drawing needs.
        out += [body.at(m.start(), "E-UNSAFE-HTML", tag=m.group(1).lower()) for m in _XML_ACTIVE.finditer(text)]
    for tag in body.tags:
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
            if tag.name not in REFUSED_TAGS:  # already reported whole
                out += _check_fetching_attribute(body, tag.name, name, attr)
        if body.markdown and not tag.nested and tag.name not in REFUSED_TAGS | {"style"}:
            out += _check_allowlist(body, tag)
            if not tag.closed:  # the page's own markup after the body would become its attributes
                out.append(body.at(tag.start, "E-HTML-UNCLOSED", tag=tag.name))
    if body.markdown:
        out += check_attr_lists(body)
    for tag in body.tags:
        if tag.name == "img" and tag.closed and not any(
                a.name.lower() == "alt" and (a.value or "").strip() for a in tag.attributes):
            out.append(body.at(tag.start, "E-IMAGE-ALT", target="<img>"))
    return out


def _check_allowlist(body: Body, tag: Tag) -> list[Diagnostic]:
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


def _check_fetching_attribute(body: Body, tag: str, name: str, attr: Attribute) -> list[Diagnostic]:
    """An attribute that makes the browser fetch from another host, or a style in content."""
    value = attr.value or ""
    if name == "style":
        if not body.svg:
            return [body.at(attr.offset, "E-STYLE-ATTR")]
        return css_diagnostics(body, attr.value_offset, html.unescape(value), exact=False)
    if name in _CSS_ATTRS and "(" in value:
        return css_diagnostics(body, attr.value_offset, html.unescape(value), exact=False)
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
