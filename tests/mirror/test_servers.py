"""Mirrors on real nginx and Apache, at the root and under /pelatihan/asn/.

Each deployment is installed with `berpijar pasang` under umask 077 and served by a deploy/
file; then headers, every internal link, verification by URL, an update with nothing stale,
and a rollback are checked over HTTP. The 404 page, search and a quiz on the same deployments
are checked in Chromium by tests/browser/test_mirror.py (one Playwright per test session).
"""

from __future__ import annotations

import gzip
import html.parser
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.mirror.deployment import IMMUTABLE, Mirror, get
from tests.mirror.releases import Keys, Rilis, berpijar, materi_source

pytestmark = pytest.mark.slow

# --- HTTP ----------------------------------------------------------------------------------


def test_headers_types_and_compression(mirror: Mirror) -> None:
    index = get(mirror.url + "index.html", gzip_ok=True)
    assert index.status == 200
    assert index.headers["content-type"] == "text/html; charset=utf-8"
    assert index.headers["cache-control"] == "no-cache"
    assert index.headers["x-content-type-options"] == "nosniff"
    policy = (mirror.folder / "current" / "content-security-policy.txt").read_text("utf-8").strip()
    assert index.headers["content-security-policy"] == policy
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
    assert "mirror menayangkan: ASN Berpijar versi " in ok.stdout
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
