"""The release itself: world-readable whatever the umask, dated by its source, reproducible.

Builds here use small fixture curricula or the session's releases, so they stay quick.
"""

from __future__ import annotations

import datetime
import json
import os
import stat
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest

from build_tools.release.bundle import TOP, make_release
from build_tools.release.manifest import MANIFEST, SIGNATURE
from tests.mirror.releases import Keys, Rilis
from tests.sitebuild import FIXTURES, build_project, make_project

pytestmark = pytest.mark.slow

URUTAN = FIXTURES / "site" / "urutan" / "curriculum"


def _tree(folder: Path) -> dict[str, tuple[int, int, bytes | None]]:
    """mode, mtime and bytes (None for folders) of everything under ``folder``, itself included."""
    out = {}
    for path in [folder, *sorted(folder.rglob("*"))]:
        st = path.lstat()
        data = None if path.is_dir() else path.read_bytes()
        out[path.relative_to(folder).as_posix()] = (stat.S_IMODE(st.st_mode), int(st.st_mtime), data)
    return out


def _newest_diperbarui(curriculum: Path) -> int:
    dates = [line.split(":", 1)[1].strip().strip("'\"") for md in curriculum.rglob("index.md")
             for line in md.read_text("utf-8").splitlines() if line.startswith("diperbarui:")]
    day = datetime.date.fromisoformat(max(dates))
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp())


def test_site_is_world_readable_and_dated_by_the_curriculum_without_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # it would come first, by design
    project = make_project(tmp_path / "proyek", URUTAN)
    before = os.umask(0o077)
    try:
        first = _tree(build_project(project, tmp_path / "a" / "site"))
    finally:
        os.umask(before)
    second = _tree(build_project(project, tmp_path / "b" / "site"))
    assert first == second  # bytes, modes and dates
    epoch = _newest_diperbarui(URUTAN)
    assert {(mode, mtime) for mode, mtime, data in first.values() if data is None} == {(0o755, epoch)}
    assert {(mode, mtime) for mode, mtime, data in first.values() if data is not None} == {(0o644, epoch)}
    info = json.loads(first["build-info.json"][2])
    assert info["epoch"] == epoch and info["commit"] is None and info["program"]
    listed = {line.split("  ", 1)[1] for line in first[MANIFEST][2].decode().splitlines()}
    assert listed == {rel for rel, (_, _, data) in first.items() if data is not None} - {MANIFEST}


def test_site_is_dated_by_the_last_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # it would come first, by design
    project = make_project(tmp_path / "proyek", URUTAN)
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-02-03T04:05:06Z", "GIT_COMMITTER_DATE": "2026-02-03T04:05:06Z"}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "rilis"]):
        subprocess.run(["git", "-c", "user.name=Uji", "-c", "user.email=uji@example.invalid",
                        "-c", "commit.gpgsign=false", *args], cwd=project, env=env, check=True,
                       capture_output=True, timeout=60)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=project, capture_output=True, text=True,
                          check=True).stdout.strip()
    site = build_project(project, tmp_path / "site")
    epoch = int(datetime.datetime(2026, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc).timestamp())
    assert {mtime for _, mtime, _ in _tree(site).values()} == {epoch}
    info = json.loads((site / "build-info.json").read_text())
    assert info["commit"] == head and info["versi"] == f"2026.02.03+{head[:8]}"
    assert info["tanggal"] == "2026-02-03T04:05:06Z"


def _ut_mtime(info: zipfile.ZipInfo) -> int | None:
    extra = info.extra
    while len(extra) >= 4:
        tag, size = struct.unpack("<HH", extra[:4])
        if tag == 0x5455:
            return struct.unpack("<l", extra[5:9])[0]
        extra = extra[4 + size:]
    return None


def test_zip_has_folders_modes_and_dates_and_is_reproducible(
    releases: tuple[Rilis, Rilis], keys: Keys, tmp_path: Path
) -> None:
    a = releases[0]
    epoch = json.loads((a.site / "build-info.json").read_text())["epoch"]
    with zipfile.ZipFile(a.archive) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert all(n.startswith(f"{TOP}/") for n in names)
    folders = [i for i in infos if i.is_dir()]
    files = [i for i in infos if not i.is_dir()]
    assert f"{TOP}/" in names and f"{TOP}/assets/javascripts/" in names
    assert {stat.S_IMODE(i.external_attr >> 16) for i in folders} == {0o755}
    assert {stat.S_IMODE(i.external_attr >> 16) for i in files} == {0o644}
    assert {_ut_mtime(i) for i in infos} == {epoch}
    assert {f"{TOP}/{MANIFEST}", f"{TOP}/{SIGNATURE}", f"{TOP}/build-info.json"} <= set(names)
    # Bundling the same site again, signature included, gives the same bytes.
    again = make_release(a.site, tmp_path / "lagi" / "asn-berpijar.zip", keys.secret)
    assert again.archive.read_bytes() == a.archive.read_bytes()
    assert again.signature is not None
    assert again.signature.read_bytes() == a.manifest.with_name(SIGNATURE).read_bytes()


def test_unzip_under_a_strict_umask_gives_a_readable_tree_dated_by_the_source(
    releases: tuple[Rilis, Rilis], tmp_path: Path
) -> None:
    a = releases[0]
    epoch = json.loads((a.site / "build-info.json").read_text())["epoch"]
    subprocess.run(["sh", "-c", f"umask 077 && unzip -q '{a.archive}' -d '{tmp_path}'"], check=True, timeout=60)
    tree = _tree(tmp_path / TOP)
    assert {(mode, mtime) for mode, mtime, data in tree.values() if data is None} == {(0o755, epoch)}
    assert {(mode, mtime) for mode, mtime, data in tree.values() if data is not None} == {(0o644, epoch)}
    # The administrator's check without our tool: sha256sum -c with the official manifest.
    assert subprocess.run(["sha256sum", "--quiet", "-c", str(a.manifest)], cwd=tmp_path / TOP,
                          capture_output=True, timeout=60).returncode == 0


def test_pages_load_our_assets_by_versioned_addresses(releases: tuple[Rilis, Rilis]) -> None:
    import hashlib
    import re

    site = releases[0].site
    index = (site / "index.html").read_text("utf-8")
    for asset in ("assets/stylesheets/berpijar.css", "assets/javascripts/berpijar.js"):
        found = re.findall(re.escape(asset) + r"\?v=([0-9a-f]+)", index)
        assert found == [hashlib.sha256((site / asset).read_bytes()).hexdigest()[:10]], asset
    # Material's hashed files keep their own names, unversioned.
    assert re.search(r"bundle\.[0-9a-f]{8}\.min\.js[\"\s>]", index)


def test_the_guides_install_without_the_tool_gives_a_readable_tree(releases: tuple[Rilis, Rilis],
                                                                  tmp_path: Path) -> None:
    """docs/panduan-mirror.md's commands for installing without berpijar, under umask 077."""
    guide = (Path(__file__).resolve().parents[2] / "docs" / "panduan-mirror.md").read_text("utf-8")
    block = guide.split("**Tanpa alat ini**, setelah langkah 1:", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [line.removeprefix("sudo ").replace("/srv/berpijar", str(tmp_path / "srv"))
             .replace("asn-berpijar.zip", str(releases[0].archive)) for line in block.splitlines()]
    subprocess.run(["sh", "-ec", "umask 077\n" + "\n".join(lines)], check=True, timeout=60, capture_output=True)
    current = tmp_path / "srv" / "current"
    assert (current / "index.html").is_file()
    path = current.resolve()
    while path != tmp_path:
        assert stat.S_IMODE(path.stat().st_mode) == 0o755, path
        path = path.parent
    assert {mode for mode, _, data in _tree(current.resolve()).values() if data is not None} == {0o644}
