"""Building real sites for tests: the repository's own and small fixture curricula.

Tests build with the same function ``berpijar build`` uses, so they exercise MkDocs,
Material and our plugin exactly as an author or a mirror does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from build_tools.plugin.run import build_site

REPO = Path(__file__).resolve().parent.parent
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
