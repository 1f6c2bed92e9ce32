"""Where each link and image of a body leads, and whether it gets there."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from build_tools.diagnostics import Diagnostic
from build_tools.sanitize.urls import leaves_site
from build_tools.validate.markdown import (
    UNINFORMATIVE,
    UNSAFE_SCHEMES,
    Body,
    LinkTarget,
    html_links,
    links,
    normalised_scheme,
)

AnchorLookup = Callable[[str], "set[str] | None"]


@dataclass(frozen=True)
class Targets:
    """What a relative link may lead to: ``files`` exist, ``published`` are on the site."""

    files: set[str]
    published: set[str]
    top: str  # the curriculum folder (``curriculum``); links may not leave it


def check_links(body: Body, targets: Targets, anchors_of: AnchorLookup) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    here = posixpath.dirname(body.path)
    for link in links(body):
        target = link.target
        if link.image and link.text is not None and not link.text.strip():
            out.append(body.at(link.offset, "E-IMAGE-ALT", target=target))
        if link.image and leaves_site(target) and normalised_scheme(target) not in UNSAFE_SCHEMES:
            out.append(body.at(link.offset, "E-OUTSIDE-RESOURCE", target=target))
            continue
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
        out.extend(_check_relative(body, link.offset, target, here, targets, anchors_of))
    out += check_html_links(body, targets, anchors_of)
    return out


def check_html_links(body: Body, targets: Targets, anchors_of: AnchorLookup) -> list[Diagnostic]:
    """<a href> and <img src> in raw HTML lead where Markdown links lead: checked the same way.

    Schemes and other hosts are judged by check_unsafe; here only relative targets."""
    out: list[Diagnostic] = []
    here = posixpath.dirname(body.path)
    found: list[LinkTarget] = html_links(body)
    for link in found:
        target = link.target.strip()
        if not target or leaves_site(target, decode=False):
            continue
        out.extend(_check_relative(body, link.offset, target, here, targets, anchors_of))
    return out


def _check_relative(
    body: Body, offset: int, target: str, here: str, targets: Targets, anchors_of: AnchorLookup
) -> list[Diagnostic]:
    files, top = targets.files, targets.top
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
        if resolved not in targets.published:
            return [body.at(offset, "E-LINK-UNPUBLISHED", target=target)]  # e.g. ../program.yml
    if anchor:
        known = anchors_of(resolved)
        if known is not None and unquote(anchor) not in known:
            return [body.at(offset, "E-LINK-ANCHOR", target=target, anchor=anchor)]
    return []
