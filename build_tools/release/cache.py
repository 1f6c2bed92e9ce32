"""Versioned addresses for the assets a page loads, so servers may cache them for a year.

Material's own files carry a content hash in their names; ours (berpijar.css and .js, the
agency's logo and colours, the images of a materi) keep theirs, so every page's reference
that loads such a file (``<link>``, ``<script>``, ``<img>``, ``<source>``; not a link a
reader follows) gets ``?v=<hash of its bytes>``. A new release that changes a file changes the
address pages use, and the server snippets in deploy/ send ``immutable`` for versioned
addresses and ``no-cache`` for everything else (pages above all). From ``file://`` the query
is ignored and the same file opens.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_tools.release.manifest import sha256_file
from build_tools.sanitize.urls import in_site

_REFERENCE = re.compile(
    r'(?P<lead>\s(?:href|src)=)(?P<q>"?)(?P<url>[^"\s>?#]+\.(?:css|js|svg|png|jpe?g|gif|webp|ico))(?P=q)(?=[\s/>])'
)
_HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")
# Only what a page loads: a link a reader follows (<a href>) keeps its plain address.
_LOADING_TAG = re.compile(r"<(?:link|script|img|source)\b[^>]*>", re.I)


def version_urls(site: Path) -> int:
    """Add ``?v=`` to every page's references to the site's own unhashed assets; how many."""
    digests: dict[str, str | None] = {}
    count = 0

    def digest(rel: str) -> str | None:
        if rel not in digests:
            path = site / rel
            ok = path.is_file() and not path.is_symlink()
            digests[rel] = sha256_file(path)[:10] if ok else None
        return digests[rel]

    def versioned(folder: str, match: re.Match[str]) -> str:
        nonlocal count
        url = match["url"]
        if "://" in url or url.startswith(("/", "data:")) or _HASHED.search(url):
            return match[0]
        rel = in_site(folder, url)
        value = None if rel is None else digest(rel)
        if value is None:
            return match[0]
        count += 1
        return f'{match["lead"]}"{url}?v={value}"'

    for page in sorted(site.rglob("*.html")):
        # 404.html resolves against the site's root (its <base>), every other page its folder.
        folder = page.relative_to(site).parent.as_posix()
        text = page.read_text("utf-8")
        changed = _LOADING_TAG.sub(
            lambda tag, folder=folder: _REFERENCE.sub(lambda m: versioned(folder, m), tag[0]), text)
        if changed != text:
            page.write_text(changed, "utf-8")
    return count
