"""No request leaves the site: a learner's visit in Chromium, served under a prefix and opened
from file://, with every request the page and its frames and workers make recorded."""

from __future__ import annotations

import re

import pytest

from tests.browser.actions import answer_first_question
from tests.browser.test_search import distinctive_words, run_search
from tests.sitebuild import REPO
from tests.sitefacts import read_curriculum

pytestmark = pytest.mark.browser

SHIM = "assets/javascripts/iframe-worker/shim.js"


def _foreign(requests: list[str], base_url: str) -> list[str]:
    """Requests outside the site: another host, or outside the site's folder or prefix."""
    return [
        url for url in requests
        if not url.startswith(base_url) and not url.startswith(("data:", "blob:", "about:"))
    ]


def _settle(page) -> None:
    """Scroll through the page (lazy images load) and wait until the network is quiet."""
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")


def test_a_visit_makes_no_request_outside_the_site(page, base_url, site_dir):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    modul = read_curriculum(REPO / "curriculum").published()[0]
    word, materi_page = distinctive_words(site_dir, count=1)[0]

    page.goto(base_url + "index.html")
    _settle(page)
    page.goto(f"{base_url}{modul.folder}/index.html")
    _settle(page)

    page.goto(base_url + materi_page)
    _settle(page)
    # Search, from the materi page itself.
    assert base_url + materi_page in run_search(page, word)
    page.keyboard.press("Escape")
    # Answer the first question of the quiz and see its pembahasan.
    soal = answer_first_question(page)
    assert soal.locator(".bp-umpan").inner_text().strip()
    _settle(page)

    requests = page.requests
    assert len(requests) > 10, requests
    assert _foreign(requests, base_url) == []
    # Material would fetch the iframe-worker shim from a CDN: it comes from the site itself.
    assert base_url + SHIM in [url.split("?")[0] for url in requests]  # shim.js?v=<hash>
    if base_url.startswith("file:"):
        # From file:// a Worker cannot start; the shim runs search in an iframe, which loads
        # the index as a script (the offline plugin's search_index.js).
        assert base_url + "search/search_index.js" in requests
        assert (site_dir / "search" / "search_index.js").is_file()
        assert any(re.search(r"/workers/search\.[0-9a-f]+\.min\.js", url) for url in requests)
    assert any(url.endswith("/lunr/min/lunr.id.min.js") for url in requests), (
        "the Indonesian stemmer was never loaded by the search"
    )
    assert errors == []
