"""The self-check quiz of a materi page, answered in a real browser (served and from file://).

The right answer is read from the curriculum, never written into the test: the page must judge
exactly what the author wrote in ``kuis[].jawaban``.
"""

from __future__ import annotations

import pytest

from tests.sitebuild import materi_with_kuis

pytestmark = pytest.mark.browser

NOTHING_CHOSEN = "Pilih salah satu jawaban terlebih dahulu."




def html_path(md_page: str) -> str:
    return md_page[: -len(".md")] + ".html"


def open_quiz(page, base_url: str):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    _, materi = materi_with_kuis()
    page.goto(base_url + html_path(materi.page))
    return materi, errors


def test_quiz_judges_a_wrong_then_a_right_answer(page, base_url):
    materi, errors = open_quiz(page, base_url)
    soal = materi.kuis[0]
    wrong = next(i for i in range(1, len(soal.pilihan) + 1) if i != soal.jawaban)
    q = page.locator(".bp-kuis .bp-soal").first
    feedback = q.locator(".bp-umpan")
    explanation = q.locator(".bp-pembahasan")
    assert q.get_attribute("data-jawaban") == str(soal.jawaban)
    assert explanation.is_hidden()

    q.locator(".bp-periksa").click()
    assert feedback.inner_text() == NOTHING_CHOSEN
    assert explanation.is_hidden()

    q.locator(f"input[type=radio][value='{wrong}']").check()
    q.locator(".bp-periksa").click()
    text = feedback.inner_text()
    assert text.startswith("Belum tepat.")
    assert soal.pilihan[soal.jawaban - 1].strip() in text  # names the right option
    assert explanation.is_visible()
    assert soal.pembahasan.split()[0] in explanation.inner_text()
    labels = q.locator("label.bp-pilihan")
    assert "bp-pilihan--salah" in labels.nth(wrong - 1).get_attribute("class")
    assert "bp-pilihan--kunci" in labels.nth(soal.jawaban - 1).get_attribute("class")

    # A new choice clears the old verdict; checking again judges the new one.
    q.locator(f"input[type=radio][value='{soal.jawaban}']").check()
    assert feedback.inner_text() == ""
    assert "bp-pilihan--salah" not in labels.nth(wrong - 1).get_attribute("class")
    q.locator(".bp-periksa").click()
    assert feedback.inner_text() == "Benar."
    assert "bp-pilihan--benar" in labels.nth(soal.jawaban - 1).get_attribute("class")
    assert explanation.is_visible()
    assert errors == []


def test_every_question_accepts_the_authors_answer(page, http_base):
    materi, errors = open_quiz(page, http_base)
    questions = page.locator(".bp-kuis .bp-soal")
    assert questions.count() == len(materi.kuis)
    for i, soal in enumerate(materi.kuis):
        q = questions.nth(i)
        q.locator(f"input[type=radio][value='{soal.jawaban}']").check()
        q.locator(".bp-periksa").click()
        assert q.locator(".bp-umpan").inner_text() == "Benar.", soal.soal
        assert q.locator(".bp-pembahasan").is_visible()
    assert errors == []


def test_options_and_buttons_are_big_enough_for_a_thumb(page, http_base):
    page.set_viewport_size({"width": 390, "height": 844})
    open_quiz(page, http_base)
    heights = page.eval_on_selector_all(
        ".bp-pilihan, .bp-periksa, .bp-tandai", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 44
    # The focus ring of a keyboard user stays visible on the buttons.
    page.focus(".bp-periksa")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.eval_on_selector(".bp-periksa", "e => getComputedStyle(e).outlineStyle")
    assert outline not in ("none", "")
