"""``build-info.json``: which program, commit and date a site was built from, with which tool.

An administrator reads it to know what a mirror serves; the 404 page fetches it to find the
site's root under an unknown path prefix (see ``notfound``). Its bytes depend on the source
only, so it does not break reproducible builds.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

BUILD_INFO = "build-info.json"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "tidak diketahui"


@dataclass(frozen=True)
class BuildInfo:
    program: str
    versi: str  # the release's name: source date, plus the short commit when there is one
    commit: str | None
    tanggal: str  # ISO 8601, UTC
    epoch: int | None
    alat: str
    mkdocs: str
    material: str

    @classmethod
    def make(cls, program: str, commit: str | None, epoch: int | None) -> BuildInfo:
        when = datetime.datetime.fromtimestamp(epoch or 0, tz=datetime.timezone.utc)
        versi = when.strftime("%Y.%m.%d") + (f"+{commit[:8]}" if commit else "")
        return cls(program=program, versi=versi, commit=commit,
                   tanggal=when.strftime("%Y-%m-%dT%H:%M:%SZ"), epoch=epoch,
                   alat=f"asn-berpijar {_version('asn-berpijar')}", mkdocs=_version("mkdocs"),
                   material=_version("mkdocs-material"))

    def write(self, site: Path) -> Path:
        path = site / BUILD_INFO
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n", "utf-8")
        return path


def parse(data: bytes | None) -> dict[str, object]:
    """A build-info.json's fields; {} for none, or for bytes that are not a JSON object (a
    mirror serves what it serves)."""
    try:
        info = json.loads(data) if data else {}
    except ValueError:
        return {}
    return info if isinstance(info, dict) else {}


def epoch_of(info: dict[str, object]) -> int | None:
    epoch = info.get("epoch")
    return epoch if isinstance(epoch, int) and not isinstance(epoch, bool) else None


def read(site: Path) -> dict[str, object]:
    try:
        return parse((site / BUILD_INFO).read_bytes())
    except OSError:
        return {}
