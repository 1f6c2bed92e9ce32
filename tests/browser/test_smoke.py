from __future__ import annotations


def test_home_page_opens(page, base_url):
    page.goto(base_url + "index.html")
    assert page.locator("article h1").first.inner_text().replace("¶", "").strip() == "ASN Berpijar"
