"""Renders overrides/assets/images/logo.svg to the 48x48 PNG a ZIM file carries as its
illustration (build_tools/export/illustration-48.png). Run once when the logo changes:
    .venv/bin/python scripts/zim-illustration.py
It uses the Chromium the browser tests drive, so no image library is needed at build time."""

from pathlib import Path
from playwright.sync_api import sync_playwright
svg = Path("overrides/assets/images/logo.svg").read_text()
with sync_playwright() as pw:
    b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    p = b.new_page(viewport={"width": 48, "height": 48})
    p.set_content(f"<html><body style='margin:0;background:transparent'><div style='width:48px;height:48px'>{svg}</div><style>svg{{width:48px;height:48px;display:block}}</style></body></html>")
    p.screenshot(path="build_tools/export/illustration-48.png", omit_background=True)
    b.close()
