"""Relevance of Indonesian search on the repository's own site, against Material's default.

The harness (tests/js/relevance.mjs) rebuilds the index the way Material's worker does from
the built site's search_index.json and the shipped lunr.id; the browser tests check that the
real worker behaves the same way for a sample of queries.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.sitebuild import REPO

QUERIES = REPO / "tests" / "js" / "queries.json"


def _score(site_dir: Path, *flags: str) -> tuple[int, int]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed for the relevance harness (scripts/setup.sh installs npm packages)")
    out = subprocess.run(
        [node, str(REPO / "tests/js/relevance.mjs"), str(site_dir), str(QUERIES), *flags],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    match = re.search(r"^relevance: (\d+)/(\d+) in top 5$", out, re.M)
    assert match, out
    return int(match.group(1)), int(match.group(2))


def test_inflected_queries_find_their_page_in_the_top_5(site_dir: Path) -> None:
    found, total = _score(site_dir)
    assert total >= 40
    assert found / total >= 0.9, f"only {found}/{total} queries have their page in the top 5"


def test_indonesian_search_beats_materials_default(site_dir: Path) -> None:
    ours, total = _score(site_dir)
    baseline, _ = _score(site_dir, "--no-stem")
    assert ours > baseline, f"lunr.id {ours}/{total} is no better than prefix search without the stemmer {baseline}/{total}"
