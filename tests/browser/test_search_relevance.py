"""Relevance of Indonesian search on the repository's own site, against search without stemming.

The harness (tests/js/relevance.mjs) runs the site's own search engine (engine.js, the shipped
lunr.id) over the search data the build wrote (search/berpijar/), loading index parts exactly as
the worker does; the browser tests check that the real worker finds pages the same way.
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


def test_indonesian_search_beats_search_without_the_stemmer(site_dir: Path) -> None:
    ours, total = _score(site_dir)
    baseline, _ = _score(site_dir, "--no-stem")
    assert ours > baseline, (
        f"lunr.id {ours}/{total} is no better than prefix search without the stemmer {baseline}/{total}"
    )
