"""Browser fixtures: the repository's site, served under a path prefix and as file://,
and Debian's Chromium driven by Playwright (never a downloaded browser: the ``browser`` and
``page`` fixtures live in tests/conftest.py, shared with tests/export)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

PREFIX = "/pelatihan/asn/"

pytestmark = pytest.mark.browser


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under PREFIX only, as an agency's web server would."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(PREFIX):])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def http_base(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(_PrefixHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()


@pytest.fixture(scope="session")
def file_base(site_dir: Path) -> str:
    return site_dir.as_uri() + "/"


@pytest.fixture(params=["http", "file"])
def base_url(request: pytest.FixtureRequest, http_base: str, file_base: str) -> str:
    """Each test that takes this runs twice: served over HTTP and opened from file://."""
    return http_base if request.param == "http" else file_base
