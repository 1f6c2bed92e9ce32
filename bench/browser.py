"""What the browser benchmarks share: a gzip static server that counts the bytes it sends, and
Chromium's network and CPU emulation (the learner's phone) through the DevTools protocol.

The server compresses text files as an agency's nginx with ``gzip on`` would, so the byte
counts are what a learner pays over the air; each response is logged as (path, bytes sent).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import threading
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-quic"]
TEXT = (".html", ".js", ".css", ".json", ".svg", ".txt", ".csv", ".xml", ".map")


@dataclass(frozen=True)
class Profile:
    """A learner's device and link: viewport, download/upload kbit/s, round trip, CPU slowdown."""

    name: str
    width: int
    height: int
    mobile: bool
    kbps: float | None  # None: no network emulation
    latency_ms: float
    cpu: float


PROFILES = {
    "desktop": Profile("desktop", 1280, 800, False, None, 0, 1),
    "phone-4g": Profile("phone-4g", 360, 740, True, 1600, 150, 4),
    "weak-3g": Profile("weak-3g", 360, 740, True, 400, 400, 4),
}


class _Handler(http.server.SimpleHTTPRequestHandler):
    log: list[tuple[str, int]]
    cache: dict[Path, bytes]

    def do_GET(self) -> None:  # noqa: N802
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gz = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in TEXT
        if not path.is_file() or not gz:
            super().do_GET()
            return
        body = self.cache.get(path)
        if body is None:
            body = self.cache[path] = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)
        self.log.append((self.path, len(body)))

    def send_head(self):  # type: ignore[no-untyped-def]  # uncompressed files: count them too
        f = super().send_head()
        if f is not None and hasattr(f, "fileno"):
            self.log.append((self.path, os.fstat(f.fileno()).st_size))
        return f

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class Server:
    """Serves ``site`` on 127.0.0.1 (a free port) until ``close()``; ``log`` lists responses."""

    def __init__(self, site: Path) -> None:
        self.log: list[tuple[str, int]] = []
        handler = type("Handler", (_Handler,), {"log": self.log, "cache": {}})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def sent(self, since: int = 0, matching: str = "") -> int:
        return sum(n for path, n in self.log[since:] if matching in path)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def new_page(browser, profile: Profile):  # type: ignore[no-untyped-def]
    """A fresh context (empty cache) emulating ``profile``; returns (context, page)."""
    context = browser.new_context(viewport={"width": profile.width, "height": profile.height},
                                  is_mobile=profile.mobile, has_touch=profile.mobile,
                                  device_scale_factor=2 if profile.mobile else 1)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    if profile.cpu > 1:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile.cpu})
    if profile.kbps is not None:
        cdp.send("Network.enable")
        rate = profile.kbps * 1000 / 8  # bytes per second
        cdp.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": profile.latency_ms,
            "downloadThroughput": rate, "uploadThroughput": rate,
        })
    return context, page
