"""Building real sites for tests: the repository's own and small fixture curricula.

Tests build with the same function ``berpijar build`` uses, so they exercise MkDocs,
Material and our plugin exactly as an author or a mirror does.
"""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

from build_tools.compile.pages import SITE_PAGES
from build_tools.model import MateriPokok, Modul, build
from build_tools.plugin.run import build_site
from build_tools.validate import check

REPO = Path(__file__).resolve().parent.parent
# Where browser tests leave what they saw, for a person to look at.
SHOTS = Path(os.environ.get("BERPIJAR_SCREENSHOTS") or REPO / "tests" / "browser" / "_screenshots")
FIXTURES = REPO / "tests" / "fixtures"


def make_project(dest: Path, curriculum: Path | None = None) -> Path:
    """A project folder like the repository's, optionally with another curriculum in it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "overrides", "docs"):
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dest / name)
    shutil.copytree(curriculum or REPO / "curriculum", dest / "curriculum", dirs_exist_ok=True)
    (dest / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return dest


def build_project(project: Path, output: Path | None = None, **options: object) -> Path:
    return build_site(project / "mkdocs.yml", output or project / "site", **options)  # type: ignore[arg-type]


@cache
def materi_with_kuis() -> tuple[Modul, MateriPokok]:
    """The first published materi of the repository's curriculum that has a quiz."""
    source, report = check(REPO / "curriculum")
    assert report.ok, report.render()
    for modul in build(source).published().kept.modul:
        for materi in modul.materi:
            if materi.kuis:
                return modul, materi
    raise AssertionError("the curriculum has no published materi with a kuis")


def program_pages() -> dict[str, str]:
    """Each program-wide page of compile's table (SITE_PAGES) by its kind, the template's name
    (beranda, struktur, ...) -> the page's address in the built site."""
    return {p.template.split(".")[0]: p.path.removesuffix(".md") + ".html" for p in SITE_PAGES}
