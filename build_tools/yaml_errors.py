"""libyaml's complaint → the author's mistake: a catalogue code and the line to fix.

libyaml reports where *it* got stuck, in parser words ("mapping values are not allowed in this
context", "could not find expected ':'"), often a line after the mistake. Authors make a
handful of mistakes again and again: a colon inside an unquoted title, ``menit:45`` without a
space, a tab, a line indented one space too far, a quote never closed. Each gets its own code
(whose catalogue entry says how to fix it) and the line the author must change; anything
else stays ``E-YAML`` with libyaml's problem translated when we know it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import yaml

# A key as authors write them, then a colon: ``menit:`` or ``- soal:``.
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_NO_SPACE = re.compile(rf"^(?P<lead>\s*(?:-\s+)?)(?P<key>{_KEY}):(?=[^\s:/])")
_KEY_VALUE = re.compile(rf"^\s*(?:-\s+)?{_KEY}:\s+(?P<value>\S)")
_RESERVED = "@`%*!&|>[{"

_BACKSLASH = ("garis miring terbalik (\\) di dalam tanda kutip ganda; pakai tanda kutip tunggal",
              "a backslash (\\) inside double quotes; use single quotes")
_TAG = ("'!' di awal nilai dibaca sebagai tag; beri tanda kutip pada nilainya",
        "'!' starting a value is read as a tag; quote the value")
_DIRECTIVE = ("baris yang diawali '%' dibaca sebagai perintah YAML; beri tanda kutip pada nilainya",
              "a line starting with '%' is read as a YAML directive; quote the value")
_ONE_DOCUMENT = ("metadata harus satu dokumen YAML; hapus baris '---' atau '...' di tengahnya",
                 "metadata must be one YAML document; remove the '---' or '...' line inside it")

# libyaml's problem texts we see from real authors, in Indonesian and English.
_PROBLEMS: dict[str, tuple[str, str]] = {
    "found character that cannot start any token": (
        "karakter ini tidak boleh mengawali nilai", "this character cannot start a value"),
    "did not find expected key": (
        "ada teks yang bukan 'kunci: nilai' di sini", "text here is not a 'key: value'"),
    "found undefined alias": ("alias '*' tidak dikenal", "undefined alias '*'"),
    "did not find expected hexdecimal number": _BACKSLASH,
    "found unknown escape character": _BACKSLASH,
    "could not find expected ':'": (
        "baris ini bukan 'kunci: nilai' (titik dua tidak ditemukan)",
        "this line is not a 'key: value' (no colon found)"),
    "expected <document start>, but found '<block mapping start>'": (
        "metadata harus satu dokumen YAML", "metadata must be one YAML document"),
    "did not find expected node content": (
        "nilai tidak ditemukan di sini; beri tanda kutip bila nilainya diawali tanda baca",
        "no value found here; quote a value that starts with punctuation"),
    "block sequence entries are not allowed in this context": (
        "daftar '- ' harus dimulai di baris baru, menjorok di bawah kuncinya",
        "a '- ' list must start on a new line, indented under its key"),
    "mapping keys are not allowed in this context": (
        "'?' di sini dibaca sebagai penanda kunci; beri tanda kutip pada nilainya",
        "'?' here is read as a key marker; quote the value"),
    "found unexpected ':'": ("titik dua di tempat yang tidak terduga; beri tanda kutip pada nilainya",
                             "unexpected colon; quote the value"),
    "did not find expected ',' or ']'": (
        "daftar dalam kurung siku harus dipisah koma dan ditutup ']'; beri tanda kutip bila ini teks",
        "a bracketed list must be comma-separated and closed by ']'; quote it if it is text"),
    "did not find expected ',' or '}'": (
        "isi kurung kurawal harus dipisah koma dan ditutup '}'; beri tanda kutip bila ini teks",
        "braces must hold comma-separated items closed by '}'; quote it if it is text"),
    "did not find expected '-' indicator": (
        "jorok baris ini tidak sesuai dengan daftar di atasnya", "this line does not line up with the list above"),
    "did not find expected alphabetic or numeric character": (
        "'&' atau '*' di awal nilai harus diikuti nama; beri tanda kutip pada nilainya",
        "'&' or '*' starting a value must be followed by a name; quote the value"),
    "did not find expected whitespace or line break": _TAG,
    "did not find expected tag URI": _TAG,
    "found undefined tag handle": _TAG,
    "did not find URI escaped octet": _TAG,
    "could not find expected directive name": _DIRECTIVE,
    "found unknown directive name": _DIRECTIVE,
    "found unexpected non-alphabetical character": _DIRECTIVE,
    "did not find expected <document start>": _ONE_DOCUMENT,
    "but found another document": _ONE_DOCUMENT,
    "found unexpected document indicator": (
        "baris '---' atau '...' di dalam nilai; beri tanda kutip pada nilainya",
        "a '---' or '...' line inside a value; quote the value"),
    "found an incorrect leading UTF-8 octet": ("karakter tidak sah; ketik ulang karakter ini",
                                              "invalid character; type it again"),
    "did not find expected comment or line break": (
        "ada teks setelah penanda blok '|' atau '>'; pindahkan teks ke baris berikutnya",
        "text after a '|' or '>' block marker; move the text to the next line"),
}


@dataclass(frozen=True)
class Mistake:
    """What to report: a catalogue code, a 0-based line and column, and message arguments."""

    code: str
    line: int
    column: int
    details: dict[str, object] = field(default_factory=dict)


# libyaml breaks lines at CR, LF and CRLF alike; diagnostics count lines by LF, as editors
# and the rest of the validator do, so a stray CR must not shift the reported line.
_YAML_BREAK = re.compile(r"\r\n|\r|\n")


def classify(exc: yaml.MarkedYAMLError, text: str) -> Mistake:
    """Name the mistake behind a libyaml error and find the line where the author made it."""
    mistake = _classify(exc, _YAML_BREAK.split(text))
    if "\r" not in text.replace("\r\n", ""):
        return mistake
    starts = [0] + [m.end() for m in _YAML_BREAK.finditer(text)]
    offset = starts[min(mistake.line, len(starts) - 1)] + mistake.column
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return replace(mistake, line=text.count("\n", 0, offset), column=column)


def _classify(exc: yaml.MarkedYAMLError, lines: list[str]) -> Mistake:
    problem = exc.problem or exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line, mark.column) if mark else (0, 0)
    context = exc.context_mark.line if exc.context_mark else line

    def at(n: int) -> str:
        return lines[n] if 0 <= n < len(lines) else ""

    # A tab in the indentation of the line libyaml stopped at (or of the line it began).
    for n in dict.fromkeys((line, context)):
        indent = at(n)[: len(at(n)) - len(at(n).lstrip(" \t"))]
        if "\t" in indent:
            return Mistake("E-YAML-TAB", n, indent.index("\t"))
    if "tab" in problem:
        return Mistake("E-YAML-TAB", line, column)

    # ``menit:45``: libyaml scans on for a colon and blames a later line; the key's line is
    # where the scan began (the context mark).
    for n in dict.fromkeys((context, line)):
        found = _NO_SPACE.match(at(n))
        if found and problem == "could not find expected ':'":
            return Mistake("E-YAML-NO-SPACE", n, found.end(), {"key": found["key"]})

    if exc.context and exc.context_mark and "quoted scalar" in exc.context and "end of stream" in problem:
        quote = at(context)[exc.context_mark.column : exc.context_mark.column + 1]
        return Mistake("E-YAML-UNCLOSED", context, exc.context_mark.column, {"mark": quote})
    if exc.context and exc.context.startswith("while parsing a flow") and exc.context_mark:
        opener = at(context)[exc.context_mark.column : exc.context_mark.column + 1] or "["
        if line != context or column >= len(at(line).rstrip()):
            return Mistake("E-YAML-UNCLOSED", context, exc.context_mark.column, {"mark": opener})

    if problem == "mapping values are not allowed in this context":
        value = _KEY_VALUE.match(at(line))
        if value and column > value.start("value"):
            # ``judul: Transformasi Digital: Konsep``: a second colon inside a plain value.
            return Mistake("E-YAML-COLON", line, column, {"key": at(line).split(":", 1)[0].strip(" -")})
        # This key was read as the rest of the previous line's value. Either that line lacks
        # its ': ' (``soal:Apa?``, ``judul Pengenalan``) or this one is indented too far.
        prev = _previous(lines, line)
        if prev is not None:
            found = _NO_SPACE.match(at(prev))
            if found:
                return Mistake("E-YAML-NO-SPACE", prev, found.end(), {"key": found["key"]})
            if _indent(at(line)) <= _indent(at(prev)) and ": " not in at(prev) and not at(prev).endswith(":"):
                return Mistake("E-YAML", prev, _indent(at(prev)), {"problem": _PROBLEMS["could not find expected ':'"]})
        return Mistake("E-YAML-INDENT", line, _indent(at(line)))

    if problem in ("did not find expected key", "did not find expected '-' indicator"):
        before = at(line)[:column].rstrip()
        value = _KEY_VALUE.match(at(line))
        if before.strip() and before[-1] in "\"'" and value:
            quote = before[-1]
            if before.count(quote) % 2:  # it closes a quote opened on an earlier line
                for n in range(line - 1, -1, -1):
                    if at(n).count(quote) % 2:
                        return Mistake("E-YAML-UNCLOSED", n, at(n).rfind(quote), {"mark": quote})
            return Mistake("E-YAML-AFTER-QUOTE", line, column)
        if before.strip() and before[-1] in "]}" and value and at(line)[value.start("value")] in "[{":
            # ``judul: [Draf] Pengenalan``: a title that YAML took for a list.
            start = value.start("value")
            return Mistake("E-YAML-RESERVED", line, start, {"char": at(line)[start]})
        if not before.strip():  # libyaml stopped at the start of a line: its indentation
            return Mistake("E-YAML-INDENT", line, column)

    if problem == "found character that cannot start any token" or problem == "found undefined alias":
        char = at(line)[column : column + 1]
        if char and char in _RESERVED:
            return Mistake("E-YAML-RESERVED", line, column, {"char": char})

    if problem == "could not find expected ':'" and exc.context_mark:
        line, column = context, _indent(at(context))
    said = _PROBLEMS.get(problem, (problem or "sintaks tidak sah", problem or "invalid syntax"))
    return Mistake("E-YAML", line, column, {"problem": said})


def _previous(lines: list[str], line: int) -> int | None:
    """The nearest line above with content (not blank, not a comment)."""
    for n in range(min(line, len(lines)) - 1, -1, -1):
        if lines[n].strip() and not lines[n].lstrip().startswith("#"):
            return n
    return None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))
