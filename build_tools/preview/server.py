"""The preview's HTTP server, its file watcher and the script that reloads the browser.

Requests are answered by ``Preview.respond`` on threads of a ``ThreadingHTTPServer``; a
watcher thread refreshes the preview after each save. Every HTML answer carries a small
same-origin script that asks for the preview's generation and reloads the page when it
changes: the error page comes back as the site once the author's save fixes it.
"""

from __future__ import annotations

import gc
import signal
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from build_tools.preview.session import Preview, Response

PREFIX = "/__pratinjau__/"
VERSION = PREFIX + "versi"
SCRIPT = PREFIX + "muat-ulang.js"
# Asks VERSION for a generation other than the page's: the server answers once a save has
# been taken in (or after WAIT_SECONDS, and the script asks again), so the page reloads as soon
# as it can. A failed request (the server restarting) is tried again a second later. Also
# unregisters service workers, which would answer from a cache older than the last save.
RELOAD_JS = """(function () {
  var me = document.currentScript, seen = me && me.getAttribute("data-versi");
  function ask() {
    fetch("/__pratinjau__/versi?sejak=" + seen, {cache: "no-store"}).then(function (r) {
      return r.text();
    }).then(function (v) {
      if (v.trim() !== seen) { location.reload(); } else { ask(); }
    }, function () { setTimeout(ask, 1000); });
  }
  if (seen) { ask(); }
  if (navigator.serviceWorker) {  // one left by a built site served on this same address
    navigator.serviceWorker.getRegistrations().then(function (rs) { rs.forEach(function (r) { r.unregister(); }); });
  }
})();
"""
# Changes closer together than this (an editor writing a temp file, then renaming) are one save.
# Also far longer than the clock tick of a file's modification time (session.fingerprint).
SETTLE_SECONDS = 0.05
# A refresh runs without the cyclic collector (session.py); this long after it, with no new
# change, a full collection frees what the previous state left.
IDLE_SECONDS = 2.0
WAIT_SECONDS = 20.0


def _inject(body: bytes, generation: int) -> bytes:
    tag = f'<script src="{SCRIPT}" data-versi="{generation}"></script>'.encode()
    at = body.rfind(b"</body>")
    return body[:at] + tag + body[at:] if at >= 0 else body + tag


class _Handler(BaseHTTPRequestHandler):
    preview: Preview  # these two are set on the subclass made by serve()
    refreshed: threading.Condition  # notified after each refresh
    server_version = "berpijar-pratinjau"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        path = self.path.split("?", 1)[0]
        if self.headers.get("Service-Worker") == "script":
            # A service worker would answer later visits from its cache: the preview must always
            # show the last save, so it registers none (the built site is unaffected).
            response = Response(404, "text/plain; charset=utf-8", b"no service worker in the preview")
        elif path == VERSION:
            response = Response(200, "text/plain; charset=utf-8", str(self._generation_after()).encode())
        elif path == SCRIPT:
            response = Response(200, "application/javascript; charset=utf-8", RELOAD_JS.encode())
        else:
            response = self.preview.respond(self.path)
        body = _inject(response.body, self.preview.state.generation) if response.html else response.body
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _generation_after(self) -> int:
        """The generation, once it differs from the one in ``?sejak=`` (or after WAIT_SECONDS)."""
        query = self.path.partition("?")[2]
        since = query.removeprefix("sejak=") if query.startswith("sejak=") else ""
        with self.refreshed:
            self.refreshed.wait_for(lambda: str(self.preview.state.generation) != since, timeout=WAIT_SECONDS)
        return self.preview.state.generation

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the terminal is for the author's diagnostics, not for every request."""


class Watcher:
    """Refreshes the preview after changes under the watched paths (inotify, via watchdog)."""

    def __init__(self, preview: Preview, on_refresh: Callable[[], None]) -> None:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self.preview = preview
        self.on_refresh = on_refresh
        self.changed = threading.Event()
        self.stopping = False
        changed = self.changed

        class Handler(FileSystemEventHandler):
            def __init__(self, only: str | None = None) -> None:
                self.only = only  # watching a file: its folder is watched, other files ignored

            def on_any_event(self, event: object) -> None:
                if getattr(event, "event_type", "") in ("opened", "closed_no_write"):
                    return
                paths = {getattr(event, "src_path", ""), getattr(event, "dest_path", "")}
                if self.only is None or self.only in paths:
                    changed.set()

        self.observer = Observer()
        for path in preview.watched():
            if path.is_dir():
                self.observer.schedule(Handler(), str(path), recursive=True)
            else:
                self.observer.schedule(Handler(str(path)), str(path.parent), recursive=False)
        self.thread = threading.Thread(target=self._loop, name="pratinjau-watch", daemon=True)

    def start(self) -> None:
        self.observer.start()
        self.thread.start()

    def stop(self) -> None:
        self.stopping = True
        self.changed.set()
        self.observer.stop()

    def _loop(self) -> None:
        untidy = False
        while True:
            if not self.changed.wait(timeout=IDLE_SECONDS if untidy else None):
                gc.collect()  # the replaced state's cycles, once the author has looked at the page
                untidy = False
                continue
            if self.stopping:
                return
            time.sleep(SETTLE_SECONDS)
            self.changed.clear()
            if self.preview.refresh_if_changed() is not None:
                self.on_refresh()
                untidy = True


def serve(preview: Preview, host: str, port: int, announce: Callable[[str], None],
          on_refresh: Callable[[], None]) -> None:
    """Serve until Ctrl+C or SIGTERM. The port is opened first (a busy port fails at once), then
    the site is prepared and ``on_refresh`` reports it, then ``announce`` gets the URL."""
    refreshed = threading.Condition()
    handler = type("Handler", (_Handler,), {"preview": preview, "refreshed": refreshed})
    httpd = ThreadingHTTPServer((host, port), handler)
    httpd.daemon_threads = True

    def after_refresh() -> None:
        with refreshed:
            refreshed.notify_all()
        on_refresh()

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    watcher: Watcher | None = None
    try:
        preview.refresh()
        after_refresh()
        watcher = Watcher(preview, after_refresh)
        watcher.start()
        shown_host = f"[{host}]" if ":" in host else host
        announce(f"http://{shown_host}:{httpd.server_address[1]}/")
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        if watcher is not None:
            watcher.stop()
        httpd.server_close()
        preview.close()
        sys.stdout.flush()
