"""The release zip: the site under one top folder, with folder entries, modes and dates.

Deterministic (sorted names, the source's date, fixed modes), so two bundles of one build
are byte-identical. Folders are stored as entries of their own with mode 0755 and files 0644,
so ``unzip`` on a host with umask 027 or 077 still gives a world-readable tree. Each entry also
carries the extended timestamp field (UTC), which Info-ZIP's ``unzip`` restores exactly.
"""

from __future__ import annotations

import stat
import struct
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from build_tools.release import buildinfo, manifest, sign
from build_tools.release.manifest import CONTROL, site_files
from build_tools.release.tree import DIR_MODE, FILE_MODE, normalize

TOP = "asn-berpijar"  # the zip's top folder, as the mirror guide's examples name it
ZIP_EPOCH = 315532800  # 1980-01-01, the earliest date a zip can hold


def zip_entry(name: str, epoch: int, mode: int) -> zipfile.ZipInfo:
    epoch = max(epoch, ZIP_EPOCH)
    info = zipfile.ZipInfo(name, date_time=time.gmtime(epoch)[:6])
    info.create_system = 3  # Unix: the mode below is read by unzip
    info.external_attr = mode << 16
    if stat.S_ISDIR(mode):
        info.external_attr |= 0x10  # MS-DOS directory bit
    info.extra = struct.pack("<HHBl", 0x5455, 5, 1, epoch)  # "UT": modification time, UTC
    info.compress_type = zipfile.ZIP_STORED if stat.S_ISDIR(mode) else zipfile.ZIP_DEFLATED
    return info


def zip_site(site: Path, output: Path, epoch: int, top: str = TOP) -> Path:
    """Zip ``site`` (its files, then the manifest and signature if present) under ``top/``."""
    files = site_files(site) + sorted(n for n in CONTROL if (site / n).is_file())
    folders = sorted({p for rel in files if "/" in rel for p in _parents(rel.rsplit("/", 1)[0])})
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.baru")
    with zipfile.ZipFile(tmp, "w") as zf:
        zf.writestr(zip_entry(f"{top}/", epoch, stat.S_IFDIR | DIR_MODE), b"")
        for folder in folders:
            zf.writestr(zip_entry(f"{top}/{folder}/", epoch, stat.S_IFDIR | DIR_MODE), b"")
        for rel in files:
            zf.writestr(zip_entry(f"{top}/{rel}", epoch, stat.S_IFREG | FILE_MODE), (site / rel).read_bytes())
    tmp.replace(output)
    return output


def _parents(folder: str) -> list[str]:
    parts = folder.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


@dataclass
class Release:
    archive: Path
    manifest: Path  # beside the zip: the official copy an administrator verifies against
    signature: Path | None


def make_release(site: Path, output: Path, secret_key: Path | None = None, password: str | None = None) -> Release:
    """Manifest (and signature) into the site's root, the zip, and both beside the zip.

    The signature's trusted comment carries the program, version and date, so ``minisign -V``
    shows an administrator which release a signature belongs to.
    """
    info = buildinfo.read(site)
    epoch = buildinfo.epoch_of(info)
    data = manifest.write(site).read_bytes()
    signed = site / manifest.SIGNATURE
    signed.unlink(missing_ok=True)  # a signature of an earlier manifest would mislead
    if secret_key is not None:
        comment = (f"timestamp:{epoch or 0}\tfile:{manifest.MANIFEST}\t"
                   f"program:{info.get('program', '?')}\tversi:{info.get('versi', '?')}")
        signed.write_bytes(sign.sign(data, sign.load_secret(secret_key, password), comment))
    normalize(site, epoch)
    zip_site(site, output, epoch or ZIP_EPOCH)
    beside = output.parent / manifest.MANIFEST
    beside.write_bytes(data)
    signature = None
    if secret_key is not None:
        signature = output.parent / manifest.SIGNATURE
        signature.write_bytes(signed.read_bytes())
    else:
        (output.parent / manifest.SIGNATURE).unlink(missing_ok=True)
    return Release(output, beside, signature)
