"""Fixtures shared by the test folders: a writable copy of the small valid curriculum, the
repository's site built once per session (integration, browser and export tests read the same
one), and Debian's Chromium driven by Playwright (one per session: Playwright's sync API
allows one)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sitebuild import REPO, build_project

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VALID_CURRICULUM = Path(__file__).resolve().parent / "fixtures" / "valid" / "curriculum"
# The mirror fixtures (signed releases, nginx and Apache deployments) for the mirror tests and
# the browser tests that visit the same deployments.
pytest_plugins = ["tests.mirror.releases", "tests.mirror.deployment"]


@pytest.fixture
def valid_copy(tmp_path: Path) -> Path:
    """``tests/fixtures/valid/curriculum`` copied into ``tmp_path``: its ``curriculum`` folder."""
    folder = tmp_path / "curriculum"
    shutil.copytree(VALID_CURRICULUM, folder)
    return folder


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site, built once per test session."""
    return build_project(REPO, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.fail("Debian's chromium is not installed: run scripts/setup.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh context (empty localStorage) whose every request is recorded in page.requests."""
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.requests = []  # type: ignore[attr-defined]
    page.on("request", lambda request: page.requests.append(request.url))  # type: ignore[attr-defined]
    yield page
    context.close()
