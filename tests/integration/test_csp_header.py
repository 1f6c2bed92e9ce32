"""The policy for servers (site/content-security-policy.txt) as nginx sends it.

docs/keamanan-isi.md tells agencies to turn the file into an ``add_header`` line with printf;
this runs exactly that line in a real nginx serving the built site under a path prefix, and
checks that the header arrives whole and equals the file (its quotes and semicolons survive
nginx's parser). That every page works under the header is tests/browser/test_csp.py.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from build_tools.sanitize.guard import POLICY_FILE

pytestmark = pytest.mark.slow
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_nginx_sends_the_policy_the_guide_writes(site_dir: Path, tmp_path: Path) -> None:
    if not Path(NGINX).exists():
        pytest.fail("nginx is not installed: run scripts/setup.sh (scripts/debian-packages.txt)")
    policy = (site_dir / POLICY_FILE).read_text("utf-8").strip()
    snippet = tmp_path / "berpijar-csp.conf"
    # The guide's command, word for word.
    command = "printf 'add_header Content-Security-Policy \"%s\" always;\\n' \"$(cat \"$1\")\" > \"$2\""
    subprocess.run(["sh", "-c", command, "sh", str(site_dir / POLICY_FILE), str(snippet)], check=True)
    port = _free_port()
    (tmp_path / "logs").mkdir()
    conf = tmp_path / "nginx.conf"
    conf.write_text(f"""
daemon off;
master_process off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/logs/error.log;
events {{}}
http {{
  access_log off;
  client_body_temp_path {tmp_path}/body; proxy_temp_path {tmp_path}/proxy;
  fastcgi_temp_path {tmp_path}/fastcgi; uwsgi_temp_path {tmp_path}/uwsgi; scgi_temp_path {tmp_path}/scgi;
  include /etc/nginx/mime.types;
  server {{
    listen 127.0.0.1:{port};
    location /pelatihan/asn/ {{
      alias {site_dir}/;
      include {snippet};
    }}
  }}
}}
""", "utf-8")
    # One process (no workers switching to an unprivileged user that could not read the site).
    server = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(conf)], stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/pelatihan/asn/index.html"
        for _ in range(50):
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    header = response.headers["Content-Security-Policy"]
                    body = response.read().decode("utf-8")
                break
            except urllib.error.HTTPError as exc:
                raise AssertionError(f"nginx answered {exc.code}") from None
            except OSError:
                if server.poll() is not None:
                    raise AssertionError(server.stderr.read().decode()) from None
                time.sleep(0.1)
        else:
            raise AssertionError("nginx did not answer")
        assert header == policy
        assert "script-src 'self' 'sha256-" in header and "'unsafe-inline'" not in header
        meta = body.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
        hashes = {part for part in meta.split() if part.startswith("'sha256-")}
        assert hashes and all(h in header for h in hashes), "the header allows every script the page's own policy does"
    finally:
        server.terminate()
        server.wait(timeout=10)
