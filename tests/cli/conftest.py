"""Inputs the ``berpijar`` tests share: a site small enough to bundle, verify and install in
milliseconds (the releases of the real site are tested in tests/mirror/), and a configuration
MkDocs refuses at once."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<!doctype html><title>Beranda</title>\n", "utf-8")
    return site


@pytest.fixture
def broken_config(tmp_path: Path) -> Path:
    """A mkdocs.yml MkDocs refuses (no docs folder, a plugin that does not exist): a failed
    build in milliseconds."""
    config = tmp_path / "rusak" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text("site_name: Rusak\nplugins:\n  - plugin-yang-tidak-ada\n", "utf-8")
    return config
