"""What the build ships for search and offline, on the repository's site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from build_tools.model import build
from build_tools.offline import MANIFEST
from build_tools.validate import check
from tests.sitebuild import REPO
from tests.sitefacts import read_curriculum


@pytest.fixture
def site(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue("site_dir")


def test_search_ships_only_what_it_needs(site: Path) -> None:
    assert not list(site.rglob("*.map")), "source maps are not shipped"
    lunr = sorted(p.relative_to(site).as_posix() for p in (site / "assets/javascripts/lunr").rglob("*"))
    assert lunr == ["assets/javascripts/lunr/min", "assets/javascripts/lunr/min/lunr.id.min.js"]
    # What a first visit fetches of search is the same few hundred bytes at any size.
    assert (site / "search/search_index.json").stat().st_size < 1000
    worker = next((site / "assets/javascripts/workers").glob("search.*.min.js"))
    assert "search/berpijar/" in worker.read_text("utf-8")
    assert (site / "search/berpijar/docs.js").is_file()


def test_kata_kunci_are_page_keywords(site: Path) -> None:
    source, _ = check(REPO / "curriculum")
    materi = next(m for mod in build(source).published().kept.modul for m in mod.materi if m.kata_kunci)
    page = (site / materi.page.replace(".md", ".html")).read_text("utf-8")
    assert ", ".join(materi.kata_kunci).replace('"', "&quot;") in page
    assert 'name=keywords' in page or 'name="keywords"' in page


def test_offline_manifest_lists_every_page_and_the_worker_sits_at_the_root(site: Path) -> None:
    data = json.loads((site / MANIFEST).read_text("utf-8"))
    listed = {f[0] for f in data["files"]}
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert pages <= listed
    assert "sw.js" not in listed and (site / "sw.js").is_file()
    assert {m[0] for m in data["modul"]} == {m.folder for m in read_curriculum(REPO / "curriculum").published()}
    assert (site / "baca-tanpa-sinyal.html").is_file()
    assert 'href=baca-tanpa-sinyal.html' in (site / "index.html").read_text("utf-8")
