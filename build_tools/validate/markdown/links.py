"""Rules about where each link and image of a body leads, and whether it gets there."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from urllib.parse import unquote

from build_tools.diagnostics import Diagnostic
from build_tools.sanitize.urls import UNSAFE_SCHEMES, leaves_site, normalised_scheme
from build_tools.validate.markdown.body import Body
from build_tools.validate.markdown.link_targets import LinkTarget, html_links, markdown_links

UNINFORMATIVE = {
    "di sini", "disini", "klik di sini", "klik disini", "klik", "tautan", "tautan ini",
    "here", "click here", "link", "this link", "selengkapnya",
}


@dataclass(frozen=True)
class LinkContext:
    """What a relative link is checked against: made once per run and handed whole to every
    link check, so a check's signature says what it may look at."""

    files: AbstractSet[str]  # every file of the tree: a link to anything else is broken
    published: AbstractSet[str]  # the files the site publishes: a link to another leads nowhere
    top: str  # the curriculum folder (``curriculum``); links may not leave it
    # The pages whose headings are known, by path: a link's #anchor must name one of theirs.
    pages: Mapping[str, Body] = field(default_factory=dict)

    def anchors(self, path: str) -> set[str] | None:
        """The ids of a page's headings, or None when its body is unknown (then any goes)."""
        page = self.pages.get(path)
        return page.anchors if page is not None else None


def check_links(body: Body, context: LinkContext) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    here = posixpath.dirname(body.path)
    for link in markdown_links(body):
        target = link.target
        if link.image and link.text is not None and not link.text.strip():
            out.append(body.at(link.offset, "E-IMAGE-ALT", target=target))
        if link.text is not None and not link.image:
            words = " ".join(link.text.lower().strip(" .,:;!?").split())
            if words in UNINFORMATIVE:
                out.append(body.at(link.offset, "W-LINK-TEXT", text=link.text.strip()))
        harm = harmful_target(body, link)
        if harm is not None:
            out.append(harm)
            continue
        scheme = normalised_scheme(target)
        if link.loose:
            continue
        if scheme == "http":
            out.append(body.at(link.offset, "W-LINK-HTTP", target=target))
            continue
        if scheme or target.startswith("//") or not target:
            continue
        out.extend(_check_relative(body, link.offset, target, here, context))
    out += check_html_links(body, context)
    return out


def harmful_target(body: Body, link: LinkTarget) -> Diagnostic | None:
    """A link that runs code (``javascript:``, ``data:``, ...) or an image fetched from another
    host: wrong wherever the link is written, a body or a metadata string."""
    scheme = normalised_scheme(link.target)
    if scheme in UNSAFE_SCHEMES:
        return body.at(link.offset, "E-UNSAFE-URL", scheme=scheme, target=link.target)
    if link.image and leaves_site(link.target):
        return body.at(link.offset, "E-OUTSIDE-RESOURCE", target=link.target)
    return None


def check_html_links(body: Body, context: LinkContext) -> list[Diagnostic]:
    """<a href> and <img src> in raw HTML lead where Markdown links lead: checked the same way.

    Schemes and other hosts are judged by check_unsafe; here only relative targets."""
    out: list[Diagnostic] = []
    here = posixpath.dirname(body.path)
    for link in html_links(body):
        target = link.target.strip()
        if not target or leaves_site(target, decode=False):
            continue
        out.extend(_check_relative(body, link.offset, target, here, context))
    return out


def _check_relative(body: Body, offset: int, target: str, here: str, context: LinkContext) -> list[Diagnostic]:
    files = context.files
    path_part, _, anchor = target.partition("#")
    path_part = unquote(path_part.split("?", 1)[0])
    if not path_part:
        resolved = body.path
    else:
        if path_part.startswith("/"):
            return [body.at(offset, "E-LINK-OUTSIDE", target=target)]
        resolved = posixpath.normpath(posixpath.join(here, path_part))
        if not resolved.startswith(context.top + "/"):
            return [body.at(offset, "E-LINK-OUTSIDE", target=target)]
        if resolved not in files:
            index = posixpath.join(resolved, "index.md")
            if path_part.endswith("/") or index in files:
                resolved = index
            if resolved not in files:
                return [body.at(offset, "E-LINK-BROKEN", target=target)]
        if resolved not in context.published:
            return [body.at(offset, "E-LINK-UNPUBLISHED", target=target)]  # e.g. ../program.yml
    if anchor:
        known = context.anchors(resolved)
        if known is not None and unquote(anchor) not in known:
            return [body.at(offset, "E-LINK-ANCHOR", target=target, anchor=anchor)]
    return []
