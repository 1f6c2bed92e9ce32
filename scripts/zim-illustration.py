"""Renders overrides/assets/images/logo.svg to the 48x48 PNG a ZIM file carries as its
illustration (build_tools/export/illustration-48.png). Run once when the logo changes:
    .venv/bin/python scripts/zim-illustration.py
It uses the Chromium the browser tests drive, so no image library is needed at build time."""

from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
svg = (REPO / "overrides/assets/images/logo.svg").read_text()
html = ("<body style='margin:0'><style>svg{width:48px;height:48px;display:block}</style>"
        f"{svg}</body>")
with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 48, "height": 48})
    page.set_content(html)
    page.screenshot(path=str(REPO / "build_tools/export/illustration-48.png"), omit_background=True)
    browser.close()
