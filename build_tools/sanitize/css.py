"""CSS that only paints: what an SVG's ``<style>`` and ``style=`` may hold.

Drawings exported by Inkscape or draw.io style their shapes with CSS. Painting is harmless;
fetching (``@import``, ``url()`` to a file or host, ``image-set()``) and the old ways CSS could
run code (``expression()``, ``behavior``, ``-moz-binding``, ``javascript:``) are not. CSS is
read with tinycss2, a real tokenizer, so escapes (``u\\72l(``) and comments hide nothing.
Only ``url(#id)`` is allowed: a reference to a gradient, marker or clip path in the same file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tinycss2
from tinycss2.ast import Node

from build_tools.sanitize.urls import leaves_site

# At-rules that only group or name painting rules.
ALLOWED_AT_RULES = {"media", "supports", "keyframes", "-webkit-keyframes", "charset", "namespace"}
# Functions that fetch or run, whatever their arguments.
ACTIVE_FUNCTIONS = {"expression", "image-set", "-webkit-image-set", "image", "cross-fade", "element", "src",
                    "paint", "-moz-element"}
ACTIVE_PROPERTIES = {"behavior", "-ms-behavior", "-moz-binding", "binding"}
ACTIVE_WORDS = ("javascript:", "vbscript:")


@dataclass(frozen=True)
class CssProblem:
    line: int  # 1-based, within the CSS text
    column: int
    found: str  # what to quote back to the author, e.g. "@import" or "url(https://…)"
    outside: bool  # True when it would fetch from another host


def _walk(nodes: list[Node] | None) -> Iterator[Node]:
    for node in nodes or []:
        yield node
        if node.type in ("() block", "[] block", "{} block"):
            yield from _walk(node.content)
        elif node.type == "function":
            yield from _walk(node.arguments)
        elif node.type in ("qualified-rule", "at-rule"):
            yield from _walk(node.prelude)
            yield from _walk(node.content)


def _url_argument(node: Node) -> str | None:
    """The target of ``url(...)`` written as a URL token or as the function with a string."""
    if node.type == "url":
        return str(node.value)
    if node.type == "function" and node.lower_name == "url":
        strings = [a.value for a in node.arguments if a.type == "string"]
        return strings[0] if strings else ""
    return None


def _problem(node: Node) -> CssProblem | None:
    where = (node.source_line or 1, node.source_column or 1)
    if node.type == "error" and node.kind == "bad-url":  # a url( the tokenizer could not read
        return CssProblem(*where, "url(…)", False)
    target = _url_argument(node)
    if target is not None:
        if target.strip().startswith("#") and not any(w in target.lower() for w in ACTIVE_WORDS):
            return None
        return CssProblem(*where, f"url({target.strip()})", leaves_site(target, decode=False))
    if node.type == "at-keyword" or node.type == "at-rule":
        name = node.lower_at_keyword if node.type == "at-rule" else node.lower_value
        return None if name in ALLOWED_AT_RULES else CssProblem(*where, f"@{name}", False)
    if node.type == "function" and node.lower_name in ACTIVE_FUNCTIONS:
        return CssProblem(*where, f"{node.lower_name}()", False)
    if node.type == "ident" and node.lower_value in ACTIVE_PROPERTIES:
        return CssProblem(*where, node.lower_value, False)
    if node.type in ("string", "ident") and any(w in node.value.lower() for w in ACTIVE_WORDS):
        return CssProblem(*where, node.value, False)
    return None


def problems(css: str) -> list[CssProblem]:
    """Everything in ``css`` (a stylesheet or a declaration list) that fetches or runs."""
    nodes = tinycss2.parse_component_value_list(css, skip_comments=True)
    return [p for p in map(_problem, _walk(nodes)) if p is not None]


def _clean_declarations(nodes: list[Node]) -> str:
    kept = []
    for decl in tinycss2.parse_blocks_contents(nodes, skip_comments=True, skip_whitespace=True):
        if decl.type == "declaration" and not any(map(_problem, _walk(decl.value))) and (
            decl.lower_name not in ACTIVE_PROPERTIES
        ):
            kept.append(decl.serialize())
        elif decl.type == "at-rule" and _clean_rule(decl):
            kept.append(_clean_rule(decl))
    return ";".join(kept)


def _clean_rule(rule: Node) -> str:
    if rule.type == "qualified-rule":
        if any(map(_problem, _walk(rule.prelude))):
            return ""
        return f"{tinycss2.serialize(rule.prelude).strip()}{{{_clean_declarations(rule.content)}}}"
    if rule.type == "at-rule" and rule.lower_at_keyword in ALLOWED_AT_RULES:
        if any(map(_problem, _walk(rule.prelude))):
            return ""
        prelude = tinycss2.serialize(rule.prelude).strip()
        if rule.content is None:
            return f"@{rule.at_keyword} {prelude};"
        # @media and @supports hold rules; @keyframes too (selectors are percentages).
        inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
        body = "".join(_clean_rule(r) for r in inner)
        return f"@{rule.at_keyword} {prelude}{{{body}}}"
    return ""


def clean_stylesheet(css: str) -> str:
    """``css`` with every rule and declaration that fetches or runs left out."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "\n".join(text for text in map(_clean_rule, rules) if text)


def clean_declarations(css: str) -> str:
    """A ``style=`` value with every declaration that fetches or runs left out."""
    return _clean_declarations(tinycss2.parse_component_value_list(css, skip_comments=True))
