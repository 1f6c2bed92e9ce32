"""YAML to plain Python, keeping the line and column of every key and value.

PyYAML's constructors throw positions away, so we compose the node graph (libyaml's C
parser when it is there: fast on thousands of files) and build the values ourselves. Doing
it here also lets us refuse what a curriculum never needs: tags that build objects,
duplicate keys, and alias bombs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from build_tools.yaml_errors import classify

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, with tag resolution tuned: it runs once per scalar of every file."""

    _by_first: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                table = Loader._by_first or Loader._tables()
                for tag, pattern in table.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return _STR
        return super().resolve(kind, value, implicit)

    @classmethod
    def _tables(cls) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
        wildcard = list(cls.yaml_implicit_resolvers.get(None, []))
        cls._by_first = {
            first: tuple(resolvers) + tuple(wildcard)
            for first, resolvers in cls.yaml_implicit_resolvers.items() if first is not None
        }
        return cls._by_first
_constructor = yaml.constructor.SafeConstructor()

# Far above any real front matter; stops "billion laughs" documents early.
MAX_NODES = 50_000
# Far deeper than any real metadata, and far from Python's stack limit, which every later
# walk over the data (the schema, the string checks, the compiler) would otherwise meet.
MAX_DEPTH = 64

Path = tuple[Any, ...]

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"
_PLAIN_KEY = ("kunci harus berupa teks biasa", "keys must be plain text")


def _tag_problem(tag: str) -> tuple[str, str]:
    return (f"tag '{tag}' tidak diizinkan", f"tag '{tag}' is not allowed")


def _reader_problem(exc: yaml.YAMLError) -> tuple[str, str]:
    """Control characters and the like: say which character, in both languages."""
    found = re.search(r"#x([0-9a-fA-F]+)", str(exc))
    if found:
        char = f"U+{int(found[1], 16):04X}"
        return (f"karakter kendali {char} tidak diizinkan; hapus karakter itu",
                f"control character {char} is not allowed; delete it")
    first = str(exc).splitlines()[0]
    return (first, first)


@dataclass(frozen=True)
class Position:
    line: int
    column: int


class YamlProblem(Exception):
    """A document we refuse, with where and why (and which catalogue entry says so).

    The message arguments live in ``details``: ``Exception.args`` is the exception's own and
    is turned into a tuple on assignment, which lost them.
    """

    def __init__(self, code: str, line: int, column: int, **details: object) -> None:
        super().__init__(code)
        self.code, self.line, self.column, self.details = code, line, column, details


@dataclass(frozen=True)
class TextSpan:
    """Where a string value's own characters start in the file, and how its lines map.

    A value's node starts at its quote or at its ``|``/``>`` header, not at its text, so
    problems found inside the text (a link in the program's Markdown ``deskripsi``) need this
    to point at the right line and column.
    """

    line: int
    column: int
    indent: int = 0  # columns each later line is shifted by (a literal block scalar)
    exact: bool = True  # False once YAML folded lines together: only the start is known


class Tree:
    """A YAML document as plain data, plus where each key and value stood.

    Positions are only needed when something is wrong, and most documents are fine: the
    maps from paths to positions are filled from the node graph on first use, which keeps
    validation of thousands of valid files fast.
    """

    def __init__(self, data: Any, text: str = "", offset: int = 0) -> None:
        self.data = data
        # The text, not the node graph: graphs of thousands of files kept alive make every
        # garbage collection slower, and positions are rarely asked for.
        self._text, self._offset = text, offset
        self._maps: tuple[dict[Path, Position], dict[Path, Position], dict[Path, TextSpan]] | None = None

    def _positions(self) -> tuple[dict[Path, Position], dict[Path, Position], dict[Path, TextSpan]]:
        if self._maps is None:
            keys: dict[Path, Position] = {}
            values: dict[Path, Position] = {}
            texts: dict[Path, TextSpan] = {}
            node = yaml.compose(self._text, Loader=Loader) if self._text else None
            if node is not None:
                _locate(node, (), keys, values, texts, self._text.split("\n"), self._offset)
            self._maps = (keys, values, texts)
        return self._maps

    @property
    def keys(self) -> dict[Path, Position]:
        return self._positions()[0]

    @property
    def values(self) -> dict[Path, Position]:
        return self._positions()[1]

    @property
    def texts(self) -> dict[Path, TextSpan]:
        return self._positions()[2]

    def where(self, path: Path) -> Position:
        """The key's position when the path names a key, else the value's, else its parent's."""
        keys, values, _ = self._positions()
        path = tuple(path)
        while path:
            if path in keys:
                return keys[path]
            if path in values:
                return values[path]
            path = path[:-1]
        return values.get((), Position(1, 1))

    def value_at(self, path: Path) -> Position:
        return self.values.get(tuple(path)) or self.where(path)

    def text_at(self, path: Path) -> TextSpan:
        """Where the characters of a string value start (see ``TextSpan``)."""
        span = self.texts.get(tuple(path))
        if span is None:
            pos = self.value_at(path)
            span = TextSpan(pos.line, pos.column, exact=False)
        return span


def parse(text: str, line_offset: int = 0) -> Tree:
    """Parse one YAML document; line numbers are shifted by ``line_offset`` (front matter)."""
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mistake = classify(exc, text)
        line, column = mistake.line, mistake.column
        lines = text.split("\n")
        if line >= len(lines):  # libyaml marks the end of a text without a final newline
            line, column = len(lines) - 1, len(lines[-1])
        raise YamlProblem(mistake.code, line + 1 + line_offset, column + 1, **mistake.details) from None
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        where = getattr(exc, "position", 0)
        where = where if isinstance(where, int) and 0 <= where <= len(text) else 0
        line = text.count("\n", 0, where)
        column = where - (text.rfind("\n", 0, where) + 1)
        raise YamlProblem("E-YAML", line + 1 + line_offset, column + 1, problem=_reader_problem(exc)) from None
    except RecursionError:  # the pure-Python composer on deeply nested flow collections
        raise YamlProblem("E-YAML-TOO-COMPLEX", 1 + line_offset, 1) from None
    if node is None:
        return Tree(None)
    try:
        data = _build(node, 0, line_offset, [MAX_NODES])
    except RecursionError:  # nesting deeper than Python's stack, far beyond any real metadata
        raise YamlProblem("E-YAML-TOO-COMPLEX", 1 + line_offset, 1) from None
    finally:
        # The shared constructor remembers every node it built; across documents that would
        # keep every file's nodes alive (and grow a long-running preview by each save).
        _constructor.constructed_objects.clear()
    return Tree(data, text, line_offset)


def _locate(
    node: yaml.Node, path: Path, keys: dict[Path, Position], values: dict[Path, Position],
    texts: dict[Path, TextSpan], lines: list[str], offset: int,
) -> None:
    """Fill the position maps of a tree ``_build`` already accepted (so no cycles, no tags)."""
    values[path] = _pos(node, offset)
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _locate(item, (*path, i), keys, values, texts, lines, offset)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*path, str(key_node.value))
            keys[child] = _pos(key_node, offset)
            _locate(value_node, child, keys, values, texts, lines, offset)
    elif node.tag == "tag:yaml.org,2002:str":
        texts[path] = _span(node, lines, offset)


def _span(node: yaml.ScalarNode, lines: list[str], offset: int) -> TextSpan:
    start, end = node.start_mark, node.end_mark
    if node.style in ("|", ">"):
        # The text begins on the line after the header, at the block's indentation.
        value_lines = node.value.split("\n")
        first = next((i for i, v in enumerate(value_lines) if v.strip(" ")), 0)
        source = lines[start.line + 1 + first] if start.line + 1 + first < len(lines) else ""
        kept = len(value_lines[first]) - len(value_lines[first].lstrip(" "))
        indent = len(source) - len(source.lstrip(" ")) - kept
        return TextSpan(start.line + 2 + offset, indent + 1, indent, exact=node.style == "|")
    quote = 1 if node.style in ("'", '"') else 0
    single_line = start.line == end.line
    return TextSpan(start.line + 1 + offset, start.column + 1 + quote, exact=single_line)


def _pos(node: yaml.Node, offset: int) -> Position:
    return Position(node.start_mark.line + 1 + offset, node.start_mark.column + 1)


_construct = _constructor.construct_object


def _build(node: yaml.Node, depth: int, offset: int, budget: list[int],
           open_nodes: frozenset[int] = frozenset()) -> Any:
    budget[0] -= 1
    # Too many values, too deep, or an alias inside its own anchor (which would never end).
    if budget[0] < 0 or depth > MAX_DEPTH or id(node) in open_nodes:
        p = _pos(node, offset)
        raise YamlProblem("E-YAML-TOO-COMPLEX", p.line, p.column)
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        if tag == _STR:
            return node.value
        if tag == _TIMESTAMP:
            return node.value  # dates stay text: the schema checks their shape
        if tag not in _PLAIN_TAGS:
            p = _pos(node, offset)
            raise YamlProblem("E-YAML", p.line, p.column, problem=_tag_problem(tag))
        return _construct(node, deep=True)
    open_nodes = open_nodes | {id(node)}
    if isinstance(node, yaml.SequenceNode):
        if tag != "tag:yaml.org,2002:seq":
            p = _pos(node, offset)
            raise YamlProblem("E-YAML", p.line, p.column, problem=_tag_problem(tag))
        return [_build(item, depth + 1, offset, budget, open_nodes) for item in node.value]
    if tag != "tag:yaml.org,2002:map":
        p = _pos(node, offset)
        raise YamlProblem("E-YAML", p.line, p.column, problem=_tag_problem(tag))
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            kp = _pos(key_node, offset)
            raise YamlProblem("E-YAML", kp.line, kp.column, problem=_PLAIN_KEY)
        key = str(key_node.value)
        if key in result:
            kp = _pos(key_node, offset)
            raise YamlProblem("E-YAML-DUPLICATE-KEY", kp.line, kp.column, key=key)
        result[key] = _build(value_node, depth + 1, offset, budget, open_nodes)
    return result
