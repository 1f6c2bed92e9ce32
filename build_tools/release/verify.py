"""Check a mirror, a folder or a web address, against an official manifest and public key.

The manifest given on the command line is the truth, never the one inside what it protects:
a mirror whose files and manifest were both changed (or a line removed with its file) is
caught because the official manifest, signed by the release key, still lists the originals.
Over HTTP only listed files can be fetched, so extra files are reported for folders only.
"""

from __future__ import annotations

import concurrent.futures
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.release import buildinfo
from build_tools.release.buildinfo import BUILD_INFO
from build_tools.release.manifest import CONTROL, MANIFEST, sha256_bytes, sha256_file

USER_AGENT = "berpijar-verify"


@dataclass
class Verification:
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)  # symlinks and entries that leave the tree
    checked: int = 0
    extras_known: bool = True  # False over HTTP: a server does not list its files

    @property
    def ok(self) -> bool:
        return not (self.missing or self.changed or self.extra or self.outside)


def _through_symlink(site: Path, rel: str) -> bool:
    path = site
    for part in rel.split("/"):
        path = path / part
        if path.is_symlink():
            return True
    return False


def check_folder(site: Path, entries: dict[str, str], manifest: bytes) -> Verification:
    result = Verification()
    root = site.resolve()
    for rel, digest in sorted(entries.items()):
        path = site / rel
        if _through_symlink(site, rel) or root not in path.resolve().parents:
            result.outside.append(rel)
        elif not path.is_file():
            result.missing.append(rel)
        elif sha256_file(path) != digest:
            result.changed.append(rel)
        else:
            result.checked += 1
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_symlink():
            if rel not in result.outside:
                result.outside.append(rel)
        elif path.is_file() and rel not in entries and rel not in CONTROL:
            result.extra.append(rel)
    own = site / MANIFEST
    if own.is_file() and not own.is_symlink() and own.read_bytes() != manifest:
        result.changed.append(MANIFEST)
    return result


def _fetch(url: str, timeout: float = 30) -> bytes | None:
    """The body of a 200 answer, None for 404/410; other failures raise OSError."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Cache-Control": "no-cache"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
            return response.read()
    except urllib.error.HTTPError as exc:
        if exc.code in (404, 410):
            return None
        raise OSError(f"{url}: HTTP {exc.code}") from None


def check_url(base: str, entries: dict[str, str], manifest: bytes, workers: int = 8) -> Verification:
    if urllib.parse.urlsplit(base).scheme not in ("http", "https"):
        raise ValueError(f"alamat '{base}' bukan http:// atau https://")
    base = base if base.endswith("/") else base + "/"
    result = Verification(extras_known=False)

    def one(rel: str) -> tuple[str, str | None]:
        body = _fetch(base + urllib.parse.quote(rel))
        return rel, None if body is None else sha256_bytes(body)

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for rel, digest in sorted(pool.map(one, entries)):
            if digest is None:
                result.missing.append(rel)
            elif digest != entries[rel]:
                result.changed.append(rel)
            else:
                result.checked += 1
    own = _fetch(base + MANIFEST)
    if own is not None and own != manifest:
        result.changed.append(MANIFEST)
    return result


def served_version(target: str) -> str | None:
    """'program versi' from the mirror's build-info.json, to tell the administrator what it serves."""
    try:
        if target.startswith(("http://", "https://")):
            body = _fetch(target.rstrip("/") + "/" + BUILD_INFO, timeout=10)
        else:
            path = Path(target) / BUILD_INFO
            body = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    except OSError:
        return None
    info = buildinfo.parse(body)
    if "versi" not in info:
        return None
    return f"{info.get('program', '?')} versi {info['versi']}"
