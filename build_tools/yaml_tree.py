"""YAML to plain Python, keeping the line and column of every key and value.

PyYAML's constructors throw positions away, so we compose the node graph (libyaml's C
parser when it is there: fast on thousands of files) and build the values ourselves. Doing
it here also lets us refuse what a curriculum never needs: tags that build objects,
duplicate keys, and alias bombs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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


@dataclass
class Tree:
    """A YAML document as plain data, plus where each key and value stood."""

    data: Any
    keys: dict[Path, Position] = field(default_factory=dict)
    values: dict[Path, Position] = field(default_factory=dict)
    texts: dict[Path, TextSpan] = field(default_factory=dict)

    def where(self, path: Path) -> Position:
        """The key's position when the path names a key, else the value's, else its parent's."""
        path = tuple(path)
        while path:
            if path in self.keys:
                return self.keys[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), Position(1, 1))

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
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark else (0, 0)
        lines = text.split("\n")
        if line >= len(lines):  # libyaml marks the end of a text without a final newline
            line, column = len(lines) - 1, len(lines[-1])
        line, column = line + 1 + line_offset, column + 1
        problem = exc.problem or exc.context or "sintaks tidak sah"
        raise YamlProblem("E-YAML", line, column, problem=problem) from None
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        raise YamlProblem("E-YAML", 1 + line_offset, 1, problem=str(exc).splitlines()[0]) from None
    except RecursionError:  # the pure-Python composer on deeply nested flow collections
        raise YamlProblem("E-YAML-TOO-COMPLEX", 1 + line_offset, 1) from None
    tree = Tree(None)
    if node is None:
        return tree
    budget = [MAX_NODES]
    try:
        tree.data = _build(node, (), tree, line_offset, budget)
        _locate_texts(node, (), tree, text.split("\n"), line_offset)
    except RecursionError:  # nesting deeper than Python's stack, far beyond any real metadata
        raise YamlProblem("E-YAML-TOO-COMPLEX", 1 + line_offset, 1) from None
    return tree


def _locate_texts(node: yaml.Node, path: Path, tree: Tree, lines: list[str], offset: int) -> None:
    """Record a ``TextSpan`` for every string scalar (after ``_build`` accepted the tree)."""
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _locate_texts(item, (*path, i), tree, lines, offset)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _locate_texts(value_node, (*path, str(key_node.value)), tree, lines, offset)
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        tree.texts[path] = _span(node, lines, offset)


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


def _build(
    node: yaml.Node, path: Path, tree: Tree, offset: int, budget: list[int],
    open_nodes: frozenset[int] = frozenset(),
) -> Any:
    budget[0] -= 1
    # Too many values, too deep, or an alias inside its own anchor (which would never end).
    if budget[0] < 0 or len(path) > MAX_DEPTH or id(node) in open_nodes:
        p = _pos(node, offset)
        raise YamlProblem("E-YAML-TOO-COMPLEX", p.line, p.column)
    open_nodes = open_nodes | {id(node)}
    tree.values[path] = _pos(node, offset)
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _TIMESTAMP:
            return node.value  # dates stay text: the schema checks their shape
        if node.tag not in _PLAIN_TAGS:
            p = _pos(node, offset)
            raise YamlProblem("E-YAML", p.line, p.column, problem=f"tag '{node.tag}' tidak diizinkan")
        return _constructor.construct_object(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            p = _pos(node, offset)
            raise YamlProblem("E-YAML", p.line, p.column, problem=f"tag '{node.tag}' tidak diizinkan")
        return [_build(item, (*path, i), tree, offset, budget, open_nodes)
                for i, item in enumerate(node.value)]
    if node.tag != "tag:yaml.org,2002:map":
        p = _pos(node, offset)
        raise YamlProblem("E-YAML", p.line, p.column, problem=f"tag '{node.tag}' tidak diizinkan")
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        kp = _pos(key_node, offset)
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            raise YamlProblem("E-YAML", kp.line, kp.column, problem="kunci harus berupa teks biasa")
        key = str(key_node.value)
        if key in result:
            raise YamlProblem("E-YAML-DUPLICATE-KEY", kp.line, kp.column, key=key)
        tree.keys[(*path, key)] = kp
        result[key] = _build(value_node, (*path, key), tree, offset, budget, open_nodes)
    return result
