"""The Content-Security-Policy of every page: nothing runs or loads unless the site shipped it.

The policy is written into each page as ``<meta http-equiv>`` (so it holds on any web server
and from ``file://``) and, as one line for all pages, into the site folder for servers that
send it as a header. Scripts, styles, images, fonts, workers and connections come from the
site itself. Material writes a few small inline scripts into every page (the storage helpers,
the colour-scheme switch); they are allowed by their SHA-256 hash, computed here from the page
as written, never by ``'unsafe-inline'``. Only scripts outside the page's content are hashed:
content is checked to hold none (build_tools.sanitize.output), and a script there would not
run even if a check missed it.

Two allowances, both for Material: ``data:`` images (its icons are SVG ``data:`` URLs in its
CSS; content may hold no ``data:`` URL, the validator and the output check refuse it), and the
one inline script the offline shim (iframe-worker) writes into its hidden frame to run the
search worker from ``file://``. Its text is fixed by the shim and the worker's URL, so it is
hashed as well: Chromium does not apply the page's policy inside that frame, browsers that do
would otherwise stop search in a downloaded copy.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

# Script elements that run: no src, and no type or a JavaScript type (JSON data never runs).
_SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script\s*>", re.I | re.S)
_SRC = re.compile(r"(?:^|\s)src\s*=", re.I)
_TYPE = re.compile(r"""(?:^|\s)type\s*=\s*["']?([^"'\s>]+)""", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}
_CONTENT = re.compile(r"<article\b[^>]*\bmd-content__inner\b.*?</article\s*>", re.I | re.S)
_CONFIG = re.compile(r"<script\b[^>]*\bid=\"?__config\"?[^>]*>(.*?)</script", re.I | re.S)
_HEAD = re.compile(r"<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?", re.I)
# The shim's frame: document.write(`...<script>postMessage=${c};...<\/script>...`)
_SHIM_SCRIPT = re.compile(r"<script>(postMessage=\$\{(\w+)\};importScripts=\$\{(\w+)\};[^`]*?)<\\/script>")

POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
}


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_scripts(html: str) -> list[str]:
    """The text of each inline script outside the content that a browser would run."""
    content = _CONTENT.search(html)
    out = []
    for m in _SCRIPT.finditer(html):
        if content and content.start() <= m.start() < content.end():
            continue
        attrs = m.group(1) or ""
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind.group(1).lower() not in _JS_TYPES):
            continue
        out.append(m.group(2))
    return out


def worker_url(html: str) -> str | None:
    """The search worker's URL as Material passes it to ``new Worker`` (from its __config)."""
    m = _CONFIG.search(html)
    if not m:
        return None
    try:
        value = json.loads(m.group(1)).get("search")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _function_source(code: str, name: str) -> str | None:
    """``function name(...){...}`` exactly as written (what Function.prototype.toString gives)."""
    start = code.find(f"function {name}(")
    if start < 0:
        return None
    depth = 0
    for i in range(code.index("{", start), len(code)):
        depth += {"{": 1, "}": -1}.get(code[i], 0)
        if depth == 0:
            return code[start : i + 1]
    return None


class ShimScript:
    """The inline script the iframe-worker shim writes for a worker URL, if the shim is the
    one we know (otherwise nothing is allowed for it, and a browser test says so)."""

    def __init__(self, shim: Path | None) -> None:
        self.template: str | None = None
        code = shim.read_text("utf-8") if shim is not None and shim.is_file() else ""
        m = _SHIM_SCRIPT.search(code)
        if m and "\\" not in m.group(1):
            pieces = {name: _function_source(code, name) for name in (m.group(2), m.group(3))}
            if all(pieces.values()):
                template = m.group(1)
                for name, source in pieces.items():
                    template = template.replace(f"${{{name}}}", source or "")
                self.template = template

    def text(self, url: str) -> str | None:
        text = None if self.template is None else self.template.replace("${e}", url)
        return None if text is None or "${" in text else text


def policy(hashes: Iterable[str]) -> str:
    directives = {k: list(v) for k, v in POLICY.items()}
    directives["script-src"] += sorted(set(hashes))
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def page_hashes(html: str, shim: ShimScript) -> list[str]:
    texts = inline_scripts(html)
    url = worker_url(html)
    shim_text = shim.text(url) if url else None
    if shim_text:
        texts.append(shim_text)
    return [_hash(t) for t in texts]


def add_meta(html: str, hashes: list[str]) -> str:
    """The page with its policy as the first element of <head> after the charset."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    m = _HEAD.search(html)
    if m is None:
        return html
    return html[: m.end()] + meta + html[m.end() :]
