"""What a learner does on a page, shared by the browser tests that do it in different settings."""

from __future__ import annotations


def answer_first_question(page):  # type: ignore[no-untyped-def]
    """Pick the first option of the page's first quiz question, check it, and wait for the
    pembahasan; returns the question's locator."""
    soal = page.locator(".bp-kuis .bp-soal").first
    soal.locator("input[type=radio]").first.check()
    soal.locator(".bp-periksa").click()
    soal.locator(".bp-pembahasan").wait_for(state="visible", timeout=5000)
    return soal
