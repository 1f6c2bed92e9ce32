"""The search data the build writes, and the offline manifest, on small hand-made sites."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from build_tools.offline import MANIFEST, ModulEntry, manifest
from build_tools.search_index import Catalogue, PageFacts, documents, write
from tests.sitebuild import REPO

JS = REPO / "overrides" / "assets" / "javascripts"


def _section(location: str, title: str, text: str) -> dict[str, str]:
    return {"location": location, "title": title, "text": text}


SECTIONS = [
    _section("index.html", "Beranda", "<p>Selamat datang di ASN Berpijar.</p>"),
    _section("modul-a/01-layanan.html", "Pelayanan publik", "<p>Petugas <em>melayani</em> warga.</p>"),
    _section("modul-a/01-layanan.html#survei", "Survei kepuasan", "<p>Kuesioner singkat &amp; jujur.</p>"),
    _section("modul-a/02-data.html", "Data terbuka", "<p>Portal data " + "terbuka " * 60 + "</p>"),
]
FACTS = Catalogue(
    modul=[("MOD.01", "Modul A")],
    pages={"modul-a/01-layanan.md": PageFacts(0, ["empati"]), "modul-a/02-data.md": PageFacts(0, [])},
)


def test_documents_are_pages_with_headings_keywords_modul_and_a_short_excerpt():
    docs = {d["location"]: d for d in documents({"docs": SECTIONS}, FACTS)}
    assert list(docs) == ["index.html", "modul-a/01-layanan.html", "modul-a/02-data.html"]
    layanan = docs["modul-a/01-layanan.html"]
    assert layanan["headings"] == "Survei kepuasan"
    assert layanan["text"] == "Petugas melayani warga. Kuesioner singkat & jujur."
    assert layanan["keywords"] == ["empati"] and layanan["modul"] == 0
    assert docs["index.html"]["modul"] is None
    excerpt = docs["modul-a/02-data.html"]["excerpt"]
    assert len(excerpt) <= 165 and excerpt.endswith("…")


def _load(script: Path) -> dict:
    text = script.read_text("utf-8").strip()
    assert text.startswith("__bpSearch(") and text.endswith(");")
    return json.loads(text[len("__bpSearch("):-2])


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "assets/javascripts/lunr/min").mkdir(parents=True)
    (site / "assets/javascripts/search").mkdir(parents=True)
    shutil.copy(JS / "lunr/min/lunr.id.min.js", site / "assets/javascripts/lunr/min/")
    shutil.copy(JS / "search/engine.js", site / "assets/javascripts/search/")
    (site / "search").mkdir()
    config = {"lang": ["id"], "separator": "[\\s\\-]+", "pipeline": ["stemmer"]}
    (site / "search/search_index.json").write_text(json.dumps({"config": config, "docs": SECTIONS}))
    return site


def test_write_leaves_a_stub_and_weighted_postings_under_stem_and_word(small_site: Path):
    counts = write(small_site, FACTS)
    assert counts == {"docs": 3, "parts": counts["parts"]} and counts["parts"] > 0
    stub = json.loads((small_site / "search/search_index.json").read_text())
    assert stub["docs"] == [] and stub["config"]["separator"] == "[\\s\\-]+"
    table = _load(small_site / "search/berpijar/docs.js")
    assert table["modul"] == [["MOD.01", "Modul A"]]
    assert [d[0] for d in table["docs"]] == ["index.html", "modul-a/01-layanan.html", "modul-a/02-data.html"]
    terms: dict[str, list[int]] = {}
    for key in table["parts"]:
        part = _load(small_site / "search/berpijar/t" / f"{key.replace('$', '_24')}.js")
        assert part["part"] == key
        assert all(term.startswith(key.rstrip("$")) for term in part["terms"])
        terms.update(part["terms"])
    # "melayani" is indexed under its stem "layan" and as written; "empati" (kata_kunci) too.
    for term in ("layan", "melayani", "empati"):
        assert term in terms, term
        assert terms[term][0] == 1  # doc 1, first (and only) posting
    # a stop word is not indexed
    assert "di" not in terms
    # a title word weighs more than the same kind of word in the text
    assert terms["survei"][1] > terms["warga"][1]


def test_offline_manifest_groups_files_by_modul_and_lists_the_zip(tmp_path: Path):
    site = tmp_path / "site"
    (site / "modul-a").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "index.html").write_text("beranda")
    (site / "modul-a/01-x.html").write_text("materi")
    (site / "assets/app.js").write_text("js")
    (site / "sw.js").write_text("worker")
    (site / "SHA256SUMS").write_text("sums")
    (site / "situs.zip").write_bytes(b"PK")
    modul = [ModulEntry("modul-a", "MOD.01", "Modul A")]
    first = manifest(site, modul)
    files = {f[0]: f for f in first["files"]}
    assert set(files) == {"index.html", "modul-a/01-x.html", "assets/app.js"}
    assert files["modul-a/01-x.html"][1:3] == [6, 0] and files["index.html"][2] == -1
    assert files["index.html"][3] == hashlib.sha256(b"beranda").hexdigest()[:12]
    assert first["bundle"] == [{"path": "situs.zip", "size": 2, "sha256": hashlib.sha256(b"PK").hexdigest()}]
    assert first["modul"] == [["modul-a", "MOD.01", "Modul A"]]
    assert MANIFEST not in files
    (site / "modul-a/01-x.html").write_text("materi, versi baru")
    assert manifest(site, modul)["version"] != first["version"]
