"""Validate: every rule of the curriculum format, every problem of a run at once.

``check(folder)`` is what the CLI, the MkDocs plugin and the tests call: it loads the tree,
runs each family of rules and returns the loaded source with a sorted report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from build_tools.diagnostics import Diagnostic, Report
from build_tools.load import Document, ParseCache, Source, load
from build_tools.validate import files, kuis, schema, structure
from build_tools.validate.markdown import Body, LinkContext, check_headings, check_links, check_unsafe, markdown_links
from build_tools.validate.markdown.links import harmful_target


def check(folder: Path | str, cache: ParseCache | None = None) -> tuple[Source, Report]:
    source = load(folder, cache)
    return source, validate(source)


def validate(source: Source) -> Report:
    found: list[Diagnostic] = list(source.problems)
    bodies = {doc.path: Body(doc.path, doc.body, doc.body_line) for doc in _markdown_docs(source) if doc.body_read}
    top = source.top
    context = LinkContext(source.files, published_files(source), top, bodies)
    if source.program:
        found += schema.check(source.program, "program")
        found += _check_strings(source.program, context)
    for modul in source.modul:
        if modul.index:
            found += schema.check(modul.index, "modul")
            found += structure.check_date(modul.index)
        for materi in modul.materi:
            found += schema.check(materi.doc, "materi")
            found += structure.check_kuis(materi.doc)
            found += kuis.check(materi.doc)
    for doc in _markdown_docs(source):
        body = bodies.get(doc.path)
        if body is not None:
            found += check_headings(body)
            found += check_unsafe(body)
            found += check_links(body, context)
        found += _check_strings(doc, context)
    found += files.check_media(source)
    found += files.check_sizes(source)
    found += files.check_kata_tetap(source)
    found += structure.check_folders(source)
    found += structure.check_kode(source)
    found += structure.check_minutes(source)
    return Report(found)


def published_files(source: Source) -> set[str]:
    """The files the site publishes: each modul's index.md, its materi and every other file of
    its folder but Markdown (compile_site's rule). program.yml, kata-tetap.txt, translations
    and Markdown notes are not published, so a link to them would lead nowhere on the site."""
    pages = {doc.path for doc in _markdown_docs(source)}
    folders = {modul.path + "/" for modul in source.modul}
    out = set(pages)
    for rel in source.files:
        head, sep, _ = rel.partition("/")
        second = rel[len(head) + 1:].split("/", 1)[0]
        if sep and f"{head}/{second}/" in folders and not rel.endswith(".md"):
            out.add(rel)
    return out


def _markdown_docs(source: Source) -> Iterator[Document]:
    for modul in source.modul:
        if modul.index:
            yield modul.index
        for materi in modul.materi:
            yield materi.doc


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i))


def _check_strings(doc: Document, context: LinkContext) -> list[Diagnostic]:
    """Metadata ends up on pages too (titles, quiz text, the program's Markdown description)."""
    if doc.tree is None:
        return []
    out: list[Diagnostic] = []
    for path, text in _strings(doc.data):
        markdown = path == ("deskripsi",) and doc.path.endswith("program.yml")
        # A plain string with neither can hold no markup and no URL. The program's Markdown
        # description is always read: its relative links must lead somewhere.
        if not markdown and "<" not in text and ":" not in text and "{" not in text and "](" not in text:
            continue
        span = doc.tree.text_at(path)
        body = Body(doc.path, text, span.line, span.column, span.indent, span.exact)
        out += check_unsafe(body)
        if markdown:
            out += check_links(body, context)
            continue
        out += [harm for link in markdown_links(body) if (harm := harmful_target(body, link)) is not None]
    return out
