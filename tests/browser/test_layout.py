"""Tests that look: every page type in Chromium at phone (360 px) and desktop (1280 px) width,
light and dark, on the repository's curriculum and on a synthetic one no test was written for.

Each page: no sideways scrolling, no text a learner reads below 14 px, axe-core without a
serious or critical violation, and a screenshot written to ``$BERPIJAR_SCREENSHOTS`` (default
``tests/browser/_screenshots/``, git-ignored) so a person can look at what the test saw.
Then the features a phone reader relies on: the flat glossary, the folded materi summary,
"Lanjutkan" on Beranda, finished materi in the navigation, diagrams that open full size,
Beranda folded at scale, and the RBPMP printed page by page.
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from functools import cache
from pathlib import Path

import pypdf
import pytest

from build_tools.model import Curriculum, build
from build_tools.validate import check
from tests.browser.test_a11y import AXE, BLOCKING, RUN_AXE, _report
from tests.browser.test_a11y import PAGES as A11Y_PAGES
from tests.sitebuild import REPO, SHOTS, build_project, make_project, program_pages

pytestmark = pytest.mark.browser

WIDTHS = {"phone": (360, 740), "desktop": (1280, 900)}
FLOOR_PX = 14  # the smallest text a learner reads, at any width
PRINT_FLOOR_PX = 12  # 9 pt on paper


@cache
def curriculum(folder: Path = REPO / "curriculum") -> Curriculum:
    source, report = check(folder)
    assert report.ok, report.render()
    return build(source).published().kept


def html(md_page: str) -> str:
    return md_page[: -len(".md")] + ".html"


def page_types(cur: Curriculum) -> dict[str, str]:
    """One page of every kind; the modul with the most materi (the longest RBPMP)."""
    modul = max(cur.modul, key=lambda m: len(m.materi))
    return {
        **program_pages(),
        "modul": html(modul.page),
        "materi": html(modul.materi[0].page),
        "rbpmp": html(modul.rbpmp_page),
        "panduan": "panduan-penulis.html",
    }


PAGES = page_types(curriculum())

# Every visible piece of text, with the element that sets its size: the smallest ones. The
# search dialog (closed here) belongs to tests/browser/test_search.py.
SMALLEST_TEXT = """() => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || !el) continue;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || el.closest('.bp-sr, [aria-hidden="true"], .md-search')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    out.push([size, `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ` +
                    node.textContent.trim().slice(0, 40)]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out.slice(0, 5);
}"""

OVERFLOW = """() => ({
  page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  height: document.documentElement.scrollHeight,
  wide: [...document.querySelectorAll('.md-content article *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                 && !e.closest('.md-typeset__scrollwrap, .highlight, pre'))
    .slice(0, 3).map(e => e.tagName + '.' + e.className),
})"""


def open_page(browser, url: str, size: str, scheme: str = "light", media: str = "screen"):
    width, height = WIDTHS[size]
    context = browser.new_context(viewport={"width": width, "height": height},
                                  color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.emulate_media(media=media, color_scheme=scheme)
    page.errors = errors  # type: ignore[attr-defined]
    return context, page


def screenshot(page, name: str) -> None:
    """The first three screens of the page, for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    view = page.viewport_size
    height = min(page.evaluate("document.documentElement.scrollHeight"), view["height"] * 3)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled",
                    clip={"x": 0, "y": 0, "width": view["width"], "height": height})


def looks_right(page, label: str, axe: bool = True) -> dict[str, object]:
    """What every page must pass; returns the measurements for the caller's own checks."""
    scheme = "slate" if "dark" in label else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    overflow = page.evaluate(OVERFLOW)
    assert overflow["page"] <= 0, f"{label}: scrolls sideways by {overflow['page']} px {overflow['wide']}"
    smallest = page.evaluate(SMALLEST_TEXT)
    assert smallest and smallest[0][0] >= FLOOR_PX, f"{label}: text below {FLOOR_PX} px: {smallest}"
    if axe:
        page.evaluate(AXE.read_text("utf-8") + "\n;0")  # past the page's CSP, as test_a11y does
        violations = page.evaluate(RUN_AXE)
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        assert blocking == [], f"{label}:\n{_report(blocking)}"
    assert page.errors == [], page.errors
    return overflow


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", list(WIDTHS))
@pytest.mark.parametrize("kind", list(PAGES))
def test_every_page_type_fits_reads_and_passes_axe(browser, http_base, kind, size, scheme):
    assert AXE.is_file(), "axe-core is missing: run npm ci"
    context, page = open_page(browser, http_base + PAGES[kind], size, scheme)
    try:
        screenshot(page, f"repo-{kind}-{size}-{scheme}")
        # test_a11y.py already runs axe on its page kinds at desktop width
        axe = size == "phone" or PAGES[kind] not in A11Y_PAGES.values()
        measured = looks_right(page, f"{kind} {size} {scheme}", axe=axe)
        if kind == "glosarium":
            # One entry per term, none inside another: the page is as tall as its terms.
            terms = page.locator(".bp-istilah").count()
            assert page.locator(".md-content dl dl, .bp-istilah .bp-istilah").count() == 0
            assert measured["height"] < 600 * terms + 3000, measured
    finally:
        context.close()


# --- the glossary ------------------------------------------------------------------------


def test_glossary_lists_every_term_once_alphabetically_with_a_letter_index(browser, http_base):
    expected = {i.istilah.casefold() for m in curriculum().modul for x in m.materi for i in x.istilah}
    context, page = open_page(browser, http_base + "glosarium.html", "phone")
    try:
        terms = page.locator(".bp-istilah > dt").all_inner_texts()
        # A–Z first, then terms that start with a digit or a sign
        assert terms == sorted(set(terms), key=lambda t: (not t[:1].isalpha(), t.casefold()))
        assert {t.casefold() for t in terms} == expected
        letters = page.locator(".bp-abjad a")
        assert letters.count() >= 2
        for i in range(letters.count()):
            target = letters.nth(i).get_attribute("href")
            heading = page.locator(f"h2{target}")
            assert heading.count() == 1, target
            first = heading.locator("xpath=following-sibling::dl[1]/div/dt").first.inner_text()
            assert first[0].upper() == letters.nth(i).inner_text() or letters.nth(i).inner_text() == "#"
        # Each term says where it is discussed, with working links.
        link = page.locator(".bp-dibahas a").first
        link.click()
        page.wait_for_load_state()
        assert page.locator("h1").count() == 1 and "glosarium" not in page.url
    finally:
        context.close()


# --- a materi page on a phone --------------------------------------------------------------


def test_materi_summary_folds_on_a_phone_so_the_content_starts_on_the_first_screen(browser, http_base):
    context, page = open_page(browser, http_base + PAGES["materi"], "phone")
    try:
        summary = page.locator("details.bp-ringkas")
        assert summary.count() == 1 and not summary.evaluate("d => d.open")
        first = page.locator(".md-content article details.bp-ringkas + *")
        assert first.bounding_box()["y"] < WIDTHS["phone"][1] - 40
        summary.locator("summary").click()
        assert page.locator("details.bp-ringkas li").first.is_visible()
    finally:
        context.close()
    context, page = open_page(browser, http_base + PAGES["materi"], "desktop")
    try:
        assert page.locator("details.bp-ringkas").evaluate("d => d.open")
    finally:
        context.close()


def test_folded_summary_still_prints(browser, http_base):
    materi = max(curriculum().modul, key=lambda m: len(m.materi)).materi[0]
    context, page = open_page(browser, http_base + html(materi.page), "phone", media="print")
    try:
        assert not page.locator("details.bp-ringkas").evaluate("d => d.open")
        assert page.locator("details.bp-ringkas li").first.is_visible()
        first = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages[0].extract_text()
        assert fold(materi.sub_materi[0]) in fold(first)
    finally:
        context.close()


def test_diagrams_open_full_size(browser, http_base):
    with_svg = next(x for m in curriculum().modul for x in m.materi if ".svg)" in x.body)
    context, page = open_page(browser, http_base + html(with_svg.page), "phone")
    try:
        link = page.locator("a.bp-gambar").first
        assert link.locator("img").count() == 1
        href = link.get_attribute("href")
        # The image's address may carry ?v=<hash> (versioned for caching, release/cache.py).
        assert href.split("?")[0].endswith(".svg") and link.locator("img").get_attribute("src") == href
        assert link.inner_text().strip() == "Buka gambar ukuran penuh"
        link.click()
        page.wait_for_load_state()
        assert page.url.split("?")[0].endswith(".svg")
        assert page.evaluate("document.documentElement.tagName.toLowerCase()") == "svg"
    finally:
        context.close()


# --- a way back in -------------------------------------------------------------------------


def test_beranda_continues_with_the_first_unfinished_materi_of_the_last_modul(browser, http_base):
    modul = max(curriculum().modul, key=lambda m: len(m.materi))
    context, page = open_page(browser, http_base + "index.html", "phone")
    try:
        assert page.locator(".bp-lanjutkan").is_hidden()  # nothing opened yet
        page.evaluate("localStorage.setItem('berpijar:terakhir', '{not json')")
        page.reload()
        assert page.locator(".bp-lanjutkan").is_hidden() and page.errors == []
        page.goto(http_base + html(modul.materi[0].page))
        page.locator(".bp-tandai").click()
        page.goto(http_base + "index.html")
        box = page.locator(".bp-lanjutkan")
        assert box.is_visible() and modul.kode in box.inner_text()
        screenshot(page, "repo-beranda-lanjutkan-phone-light")
        box.locator("a").click()
        page.wait_for_load_state()
        assert page.url.endswith(html(modul.materi[1].page))
        # The navigation of the modul marks the finished materi, and only it.
        marks = page.locator(".md-nav--primary .md-nav__link .bp-nav-selesai[aria-hidden]")
        assert marks.count() == 1
        done = marks.first.locator("xpath=ancestor::a[1]").get_attribute("href")
        assert done.endswith(Path(html(modul.materi[0].page)).name)
        page.locator("label.md-header__button[for='__drawer']").click()
        page.wait_for_timeout(400)  # the drawer slides in
        page.screenshot(path=str(SHOTS / "repo-nav-selesai-phone-light.png"))
        # Everything done: Beranda says so and points to the modul.
        ids = [x.id for x in modul.materi]
        page.evaluate("ids => localStorage.setItem('berpijar:selesai', JSON.stringify(ids))", ids)
        page.goto(http_base + "index.html")
        assert "sudah Anda tandai selesai" in box.inner_text()
        assert box.locator("a").get_attribute("href").endswith(html(modul.page))
    finally:
        context.close()


# --- printed RBPMP ---------------------------------------------------------------------------


def printed_rbpmp(browser, url: str, modul) -> list[str]:
    """The RBPMP page printed by Chromium, as the text of each PDF page (whitespace folded)."""
    context, page = open_page(browser, url, "desktop", media="print")
    try:
        sizes = page.evaluate("""() => [...document.querySelectorAll(
            '.bp-rbpmp td, .bp-rbpmp th, .bp-rbpmp-kepala td, .bp-rbpmp-kepala th')]
            .map(e => parseFloat(getComputedStyle(e).fontSize))""")
        assert sizes and min(sizes) >= PRINT_FLOOR_PX, f"printed text below 9 pt: {min(sizes)} px"
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    finally:
        context.close()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for number, sheet in enumerate(reader.pages, start=1):
        assert sheet.mediabox.width > sheet.mediabox.height, f"page {number} is not landscape"
    return [fold(sheet.extract_text()) for sheet in reader.pages]


def fold(text: str) -> str:
    """Whitespace folded, and a line broken after a hyphen ("Wi-\\nFi") joined again."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def check_printed_rbpmp(pages: list[str], modul) -> list[int]:
    """Header block, then the table; every row whole on one page; rows per page returned."""
    assert "Mata pelatihan" in pages[0] and "Alokasi waktu" in pages[0]
    assert "Akumulasi waktu" in pages[-1]
    rows_on: list[int] = []
    for x in modul.materi:
        # A row: its indikator, its title and its last sub materi, all on one page.
        parts = [fold(x.indikator), fold(x.sub_materi[-1])]
        found = [i for i, text in enumerate(pages) if all(p in text for p in parts)]
        assert len(found) == 1, f"row {x.nomor} ({x.judul}) is split or missing: pages {found}"
        rows_on.append(found[0])
    assert rows_on == sorted(rows_on), "rows out of order"
    per_page = [rows_on.count(i) for i in range(len(pages))]
    assert per_page[0] >= 1, "page 1 holds the header block but no row"
    assert all(n >= 1 for n in per_page), f"a page without a row: {per_page}"
    assert len(pages) <= len(modul.materi)
    return per_page


def test_rbpmp_prints_as_the_official_document_page_by_page(browser, http_base):
    modul = max(curriculum().modul, key=lambda m: len(m.materi))
    pages = printed_rbpmp(browser, http_base + html(modul.rbpmp_page), modul)
    per_page = check_printed_rbpmp(pages, modul)
    print(f"\n{modul.kode}: {len(pages)} pages, rows per page {per_page}")


# --- a curriculum the tests have never seen --------------------------------------------------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, Curriculum]:
    """bench/generate.py's curriculum: 25 modul of 10 materi, so every kelompok folds."""
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = generate  # dataclasses look their module up while it loads
    spec.loader.exec_module(generate)
    root = tmp_path_factory.mktemp("synthetic")
    folder = generate.generate(250, root / "gen", seed=7)
    project = make_project(root / "project", folder)
    site = build_project(project)
    return site, curriculum(project / "curriculum")


@pytest.mark.slow
@pytest.mark.parametrize("size", list(WIDTHS))
def test_an_unseen_curriculum_renders_well(browser, synthetic, size):
    site, cur = synthetic
    for kind, path in page_types(cur).items():
        scheme = "dark" if kind in ("materi", "glosarium") else "light"
        context, page = open_page(browser, (site / path).as_uri(), size, scheme)
        try:
            screenshot(page, f"synthetic-{kind}-{size}-{scheme}")
            measured = looks_right(page, f"synthetic {kind} {size} {scheme}")
            if kind == "beranda":
                # Folded per kelompok, Beranda stays a few screens at this size and larger.
                screens = measured["height"] / WIDTHS[size][1]
                assert page.locator("details.bp-kelompok").count() == 3
                assert screens <= 5, f"Beranda is {screens:.1f} screens"
        finally:
            context.close()


@pytest.mark.slow
def test_an_unseen_rbpmp_prints_page_by_page(browser, synthetic):
    site, cur = synthetic
    modul = max(cur.modul, key=lambda m: len(m.materi))
    pages = printed_rbpmp(browser, (site / html(modul.rbpmp_page)).as_uri(), modul)
    per_page = check_printed_rbpmp(pages, modul)
    print(f"\nsynthetic {modul.kode}: {len(pages)} pages, rows per page {per_page}")
    assert re.search(r"\bRBPMP\b", pages[0])


# --- desktop -------------------------------------------------------------------------------

# The longest line of running text on the page, in characters: each character's line box.
LINE_LENGTH = """() => {
  let longest = 0;
  document.querySelectorAll('.md-content article > p').forEach(p => {
    const perLine = new Map();
    const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walk.nextNode()) {
      const node = walk.currentNode;
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (!box.height) continue;
        const line = Math.round(box.top);
        perLine.set(line, (perLine.get(line) || 0) + 1);
      }
    }
    for (const n of perLine.values()) longest = Math.max(longest, n);
  });
  return longest;
}"""

CONTRAST = """el => {
  const rgba = s => { const v = s.match(/[\\d.]+/g).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
  const lin = x => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  let bg = null;
  for (let e = el; e && !bg; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) bg = c;
  }
  let fg = rgba(getComputedStyle(el).color);
  let alpha = fg[3];
  for (let e = el; e; e = e.parentElement) alpha *= parseFloat(getComputedStyle(e).opacity);
  fg = [0, 1, 2].map(i => fg[i] * alpha + bg[i] * (1 - alpha));
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_desktop_beranda_lines_stay_short_and_tabs_readable(browser, http_base, scheme):
    context, page = open_page(browser, http_base + "index.html", "desktop", scheme)
    try:
        chars = page.evaluate(LINE_LENGTH)
        assert 0 < chars <= 82, f"Beranda lines hold up to {chars} characters"
        tabs = page.locator(".md-tabs__link")
        assert tabs.count() >= 3
        ratios = [tabs.nth(i).evaluate(CONTRAST) for i in range(tabs.count())]
        assert min(ratios) >= 4.5, f"tab bar contrast {min(ratios):.2f}:1"
    finally:
        context.close()
