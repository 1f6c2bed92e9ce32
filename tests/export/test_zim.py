"""The ZIM file read back with libzim and served by Kiwix's own kiwix-serve to Chromium."""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest
from libzim.reader import Archive
from libzim.search import Query, Searcher

from build_tools.export import zim
from tests.sitebuild import SHOTS, materi_with_kuis

pytestmark = pytest.mark.slow  # every test here exports the session's built site


def test_entries_metadata_and_main_page(zim_file: Path, site_dir: Path, program) -> None:  # noqa: ANN001
    archive = Archive(zim_file)
    assert archive.check(), "the ZIM's checksum and structure are valid"
    files = zim.site_files(site_dir)
    assert "index.html" in files and any(f.endswith(".css") for f in files)
    for rel in files:
        assert archive.get_entry_by_path(rel).get_item().content.tobytes() == (site_dir / rel).read_bytes()
    assert archive.main_entry.get_item().path == "index.html"
    meta = {key: archive.get_metadata(key).decode() for key in archive.metadata_keys
            if not key.startswith("Illustration")}
    assert meta["Language"] == "ind"
    assert meta["Title"] == program.program.judul
    assert meta["Creator"] == meta["Publisher"] == ", ".join(program.program.penyelenggara)
    assert 0 < len(meta["Description"]) <= 80
    with warnings.catch_warnings():  # this libzim deprecates it for a successor it lacks
        warnings.simplefilter("ignore", DeprecationWarning)
        assert archive.get_illustration_sizes() == {48}
    assert archive.get_illustration_item(48).content.tobytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert archive.has_fulltext_index and archive.has_title_index


def test_full_text_search_finds_inflected_indonesian(zim_file: Path, site_dir: Path) -> None:
    """'dilayani' (di-...-i) finds pages that only say 'layanan' or 'pelayanan': an Indonesian stemmer."""
    results = Searcher(Archive(zim_file)).search(Query().set_query("dilayani"))
    paths = list(results.getResults(0, 100))
    without_word = [p for p in paths if "dilayani" not in (site_dir / p).read_text("utf-8").lower()]
    assert without_word, paths
    assert all("layan" in (site_dir / p).read_text("utf-8").lower() for p in paths)


def test_same_commit_same_bytes(site_dir: Path, program, zim_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    again = zim.export(site_dir, program.program, tmp_path / "again.zim", 1767225600)
    assert again.read_bytes() == zim_file.read_bytes()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def kiwix(zim_file: Path) -> Iterator[str]:
    """kiwix-serve on a free localhost port, stopped by its PID."""
    port = _free_port()
    proc = subprocess.Popen(["kiwix-serve", "--address=127.0.0.1", f"--port={port}", str(zim_file)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(root + "/catalog/v2/entries", timeout=2) as r:
                    catalog = r.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            pytest.fail("kiwix-serve did not start")
        # Where this kiwix-serve version puts the book (/NAME or /content/NAME): its catalog says.
        book = re.search(r'<link type="text/html" href="([^"]+)"', catalog).group(1)
        with urllib.request.urlopen(root + book, timeout=5) as r:
            main = r.geturl()
        assert main.endswith("/index.html"), main
        base = main[: -len("index.html")]
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.browser
@pytest.mark.slow
def test_kiwix_serve_every_page_styled_no_broken_link(browser, kiwix: str) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    bad: list[str] = []
    # The service worker is left out of the ZIM on purpose: the keep-offline page asks for it.
    left_out = tuple(kiwix + name for name in zim.LEFT_OUT)
    page.on("response", lambda r: r.status >= 400 and not r.url.startswith(left_out)
            and bad.append(f"{r.status} {r.url}"))
    page.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:", "blob:")) or bad.append(r.url))
    todo, seen, checked = [kiwix + "index.html"], set(), set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        page.goto(url, wait_until="load")
        styled = page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
        assert styled in ("sticky", "fixed"), f"{url}: Material's stylesheet did not apply"
        broken = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
        assert not broken, (url, broken)
        for href in page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)"):
            target, _ = urldefrag(href)
            if not target.startswith(kiwix) or target in checked:
                continue
            checked.add(target)
            try:
                urllib.request.urlopen(target, timeout=10).close()
            except urllib.error.HTTPError as exc:
                bad.append(f"{exc.code} {target} (linked from {url})")
            if target.endswith(".html"):
                todo.append(target)
    assert not bad, bad
    assert len(seen) > 30
    context.close()


@pytest.mark.browser
def test_keep_offline_page_in_kiwix_says_the_book_is_already_kept(browser, kiwix: str) -> None:  # noqa: ANN001
    """The ZIM leaves the service worker out: the page must not blame a missing signal."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(kiwix + "baca-tanpa-sinyal.html")
    panel = page.locator("#bp-offline")
    panel.filter(has_text="Kiwix").wait_for(timeout=10000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "kiwix-baca-tanpa-sinyal-phone.png"))
    assert "sudah tersimpan di perangkat" in panel.inner_text()
    assert "Coba lagi saat ada sinyal" not in panel.inner_text()
    assert page.locator("#bp-offline-cara").is_hidden()  # how keeping works: not here
    context.close()


@pytest.mark.browser
def test_kiwix_serve_quiz_and_tandai_selesai(browser, kiwix: str) -> None:  # noqa: ANN001
    _, materi = materi_with_kuis()
    context = browser.new_context()
    page = context.new_page()
    page.goto(urljoin(kiwix, materi.page[:-3] + ".html"))
    soal = page.locator(".bp-soal").first
    soal.locator(f"input[value='{soal.get_attribute('data-jawaban')}']").check()
    soal.locator(".bp-periksa").click()
    assert re.match(r"Benar", soal.locator(".bp-umpan").inner_text())
    page.locator(".bp-tandai").click()
    page.locator(".bp-tandai[aria-pressed=true]").wait_for()
    page.reload()
    page.locator(".bp-tandai[aria-pressed=true]").wait_for()
    context.close()
