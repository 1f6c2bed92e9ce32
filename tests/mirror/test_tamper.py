"""Tampering of every kind is caught by `berpijar verify`, against the official signed manifest.

A mirror is installed with `berpijar pasang`, then changed the way an attacker or a careless
copy would; the report must name what happened, and the manifest inside the mirror never
counts. The signature is also checked by Debian's own `minisign`.
"""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main
from build_tools.release import manifest
from build_tools.release.sign import generate
from tests.mirror.releases import Keys, Rilis, materi_source

pytestmark = pytest.mark.slow


def verify(target: Path | str, release: Rilis, keys: Keys, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["verify", str(target), "--manifest", str(release.manifest),
                                       "--kunci-publik", str(keys.public), *extra])
    return result.exit_code, result.output


@pytest.fixture
def installed(releases: tuple[Rilis, Rilis], keys: Keys, tmp_path: Path) -> Path:
    """Release A installed with `berpijar pasang`: the folder the server would serve."""
    result = CliRunner().invoke(main, ["pasang", str(releases[0].archive), str(tmp_path / "srv"),
                                       "--kunci-publik", str(keys.public)])
    assert result.exit_code == 0, result.output
    return tmp_path / "srv" / "current"


def test_untouched_mirror_passes_and_minisign_agrees(installed: Path, releases, keys: Keys) -> None:
    a = releases[0]
    code, out = verify(installed, a, keys)
    assert code == 0, out
    assert "tanda tangan sah" in out and "0 hilang, 0 berubah, 0 tambahan, 0 di luar pohon" in out
    signature = a.manifest.with_name(manifest.SIGNATURE)
    debian = subprocess.run(["minisign", "-V", "-p", str(keys.public), "-m", str(a.manifest),
                             "-x", str(signature)], capture_output=True, text=True, timeout=30)
    assert debian.returncode == 0, debian.stderr
    assert "program:ASN Berpijar" in debian.stdout
    # The manifest and signature inside the mirror are the official ones.
    assert (installed / manifest.MANIFEST).read_bytes() == a.manifest.read_bytes()
    assert (installed / manifest.SIGNATURE).read_bytes() == signature.read_bytes()


def test_changed_file(installed: Path, releases, keys: Keys) -> None:
    _, page = materi_source()
    with (installed / page).open("a") as f:
        f.write("<p>disisipkan</p>")
    code, out = verify(installed, releases[0], keys)
    assert code == 1 and f"berubah: {page}" in out


def test_removed_file_and_its_line(installed: Path, releases, keys: Keys) -> None:
    (installed / "glosarium.html").unlink()
    own = installed / manifest.MANIFEST
    own.write_text("".join(line for line in own.read_text().splitlines(keepends=True)
                           if not line.endswith("  glosarium.html\n")))
    code, out = verify(installed, releases[0], keys)
    assert code == 1 and "hilang: glosarium.html" in out and f"berubah: {manifest.MANIFEST}" in out


def test_regenerated_manifest_over_a_changed_file(installed: Path, releases, keys: Keys) -> None:
    (installed / "index.html").write_text("<p>situs palsu</p>")
    manifest.write(installed)  # the mirror's own manifest now agrees with the fake
    assert subprocess.run(["sha256sum", "--quiet", "-c", manifest.MANIFEST], cwd=installed,
                          capture_output=True, timeout=60).returncode == 0
    code, out = verify(installed, releases[0], keys)
    assert code == 1 and "berubah: index.html" in out and f"berubah: {manifest.MANIFEST}" in out


def test_extra_file(installed: Path, releases, keys: Keys) -> None:
    (installed / "assets" / "iklan.js").write_text("alert(1)")
    code, out = verify(installed, releases[0], keys)
    assert code == 1 and "tambahan: assets/iklan.js" in out
    # The same report for monitoring scripts.
    code, out = verify(installed, releases[0], keys, "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["extra"] == ["assets/iklan.js"]
    assert report["missing"] == report["changed"] == report["outside"] == []
    assert "program:ASN Berpijar" in report["signature"] and report["serves"].startswith("ASN Berpijar versi ")


def test_symlinks_out_of_the_tree(installed: Path, releases, keys: Keys) -> None:
    (installed / "tentang.html").unlink()
    (installed / "tentang.html").symlink_to("/etc/passwd")
    (installed / "kata-sandi").symlink_to("/etc/passwd")
    code, out = verify(installed, releases[0], keys)
    assert code == 1
    assert "di luar pohon: tentang.html" in out and "di luar pohon: kata-sandi" in out


@pytest.mark.parametrize("entry", ["../../etc/passwd", "/etc/passwd", "assets/../../x", "a\\..\\b"])
def test_manifest_leaving_the_tree_is_refused(installed: Path, releases, keys: Keys, tmp_path: Path,
                                              entry: str) -> None:
    bad = tmp_path / manifest.MANIFEST
    bad.write_text(releases[0].manifest.read_text() + f"{'0' * 64}  {entry}\n")
    result = CliRunner().invoke(main, ["verify", str(installed), "--manifest", str(bad)])
    assert result.exit_code == 1 and "manifest ditolak" in result.output
    # Signed with the release key it would still be refused; unsigned, the signature fails first.
    shutil.copy(releases[0].manifest.with_name(manifest.SIGNATURE), tmp_path / manifest.SIGNATURE)
    result = CliRunner().invoke(main, ["verify", str(installed), "-m", str(bad), "-p", str(keys.public)])
    assert result.exit_code == 1 and "TIDAK cocok" in result.output


def test_another_key_or_another_manifest_fails(installed: Path, releases, keys: Keys, tmp_path: Path) -> None:
    generate(tmp_path / "lain.key", tmp_path / "lain.pub", None)
    result = CliRunner().invoke(main, ["verify", str(installed), "-m", str(releases[0].manifest),
                                       "-p", str(tmp_path / "lain.pub")])
    assert result.exit_code == 1 and "TIDAK cocok" in result.output
    # Release B's manifest with release A's signature.
    shutil.copy(releases[1].manifest, tmp_path / manifest.MANIFEST)
    shutil.copy(releases[0].manifest.with_name(manifest.SIGNATURE), tmp_path / manifest.SIGNATURE)
    result = CliRunner().invoke(main, ["verify", str(installed), "-m", str(tmp_path / manifest.MANIFEST),
                                       "-p", str(keys.public)])
    assert result.exit_code == 1 and "TIDAK cocok" in result.output


def _rezip(source: Path, dest: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            info, data = change(info, data)
            if info is not None:
                zout.writestr(info, data)
        extra = change(None, None)
        if extra[0] is not None:
            zout.writestr(*extra)
    return dest


def _symlink_entry() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("asn-berpijar/pw")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize("how, says", [
    ("ubah", "tidak cocok dengan manifest"),
    ("naik", "jalur yang tidak aman"),
    ("tautan", "tautan simbolik"),
])
def test_pasang_refuses_a_bad_zip_and_keeps_the_live_site(releases, keys: Keys, tmp_path: Path,
                                                          how: str, says: str) -> None:
    a, b = releases
    folder = tmp_path / "srv"
    assert CliRunner().invoke(main, ["pasang", str(a.archive), str(folder)]).exit_code == 0
    live = (folder / "current").resolve()

    def change(info, data):  # type: ignore[no-untyped-def]
        if info is None:
            if how == "naik":
                return zipfile.ZipInfo("asn-berpijar/../../keluar.txt"), b"x"
            if how == "tautan":
                return _symlink_entry(), b"/etc/passwd"
            return None, None
        if how == "ubah" and info.filename == "asn-berpijar/index.html":
            return info, data + b"<!-- diubah -->"
        return info, data

    bad = _rezip(b.archive, tmp_path / "rusak.zip", change)
    result = CliRunner().invoke(main, ["pasang", str(bad), str(folder)])
    assert result.exit_code == 1, result.output
    assert says in result.output and "tidak diubah" in result.output
    assert (folder / "current").resolve() == live
    assert not (tmp_path / "keluar.txt").exists()
    assert [p.name for p in (folder / "releases").iterdir()] == [live.name]
