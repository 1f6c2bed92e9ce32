"""Dates and permissions of a built site.

A site copied with ``cp -a`` or ``rsync -a`` keeps the modes and times it was built with, so
the build fixes both: folders 0755 and files 0644 whatever the umask (MkDocs writes into a
``mkdtemp`` folder, 0700), and every file dated by the source (the last commit), so two
builds of one commit are byte- and time-identical while a new commit changes the times that
``rsync`` and HTTP caches compare.
"""

from __future__ import annotations

import datetime
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

DIR_MODE = 0o755
FILE_MODE = 0o644


def _git(folder: Path, *args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=10,
                             check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.strip() or None


def commit_epoch(folder: Path) -> int | None:
    """The committer time of the last commit of the repository ``folder`` is in, if any."""
    value = _git(folder, "log", "-1", "--format=%ct")
    return int(value) if value and value.isdigit() else None


def commit_id(folder: Path) -> str | None:
    return _git(folder, "rev-parse", "HEAD")


def epoch_of_dates(dates: Iterable[str]) -> int | None:
    """The newest of ISO dates (``diperbarui``), as midnight UTC: the date of a tree without git."""
    newest = max((d for d in dates if d), default=None)
    if newest is None:
        return None
    day = datetime.date.fromisoformat(newest)
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp())


def source_epoch(folder: Path, dates: Iterable[str] = ()) -> int | None:
    """SOURCE_DATE_EPOCH if set, else the last commit, else the newest curriculum date."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if value.isdigit():
        return int(value)
    return commit_epoch(folder) or epoch_of_dates(dates)


def normalize(site: Path, epoch: int | None) -> None:
    """World-readable modes and one date for every folder and file under ``site``."""
    for path in [site, *sorted(site.rglob("*"))]:
        if path.is_symlink():
            continue
        os.chmod(path, DIR_MODE if path.is_dir() else FILE_MODE)
        if epoch is not None:
            os.utime(path, (epoch, epoch))


class SourceDate:
    """``$SOURCE_DATE_EPOCH`` set to the build's date for one build, then put back: MkDocs dates
    sitemap.xml.gz by it, and a later build in the same process must not inherit it."""

    def __init__(self) -> None:
        self._saved: str | None = None
        self._set = False

    def set(self, epoch: int | None) -> None:
        self.restore()
        self._saved, self._set = os.environ.get("SOURCE_DATE_EPOCH"), True
        if epoch is not None:
            os.environ["SOURCE_DATE_EPOCH"] = str(epoch)

    def restore(self) -> None:
        if not self._set:
            return
        self._set = False
        if self._saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = self._saved
