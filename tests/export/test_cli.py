"""``berpijar ekspor``: the commands agencies run, on the session's built site."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main
from tests.sitebuild import REPO, materi_with_kuis

pytestmark = pytest.mark.slow  # every test here exports the session's built site


@pytest.mark.parametrize(("lang", "created", "checksums"), [("id", "dibuat", "checksum"),
                                                            ("en", "created", "checksums")], ids=["id", "en"])
def test_scorm_one_modul_one_version_with_checksums(site_dir: Path, tmp_path: Path, monkeypatch,  # noqa: ANN001
                                                    lang: str, created: str, checksums: str) -> None:
    modul, _ = materi_with_kuis()
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(main, ["ekspor", "scorm", "--versi", "1.2", "--modul", modul.kode,
                                       "--situs", str(site_dir), "-o", str(tmp_path), "--lang", lang])
    assert result.exit_code == 0, result.output
    (package,) = tmp_path.glob("*.zip")
    assert result.output == f"{created}: {package}\n{checksums}: {tmp_path / 'SHA256SUMS'}\n"
    assert package.name == f"asn-berpijar-{modul.kode.lower().replace('.', '-')}-scorm12.zip"
    assert zipfile.ZipFile(package).testzip() is None
    sums = (tmp_path / "SHA256SUMS").read_text()
    assert sums == f"{hashlib.sha256(package.read_bytes()).hexdigest()}  {package.name}\n"


def test_unknown_modul_is_a_clear_message(site_dir: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(main, ["ekspor", "scorm", "--modul", "XYZ.99", "--situs", str(site_dir),
                                       "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "modul 'XYZ.99' tidak ada atau belum berstatus terbit" in result.output
    assert not list(tmp_path.iterdir())
