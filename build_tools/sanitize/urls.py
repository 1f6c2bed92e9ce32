"""Where a URL leads, read the way a browser reads it."""

from __future__ import annotations

import html
import posixpath
import re

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Schemes that run code or smuggle a document in: refused wherever a URL is read.
UNSAFE_SCHEMES = {"javascript", "data", "vbscript"}


def _cleaned(target: str, decode: bool) -> str:
    """Entities decoded (once, as an HTML attribute is), control characters and spaces dropped."""
    text = html.unescape(target) if decode else target
    return "".join(ch for ch in text if ch > " " and ch != "\x7f")


def normalised_scheme(target: str, decode: bool = True) -> str | None:
    """The URL scheme as a browser sees it: entities decoded, control characters dropped."""
    match = _SCHEME.match(_cleaned(target, decode))
    return match.group(1).lower() if match else None


def leaves_site(target: str, decode: bool = True) -> bool:
    """True when fetching ``target`` would ask another host (or another scheme) for it.

    Relative paths and fragments stay on the site; anything with a scheme, and network-path
    references (``//host``, which browsers also accept written with backslashes), do not.
    """
    cleaned = _cleaned(target, decode).replace("\\", "/")
    return cleaned.startswith("//") or normalised_scheme(cleaned, decode=False) is not None


def srcset_urls(value: str) -> list[str]:
    """The URLs of a ``srcset`` list: each candidate is a URL then an optional descriptor."""
    out = []
    for candidate in html.unescape(value).split(","):
        parts = candidate.split()
        if parts:
            out.append(parts[0])
    return out


def in_site(folder: str, path: str) -> str | None:
    """``path`` (decoded, relative to the site folder ``folder``) as a path from the site's root,
    or None when it leaves the site: climbing above the root, or rooted at ``/`` (which a
    server, a zip or ``file://`` would each resolve somewhere else)."""
    resolved = posixpath.normpath(posixpath.join(folder, path))
    if resolved == ".." or resolved.startswith(("../", "/")):
        return None
    return resolved
