"""Fixtures shared by the test folders: a writable copy of the small valid curriculum."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

VALID_CURRICULUM = Path(__file__).resolve().parent / "fixtures" / "valid" / "curriculum"


@pytest.fixture
def valid_copy(tmp_path: Path) -> Path:
    """``tests/fixtures/valid/curriculum`` copied into ``tmp_path``: its ``curriculum`` folder."""
    folder = tmp_path / "curriculum"
    shutil.copytree(VALID_CURRICULUM, folder)
    return folder
