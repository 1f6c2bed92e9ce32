"""``berpijar pasang``: install or update a mirror in one step, and roll it back.

Layout of an installation folder ``DIR`` (the web server serves ``DIR/current``)::

    DIR/releases/<versi>-<manifest hash>/   one folder per release, never changed once live
    DIR/current  -> releases/<new>          replaced by rename(2): atomic for every request
    DIR/previous -> releases/<old>          what --kembalikan switches back to

A release is unpacked beside the live one, checked against its manifest (and signature, when
a public key is given) and only then switched in, so learners never see a half-updated site;
releases other than the current and previous ones are removed afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from build_tools.errors import ToolError
from build_tools.release import buildinfo, manifest, messages, sign
from build_tools.release.tree import DIR_MODE, normalize
from build_tools.release.verify import Verification, check_folder

RELEASES = "releases"
CURRENT = "current"
PREVIOUS = "previous"


class InstallError(ToolError):
    """The release was not installed; the live site is untouched. ``verification`` lists what
    differs when the files did not match the manifest."""

    texts = messages.INSTALL

    def __init__(self, key: str, /, verification: Verification | None = None, **blanks: object) -> None:
        super().__init__(key, **blanks)
        self.verification = verification


@dataclass
class Installed:
    release: Path
    previous: Path | None
    checked: int
    signed_by: str | None  # the signature's trusted comment, when a key was given


def _members(zf: zipfile.ZipFile) -> tuple[str, list[zipfile.ZipInfo]]:
    """The one top folder of the zip and its entries, refusing anything that could escape it."""
    infos = zf.infolist()
    tops = {info.filename.split("/", 1)[0] for info in infos}
    if len(tops) != 1:
        raise InstallError("tops", tops=sorted(tops)[:5])
    top = tops.pop()
    for info in infos:
        rel = info.filename[len(top) + 1:].rstrip("/")
        if rel and not manifest.safe_path(rel):
            raise InstallError("unsafe_path", name=info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InstallError("symlink", name=info.filename)
    return top, infos


def _release_id(zf: zipfile.ZipFile, top: str, manifest_bytes: bytes) -> tuple[str, int | None]:
    try:
        info = buildinfo.parse(zf.read(f"{top}/{buildinfo.BUILD_INFO}"))
    except KeyError:
        info = {}
    versi = re.sub(r"[^A-Za-z0-9._-]", "-", str(info.get("versi") or "rilis"))
    return f"{versi}-{manifest.sha256_bytes(manifest_bytes)[:8]}", buildinfo.epoch_of(info)


def _extract(zf: zipfile.ZipFile, top: str, infos: list[zipfile.ZipInfo], dest: Path) -> None:
    for info in infos:
        rel = info.filename[len(top) + 1:].rstrip("/")
        if not rel:
            continue
        path = dest / rel
        if info.is_dir():
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, path.open("wb") as out:
                shutil.copyfileobj(src, out)


def _point(link: Path, target: str) -> None:
    """Make ``link`` a symlink to ``target`` with one rename: never absent, never half-made."""
    tmp = link.with_name(f".{link.name}.baru-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _target(link: Path) -> str | None:
    return os.readlink(link) if link.is_symlink() else None


def _prune(folder: Path) -> None:
    keep = {Path(t).name for t in (_target(folder / CURRENT), _target(folder / PREVIOUS)) if t}
    for release in (folder / RELEASES).iterdir():
        if release.name not in keep:
            shutil.rmtree(release, ignore_errors=True)


def install(archive: Path, folder: Path, public_key: bytes | None = None,
            official_manifest: bytes | None = None, signature: bytes | None = None) -> Installed:
    current = folder / CURRENT
    if current.exists() and not current.is_symlink():
        raise InstallError("current_not_link", path=current)
    created = not folder.exists()
    (folder / RELEASES).mkdir(parents=True, exist_ok=True)
    # The web server must traverse both, whatever the umask of the administrator's shell.
    os.chmod(folder / RELEASES, DIR_MODE)
    if created:
        os.chmod(folder, DIR_MODE)
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InstallError("not_zip", path=archive, error=exc) from None
    with zf:
        top, infos = _members(zf)
        try:
            manifest_bytes = official_manifest or zf.read(f"{top}/{manifest.MANIFEST}")
        except KeyError:
            raise InstallError("no_manifest", name=manifest.MANIFEST) from None
        try:
            entries = manifest.parse(manifest_bytes)
        except manifest.ManifestError as exc:
            raise InstallError("manifest_refused", reason=exc) from None
        signed_by = None
        if public_key is not None:
            try:
                sig = signature or zf.read(f"{top}/{manifest.SIGNATURE}")
            except KeyError:
                raise InstallError("unsigned", name=manifest.SIGNATURE) from None
            try:
                signed_by = sign.check(manifest_bytes, sig, public_key)
            except sign.SignError as exc:
                raise InstallError("signature_refused", reason=exc) from None
        release_id, epoch = _release_id(zf, top, manifest_bytes)
        dest = folder / RELEASES / release_id
        result = None
        if not dest.is_dir():
            staging = Path(tempfile.mkdtemp(prefix=f".{release_id}.", dir=folder / RELEASES))
            try:
                _extract(zf, top, infos, staging)
                result = check_folder(staging, entries, manifest_bytes)
                if not result.ok:
                    raise InstallError("mismatch", verification=result)
                normalize(staging, epoch)
                staging.rename(dest)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    if result is None:  # the release was already there: it may have been changed since
        result = check_folder(dest, entries, manifest_bytes)
    if not result.ok:
        raise InstallError("changed", verification=result, path=dest)
    old = _target(current)
    new = f"{RELEASES}/{release_id}"
    _point(current, new)
    if old and old != new:
        _point(folder / PREVIOUS, old)
    _prune(folder)
    previous = _target(folder / PREVIOUS)
    return Installed(dest, folder / previous if previous else None, result.checked, signed_by)


def rollback(folder: Path) -> Path:
    """Switch ``current`` back to ``previous`` (and ``previous`` to what was current)."""
    current, previous = _target(folder / CURRENT), _target(folder / PREVIOUS)
    if not current or not previous or not (folder / previous).is_dir():
        raise InstallError("no_previous", folder=folder)
    _point(folder / CURRENT, previous)
    _point(folder / PREVIOUS, current)
    return folder / previous
