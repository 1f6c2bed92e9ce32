"""The "tandai selesai" control and the progress counts: kept on the device, robust to bad storage."""

from __future__ import annotations

import json
from functools import cache

import pytest

from build_tools.model import Curriculum, MateriPokok, Modul, build
from build_tools.validate import check
from tests.sitebuild import REPO

pytestmark = pytest.mark.browser

KEY = "berpijar:selesai"


@cache
def curriculum() -> Curriculum:
    source, report = check(REPO / "curriculum")
    assert report.ok, report.render()
    return build(source).published().kept


def some_materi() -> tuple[Modul, MateriPokok]:
    modul = curriculum().modul[0]
    return modul, modul.materi[-1]


def html_path(md_page: str) -> str:
    return md_page[: -len(".md")] + ".html"


def watch_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def modul_progress(page, modul: Modul) -> str:
    """The progress text of one modul where it is the only one listed (modul page)."""
    ids = " ".join(m.id for m in modul.materi)
    return page.locator(f".bp-progres[data-materi-ids='{ids}']").first.inner_text()


def test_done_marker_survives_a_reload_and_counts_everywhere(page, base_url):
    errors = watch_errors(page)
    modul, materi = some_materi()
    n, total = len(modul.materi), curriculum().materi_count
    page.goto(base_url + html_path(materi.page))
    button = page.locator(f".bp-selesai[data-materi-id='{materi.id}'] .bp-tandai")
    assert button.inner_text() == "Tandai selesai"
    assert button.get_attribute("aria-pressed") == "false"

    button.click()
    assert button.inner_text() == "Sudah selesai ✓"
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator(".bp-selesai__status").inner_text() != ""

    page.reload()
    assert button.inner_text() == "Sudah selesai ✓"
    assert button.get_attribute("aria-pressed") == "true"
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')")) == [materi.id]

    page.goto(base_url + html_path(modul.page))
    assert modul_progress(page, modul) == f"1/{n} materi selesai"

    page.goto(base_url + "index.html")
    assert modul_progress(page, modul) == f"1/{n} materi selesai"
    program = page.locator(".bp-progres-program .bp-progres")
    assert program.inner_text() == f"1/{total} materi selesai di seluruh program"
    assert page.locator(".bp-progres[hidden]").count() == 0

    page.goto(base_url + "jalur-belajar.html")
    assert page.locator(".bp-progres[hidden]").count() == 0

    # Unmarking takes it out of every count again.
    page.goto(base_url + html_path(materi.page))
    button.click()
    assert button.inner_text() == "Tandai selesai"
    page.goto(base_url + html_path(modul.page))
    assert modul_progress(page, modul) == f"0/{n} materi selesai"
    assert errors == []


@pytest.mark.parametrize("stored", ["{oops", "null", '[1, {"a": 2}]'])
def test_corrupt_storage_does_not_break_the_page(page, http_base, stored):
    errors = watch_errors(page)
    modul, materi = some_materi()
    page.goto(http_base + html_path(modul.page))
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, stored])
    page.reload()
    assert modul_progress(page, modul) == f"0/{len(modul.materi)} materi selesai"

    page.goto(http_base + html_path(materi.page))
    page.locator(".bp-tandai").click()
    assert page.locator(".bp-tandai").inner_text() == "Sudah selesai ✓"
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')")) == [materi.id]
    assert errors == []


def test_without_storage_the_mark_lasts_for_the_visit(page, http_base):
    """localStorage that throws (cookies blocked): Material's own bundle reports errors then,
    ours must not, and the control still works for this visit."""
    stacks: list[str] = []
    page.on("pageerror", lambda error: stacks.append(error.stack or ""))
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() {"
        " throw new DOMException('denied', 'SecurityError'); }});"
    )
    _, materi = some_materi()
    page.goto(http_base + html_path(materi.page))
    button = page.locator(".bp-tandai")
    button.click()
    assert button.inner_text() == "Sudah selesai ✓"
    assert "hanya berlaku" in page.locator(".bp-selesai__status").inner_text()
    button.click()
    assert button.inner_text() == "Tandai selesai"
    assert not [stack for stack in stacks if "berpijar.js" in stack]


def test_a_second_copy_of_the_script_does_not_bind_twice(page, http_base):
    """Material's instant navigation may run scripts again: one click still toggles once."""
    _, materi = some_materi()
    page.goto(http_base + html_path(materi.page))
    src = page.eval_on_selector("script[src*='berpijar.js']", "s => s.src")
    page.add_script_tag(url=src)
    page.locator(".bp-tandai").click()
    assert page.locator(".bp-tandai").get_attribute("aria-pressed") == "true"


def test_another_tab_updates_the_counts(page, http_base):
    modul, materi = some_materi()
    page.goto(http_base + html_path(modul.page))
    other = page.context.new_page()
    other.goto(http_base + html_path(materi.page))
    other.locator(".bp-tandai").click()
    page.wait_for_function(
        "t => [...document.querySelectorAll('.bp-progres')].some(e => e.textContent === t)",
        arg=f"1/{len(modul.materi)} materi selesai",
        timeout=5000,
    )


def test_a_page_brought_by_instant_navigation_is_rendered(page, http_base):
    """Material announces each instantly loaded page on document$: it gets rendered, and its
    controls work through the listeners bound once."""
    _, materi = some_materi()
    page.goto(http_base + html_path(materi.page))
    page.evaluate(
        """() => {
          document.querySelector('.md-content article').innerHTML =
            '<span class="bp-progres" data-materi-ids="X.01/01 X.01/02" data-label="materi selesai" hidden></span>' +
            '<div class="bp-selesai" data-materi-id="X.01/01"><button type="button" class="md-button bp-tandai"' +
            ' aria-pressed="false">Tandai selesai</button><span class="bp-selesai__status" role="status"></span></div>';
          window.document$.next(document);
        }"""
    )
    progress = page.locator(".bp-progres")
    assert progress.inner_text() == "0/2 materi selesai"
    page.locator(".bp-tandai").click()
    assert page.locator(".bp-tandai").get_attribute("aria-pressed") == "true"
    assert progress.inner_text() == "1/2 materi selesai"
