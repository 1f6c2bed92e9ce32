"""Export fixtures: the repository's site (built once, as the browser tests do), the SCORM
packages and the ZIM made from it (Chromium comes from tests/conftest.py)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_tools.export import scorm, zim
from build_tools.export.common import published
from tests.sitebuild import REPO, materi_with_kuis

EPOCH = 1767225600  # 2026-01-01: any fixed date


@pytest.fixture(scope="session")
def program():  # noqa: ANN201
    return published(REPO / "curriculum")


@pytest.fixture(scope="session")
def packages(site_dir: Path, program, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The SCORM packages (both versions) of the first modul with a quiz, by version."""
    modul, _ = materi_with_kuis()
    out = tmp_path_factory.mktemp("scorm")
    return {v: scorm.export(site_dir, [modul], program.program, v, out, EPOCH)[0] for v in scorm.VERSIONS}


@pytest.fixture(scope="session")
def zim_file(site_dir: Path, program, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return zim.export(site_dir, program.program, tmp_path_factory.mktemp("zim") / "asn-berpijar.zim", EPOCH)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def serve() -> Iterator[object]:
    """serve(folder) -> base URL of a localhost server of that folder, stopped after the test."""
    servers = []

    def start(folder: Path) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
