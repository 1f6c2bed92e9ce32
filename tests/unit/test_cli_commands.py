"""The commands no other test runs: bundle, verify and diagnostik, through the real CLI."""

from __future__ import annotations

import zipfile
from pathlib import Path

from click.testing import CliRunner

from build_tools.cli import main
from build_tools.diagnostics import CATALOGUE


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "modul").mkdir(parents=True)
    (site / "index.html").write_text("<h1>Beranda</h1>", "utf-8")
    (site / "modul" / "01-a.html").write_text("<h1>A</h1>", "utf-8")
    return site


def test_bundle_zips_the_site_with_its_manifest_and_verify_accepts_it(tmp_path: Path) -> None:
    site, out = _site(tmp_path), tmp_path / "paket.zip"
    result = CliRunner().invoke(main, ["bundle", str(site), "-o", str(out)])
    assert result.exit_code == 0, result.output
    names = zipfile.ZipFile(out).namelist()
    assert {"asn-berpijar/index.html", "asn-berpijar/modul/01-a.html", "asn-berpijar/SHA256SUMS"} <= set(names)
    checked = CliRunner().invoke(main, ["verify", str(site)])
    assert checked.exit_code == 0, checked.output


def test_verify_names_a_changed_a_missing_and_an_extra_file(tmp_path: Path) -> None:
    site = _site(tmp_path)
    assert CliRunner().invoke(main, ["bundle", str(site), "-o", str(tmp_path / "p.zip")]).exit_code == 0
    (site / "index.html").write_text("<h1>Diubah</h1>", "utf-8")
    (site / "modul" / "01-a.html").unlink()
    (site / "asing.js").write_text("alert(1)", "utf-8")
    result = CliRunner().invoke(main, ["verify", str(site)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any("index.html" in line and "berubah" in line for line in lines), result.output
    assert any("modul/01-a.html" in line and "hilang" in line for line in lines), result.output
    assert any("asing.js" in line and "tambahan" in line for line in lines), result.output


def test_bundle_and_verify_refuse_what_is_not_a_site(tmp_path: Path) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert CliRunner().invoke(main, ["bundle", str(empty), "-o", str(tmp_path / "x.zip")]).exit_code == 2
    assert not (tmp_path / "x.zip").exists()
    assert CliRunner().invoke(main, ["verify", str(tmp_path / "tidak-ada")]).exit_code == 2
    no_manifest = CliRunner().invoke(main, ["verify", str(_site(tmp_path))])
    assert no_manifest.exit_code == 1 and "SHA256SUMS" in no_manifest.output


def test_diagnostik_lists_every_code_once_in_both_languages() -> None:
    for lang, fix in (("id", "fix"), ("en", "fix_en")):
        result = CliRunner().invoke(main, ["diagnostik", "--lang", lang])
        assert result.exit_code == 0
        rows = [line.split("\t") for line in result.output.splitlines()]
        assert [r[0] for r in rows] == list(CATALOGUE)
        for row, entry in zip(rows, CATALOGUE.values(), strict=True):
            assert row[1] == entry.severity.value
            assert row[3] == entry.plain(getattr(entry, fix))
