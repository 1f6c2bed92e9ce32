"""Keeping the site for reading without a signal ("Baca tanpa sinyal"), in Chromium.

Served under a path prefix from 127.0.0.1 (a secure context, so the service worker runs): keep
the whole site, go offline, open every page type, search, answer a quiz, mark a materi done,
reload; publish a second release and see it arrive; with service workers blocked and from
file:// nothing breaks. Each test serves its own copy of the built site, so a changed release
never leaks into other tests.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_tools.offline import MANIFEST, ModulEntry, write_manifest
from tests.browser.actions import answer_first_question
from tests.browser.conftest import PREFIX, _PrefixHandler
from tests.browser.test_search import distinctive_words, run_search
from tests.sitebuild import REPO
from tests.sitefacts import read_curriculum

pytestmark = pytest.mark.browser

KEPT = "Tersimpan di perangkat ini"


@pytest.fixture
def release(site_dir: Path, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the built site served under PREFIX: (its folder, its base URL)."""
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    handler = functools.partial(_PrefixHandler, directory=str(copy))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield copy, f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()
    server.server_close()


def keep_whole_site(page, base: str) -> None:
    page.goto(base + "baca-tanpa-sinyal.html")
    button = page.locator(".bp-offline__semua")
    assert "MB" in button.inner_text()  # the size is shown before starting
    assert page.locator("#bp-offline-cara").is_visible()  # and how keeping works beside it
    button.click()
    page.locator(".bp-offline__status", has_text=KEPT).wait_for(timeout=60000)


def publish_again(site: Path, marker: str) -> None:
    """A second release: Beranda changed, the manifest rewritten with a new version."""
    index = site / "index.html"
    index.write_text(index.read_text("utf-8").replace("</article>", f"<p>{marker}</p></article>", 1), "utf-8")
    old = json.loads((site / MANIFEST).read_text("utf-8"))
    write_manifest(site, [ModulEntry(*m) for m in old["modul"]])
    assert json.loads((site / MANIFEST).read_text("utf-8"))["version"] != old["version"]


def test_kept_site_works_offline_and_takes_the_next_release(browser, release, site_dir):
    site, base = release
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    keep_whole_site(page, base)

    modul = read_curriculum(REPO / "curriculum").published()[0]
    word, materi_page = distinctive_words(site_dir, count=1)[0]
    context.set_offline(True)
    for path in ["index.html", f"{modul.folder}/index.html", f"{modul.folder}/rbpmp.html",
                 "glosarium.html", "jalur-belajar.html", "tentang.html", materi_page]:
        response = page.goto(base + path)
        assert response is not None and response.ok, path
        assert page.locator("article h1").count() == 1, path
        assert "belum tersimpan" not in page.title().lower(), path
    # Search, with no network: the worker and its data come from the kept copy.
    assert base + materi_page in run_search(page, word)
    page.keyboard.press("Escape")
    # Answer the quiz, mark the materi done, reload: all offline.
    answer_first_question(page)
    done = page.locator(".bp-selesai .bp-tandai").first
    done.click()
    assert done.get_attribute("aria-pressed") == "true"
    page.reload()
    assert page.locator(".bp-selesai .bp-tandai").first.get_attribute("aria-pressed") == "true"
    assert errors == []

    # A second release arrives in the background, and the learner is told.
    context.set_offline(False)
    publish_again(site, "RILIS-KEDUA")
    fresh = context.new_page()  # a new visit: the kept site checks once per visit
    fresh.goto(base + "tentang.html")
    fresh.locator(".bp-offline-pesan", has_text="Versi baru").wait_for(timeout=60000)
    context.set_offline(True)
    fresh.goto(base + "index.html")
    assert "RILIS-KEDUA" in fresh.content()
    # Progress marks survived the update.
    fresh.goto(base + materi_page)
    assert fresh.locator(".bp-selesai .bp-tandai").first.get_attribute("aria-pressed") == "true"
    context.close()


def test_a_half_stored_release_is_never_served(browser, release):
    site, base = release
    context = browser.new_context()
    page = context.new_page()
    keep_whole_site(page, base)
    publish_again(site, "RILIS-RUSAK")
    # The changed page goes missing: the new release cannot be stored whole (unchanged files
    # are copied from the kept copy, so only a changed file can fail).
    (site / "index.html").unlink()
    fresh = context.new_page()
    fresh.goto(base + "baca-tanpa-sinyal.html")
    try:
        fresh.locator(".bp-offline__status", has_text="terhenti").wait_for(timeout=60000)
    except Exception:
        raise AssertionError(fresh.locator("#bp-offline").inner_text()) from None
    context.set_offline(True)
    response = fresh.goto(base + "index.html")
    assert response is not None and response.ok  # still the first, whole release
    assert "RILIS-RUSAK" not in fresh.content()
    assert fresh.goto(base + "glosarium.html").ok
    context.close()


def test_blocked_service_workers_and_file_urls_do_no_harm(browser, release, file_base):
    _, base = release
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + "baca-tanpa-sinyal.html")
    page.wait_for_load_state("networkidle")
    keep = page.locator(".bp-offline__semua")
    if keep.count():  # the browser offers service workers but refuses to run ours
        keep.click()
    page.locator("#bp-offline", has_text="tidak dapat menyimpan").wait_for(timeout=20000)
    assert page.evaluate("navigator.serviceWorker ? navigator.serviceWorker.controller : null") is None
    context.close()

    context = browser.new_context()
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(file_base + "baca-tanpa-sinyal.html")
    assert "sudah dapat dibaca tanpa sinyal" in page.locator("#bp-offline").inner_text()
    assert page.locator("#bp-offline-cara").is_hidden()
    page.goto(file_base + "index.html")
    assert not any(url.endswith("/sw.js") for url in requests)
    context.close()
    assert errors == []


def test_chosen_modul_only(browser, release):
    _, base = release
    first, other = read_curriculum(REPO / "curriculum").published()[:2]
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "baca-tanpa-sinyal.html")
    page.locator(".bp-offline__buka").click()
    page.locator(f".bp-offline__modul input[value='{first.folder}']").check()
    button = page.locator(".bp-offline__pilihan")
    assert "MB" in button.inner_text()
    button.click()
    page.locator(".bp-offline__status", has_text="1 modul").wait_for(timeout=60000)
    context.set_offline(True)
    assert page.goto(f"{base}{first.folder}/{first.materi[0].html}").ok
    assert page.goto(base + "index.html").ok  # what every page needs is kept too
    missing = page.goto(f"{base}{other.folder}/index.html")
    assert missing is not None and missing.status == 503
    assert "belum tersimpan" in page.locator("h1").inner_text()
    # "Hapus salinan" removes every stored file and the worker.
    context.set_offline(False)
    page.goto(base + "baca-tanpa-sinyal.html")
    page.locator(".bp-offline__hapus").click()
    page.locator(".bp-offline__status", has_text="Belum ada salinan").wait_for(timeout=20000)
    assert [k for k in page.evaluate("caches.keys()") if k.startswith("berpijar-")] == []
    context.close()
