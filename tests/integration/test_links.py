"""Every link of the built repository site, read from its files: nothing broken, nothing that
breaks under a path prefix or from file://, and nothing fetched from another host."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.sitebuild import REPO, build_project

# Attributes that make the browser fetch or navigate to something.
URL_ATTRS = {
    "a": ("href",), "area": ("href",), "link": ("href",), "base": ("href",),
    "script": ("src",), "img": ("src", "srcset"), "iframe": ("src",), "frame": ("src",),
    "source": ("src", "srcset"), "audio": ("src",), "video": ("src", "poster"),
    "track": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
    "form": ("action",), "use": ("href", "xlink:href"), "image": ("href", "xlink:href"),
    "blockquote": ("cite",), "q": ("cite",),
}
# Hosts that serve code, styles or fonts: a page must not even link to them.
CDN_HOSTS = (
    "unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com", "fonts.googleapis.com",
    "fonts.gstatic.com", "ajax.googleapis.com", "code.jquery.com", "stackpath.bootstrapcdn.com",
    "maxcdn.bootstrapcdn.com", "use.fontawesome.com", "kit.fontawesome.com", "polyfill.io",
    "cdn.polyfill.io", "esm.sh", "cdn.skypack.dev",
)
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.I)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)""", re.I)


@dataclass
class Link:
    tag: str
    attr: str
    url: str
    line: int


@dataclass
class PageLinks:
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    css: list[tuple[str, int]] = field(default_factory=list)  # inline style text, line


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.page.ids.add(values["name"])
        for attr in URL_ATTRS.get(tag, ()):
            value = values.get(attr, "").strip()
            if not value or (tag == "form" and attr == "action" and not value):
                continue
            if attr == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.links.append(Link(tag, attr, candidate.split()[0], line))
            else:
                self.page.links.append(Link(tag, attr, value, line))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            match = re.search(r"url\s*=\s*(\S+)", values.get("content", ""), re.I)
            if match:
                self.page.links.append(Link(tag, "content", match[1].strip("'\""), line))
        if "style" in values:
            self.page.css.append((values["style"], line))
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.page.css.append((data, self.getpos()[0]))


def _read(path: Path) -> PageLinks:
    collector = _Collector()
    collector.feed(path.read_text("utf-8"))
    collector.close()
    return collector.page


@pytest.fixture(scope="module")
def pages(site_dir: Path) -> dict[str, PageLinks]:
    found = {p.relative_to(site_dir).as_posix(): _read(p) for p in sorted(site_dir.rglob("*.html"))}
    assert len(found) > 20, "the site has too few pages to be the repository's"
    return found


def _external_host(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") or (not parts.scheme and url.startswith("//")):
        return (parts.hostname or "").lower()
    return None


def _is_cdn(host: str) -> bool:
    return any(host == cdn or host.endswith("." + cdn) for cdn in CDN_HOSTS)


def _check_css_urls(text: str, where: str, base: str, site: Path) -> list[str]:
    """url() and @import of a stylesheet: no other host, and local files that exist."""
    problems = []
    urls = [next(g for g in m.groups() if g is not None) for m in CSS_URL.finditer(text)]
    urls += CSS_IMPORT.findall(text)
    for url in urls:
        scheme = urlsplit(url).scheme
        if not url or scheme == "data" or url.startswith("#"):
            continue
        if _external_host(url) is not None:
            problems.append(f"{where}: url({url}) loads from another host")
        elif scheme:
            problems.append(f"{where}: url({url}) has scheme {scheme}:")
        elif url.startswith("/"):
            problems.append(f"{where}: url({url}) is an absolute path (breaks under a prefix)")
        else:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(base), urlsplit(url).path))
            if not (site / unquote(target)).is_file():
                problems.append(f"{where}: url({url}) points at a missing file")
    return problems


def test_no_broken_internal_link(site_dir: Path, pages: dict[str, PageLinks]) -> None:
    broken = []
    checked = 0
    for here, page in pages.items():
        for link in page.links:
            parts = urlsplit(link.url)
            if parts.scheme or link.url.startswith("/"):
                continue  # judged by the two tests below
            checked += 1
            where = f"{here}:{link.line} <{link.tag} {link.attr}={link.url!r}>"
            path = unquote(parts.path)
            target = posixpath.normpath(posixpath.join(posixpath.dirname(here), path)) if path else here
            if target == ".." or target.startswith("../"):
                broken.append(f"{where}: leaves the site folder")
                continue
            file = site_dir / target
            if file.is_dir():
                broken.append(f"{where}: a folder, not a file (breaks when opened from file://)")
            elif not file.is_file():
                broken.append(f"{where}: {target} does not exist")
            elif parts.fragment and target.endswith(".html"):
                ids = pages[target].ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{where}: {target} has no element with id {parts.fragment!r}")
    assert checked > 500, f"only {checked} internal links: the crawl missed the pages"
    assert broken == [], "broken links:\n" + "\n".join(broken)


def _absolute(page: PageLinks) -> list[Link]:
    return [link for link in page.links if link.url.startswith("/") and not link.url.startswith("//")]


def test_no_absolute_path_link(pages: dict[str, PageLinks]) -> None:
    """'/x' points at the server's root: wrong under /pelatihan/asn/ and from file://.

    404.html is the exception MkDocs makes on purpose: a server shows it at any depth, so its
    links are absolute, rooted at the path of site_url (see the next test).
    """
    found = [
        f"{here}:{link.line} <{link.tag} {link.attr}={link.url!r}>"
        for here, page in pages.items()
        if here != "404.html"
        for link in _absolute(page)
    ]
    assert found == [], "links that break under a path prefix:\n" + "\n".join(found)


def test_404_page_is_rooted_at_the_site_url_path(tmp_path: Path) -> None:
    """A mirror under a prefix builds with --site-url; then its 404 page finds its assets."""
    prefix = "/pelatihan/asn/"
    site = build_project(REPO, tmp_path / "site", site_url=f"https://example.invalid{prefix}")
    links = _absolute(_read(site / "404.html"))
    assert len(links) > 5
    wrong = [link.url for link in links if not link.url.startswith(prefix)]
    assert wrong == []
    missing = [link.url for link in links
               if not (site / unquote(urlsplit(link.url).path[len(prefix):])).is_file()]
    assert missing == []


def test_nothing_is_loaded_from_another_host(pages: dict[str, PageLinks]) -> None:
    found = []
    for here, page in pages.items():
        for link in page.links:
            where = f"{here}:{link.line} <{link.tag} {link.attr}={link.url!r}>"
            host = _external_host(link.url)
            scheme = urlsplit(link.url).scheme
            if host is not None:
                if link.tag != "a" or link.attr != "href":
                    found.append(f"{where}: loads from {host}")
                elif _is_cdn(host):
                    found.append(f"{where}: a link to the CDN {host}")
            elif scheme == "javascript":
                found.append(f"{where}: a javascript: URL")
            elif scheme and scheme not in ("mailto", "tel", "data", "blob"):
                found.append(f"{where}: an unexpected {scheme}: URL")
    assert found == [], "requests to other hosts:\n" + "\n".join(found)


def test_inline_styles_load_nothing_from_another_host(
    site_dir: Path, pages: dict[str, PageLinks]
) -> None:
    problems = []
    for here, page in pages.items():
        for text, line in page.css:
            problems += _check_css_urls(text, f"{here}:{line}", here, site_dir)
    assert problems == [], "\n".join(problems)


def test_stylesheets_load_nothing_from_another_host(site_dir: Path) -> None:
    sheets = sorted(site_dir.rglob("*.css"))
    assert any(p.name == "berpijar.css" for p in sheets), "the site's own stylesheet is missing"
    problems = []
    for sheet in sheets:
        rel = sheet.relative_to(site_dir).as_posix()
        problems += _check_css_urls(sheet.read_text("utf-8"), rel, rel, site_dir)
    assert problems == [], "\n".join(problems)
