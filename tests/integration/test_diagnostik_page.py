"""The Diagnostik page of the built site says every catalogue entry whole.

Read back from the built HTML: Markdown's attr_list used to eat ``{choices}`` and the rest of
a message after it, so the page text is compared with the catalogue word for word.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.diagnostics import CATALOGUE, Entry
from tests.sitefacts import Element, parse_html


def flat(node: Element | str) -> str:
    """The text a reader sees, without the spaces ``Element.text`` puts between children."""
    return node if isinstance(node, str) else "".join(flat(child) for child in node.children)


def shown(entry: Entry, template: str) -> str:
    """A template as the page must show it: words as written, placeholders as ``{name}``."""
    return "".join(text + (f"{{{name}}}" if name else "") for text, name in entry.segments(template))


def test_every_entry_is_shown_whole_with_why_and_fix(site_dir: Path) -> None:
    article = parse_html(site_dir / "diagnostik.html").find("article")
    assert article is not None
    blocks = [c for c in article.iter() if c.tag in ("h2", "ul") and c.attrs.get("class") is None]
    sections: dict[str, list[str]] = {}
    for heading, items in zip(blocks, blocks[1:], strict=False):
        if heading.tag == "h2" and items.tag == "ul":
            sections[heading.attrs["id"]] = [" ".join(flat(li).split()) for li in items.elements("li")]
    assert len(CATALOGUE) >= 46
    for code, entry in CATALOGUE.items():
        tingkat = "galat" if code.startswith("E-") else "peringatan"
        assert sections.get(code.lower()) == [
            f"Tingkat: {tingkat}",
            " ".join(f"Pesan: {shown(entry, entry.id)}".split()),
            " ".join(f"Mengapa: {entry.why}".split()),
            " ".join(f"Cara memperbaiki: {shown(entry, entry.fix)}".split()),
        ], code
    # The message that lost its end before: the choices are there, in a code span.
    choice = article.find("h2", id="e-value-choice")
    assert choice is not None and "{choices}" in flat(article)
