"""Raw HTML in a body: its start tags as a browser's tokenizer reads them, and the kinds of
element and attribute the rules tell apart.

The unsafe-content rules (``unsafe.py``), the ``{ key=value }`` rules (``attr_lists.py``) and
link extraction (``link_targets.py``) all read tags the same way, so that what one of them
reads as an attribute the others read so too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A start tag read the way a browser's tokenizer reads it: attributes may follow a '/'
# (<svg/onload=...>), quoted values may hold '>' and '<', and a tag never closed runs on.
_VALUE = r"""(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s>]*)"""
TAG = re.compile(rf"<[a-zA-Z][^\s/>]*(?:[\s/]+|[^\s/>][^\s/>=]*(?:\s*=\s*{_VALUE})?)*(?:>|\Z)")
_ATTRIBUTE = re.compile(rf"([^\s/>][^\s/>=]*)(?:\s*=\s*({_VALUE}))?")
_TAG_NAME = re.compile(r"<[^\s/>]*")

# Elements that run code or pull in a document: reported whole, whatever their attributes.
REFUSED_TAGS = {"script", "iframe", "object", "embed", "form", "meta", "link", "base", "frame", "frameset",
                "applet", "foreignobject"}
# Attributes whose URL the browser fetches as it renders; href and xlink:href fetch too on any
# element but a link (SVG <use>, <image>, <feImage>), srcset holds a list of URLs.
RESOURCE_ATTRS = {"src", "poster", "background", "data", "lowsrc", "dynsrc", "codebase", "icon", "manifest",
                  "ping"}
SRCSET_ATTRS = {"srcset", "imagesrcset"}
LINK_ELEMENTS = {"a", "area"}


@dataclass
class Attribute:
    name: str
    offset: int  # of the name in the scanned text
    value: str | None  # unquoted; None when the attribute has no value
    value_offset: int  # of the value as written (its quote, if any)


@dataclass
class Tag:
    name: str
    start: int
    end: int
    attributes: list[Attribute]
    nested: bool = False  # written inside another tag's quoted value
    closed: bool = True  # False when no '>' ends it: it runs on into what follows the body


def tags(text: str, base: int = 0, nested: bool = False) -> Iterator[Tag]:
    """Every start tag with its attributes, and the tags written inside quoted values too: a
    would-be tag the renderer escapes can leave a quote open that real tags after it lack."""
    for match in TAG.finditer(text):
        raw = match.group(0)
        name_end = _TAG_NAME.match(raw)
        name = name_end.group(0)[1:].lower() if name_end else ""
        tag = Tag(name, base + match.start(), base + match.end(), [], nested, raw.endswith(">"))
        inside: list[tuple[str, int]] = []
        for attr in _ATTRIBUTE.finditer(raw, name_end.end() if name_end else 1):
            value, where = attr.group(2), tag.start + attr.start(2)
            if value is not None and value[:1] in ('"', "'"):
                inner = value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
                if "<" in inner:
                    inside.append((inner, where + 1))
                value = inner
            tag.attributes.append(Attribute(attr.group(1), tag.start + attr.start(1), value, where))
        yield tag
        for inner, at in inside:
            yield from tags(inner, at, nested=True)
