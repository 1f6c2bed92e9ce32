"""The release manager's key: made by `berpijar kunci`, password-protected, usable by Debian's
minisign too, and never written over."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main
from tests.mirror.releases import Rilis

pytestmark = pytest.mark.slow  # the releases fixture builds two sites

SANDI = {"BERPIJAR_KUNCI_SANDI": "sandi uji yang panjang"}


def test_password_protected_key_signs_a_release_minisign_accepts(
    releases: tuple[Rilis, Rilis], tmp_path: Path
) -> None:
    secret, public = tmp_path / "rilis.key", tmp_path / "rilis.pub"
    made = CliRunner().invoke(main, ["kunci", str(secret), str(public)], env=SANDI)
    assert made.exit_code == 0, made.output
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_text().splitlines()[1].startswith("RWRTY0Iy")  # "Ed" "Sc" "B2": scrypt-encrypted
    again = CliRunner().invoke(main, ["kunci", str(secret), str(public)], env=SANDI)
    assert again.exit_code == 2 and "tidak ditimpa" in again.output

    site = releases[0].site
    out = tmp_path / "dist" / "asn-berpijar.zip"
    wrong = CliRunner().invoke(main, ["bundle", str(site), "-o", str(out), "--kunci", str(secret)],
                               env={"BERPIJAR_KUNCI_SANDI": "salah"})
    assert wrong.exit_code == 2 and "sandi" in wrong.output
    done = CliRunner().invoke(main, ["bundle", str(site), "-o", str(out), "--kunci", str(secret)], env=SANDI)
    assert done.exit_code == 0, done.output
    checked = subprocess.run(["minisign", "-V", "-p", str(public), "-m", str(out.parent / "SHA256SUMS")],
                             capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    # Debian's minisign signs with the same key and password.
    (tmp_path / "berkas").write_text("isi\n")
    signed = subprocess.run(["minisign", "-S", "-s", str(secret), "-m", str(tmp_path / "berkas")],
                            input=SANDI["BERPIJAR_KUNCI_SANDI"] + "\n", capture_output=True, text=True, timeout=60)
    assert signed.returncode == 0, signed.stderr
    assert subprocess.run(["minisign", "-V", "-p", str(public), "-m", str(tmp_path / "berkas")],
                          capture_output=True, timeout=30).returncode == 0
