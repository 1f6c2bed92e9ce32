"""Mirrors on real nginx and Apache, in Chromium: the 404 page under any path prefix (styles,
logo, links), search and a quiz. The deployments are those of tests/mirror/test_servers.py;
these tests live here to share the session's one Playwright instance.
"""

from __future__ import annotations

import pytest

from tests.browser.test_search import run_search
from tests.mirror.deployment import Mirror, get
from tests.sitebuild import materi_with_kuis

pytestmark = [pytest.mark.browser, pytest.mark.slow]


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
    # In the learners' language, with the way back to Beranda (Material's own says "Not found").
    assert page.locator("article h1").inner_text() == "Halaman tidak ditemukan"
    assert page.locator("article a", has_text="Beranda").evaluate("a => a.href") == mirror.url + "index.html"
    links = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    internal = {u.split("#")[0] for u in links if u.startswith(mirror.url)}
    assert len(internal) >= 5
    assert [u for u in sorted(internal) if get(u).status != 200] == []
    assert failed == []


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


def test_every_page_loads_everything_it_asks_for(mirror: Mirror, page, releases) -> None:
    """Chromium visits every page of a mirror under a prefix: no request fails, no script error."""
    if mirror.prefix == "/" or mirror.server != "nginx":
        pytest.skip("once is enough: nginx under a prefix (the HTTP crawl covers every deployment)")
    failed: list[str] = []
    errors: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.url} {r.status}") if r.status >= 400 else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    listed = [line.split("  ", 1)[1] for line in releases[0].manifest.read_text("utf-8").splitlines()]
    pages = [rel for rel in listed if rel.endswith(".html") and rel != "404.html"]
    assert len(pages) > 30
    for rel in pages:
        page.goto(mirror.url + rel, wait_until="load")
    assert failed == []
    assert errors == []
