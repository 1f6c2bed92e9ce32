"""One 404 page for any path prefix, without a rebuild.

A server shows ``404.html`` at whatever address was asked for, so its links cannot be relative
to its own location, and MkDocs roots them at ``/`` (or at the path of ``site_url``). A mirror
under ``/pelatihan/asn/`` would then get a 404 page without styles and with dead links. Instead
the page's links are made relative to the site's root and a small script in ``<head>`` finds
that root at run time: it walks up the requested path and asks each folder for
``build-info.json``; the first folder that has it becomes the page's ``<base>``. The scripts
live in ``overrides/berpijar/`` with the site's other front-end code.
"""

from __future__ import annotations

import re
from pathlib import Path

_ROOTED = re.compile(r'(\s(?:href|src)=")/(?!/)')
_CONFIG_END = re.compile(r'(<script id="__config"[^>]*>.*?</script>)', re.S)
# The search worker's address stays relative (to the <base> found at run time): the iframe
# shim writes it into an inline script whose hash the Content-Security-Policy must know.
_ROOTED_WORKER = re.compile(r'("search":\s*")/(?!/)')


def root_relative(html: str, find_root: str, fix_config: str) -> str:
    """``html`` (MkDocs' 404 page, links rooted at ``/``) that works under any prefix."""
    html = _ROOTED.sub(r"\1./", html)
    html = _CONFIG_END.sub(lambda m: _ROOTED_WORKER.sub(r"\1", m.group(1), count=1), html, count=1)
    html = html.replace("<head>", f"<head>\n<script>{find_root.strip()}</script>", 1)
    return _CONFIG_END.sub(lambda m: f"{m.group(1)}<script>{fix_config.strip()}</script>", html, count=1)


def root_relative_page(html: str, scripts: Path) -> str:
    """``root_relative`` with the two scripts kept in ``scripts`` (the templates folder)."""
    return root_relative(html, (scripts / "404-akar.js").read_text("utf-8"),
                         (scripts / "404-config.js").read_text("utf-8"))
