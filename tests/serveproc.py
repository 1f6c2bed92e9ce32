"""``berpijar serve`` as an author runs it: a child process on a free port, stopped by PID.

Shared by the preview tests and ``bench/preview_bench.py``: it starts the real command, waits
for the URL it prints, keeps everything it printed, and stops it with SIGTERM.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
URL = re.compile(r"http://127\.0\.0\.1:\d+/")


class ServeProcess:
    def __init__(self, project: Path, *args: str, timeout: float = 120.0) -> None:
        cmd = [str(BIN / "berpijar"), "serve", "-f", str(project / "mkdocs.yml"), "-a", "127.0.0.1:0", *args]
        self.proc = subprocess.Popen(cmd, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, bufsize=1)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.url = self._wait_for_url(timeout)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def _wait_for_url(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if match := URL.search(line):
                    return match.group(0)
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("berpijar serve printed no URL:\n" + self.output)

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def get(self, path: str, timeout: float = 10.0, headers: dict[str, str] | None = None) -> tuple[int, str]:
        """Status and text of ``path``; a request that takes longer than ``timeout`` fails."""
        request = urllib.request.Request(self.url + path.lstrip("/"), headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=5)
