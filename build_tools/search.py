"""What the site's search needs from the build besides its index (``search_index/``).

Authors list search words the Indonesian stemmer must keep whole (acronyms, loanwords) one per
line in ``curriculum/kata-tetap.txt`` (``#`` starts a comment); the build appends them to the
stemmer shipped with the site, for the index and the query alike. The site's own worker takes
the place of Material's, and the language Material is told to use is decided here too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape
from pathlib import Path

FILE_NAME = "kata-tetap.txt"
# The Indonesian stemmer the site ships (overrides/); the authors' kept words are appended to it.
STEMMER = "assets/javascripts/lunr/min/lunr.id.min.js"
# Our search worker takes the place of Material's (same URL, so Material's UI talks to it).
SEARCH_WORKER = "assets/javascripts/search/worker.js"
MATERIAL_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")
# Shipped by Material, never needed here: other languages' stemmers and source maps.
UNUSED_ASSET = re.compile(r"assets/javascripts/lunr/(?!min/lunr\.id\.min\.js$).*|.*\.map")


def listed(text: str) -> Iterator[tuple[int, str, str]]:
    """(line number, line, word) for each line of a kata-tetap.txt that names a word: the one
    reading of the file, for the validator and for the stemmer alike."""
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.split("#", 1)[0].strip()
        if word:
            yield number, line, word


def exception_words(curriculum: Path) -> list[str]:
    path = curriculum / FILE_NAME
    if not path.is_file():
        return []
    words: list[str] = []
    for _, _, word in listed(path.read_text("utf-8", errors="replace")):
        if word.lower() not in words:
            words.append(word.lower())
    return words


def exceptions_script(curriculum: Path) -> str:
    """A line of JavaScript for the stemmer file; JSON keeps any word a plain string."""
    words = exception_words(curriculum)
    if not words:
        return ""
    return f"\nlunr.id.addExceptions({json.dumps(words, ensure_ascii=False)});\n"


def lunr_language(bahasa: str) -> tuple[list[str], list[str]] | None:
    """Material's search ``lang`` and ``pipeline`` for the curriculum's language, where its own
    choice would be wrong: it has no Indonesian and would fall back to English; the site ships
    its own ``lunr.id`` (STEMMER)."""
    if bahasa.split("-")[0] != "id":
        return None
    return ["id"], ["stemmer", "stopWordFilter", "trimmer"]


def with_keywords(html: str, keywords: list[str]) -> str:
    """The page with its kata_kunci in ``<meta name="keywords">``, as the format promises."""
    if not keywords:
        return html
    meta = f'<meta name="keywords" content="{escape(", ".join(keywords))}">'
    return html.replace("</head>", meta + "</head>", 1)
