"""Bundle a built site for mirrors, and verify a mirror against its manifest.

The manifest is ``SHA256SUMS`` at the site's root, in the format ``sha256sum -c`` reads, so
an agency can check a mirror with standard tools as well as with ``berpijar verify``. The
zip is deterministic (sorted names, fixed timestamps) so two bundles of one build match.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "SHA256SUMS"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _site_files(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != MANIFEST
    )


def write_manifest(site: Path) -> Path:
    lines = [f"{_sha256(site / rel)}  {rel}\n" for rel in _site_files(site)]
    path = site / MANIFEST
    path.write_text("".join(lines), encoding="utf-8")
    return path


def bundle(site: Path, output: Path, prefix: str = "asn-berpijar") -> Path:
    """Write the manifest into the site, then zip the site under one top folder."""
    write_manifest(site)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel in [*_site_files(site), MANIFEST]:
            info = zipfile.ZipInfo(f"{prefix}/{rel}", date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, (site / rel).read_bytes())
    return output


@dataclass
class Verification:
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    checked: int = 0
    manifest_missing: bool = False

    @property
    def ok(self) -> bool:
        return not (self.missing or self.changed or self.extra or self.manifest_missing)


def verify(site: Path) -> Verification:
    result = Verification()
    manifest = site / MANIFEST
    if not manifest.is_file():
        result.manifest_missing = True
        return result
    listed: set[str] = set()
    for line in manifest.read_text("utf-8").splitlines():
        digest, _, rel = line.partition("  ")
        if not rel:
            continue
        listed.add(rel)
        path = site / rel
        if not path.is_file():
            result.missing.append(rel)
        elif _sha256(path) != digest:
            result.changed.append(rel)
        else:
            result.checked += 1
    result.extra = [rel for rel in _site_files(site) if rel not in listed]
    return result
