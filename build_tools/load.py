"""Read ``curriculum/`` into documents that remember where each value came from.

Loading never stops at the first bad file: every problem it meets becomes a diagnostic and
the rest of the tree is still read, so an author sees all of a run's problems at once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from build_tools import limits
from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag
from build_tools.yaml_tree import Position, Tree, YamlProblem, parse

MATERI_NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
TRANSLATION_NAME = re.compile(r"^.+\.[a-z]{2,3}(?:-[A-Za-z0-9]+)?\.md$")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


@dataclass
class Document:
    """One source file: its metadata as a position-keeping tree, and its Markdown body."""

    path: str  # relative to the folder that holds curriculum/, with forward slashes
    file: Path
    tree: Tree | None  # None when the metadata could not be read
    body: str = ""
    body_line: int = 1  # file line of the body's first line
    # False when the body could not be read (not UTF-8, front matter never closed): then its
    # headings are unknown, and links to its anchors must not be reported as broken.
    body_read: bool = True

    @property
    def data(self) -> Any:
        return self.tree.data if self.tree else None

    def where(self, *path: Any) -> Position:
        return self.tree.where(path) if self.tree else Position(1, 1)


@dataclass
class MateriFile:
    nomor: int
    slug: str
    doc: Document


@dataclass
class ModulFolder:
    name: str
    path: str  # relative, like curriculum/transformasi-digital
    index: Document | None
    materi: list[MateriFile] = field(default_factory=list)


@dataclass
class Source:
    """The whole curriculum as read from disk, before any rule is checked."""

    root: Path  # the folder that holds curriculum/
    folder: Path
    program: Document | None
    modul: list[ModulFolder]
    files: set[str]  # every regular file, relative to root: the targets links may point at
    problems: list[Diagnostic]
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of each file, from stat

    @property
    def top(self) -> str:
        """The curriculum folder as diagnostics and links name it (``curriculum``)."""
        return self.folder.relative_to(self.root).as_posix()


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _decode(raw: bytes, rel: str, problems: list[Diagnostic], strict: bool = True) -> str | None:
    try:
        text = raw.decode("utf-8", errors="strict" if strict else "replace")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        # Columns count characters, as everywhere else: decode the valid start of the line.
        before = raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8")
        column = len(before.removeprefix("\ufeff")) + 1
        problems.append(diag(rel, line, column, "E-ENCODING", byte=f"0x{raw[exc.start]:02x}",
                             guess=_guess(raw[exc.start : exc.end])))
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        problems.append(diag(rel, line, nul - (text.rfind("\n", 0, nul) + 1) + 1, "E-NUL-BYTE"))
        return None
    return text


def read_text(
    file: Path, rel: str, problems: list[Diagnostic], strict: bool = True, limit: int = limits.TEXT_FILE
) -> str | None:
    """The file's text, or None (with a diagnostic) when it is too big, has NUL bytes or, when
    ``strict``, is not UTF-8 (otherwise bad bytes read as U+FFFD). The size comes from the file
    system first: a huge file is refused without being read."""
    size = file.stat().st_size
    if size > limit:
        problems.append(diag(rel, 1, 1, "E-SIZE-FILE", size=limits.human(size), limit=limits.human(limit)))
        return None
    return _decode(file.read_bytes(), rel, problems, strict)


def _guess(bad: bytes) -> tuple[str, str]:
    """Name the letter the author typed: Windows editors save 'é' as the one byte 0xe9."""
    try:
        char = bad.decode("cp1252")
    except UnicodeDecodeError:
        return ("", "")
    if not char.isprintable() or char.isascii():
        return ("", "")
    return (f"; kemungkinan huruf '{char}' yang disimpan sebagai Windows-1252/Latin-1",
            f"; probably the letter '{char}' saved as Windows-1252/Latin-1")


def _tree(text: str, rel: str, offset: int, problems: list[Diagnostic]) -> Tree | None:
    try:
        tree = parse(text, offset)
    except YamlProblem as p:
        problems.append(diag(rel, p.line, p.column, p.code, **p.details))
        return None
    if not isinstance(tree.data, dict):
        found = "kosong" if tree.data is None else type(tree.data).__name__
        problems.append(diag(rel, 1 + offset, 1, "E-NOT-MAPPING", found=found))
        return None
    return tree


Parse = Callable[[Path, Path, list[Diagnostic]], Document]


class ParseCache:
    """Each file's parse, kept across ``load`` calls for as long as its bytes stay the same.

    A long-running preview re-reads the tree on every save, and a save changes one file: the
    others need not be parsed again. Bytes, not modification times: two saves within one clock
    tick must not be taken for one. Whoever wants it holds one and passes it to ``load``.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[Path, Path], tuple[bytes, Document, list[Diagnostic]]] = {}

    def read(self, parse: Parse, file: Path, root: Path, problems: list[Diagnostic]) -> Document:
        if file.stat().st_size > limits.TEXT_FILE:  # refused unread (read_text), so never kept
            return parse(file, root, problems)
        raw = file.read_bytes()
        kept = self._kept.get((file, root))
        if kept is None or kept[0] != raw:
            found: list[Diagnostic] = []
            kept = (raw, parse(file, root, found), found)
            self._kept[file, root] = kept
        problems.extend(kept[2])
        return kept[1]


def _read(parse: Parse, file: Path, root: Path, problems: list[Diagnostic], cache: ParseCache | None) -> Document:
    return parse(file, root, problems) if cache is None else cache.read(parse, file, root, problems)


def load_markdown(file: Path, root: Path, problems: list[Diagnostic]) -> Document:
    """Split a Markdown file into front matter (parsed) and body."""
    rel = _rel(file, root)
    text = read_text(file, rel, problems)
    if text is None:
        return Document(rel, file, None, body_read=False)
    if not (text.startswith("---\n") or text.rstrip("\n") == "---"):
        problems.append(diag(rel, 1, 1, "E-FRONTMATTER-MISSING"))
        return Document(rel, file, None, body=text, body_line=1)
    end = _FENCE_END.search(text, 4)
    if end is None:
        problems.append(diag(rel, 1, 1, "E-FRONTMATTER-UNCLOSED"))
        return Document(rel, file, None, body_read=False)
    meta = text[4 : end.start()]
    body_start = end.end() + 1
    body_line = text.count("\n", 0, body_start) + 1
    size = len(meta.encode("utf-8"))
    if size > limits.FRONT_MATTER:
        problems.append(diag(rel, 2, 1, "E-SIZE-FRONTMATTER", size=limits.human(size),
                             limit=limits.human(limits.FRONT_MATTER)))
        return Document(rel, file, None, body=text[body_start:], body_line=body_line)
    tree = _tree(meta, rel, 1, problems)
    return Document(rel, file, tree, body=text[body_start:], body_line=body_line)


def load_yaml(file: Path, root: Path, problems: list[Diagnostic]) -> Document:
    rel = _rel(file, root)
    text = read_text(file, rel, problems)
    tree = None if text is None else _tree(text, rel, 0, problems)
    return Document(rel, file, tree)


def _walk(folder: Path, root: Path, files: dict[str, int], problems: list[Diagnostic]) -> None:
    """Record every file and its size; refuse symbolic links, which could pull in files from
    elsewhere."""
    with os.scandir(folder) as entries:
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink():
                problems.append(diag(_rel(path, root), 1, 1, "E-SYMLINK"))
            elif entry.is_dir():
                _walk(path, root, files, problems)
            elif entry.is_file():
                files[_rel(path, root)] = entry.stat().st_size


def load(folder: Path | str, cache: ParseCache | None = None) -> Source:
    """Read a curriculum folder. Paths in diagnostics are relative to its parent folder."""
    folder = Path(folder).resolve()
    root = folder.parent
    problems: list[Diagnostic] = []
    files: dict[str, int] = {}
    _walk(folder, root, files, problems)

    program_file = folder / "program.yml"
    program = None
    if program_file.is_file() and not program_file.is_symlink():
        program = _read(load_yaml, program_file, root, problems, cache)
    else:
        problems.append(diag(_rel(program_file, root), 1, 1, "E-PROGRAM-MISSING"))

    modul: list[ModulFolder] = []
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink() or not entry.is_dir():
            continue
        modul.append(_load_modul(entry, root, problems, cache))
    return Source(root, folder, program, modul, set(files), problems, files)


def _load_modul(folder: Path, root: Path, problems: list[Diagnostic], cache: ParseCache | None) -> ModulFolder:
    index_file = folder / "index.md"
    index = None
    if index_file.is_file() and not index_file.is_symlink():
        index = _read(load_markdown, index_file, root, problems, cache)
    result = ModulFolder(folder.name, _rel(folder, root), index)
    for file in sorted(folder.iterdir()):
        if file.is_symlink() or not file.is_file() or file.suffix != ".md":
            continue
        if file.name == "index.md" or TRANSLATION_NAME.match(file.name):
            continue
        match = MATERI_NAME.match(file.name)
        if not match:
            problems.append(diag(_rel(file, root), 1, 1, "E-NAME-FILE", name=file.name))
            continue
        doc = _read(load_markdown, file, root, problems, cache)
        result.materi.append(MateriFile(int(match.group(1)), match.group(2), doc))
    return result
