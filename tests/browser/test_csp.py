"""The Content-Security-Policy in Chromium: strict, and nothing of the site breaks under it.

Every page carries its policy as <meta http-equiv>. These tests open the repository's site
served under a path prefix and from file://, use what runs in a learner's browser (search with
its worker, quiz, "tandai selesai", the colour-scheme switch) and collect every
``securitypolicyviolation`` event and every console message about the policy: there must be
none. A script injected into a page must be refused, so the policy is shown to be enforced.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_tools.sanitize.guard import POLICY_FILE
from tests.browser.test_search import run_search
from tests.sitebuild import materi_with_kuis

pytestmark = pytest.mark.browser

# Registered before any page script (Playwright's init scripts are not subject to the policy).
LISTEN = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def watch(page) -> list[str]:
    messages: list[str] = []
    page.add_init_script(LISTEN)
    page.on("console", lambda m: messages.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    return messages


def violations(page) -> list[str]:
    return page.evaluate("window.__violations || []")


def test_every_page_type_has_the_policy_and_no_violation(page, base_url, site_dir):
    messages = watch(page)
    modul, materi = materi_with_kuis()
    pages = ["index.html", "struktur-kurikulum.html", "glosarium.html", f"{modul.folder}/index.html",
             f"{modul.folder}/rbpmp.html", materi.page[:-3] + ".html", "404.html"]
    for path in pages:
        page.goto(base_url + path)
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        assert "'unsafe-inline'" not in policy and "object-src 'none'" in policy, policy
        assert "script-src 'self' 'sha256-" in policy and "base-uri 'self'" in policy
        page.wait_for_load_state("load")
        assert violations(page) == [], (path, violations(page))
    assert messages == []


def test_search_quiz_progress_and_dark_mode_work_under_the_policy(page, base_url):
    messages = watch(page)
    modul, materi = materi_with_kuis()
    page.goto(base_url + materi.page[:-3] + ".html")
    # dark mode: Material's palette switch (an inline script reads it on the next page)
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert before != after
    # quiz and "tandai selesai"
    soal = page.locator(".bp-kuis .bp-soal").first
    soal.locator("input[type=radio]").nth(materi.kuis[0].jawaban - 1).check()
    soal.locator(".bp-periksa").click()
    assert soal.locator(".bp-pembahasan").is_visible()
    page.locator(".bp-tandai").click()
    assert page.locator(".bp-tandai").get_attribute("aria-pressed") == "true"
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == after
    # search: Material's worker (a real Worker over HTTP, the offline shim's frame on file://)
    results = run_search(page, materi.judul.split()[0])
    assert results
    assert violations(page) == [] and messages == []


def test_an_injected_script_is_refused(page, http_base):
    """The policy is enforced, not only written: inline code added to a page does not run."""
    watch(page)
    page.goto(http_base + "index.html")
    ran = page.evaluate("""() => {
      window.__ran = false;
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.appendChild(s);
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.appendChild(img);
      return window.__ran;
    }""")
    page.wait_for_timeout(200)
    assert ran is False
    found = violations(page)
    assert any(v.startswith("script-src") for v in found), found
    assert any(v.startswith("img-src") for v in found), found


class _WithHeader(http.server.SimpleHTTPRequestHandler):
    """Serves the site with the policy the build wrote for servers, as a response header."""

    policy = ""

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", self.policy)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def header_base(site_dir: Path) -> Iterator[str]:
    policy = (site_dir / POLICY_FILE).read_text("utf-8").strip()
    handler = type("Handler", (_WithHeader,), {"policy": policy})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_the_policy_for_servers_holds_for_every_page_as_a_header(page, header_base, site_dir):
    """One header for the whole site (every page's hashes) on top of each page's own meta."""
    messages = watch(page)
    modul, materi = materi_with_kuis()
    response = page.goto(header_base + "index.html")
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    for path in ("index.html", f"{modul.folder}/index.html", materi.page[:-3] + ".html"):
        page.goto(header_base + path)
        page.wait_for_load_state("load")
        assert violations(page) == [], (path, violations(page))
    assert run_search(page, materi.judul.split()[0])
    assert violations(page) == [] and messages == []
