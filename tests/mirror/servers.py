"""Debian's nginx and Apache, started by a test on a free localhost port and stopped by PID.

Each runs one of the files of ``deploy/`` as `berpijar pasang --prefix` writes it for an
installation (its folder and prefix in place of the examples); only the listening address is
replaced. The main
configuration around it is the least a server needs, so anything the site relies on (MIME
types, CSV, headers, the 404 page) must come from the deploy file itself. Workers run as
``nobody``: a file the site leaves unreadable to others is answered 403, as on a real host.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

MODULES = Path("/usr/lib/apache2/modules")
APACHE_MODULES = ["mpm_event", "authz_core", "mime", "dir", "alias", "headers", "deflate", "filter"]

NGINX_MAIN = """daemon off;
worker_processes 1;
user nobody nogroup;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    include {site};
}}
"""

APACHE_MAIN = """ServerRoot {run}
DefaultRuntimeDir {run}
PidFile {run}/httpd.pid
ErrorLog {run}/error.log
LogLevel warn
Mutex file:{run} default
Listen 127.0.0.1:{port}
ServerName 127.0.0.1
User nobody
Group nogroup
{modules}
TypesConfig /etc/mime.types
Include {site}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_conf(server: str, root: Path, port: int, run: Path) -> Path:
    """ROOT/server/<server>.conf, which `berpijar pasang --prefix` wrote from deploy/, on this port."""
    text = (root / "server" / f"{server}.conf").read_text("utf-8")
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port};")
    text = text.replace("<VirtualHost *:80>", f"<VirtualHost 127.0.0.1:{port}>")
    path = run / f"{server}-site.conf"
    path.write_text(text, "utf-8")
    return path


def _wait(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server stopped: {log.read_text() if log.exists() else ''}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not answer at {url}")


@contextlib.contextmanager
def serve(server: str, root: Path, run: Path) -> Iterator[str]:
    """Start ``server`` with the configuration `berpijar pasang` wrote; yield http://127.0.0.1:PORT."""
    port = free_port()
    run.mkdir(parents=True, exist_ok=True)
    site = site_conf(server, root, port, run)
    main = run / f"{server}.conf"
    if server == "nginx":
        main.write_text(NGINX_MAIN.format(run=run, site=site), "utf-8")
        assert subprocess.run(["nginx", "-t", "-q", "-p", str(run), "-c", str(main)],
                              capture_output=True, text=True, timeout=30).returncode == 0, \
            subprocess.run(["nginx", "-t", "-p", str(run), "-c", str(main)], capture_output=True, text=True).stderr
        command = ["nginx", "-p", str(run), "-c", str(main)]
    else:
        modules = "\n".join(f"LoadModule {m}_module {MODULES}/mod_{m}.so" for m in APACHE_MODULES)
        main.write_text(APACHE_MAIN.format(run=run, port=port, site=site, modules=modules), "utf-8")
        command = ["apache2", "-f", str(main), "-DFOREGROUND"]
    log = run / "error.log"
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=(run / "stderr.log").open("w"))
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/", process, run / "stderr.log")
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        _ = log
