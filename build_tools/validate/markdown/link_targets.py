"""Where a body's links and images lead: Markdown links, reference definitions, autolinks and
the URLs of raw HTML, each with its offset. ``links.py`` judges them; compile uses ``unlink``.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from build_tools.sanitize import allowlist as allow
from build_tools.sanitize.urls import srcset_urls
from build_tools.validate.markdown.body import Body, mask
from build_tools.validate.markdown.tags import LINK_ELEMENTS, REFUSED_TAGS, SRCSET_ATTRS

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
_IMAGE_REF = re.compile(r"!\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\](?!\()(?:[ ]?\[([^\[\]\n]*)\])?")


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


def markdown_links(body: Body) -> list[LinkTarget]:
    """Every Markdown link, image, reference definition and autolink of a body."""
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


def html_links(body: Body) -> list[LinkTarget]:
    """Where the raw HTML of a body links or loads from (<a href>, <img src>, srcset...)."""
    found = []
    for tag in body.tags:
        if tag.name in REFUSED_TAGS:  # reported whole by check_unsafe
            continue
        for attr in tag.attributes:
            name = attr.name.lower()
            if attr.value is None:
                continue
            image = tag.name not in LINK_ELEMENTS
            if name in allow.LOCAL_REF_ATTRS:  # a file of the site, as a Markdown link or image
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
    masked = mask(text)
    pieces, last = [], 0
    for m in _LINK.finditer(masked):
        if drop(m.group(2).strip("<>")):
            pieces.append(text[last:m.start() - _is_image(masked, m)])
            pieces.append(text[m.start(1):m.end(1)])
            last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)
