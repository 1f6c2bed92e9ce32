"""One mirror deployment per server and variant: `berpijar pasang` under umask 077 into a
folder like /srv/berpijar, served by the matching deploy/ file (module-scoped fixture)."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.mirror.releases import Keys, Rilis, berpijar, server_folder
from tests.mirror.servers import serve

# The deploy/ files' own prefix for nginx, another one for Apache (written by pasang --prefix).
DEPLOYMENTS = [("nginx", "akar", "/"), ("nginx", "awalan", "/pelatihan/asn/"),
               ("apache", "akar", "/"), ("apache", "awalan", "/diklat/berpijar/")]
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass
class Mirror:
    server: str
    url: str  # the site's base address, ending in /
    folder: Path  # what `berpijar pasang` installed into (the server serves folder/current)
    prefix: str


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def get(url: str, gzip_ok: bool = False) -> Answer:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
            return Answer(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as exc:
        return Answer(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


@pytest.fixture(scope="module", params=DEPLOYMENTS, ids=lambda d: f"{d[0]}-{d[1]}")
def mirror(request: pytest.FixtureRequest, releases: tuple[Rilis, Rilis], keys: Keys,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mirror]:
    server, variant, prefix = request.param
    a, _ = releases
    with server_folder() as srv:
        folder = srv / "berpijar"
        done = berpijar("pasang", a.archive, folder, "--kunci-publik", keys.public, "--prefix", prefix,
                        umask=0o077)
        assert done.returncode == 0, done.stdout + done.stderr
        assert (folder / "server" / f"{server}.conf").is_file(), done.stdout
        with serve(server, folder, tmp_path_factory.mktemp(f"{server}-{variant}")) as base:
            yield Mirror(server, base + prefix, folder, prefix)


