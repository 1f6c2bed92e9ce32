"""Fixtures and helpers of the mirror tests: two signed releases of the repository's site and
a throwaway release key, built once.

Release A carries a sentence and a brand file that release B does not; B changes the text of
one materi. Tests install them with ``berpijar pasang`` into folders a web server can read
(under /tmp, 0755: pytest's own temporary folders are 0700).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from build_tools.release.bundle import make_release
from build_tools.release.sign import generate
from tests.sitebuild import build_project, make_project, materi_with_kuis

BERPIJAR = [sys.executable, "-m", "build_tools.cli"]


@dataclass(frozen=True)
class Rilis:
    name: str
    archive: Path
    manifest: Path
    site: Path
    marker: str  # a sentence only this release's materi page has


@dataclass(frozen=True)
class Keys:
    secret: Path
    public: Path


def berpijar(*args: str | Path, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """The `berpijar` command as an administrator runs it (optionally under a strict umask)."""
    def strict() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run([*BERPIJAR, *map(str, args)], capture_output=True, text=True, timeout=120,
                          check=False, preexec_fn=strict)  # noqa: PLW1509


def materi_source() -> tuple[str, str]:
    """(curriculum source, built page) of the materi whose text the releases change."""
    _, materi = materi_with_kuis()
    return materi.source, materi.page[: -len(".md")] + ".html"


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    folder = tmp_path_factory.mktemp("kunci")
    found = Keys(folder / "rilis.key", folder / "rilis.pub")
    generate(found.secret, found.public, password=None)
    return found


@pytest.fixture(scope="session")
def releases(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> tuple[Rilis, Rilis]:
    base = tmp_path_factory.mktemp("rilis")
    project = make_project(base / "proyek")
    source, _ = materi_source()
    md = project / source
    original = md.read_text("utf-8")
    made = []
    for name in ("a", "b"):
        marker = f"Kalimat penanda rilis {name.upper()} untuk uji mirror."
        md.write_text(original + f"\n{marker}\n", "utf-8")
        brand = project / "instansi"
        if name == "a":
            brand.mkdir(exist_ok=True)
            (brand / "catatan-lama.txt").write_text("hanya di rilis A\n", "utf-8")
        else:
            shutil.rmtree(brand)
        site = build_project(project, base / name / "site")
        release = make_release(site, base / name / "dist" / "asn-berpijar.zip", keys.secret)
        made.append(Rilis(name, release.archive, release.manifest, site, marker))
    return made[0], made[1]


@contextlib.contextmanager
def server_folder() -> Iterator[Path]:
    """A folder like /srv: under /tmp and world-traversable, removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="berpijar-srv-"))
    os.chmod(root, 0o755)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)
