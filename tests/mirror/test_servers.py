"""Mirrors on real nginx and Apache, at the root and under /pelatihan/asn/.

Each deployment is installed with `berpijar pasang` under umask 077 and served by a deploy/
file; then headers, every internal link, verification by URL, an update with nothing stale,
and a rollback are checked over HTTP, and the 404 page, search and a quiz in Chromium.
"""

from __future__ import annotations

import gzip
import html.parser
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.test_search import run_search
from tests.mirror.conftest import Keys, Rilis, berpijar, materi_source, server_folder
from tests.mirror.servers import serve
from tests.sitebuild import materi_with_kuis

pytestmark = pytest.mark.slow

DEPLOYMENTS = [("nginx", "akar", "/"), ("nginx", "awalan", "/pelatihan/asn/"),
               ("apache", "akar", "/"), ("apache", "awalan", "/pelatihan/asn/")]
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass
class Mirror:
    server: str
    url: str  # the site's base address, ending in /
    folder: Path  # what `berpijar pasang` installed into (the server serves folder/current)
    prefix: str


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def get(url: str, gzip_ok: bool = False) -> Answer:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
            return Answer(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as exc:
        return Answer(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


@pytest.fixture(scope="module", params=DEPLOYMENTS, ids=lambda d: f"{d[0]}-{d[1]}")
def mirror(request: pytest.FixtureRequest, releases: tuple[Rilis, Rilis], keys: Keys,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mirror]:
    server, variant, prefix = request.param
    a, _ = releases
    with server_folder() as srv:
        folder = srv / "berpijar"
        done = berpijar("pasang", a.archive, folder, "--kunci-publik", keys.public, "--prefix", prefix,
                        umask=0o077)
        assert done.returncode == 0, done.stdout + done.stderr
        with serve(server, variant, folder, tmp_path_factory.mktemp(f"{server}-{variant}")) as base:
            yield Mirror(server, base + prefix, folder, prefix)


# --- HTTP ----------------------------------------------------------------------------------


def test_headers_types_and_compression(mirror: Mirror) -> None:
    index = get(mirror.url + "index.html", gzip_ok=True)
    assert index.status == 200
    assert index.headers["content-type"] == "text/html; charset=utf-8"
    assert index.headers["cache-control"] == "no-cache"
    assert index.headers["x-content-type-options"] == "nosniff"
    assert index.headers.get("content-encoding") == "gzip"
    assert b"<html" in gzip.decompress(index.body)

    csv = get(mirror.url + "tata-kelola-data/rbpmp-tkd-01.csv")
    assert csv.status == 200 and csv.headers["content-type"].startswith("text/csv")
    svg = get(mirror.url + "assets/images/logo.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    hashed = next((mirror.folder / "current" / "assets" / "javascripts").glob("bundle.*.min.js")).name
    js = get(mirror.url + f"assets/javascripts/{hashed}")
    assert js.headers["content-type"].startswith(("application/javascript", "text/javascript"))
    assert js.headers["cache-control"] == IMMUTABLE
    assert get(mirror.url + "assets/stylesheets/berpijar.css").headers["cache-control"] == "no-cache"
    assert get(mirror.url + "assets/stylesheets/berpijar.css?v=0123abcd").headers["cache-control"] == IMMUTABLE

    missing = get(mirror.url + "tidak/ada/sama-sekali.html")
    assert missing.status == 404
    assert b"404" in missing.body and b"build-info.json" in missing.body
    assert missing.headers["x-content-type-options"] == "nosniff"
    # Release folders beside the live one are not served.
    if mirror.prefix == "/":
        assert get(mirror.url + "releases/").status in (403, 404)


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "src" or (name == "href" and tag in ("a", "link"))):
                self.urls.append(value)


def crawl(start: str) -> tuple[set[str], list[str]]:
    """Every page reachable from ``start`` inside its folder; links that do not answer 200."""
    root = start.rsplit("/", 1)[0] + "/"
    seen: set[str] = set()
    broken: list[str] = []
    queue = [start]
    checked: set[str] = set()
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        answer = get(url)
        if answer.status != 200:
            broken.append(f"{url} -> {answer.status}")
            continue
        if not answer.headers["content-type"].startswith("text/html"):
            continue
        parser = _Links()
        parser.feed(answer.body.decode("utf-8"))
        for link in parser.urls:
            target = urllib.parse.urljoin(url, link).split("#")[0]
            if not target.startswith(root) or target in checked:
                continue
            checked.add(target)
            if target.endswith(".html") or target.endswith("/"):
                queue.append(target)
            elif (status := get(target).status) != 200:
                broken.append(f"{link} (in {url}) -> {status}")
    return seen, broken


def test_every_page_is_linked_and_every_internal_link_resolves(
    mirror: Mirror, releases: tuple[Rilis, Rilis]
) -> None:
    pages, broken = crawl(mirror.url + "index.html")
    assert broken == []
    listed = [line.split("  ", 1)[1] for line in releases[0].manifest.read_text("utf-8").splitlines()]
    html = {mirror.url + rel for rel in listed if rel.endswith(".html") and rel != "404.html"}
    assert len(html) > 30
    assert sorted(html - pages) == []


def test_verify_by_url(mirror: Mirror, releases: tuple[Rilis, Rilis], keys: Keys) -> None:
    a, b = releases
    ok = berpijar("verify", mirror.url, "--manifest", a.manifest, "--kunci-publik", keys.public)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "tanda tangan sah" in ok.stdout and " 0 hilang, 0 berubah" in ok.stdout
    other = berpijar("verify", mirror.url, "--manifest", b.manifest, "--kunci-publik", keys.public)
    assert other.returncode == 1
    _, changed = materi_source()
    assert f"berubah: {changed}" in other.stdout


def test_update_serves_the_new_text_and_nothing_stale_then_rolls_back(
    mirror: Mirror, releases: tuple[Rilis, Rilis], keys: Keys
) -> None:
    a, b = releases
    _, materi = materi_source()
    assert a.marker.encode() in get(mirror.url + materi).body
    assert get(mirror.url + "instansi/catatan-lama.txt").status == 200

    done = berpijar("pasang", b.archive, mirror.folder, "--kunci-publik", keys.public, umask=0o077)
    assert done.returncode == 0, done.stdout + done.stderr
    body = get(mirror.url + materi).body
    assert b.marker.encode() in body and a.marker.encode() not in body
    assert get(mirror.url + "instansi/catatan-lama.txt").status == 404  # only in release A
    check = berpijar("verify", mirror.url, "-m", b.manifest, "-p", keys.public)
    assert check.returncode == 0, check.stdout
    current = mirror.folder / "current"
    assert berpijar("verify", current, "-m", b.manifest, "-p", keys.public).returncode == 0  # no extra file
    assert len(list((mirror.folder / "releases").iterdir())) == 2

    back = berpijar("pasang", "--kembalikan", mirror.folder)
    assert back.returncode == 0, back.stdout + back.stderr
    assert a.marker.encode() in get(mirror.url + materi).body
    assert berpijar("verify", mirror.url, "-m", a.manifest, "-p", keys.public).returncode == 0


# --- Chromium ------------------------------------------------------------------------------


@pytest.mark.browser
def test_404_page_has_its_styles_and_working_links(mirror: Mirror, page) -> None:
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.url} {r.status}")
            if r.status >= 400 and "build-info.json" not in r.url and "tidak/ada" not in r.url else None)
    answer = page.goto(mirror.url + "tidak/ada/di/sini.html")
    assert answer.status == 404
    assert page.evaluate("document.baseURI") == mirror.url
    sheets = page.evaluate("[...document.querySelectorAll('link[rel=stylesheet]')].map(l => !!l.sheet)")
    assert sheets and all(sheets)
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.evaluate("document.querySelector('.md-header img, .md-logo img').naturalWidth") > 0
    links = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    internal = {u.split("#")[0] for u in links if u.startswith(mirror.url)}
    assert len(internal) >= 5
    assert [u for u in sorted(internal) if get(u).status != 200] == []
    assert failed == []


@pytest.mark.browser
def test_search_and_quiz_work(mirror: Mirror, page) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(mirror.url + "index.html")
    results = run_search(page, "data")
    assert results and all(r.startswith(mirror.url) for r in results)
    _, materi = materi_with_kuis()
    page.goto(mirror.url + materi.page[: -len(".md")] + ".html")
    soal = materi.kuis[0]
    q = page.locator(".bp-kuis .bp-soal").first
    q.locator(f"input[type=radio][value='{soal.jawaban}']").check()
    q.locator(".bp-periksa").click()
    assert q.locator(".bp-umpan").inner_text() == "Benar."
    assert errors == []
