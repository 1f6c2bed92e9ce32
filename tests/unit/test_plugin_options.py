"""The plugin's path options are folders next to mkdocs.yml, checked when MkDocs reads them,
and the build's date is put back after each build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools.plugin.run import BuildFailed, build_site
from build_tools.release.tree import SourceDate
from tests.sitebuild import make_project


@pytest.mark.parametrize(("option", "what"), [("curriculum", "kurikulum"), ("templates", "templat")])
def test_a_missing_folder_is_named_in_indonesian_and_the_old_site_stays(
        tmp_path: Path, option: str, what: str) -> None:
    project = tmp_path / "proyek"
    project.mkdir()
    (project / "mkdocs.yml").write_text(
        f"site_name: Uji\nplugins:\n  - berpijar:\n      {option}: tidak-ada\n", "utf-8")
    for folder in ("docs", "curriculum", "overrides/berpijar"):  # the defaults of the others
        (project / folder).mkdir(parents=True)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("lama", "utf-8")
    with pytest.raises(BuildFailed) as failed:
        build_site(project / "mkdocs.yml", site)
    assert f"folder {what} '{project / 'tidak-ada'}' tidak ditemukan" in str(failed.value)
    assert (site / "index.html").read_text("utf-8") == "lama"


def test_path_options_are_absolute_and_relative_to_mkdocs_yml(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    project = make_project(tmp_path / "proyek")
    config = load_config(str(project / "mkdocs.yml"))
    options = config.plugins["berpijar"].config
    assert options.curriculum == str(project / "curriculum")
    assert options.templates == str(project / "overrides" / "berpijar")
    assert options.brand_dir == str(project / "instansi")  # need not exist


def test_the_source_date_is_set_for_one_build_then_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "5")
    date = SourceDate()
    date.set(1700000000)
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
    date.set(1800000000)  # a second build in the same process saves the original, not ours
    date.restore()
    assert os.environ["SOURCE_DATE_EPOCH"] == "5"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    date.set(None)
    date.restore()
    assert "SOURCE_DATE_EPOCH" not in os.environ


@pytest.mark.slow
def test_a_build_leaves_source_date_epoch_as_it_found_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plugin dates the build by its source through $SOURCE_DATE_EPOCH, and puts it back
    whether the build succeeds or fails after the date was set (here: a file it must ship
    is not installed)."""
    from tests.sitebuild import FIXTURES

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = make_project(tmp_path / "proyek", FIXTURES / "valid" / "curriculum")
    build_site(project / "mkdocs.yml", tmp_path / "site")
    assert "SOURCE_DATE_EPOCH" not in os.environ
    (project / "node_modules").unlink()
    (project / "node_modules").mkdir()
    with pytest.raises(BuildFailed, match="npm ci"):
        build_site(project / "mkdocs.yml", tmp_path / "site")
    assert "SOURCE_DATE_EPOCH" not in os.environ
