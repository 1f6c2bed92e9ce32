"""The preview in Chromium: an author breaks a file, sees where and how to fix it, fixes it,
and the page comes back by itself (the reload script, no manual refresh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.serveproc import ServeProcess
from tests.sitebuild import FIXTURES, make_project

pytestmark = pytest.mark.browser


def test_error_page_appears_and_goes_away_by_itself(page, tmp_path: Path) -> None:
    project = make_project(tmp_path / "proj", FIXTURES / "valid" / "curriculum")
    index = project / "curriculum" / "contoh-modul" / "index.md"
    good = index.read_text("utf-8")
    server = ServeProcess(project)
    failed: list[str] = []  # what a page loads (the error page itself answers 500)
    page.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document"
            and failed.append(f"{r.status} {r.url}"))
    try:
        page.goto(server.url + "contoh-modul/index.html")
        assert page.locator("article h1").first.inner_text().replace("¶", "").strip() == "Modul Contoh"

        index.write_text(good.replace("judul: Modul Contoh", "judul: Modul: Contoh"), "utf-8")
        place = page.get_by_text("curriculum/contoh-modul/index.md:3:")
        place.wait_for(timeout=30_000)
        assert page.locator("h1").inner_text() == "Kurikulum belum dapat ditampilkan"
        item = page.locator("main li").first.inner_text()
        assert "[E-YAML-COLON]" in item and "Cara memperbaiki:" in item

        index.write_text(good.replace("judul: Modul Contoh", "judul: Modul Contoh Baru"), "utf-8")
        page.locator("article h1", has_text="Modul Contoh Baru").wait_for(timeout=30_000)
        page.wait_for_load_state("load")
        assert failed == []  # the theme's CSS and JS, the search index, the reload script
    finally:
        server.stop()
