"""``berpijar bersihkan-svg``: make a drawing from Inkscape or draw.io publishable.

Editors write CSS into their SVG: mostly painting, sometimes a web font (``@import`` of a
font service, as draw.io does) or a reference to a file. This keeps the painting and drops
what fetches or runs, rule by rule (build_tools.sanitize.css), editing only the text of each
``<style>`` element and ``style=`` or paint attribute, so the rest of the file stays as the
editor wrote it. Scripts and event handlers are not "cleaned": the validator refuses them and
the author must look at where they came from.
"""

from __future__ import annotations

import html
import re

from build_tools.sanitize import allowlist as allow
from build_tools.sanitize import css

_STYLE_ELEMENT = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
# style= and the presentation attributes CSS reads (the allowlist's one list of them).
_CSS_ATTRIBUTE = re.compile(
    rf"""(\s(?:{'|'.join(sorted(allow.SVG_CSS_ATTRS))})\s*=\s*)(?:"([^"]*)"|'([^']*)')""",
    re.I,
)


def _stylesheet(match: re.Match[str], changes: list[str]) -> str:
    opening, content, closing = match.groups()
    wrapped = _CDATA.search(content)
    css_text = wrapped.group(1) if wrapped else html.unescape(content)
    found = css.problems(css_text)
    if not found:
        return match.group(0)
    changes += [f"<style>: {p.found}" for p in found]
    cleaned = css.clean_stylesheet(css_text)
    body = f"<![CDATA[\n{cleaned}\n]]>" if wrapped or "<" in cleaned or "&" in cleaned else f"\n{cleaned}\n"
    return f"{opening}{body}{closing}"


def _attribute(match: re.Match[str], changes: list[str]) -> str:
    prefix = match.group(1)
    value = html.unescape(match.group(2) if match.group(2) is not None else match.group(3))
    found = css.problems(value)
    if not found:
        return match.group(0)
    name = prefix.strip().rstrip("=").strip()
    changes += [f"{name}=: {p.found}" for p in found]
    cleaned = css.clean_declarations(value) if name.lower() == "style" else "none"
    return f'{prefix}"{html.escape(cleaned, quote=True)}"'


def clean_svg(text: str) -> tuple[str, list[str]]:
    """The SVG with every CSS rule and declaration that fetches or runs removed, and a list
    of what was removed (empty when the file was already clean)."""
    changes: list[str] = []
    text = _STYLE_ELEMENT.sub(lambda m: _stylesheet(m, changes), text)
    text = _CSS_ATTRIBUTE.sub(lambda m: _attribute(m, changes), text)
    return text, changes
