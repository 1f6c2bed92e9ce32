"""Where each link and image of a body leads, and whether it gets there."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from urllib.parse import unquote

from build_tools.diagnostics import Diagnostic
from build_tools.validate.markdown import UNINFORMATIVE, UNSAFE_SCHEMES, Body, links, normalised_scheme

AnchorLookup = Callable[[str], "set[str] | None"]


def check_links(body: Body, files: set[str], top: str, anchors_of: AnchorLookup) -> list[Diagnostic]:
    """``top`` is the curriculum folder (``curriculum``); links may not leave it."""
    out: list[Diagnostic] = []
    here = posixpath.dirname(body.path)
    for link in links(body):
        target = link.target
        if link.image and not (link.text or "").strip():
            out.append(body.at(link.offset, "E-IMAGE-ALT", target=target))
        if link.text is not None and not link.image:
            words = " ".join(link.text.lower().strip(" .,:;!?").split())
            if words in UNINFORMATIVE:
                out.append(body.at(link.offset, "W-LINK-TEXT", text=link.text.strip()))
        scheme = normalised_scheme(target)
        if scheme in UNSAFE_SCHEMES:
            out.append(body.at(link.offset, "E-UNSAFE-URL", scheme=scheme, target=target))
            continue
        if link.loose:
            continue
        if scheme == "http":
            out.append(body.at(link.offset, "W-LINK-HTTP", target=target))
            continue
        if scheme or target.startswith("//") or not target:
            continue
        out.extend(_check_relative(body, link.offset, target, here, files, top, anchors_of))
    return out


def _check_relative(
    body: Body, offset: int, target: str, here: str, files: set[str], top: str, anchors_of: AnchorLookup
) -> list[Diagnostic]:
    path_part, _, anchor = target.partition("#")
    path_part = unquote(path_part.split("?", 1)[0])
    if not path_part:
        resolved = body.path
    else:
        if path_part.startswith("/"):
            return [body.at(offset, "E-LINK-OUTSIDE", target=target)]
        resolved = posixpath.normpath(posixpath.join(here, path_part))
        if not resolved.startswith(top + "/"):
            return [body.at(offset, "E-LINK-OUTSIDE", target=target)]
        if resolved not in files:
            index = posixpath.join(resolved, "index.md")
            if path_part.endswith("/") or index in files:
                resolved = index
            if resolved not in files:
                return [body.at(offset, "E-LINK-BROKEN", target=target)]
    if anchor:
        known = anchors_of(resolved)
        if known is not None and unquote(anchor) not in known:
            return [body.at(offset, "E-LINK-ANCHOR", target=target, anchor=anchor)]
    return []
