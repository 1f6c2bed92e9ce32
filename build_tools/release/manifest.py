"""``SHA256SUMS``: one ``<sha256>  <path>`` line per file of the site, as ``sha256sum`` writes.

The manifest sits at the site's root (a service worker reads it to cache a version's files)
and travels with its signature, ``SHA256SUMS.minisig``. Neither lists itself. A manifest is
read defensively: it names files a verifier or an installer will open, so a path that could
leave the site (``../``, absolute, a backslash) refuses the whole manifest.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from build_tools.errors import ToolError
from build_tools.release import messages

MANIFEST = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.minisig"
CONTROL = frozenset({MANIFEST, SIGNATURE})  # beside the content, never listed in it

_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


class ManifestError(ToolError):
    """The manifest cannot be trusted to name files inside the site."""

    texts = messages.MANIFEST


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def site_files(site: Path) -> list[str]:
    """Every regular file under ``site`` (symlinks left out), but the manifest and signature."""
    return sorted(
        rel for p in site.rglob("*")
        if p.is_file() and not p.is_symlink() and (rel := p.relative_to(site).as_posix()) not in CONTROL
    )


def render(site: Path) -> bytes:
    return "".join(f"{sha256_file(site / rel)}  {rel}\n" for rel in site_files(site)).encode()


def write(site: Path) -> Path:
    path = site / MANIFEST
    path.write_bytes(render(site))
    return path


def safe_path(rel: str) -> bool:
    """A relative POSIX path that stays inside the folder it is joined to."""
    if not rel or "\\" in rel or "\x00" in rel or rel.startswith("/") or re.match(r"^[A-Za-z]:", rel):
        return False
    return all(part not in ("", ".", "..") for part in rel.split("/"))


def parse(data: bytes) -> dict[str, str]:
    """``{path: sha256}`` of a manifest, or ManifestError for any line that is not a safe entry."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError("not_utf8", error=exc) from None
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE.match(line)
        if not match:
            raise ManifestError("bad_line", number=number, line=line[:80])
        digest, rel = match.groups()
        if not safe_path(rel):
            raise ManifestError("outside", number=number, path=rel)
        if rel in CONTROL:
            raise ManifestError("control", number=number, path=rel)
        if rel in entries:
            raise ManifestError("twice", number=number, path=rel)
        entries[rel] = digest
    if not entries:
        raise ManifestError("empty")
    return entries
