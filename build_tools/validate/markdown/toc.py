"""The ids Python-Markdown's toc extension gives headings, worked out without rendering.

A link to ``page.md#bagian`` is checked against these, and the glossary builds its own anchors
with ``slugify``: both must agree with what the renderer writes into the page.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

_ID_COUNT = re.compile(r"^(.*)_([0-9]+)$")
_ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_MD_MARKS = re.compile(r"[*_`~]|\[([^\]]*)\]\([^)]*\)|<[^>]+>")


def slugify(text: str) -> str:
    """The anchor Python-Markdown's toc extension gives a heading (its default slugify)."""
    text = _MD_MARKS.sub(lambda m: m.group(1) or "", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def heading_ids(texts: Iterable[str]) -> set[str]:
    """The ids the toc extension will give headings with these texts, in page order.

    As toc does: ids written with ``{#id}`` are taken first, then each other heading gets its
    slug, numbered ``_1``, ``_2``... when taken (remembering how far each base is taken, so a
    page of many equal headings stays linear).
    """
    found = [(_ATTR_ID.search(text), text) for text in texts]
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
