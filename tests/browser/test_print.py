"""Printing: the content alone, on white, tables whole, external links with their address."""

from __future__ import annotations

import pytest

from tests.sitebuild import materi_with_kuis

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search",
          ".md-footer"]
EXTERNAL = "https://example.org/peraturan"


def pages() -> tuple[str, str]:
    """A materi page with a quiz and the RBPMP page of its modul."""
    modul, materi = materi_with_kuis()
    return materi.page[:-3] + ".html", modul.rbpmp_page[:-3] + ".html"


def shown(page, selector: str) -> bool:
    return any(page.locator(selector).nth(i).is_visible() for i in range(page.locator(selector).count()))


def external_link(page) -> object:
    """An external link in the content; one is added if the page has none (we test the CSS)."""
    link = page.locator(".md-content a[href^='http']")
    if link.count() == 0:
        page.evaluate(
            "href => { const p = document.createElement('p'); const a = document.createElement('a');"
            " a.href = href; a.textContent = 'Contoh'; p.append(a);"
            " document.querySelector('.md-content article').append(p); }",
            EXTERNAL,
        )
    return link.first


def after_content(locator) -> str:
    return locator.evaluate("a => getComputedStyle(a, '::after').content")


def test_materi_page_prints_the_content_only(page, http_base):
    materi, _ = pages()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(http_base + materi)
    # Answer the first question: its pembahasan prints, the others' do not.
    first = page.locator(".bp-soal").first
    first.locator("input[type=radio]").first.check()
    first.locator(".bp-periksa").click()
    link = external_link(page)
    assert shown(page, ".md-header") and shown(page, ".md-sidebar--primary")
    assert after_content(link) in ("none", "normal")

    page.emulate_media(media="print")
    for selector in [*CHROME, ".bp-selesai", ".bp-periksa", ".md-content__button", ".headerlink"]:
        assert not shown(page, selector), selector
    assert page.locator(".md-content article h1").is_visible()
    assert page.locator(".bp-soal").first.is_visible()
    assert first.locator(".bp-pembahasan").is_visible()
    assert not page.locator(".bp-soal").nth(1).locator(".bp-pembahasan").is_visible()
    href = link.get_attribute("href")
    assert f" ({href})" in after_content(link)
    internal = page.locator(".md-content a[href$='.html']").first
    if internal.count():
        assert after_content(internal) in ("none", "normal")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF-") and len(pdf) > 10_000


def test_rbpmp_page_prints_whole_tables(page, http_base):
    _, rbpmp = pages()
    page.goto(http_base + rbpmp)
    page.emulate_media(media="print")
    for selector in CHROME:
        assert not shown(page, selector), selector
    assert not shown(page, ".md-content .md-button")  # download and back buttons: not on paper
    table = page.locator(".bp-rbpmp table")
    style = table.evaluate(
        """t => ({
          head: getComputedStyle(t.tHead).display,
          row: getComputedStyle(t.tBodies[0].rows[0]).breakInside,
          wrap: getComputedStyle(t.closest('.bp-rbpmp')).overflowX,
          fits: t.getBoundingClientRect().right <= t.closest('article').getBoundingClientRect().right + 1,
        })"""
    )
    assert style == {"head": "table-header-group", "row": "avoid", "wrap": "visible", "fits": True}
    link = external_link(page)
    assert f" ({link.get_attribute('href')})" in after_content(link)
    pdf = page.pdf(format="A4", landscape=True)
    assert pdf.startswith(b"%PDF-")


def test_dark_scheme_prints_dark_text_on_white(page, http_base):
    materi, _ = pages()
    page.emulate_media(color_scheme="dark")
    page.goto(http_base + materi)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.emulate_media(media="print", color_scheme="dark")
    rgb = page.eval_on_selector(".md-content article p", "p => getComputedStyle(p).color")
    channels = [float(c) for c in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    assert max(channels) < 100, rgb
