"""What a learner's phone keeps for reading without a signal: the manifest of one release.

``offline-manifest.json`` at the site root lists every file the service worker
(``assets/javascripts/offline/sw.js``, published as ``sw.js`` at the root so its scope is the
whole site under any path prefix) stores: path, size, and which modul a file belongs to, so a
learner can keep the whole site or only chosen modul and see the size before starting. The
``version`` is a hash of every listed file's content: a new release has a new version, and the
worker stores it into a fresh cache and switches only when every file is in.

Zip files found at the site root (a mirror may place ``berpijar bundle`` output there) are not
stored offline but listed under ``bundle`` with size and SHA-256, for the "Baca tanpa sinyal"
page to offer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from build_tools.release import manifest as release_manifest
from build_tools.release.buildinfo import BUILD_INFO
from build_tools.release.manifest import sha256_file as _sha256  # one way to hash a file, shared with SHA256SUMS

MANIFEST = "offline-manifest.json"
WORKER = "sw.js"
WORKER_SOURCE = "assets/javascripts/offline/sw.js"
# Never stored: the worker itself, this manifest (both always fetched fresh), mirror checksums.
SKIP = {MANIFEST, WORKER, *release_manifest.CONTROL, BUILD_INFO}
# Material's offline plugin loads the iframe-worker shim (search from file://) from a CDN by
# default; the site ships its own copy, from node_modules, at this address.
SHIM = "assets/javascripts/iframe-worker/shim.js"
SHIM_SOURCE = ("iframe-worker", "shim", "index.js")  # under node_modules


@dataclass(frozen=True)
class ModulEntry:
    folder: str
    kode: str
    judul: str


def manifest(site: Path, modul: list[ModulEntry]) -> dict[str, object]:
    folders = {m.folder: i for i, m in enumerate(modul)}
    files: list[list[object]] = []
    bundles: list[dict[str, object]] = []
    release = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if rel in SKIP:
            continue
        size = path.stat().st_size
        digest = _sha256(path)
        if "/" not in rel and rel.endswith(".zip"):
            bundles.append({"path": rel, "size": size, "sha256": digest})
            continue
        release.update(f"{digest}  {rel}\n".encode())
        group = folders.get(rel.split("/", 1)[0], -1) if "/" in rel else -1
        files.append([rel, size, group, digest[:12]])
    return {
        "version": release.hexdigest()[:16],
        "modul": [[m.folder, m.kode, m.judul] for m in modul],
        "files": files,  # [path, bytes, modul index or -1 for what every page needs, hash]
        "bundle": bundles,
    }


def polyfills(current: list[object]) -> list[object]:
    """``extra.polyfills`` with the local shim in place of any iframe-worker from elsewhere."""
    return [*(p for p in current if "iframe-worker" not in str(p)), SHIM]


def write_manifest(site: Path, modul: list[ModulEntry]) -> Path:
    target = site / MANIFEST
    target.write_text(json.dumps(manifest(site, modul), ensure_ascii=False, separators=(",", ":")), "utf-8")
    return target
