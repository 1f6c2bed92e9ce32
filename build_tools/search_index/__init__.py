"""The site's search data, built once at build time so a phone never builds an index.

Material's search plugin writes ``search/search_index.json`` (every section of every page, 19 MB
at 1,000 materi) and its worker downloads all of it on every first visit. This module turns
that file into one document per page (title, section headings, text, ``kata_kunci``, the modul
it belongs to and a short excerpt), hands them to ``build.mjs`` (node, the site's own stemmer and
engine) which writes weighted postings cut by term prefix into ``search/berpijar/``, and then
leaves only a stub ``search_index.json``: Material still reads it at load, but it costs a few
hundred bytes whatever the size of the curriculum. The worker (``assets/javascripts/search/
worker.js``, put where Material's worker was) loads the real data on the first query.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.errors import Message, ToolError
from build_tools.model import Curriculum

BUILDER = Path(__file__).with_name("build.mjs")
# Where Material's search plugin writes its index; replaced here by a stub (see above).
MATERIAL_INDEX = "search/search_index.json"
EXCERPT_CHARS = 160
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)
# A materi page opens with "KODE · Materi pokok N · M menit": search shows the modul already.
_MATERI_HEAD = re.compile(r"\S+ · Materi pokok \d+ · \d+ menit")


class SearchIndexError(ToolError):
    """The search data could not be written (node missing or failing)."""

    texts = {
        "no_node": Message("'node' tidak ditemukan: pasang Node.js (lihat README) untuk membangun indeks pencarian",
                           "'node' not found: install Node.js (see README) to build the search index"),
        "failed": Message("indeks pencarian gagal dibuat: {error}", "the search index could not be built: {error}"),
    }


@dataclass(frozen=True)
class PageFacts:
    """What search knows of a page besides its text."""

    modul: int | None = None  # index into the modul list
    keywords: list[str] = field(default_factory=list)


@dataclass
class Catalogue:
    """Search facts per page, keyed by the page's source path (``folder/01-x.md``)."""

    modul: list[tuple[str, str]]
    pages: dict[str, PageFacts]

    def keywords(self, src_uri: str) -> list[str]:
        facts = self.pages.get(src_uri)
        return facts.keywords if facts else []


def catalogue(curriculum: Curriculum) -> Catalogue:
    modul: list[tuple[str, str]] = []
    pages: dict[str, PageFacts] = {}
    for i, m in enumerate(curriculum.modul):
        modul.append((m.kode, m.judul))
        pages[m.page] = PageFacts(i, list(m.kata_kunci))
        pages[m.rbpmp_page] = PageFacts(i, [])
        for materi in m.materi:
            pages[materi.page] = PageFacts(i, list(materi.kata_kunci))
    return Catalogue(modul, pages)


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _excerpt(html_text: str) -> str:
    """The first words of a section's paragraphs: not labels such as a fold's summary."""
    paragraphs = [_plain(p) for p in _PARAGRAPH.findall(html_text)]
    paragraphs = [p for p in paragraphs if p and not _MATERI_HEAD.fullmatch(p)]
    text = " ".join(paragraphs) if paragraphs else _plain(html_text)
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:·") + " …"


def documents(index: dict, facts: Catalogue) -> list[dict[str, object]]:
    """One document per page from Material's section list, in site order."""
    pages: dict[str, dict[str, object]] = {}
    for section in index.get("docs", []):
        location = str(section.get("location", ""))
        page, _, anchor = location.partition("#")
        raw = str(section.get("text", ""))
        text = _plain(raw)
        title = _plain(str(section.get("title", "")))
        doc = pages.get(page)
        if doc is None:
            src = re.sub(r"\.html$", ".md", page) if page else "index.md"
            fact = facts.pages.get(src, PageFacts())
            doc = pages[page] = {
                "location": page, "title": title, "headings": [], "text": [],
                "keywords": fact.keywords, "modul": fact.modul, "excerpt": "",
                "boost": section.get("boost", 1),
            }
        if anchor:
            doc["headings"].append(title)  # type: ignore[union-attr]
        if text:
            doc["text"].append(text)  # type: ignore[union-attr]
            if not doc["excerpt"]:
                doc["excerpt"] = _excerpt(raw)
    for doc in pages.values():
        doc["headings"] = " ".join(doc["headings"])  # type: ignore[arg-type]
        doc["text"] = " ".join(doc["text"])  # type: ignore[arg-type]
    return list(pages.values())


def write(site_dir: Path, facts: Catalogue) -> dict[str, int]:
    """Replace Material's search index in ``site_dir`` by the per-page, split search data."""
    source = site_dir / MATERIAL_INDEX
    index = json.loads(source.read_text("utf-8"))
    config = index.get("config", {})
    payload = {"separator": config.get("separator"), "modul": facts.modul,
               "docs": documents(index, facts)}
    node = shutil.which("node")
    if node is None:
        raise SearchIndexError("no_node")
    done = subprocess.run([node, str(BUILDER), str(site_dir)], input=json.dumps(payload),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SearchIndexError("failed", error=done.stderr.strip()[-2000:])
    # Material's bundle still fetches this at load: keep only what its worker setup reads.
    source.write_text(json.dumps({"config": config, "docs": []}, separators=(",", ":")), "utf-8")
    return json.loads(done.stdout.strip().splitlines()[-1])
