"""``berpijar serve``: the preview an author keeps open while writing.

Started as a child process on a free port (tests/serveproc.py), on a copy of the small valid
curriculum whose modul is a draft. Every request has a timeout: the old preview hung every
request while the curriculum had an error.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path

import pytest

from build_tools.diagnostics import CATALOGUE, Report
from build_tools.diagnostics.diagnostic import diag
from build_tools.preview import errors
from build_tools.preview.session import Preview, _dest
from tests.serveproc import ServeProcess
from tests.sitebuild import FIXTURES, make_project

MODUL_PAGE = "contoh-modul/index.html"
INDEX = Path("curriculum/contoh-modul/index.md")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The valid fixture as a project, its one modul turned into a draft."""
    project = make_project(tmp_path / "proj", FIXTURES / "valid" / "curriculum")
    index = project / INDEX
    index.write_text(index.read_text("utf-8").replace("status: terbit", "status: draf"), "utf-8")
    return project


def _until(check, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    """Poll ``check`` until it returns something true; the preview refreshes after each save."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.1)


def test_preview_shows_drafts_then_errors_then_the_fixed_page(project: Path) -> None:
    server = ServeProcess(project)
    try:
        assert re.search(r"Pratinjau berjalan di http://127\.0\.0\.1:\d+/", server.output)
        status, html = server.get(MODUL_PAGE)
        assert status == 200 and "Modul Contoh" in html  # a draft, shown by default

        # The reload script's question: answered at once for another generation, else when a
        # save has been taken in.
        status, generation = server.get("__pratinjau__/versi?sejak=x")
        assert status == 200 and generation.isdigit()
        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(server.get, f"__pratinjau__/versi?sejak={generation}", 30)
            time.sleep(0.5)
            assert not waiting.done()
            index = project / INDEX
            good = index.read_text("utf-8")
            index.write_text(good.replace("judul: Modul Contoh", "judul: Modul: Contoh"), "utf-8")
            assert int(waiting.result(timeout=30)[1]) > int(generation)
        status, html = _until(lambda: (r := server.get(MODUL_PAGE, timeout=5))[0] == 500 and r)
        assert status == 500, html
        place = "curriculum/contoh-modul/index.md:3:"
        assert place in html and "[E-YAML-COLON]" in html
        # with the catalogue's "cara memperbaiki"
        assert f"Cara memperbaiki:</strong> {escape(CATALOGUE['E-YAML-COLON'].fix)}" in html
        assert "muat-ulang.js" in html  # reloads itself once fixed
        assert _until(lambda: place in server.output), server.output  # the terminal says the same
        # Every page answers at once while the curriculum is broken, the home page too.
        assert server.get("index.html", timeout=5)[0] == 500

        index.write_text(good.replace("judul: Modul Contoh", "judul: Modul Contoh Diperbaiki"), "utf-8")
        status, html = _until(lambda: (r := server.get(MODUL_PAGE, timeout=5))[0] == 200 and r)
        assert status == 200 and "Modul Contoh Diperbaiki" in html
    finally:
        server.stop()
    assert server.proc.returncode is not None


def test_preview_can_hide_drafts_and_registers_no_service_worker(project: Path) -> None:
    server = ServeProcess(project, "--tanpa-draf")
    try:
        assert server.get("index.html")[0] == 200
        assert server.get(MODUL_PAGE)[0] == 404
        # No service worker in the preview: it would serve pages from before the last save.
        js = "assets/javascripts/berpijar.js"
        assert server.get(js)[0] == 200
        assert server.get(js, headers={"Service-Worker": "script"})[0] == 404
    finally:
        server.stop()


def test_a_template_error_is_shown_not_hung(project: Path) -> None:
    template = project / "overrides" / "berpijar" / "modul.md.j2"
    template.write_text(template.read_text("utf-8") + "\n{{ modul.tidak_ada }}\n", "utf-8")
    preview = Preview(project / "mkdocs.yml")
    try:
        state = preview.refresh()
        assert not state.ok and "tidak_ada" in (state.failure or "")
        response = preview.respond("/" + MODUL_PAGE)
        assert response.status == 500 and b"tidak_ada" in response.body
    finally:
        preview.close()
    assert not preview.site_dir.exists()


def test_error_page_lists_each_diagnostic_with_its_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = CATALOGUE["E-KEY-MISSING"]
    monkeypatch.setitem(CATALOGUE, "E-KEY-MISSING", dataclasses.replace(entry, fix="Tambahkan <kunci> itu."))
    report = Report([diag("curriculum/a/index.md", 4, 2, "E-KEY-MISSING", key="judul"),
                     diag("curriculum/b/01-x.md", 9, 1, "E-YAML", problem="x < y")])
    html = errors.page(report, None)
    assert html.count("<li>") == 2
    assert "curriculum/a/index.md:4:2" in html and "curriculum/b/01-x.md:9:1" in html
    assert "Cara memperbaiki:</strong> Tambahkan &lt;kunci&gt; itu." in html
    assert "x &lt; y" in html  # the author's text is escaped
    text = errors.terminal(report, None)
    assert "curriculum/a/index.md:4:2: error: [E-KEY-MISSING]" in text
    assert "Cara memperbaiki: Tambahkan <kunci> itu." in text


def test_a_fix_that_quotes_the_message_is_shown_filled_in() -> None:
    """The fix says the number the minutes must add up to, on the page and in the terminal,
    as `berpijar validate` says it (Diagnostic.fix), never the catalogue's blank."""
    report = Report([diag("curriculum/a/index.md", 9, 1, "E-JP-MISMATCH", total=80, jp=2, menit_per_jp=45,
                          expected=90)])
    for lang in ("id", "en"):
        fix = report.diagnostics[0].fix(lang)
        assert "90" in fix and "{" not in fix
        assert escape(fix) in errors.page(report, None, lang)
        assert fix in errors.terminal(report, None, lang)
        assert "{expected}" not in errors.terminal(report, None, lang)


@pytest.mark.parametrize(("raw", "dest"), [
    ("/", "index.html"), ("/a/", "a/index.html"), ("/a/b.html?x=1", "a/b.html"),
    ("/%20c.html", " c.html"), ("/../../etc/passwd", "etc/passwd"),
])
def test_request_paths_stay_inside_the_site(raw: str, dest: str) -> None:
    assert _dest(raw) == dest


def test_pages_assets_search_and_missing_addresses(project: Path) -> None:
    preview = Preview(project / "mkdocs.yml")
    try:
        assert preview.refresh().ok
        home = preview.respond("/")
        assert home.status == 200 and home.html and b"Pelatihan Contoh" in home.body
        css = preview.respond("/assets/stylesheets/berpijar.css")
        assert css.status == 200 and css.content_type.startswith("text/css") and not css.html
        index = json.loads(preview.respond("/search/search_index.json").body)
        with_text = {d["location"].split("#")[0] for d in index["docs"] if d["text"]}
        assert with_text == {"index.html"}  # the text of the pages rendered so far,
        titles = {d["title"] for d in index["docs"]}
        assert {"Pengenalan", "Penerapan"} <= titles  # and the title of every page
        # The site's own search data, made on the first query from what the preview knows.
        docs = preview.respond("/search/berpijar/docs.js")
        assert docs.status == 200 and b"Pengenalan" in docs.body
        missing = preview.respond("/tidak-ada.html")
        assert missing.status == 404 and b"tidak-ada.html" in missing.body
    finally:
        preview.close()


def test_remembered_files_are_parsed_again_when_their_bytes_change(tmp_path: Path) -> None:
    """Two saves of the same size within one clock tick are still two saves."""
    from build_tools import load

    folder = tmp_path / "curriculum"
    shutil.copytree(FIXTURES / "valid" / "curriculum", folder)
    index = folder / "contoh-modul" / "index.md"
    cache = load.ParseCache()
    first = load.load(folder, cache)
    assert load.load(folder, cache).modul[0].index is first.modul[0].index  # not parsed again
    index.write_text(index.read_text("utf-8").replace("Modul Contoh", "Modul Cintah"), "utf-8")
    assert load.load(folder, cache).modul[0].index.data["judul"] == "Modul Cintah"
    assert load.load(folder).modul[0].index is not load.load(folder).modul[0].index  # no cache, no keeping


def test_the_preview_reads_again_only_the_file_that_changed(project: Path) -> None:
    """The preview hands its parse cache to the plugin: a refresh after one save re-parses that
    file only."""
    from build_tools import load

    parsed: list[str] = []
    preview = Preview(project / "mkdocs.yml")
    try:
        assert preview.refresh().ok
        original = load.load_markdown
        with pytest.MonkeyPatch.context() as patch:
            def counting(file: Path, root: Path, problems: list) -> load.Document:
                parsed.append(file.name)
                return original(file, root, problems)
            patch.setattr(load, "load_markdown", counting)
            materi = sorted((project / "curriculum").glob("*/0[1-9]-*.md"))[0]
            materi.write_text(materi.read_text("utf-8") + "\nSatu kalimat lagi.\n", "utf-8")
            assert preview.refresh().ok
        assert parsed == [materi.name]
    finally:
        preview.close()
