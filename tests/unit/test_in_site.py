"""One rule for "does this relative URL stay inside the site?", shared by the output check,
the cache versions and the SCORM packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.export.scorm import _local
from build_tools.sanitize.urls import in_site


@pytest.mark.parametrize(("folder", "path", "expected"), [
    ("tdp", "01-x.html", "tdp/01-x.html"),
    ("tdp", "../index.html", "index.html"),
    ("tdp", "./media/a.svg", "tdp/media/a.svg"),
    ("", "assets/x.css", "assets/x.css"),
    ("tdp", "../../etc/passwd", None),
    ("", "..", None),
    ("tdp", "/etc/passwd", None),
])
def test_a_path_inside_the_site_or_none(folder: str, path: str, expected: str | None) -> None:
    assert in_site(folder, path) == expected


def test_a_scorm_package_takes_no_file_from_outside_the_site(tmp_path: Path) -> None:
    (tmp_path / "tdp").mkdir()
    (tmp_path / "tdp" / "a.svg").write_text("<svg/>", "utf-8")
    assert _local(tmp_path, "tdp/01-x.html", "a.svg") == "tdp/a.svg"
    assert _local(tmp_path, "tdp/01-x.html", "/etc/passwd") is None
    assert _local(tmp_path, "tdp/01-x.html", "../../etc/passwd") is None
