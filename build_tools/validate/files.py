"""Rules about files as files: sizes, the media that browsers open, the search word list."""

from __future__ import annotations

import re
from xml.parsers import expat

from build_tools import limits
from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag
from build_tools.load import Source, read_text
from build_tools.sanitize.output import DOCUMENT_KINDS
from build_tools.search import FILE_NAME as KATA_TETAP
from build_tools.search import listed
from build_tools.validate.markdown import Body, check_unsafe

# Opened by browsers as documents (a learner clicks the image), so they may not run code: the
# kinds the output check reads too.
ACTIVE_MEDIA = DOCUMENT_KINDS
# A search word: letters (any script), digits and hyphens, as the stemmer's own lists.
_WORD = re.compile(r"^[^\W_](?:[\w-]{0,38}[^\W_])?$")


def check_sizes(source: Source) -> list[Diagnostic]:
    """Each media file and the whole curriculum against their limits (text files are judged
    as they are loaded, before they are read)."""
    out = []
    top = source.top
    text_files = {f"{top}/program.yml", f"{top}/{KATA_TETAP}"}
    for rel, size in sorted(source.sizes.items()):
        if not rel.endswith(".md") and rel not in text_files and size > limits.MEDIA_FILE:
            out.append(diag(rel, 1, 1, "E-SIZE-MEDIA", size=limits.human(size), limit=limits.human(limits.MEDIA_FILE)))
    total = sum(source.sizes.values())
    if total > limits.TOTAL:
        out.append(diag(f"{top}/program.yml", 1, 1, "E-SIZE-TOTAL", size=limits.human(total),
                        limit=limits.human(limits.TOTAL)))
    return out


def _text(source: Source, rel: str, out: list[Diagnostic], limit: int = limits.TEXT_FILE) -> str | None:
    """A small text file's contents (bad bytes as U+FFFD), or None with a diagnostic."""
    return read_text(source.root / rel, rel, out, strict=False, limit=limit)


def check_media(source: Source) -> list[Diagnostic]:
    """SVG and HTML downloads are opened by browsers as documents, so they may not run code
    nor fetch from another host."""
    out: list[Diagnostic] = []
    for rel in sorted(source.files):
        if rel.lower().endswith(ACTIVE_MEDIA) and source.sizes.get(rel, 0) <= limits.MEDIA_FILE:
            text = _text(source, rel, out, limits.MEDIA_FILE)  # judged by its size as media
            if text is not None:
                svg = rel.lower().endswith(".svg")
                out += check_unsafe(Body(rel, text, 1, markdown=False, svg=svg))
                out += _check_xml(rel, text) if svg else []
    return out


def _check_xml(rel: str, text: str) -> list[Diagnostic]:
    """A browser shows an SVG that is not well-formed XML as an error page, and the build's
    output check refuses it: say so here, where the line is known."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        lines = text.split("\n")
        line = min(max(exc.lineno, 1), len(lines))
        column = min(exc.offset, len(lines[line - 1])) + 1  # expat counts characters of a str
        return [diag(rel, line, column, "E-SVG-XML", problem=expat.ErrorString(exc.code))]
    return []


def check_kata_tetap(source: Source) -> list[Diagnostic]:
    """The search word list becomes part of a script on every page: one plain word a line."""
    rel = f"{source.top}/{KATA_TETAP}"
    if rel not in source.files:
        return []
    out: list[Diagnostic] = []
    text = _text(source, rel, out)
    for number, line, word in listed(text or ""):
        if not _WORD.match(word):
            column = line.index(word[0]) + 1
            out.append(diag(rel, number, column, "E-KATA-TETAP", word=word))
    return out
