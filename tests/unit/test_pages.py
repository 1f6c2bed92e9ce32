"""The glossary and the split of hand-written pages, as the compiler hands them to the templates."""

from __future__ import annotations

from pathlib import Path

from build_tools.compile.site import LEARNER_GUIDES, PENGELOLA, _glossary, _guides, _nav, _title
from build_tools.model import Istilah
from tests.unit.test_nav import _curriculum, _modul


def _with_terms() -> list:
    a, b = _modul("AB.01", "dasar"), _modul("CD.01", "inti")
    a.materi[0].istilah = [Istilah("Zona integritas", "z"), Istilah("Ékosistem", "e1")]
    a.materi[1].istilah = [Istilah("ekosistem", "e2"), Istilah("5W1H", "w")]
    b.materi[0].istilah = [Istilah("Anggaran", "a"), Istilah("Ekosistem", "e1")]
    return _glossary(_curriculum([a, b]))


def test_glossary_is_one_entry_per_term_grouped_by_letter_in_order() -> None:
    letters = _with_terms()
    assert [g["huruf"] for g in letters] == ["A", "E", "Z", "#"]
    assert [t["istilah"] for g in letters for t in g["terms"]] == [
        "Anggaran", "Ékosistem", "Zona integritas", "5W1H",
    ]
    ekosistem = letters[1]["terms"][0]
    assert ekosistem["definisi"] == ["e1", "e2"]  # each definition once
    assert [m.id for m in ekosistem["materi"]] == ["AB.01/01", "AB.01/02", "CD.01/01"]
    ids = [t["id"] for g in letters for t in g["terms"]]
    assert len(ids) == len(set(ids)) and ids[1] == "istilah-ekosistem"
    assert [g["id"] for g in letters] == ["huruf-a", "huruf-e", "huruf-z", "huruf-lain"]


def test_only_learner_guides_are_in_the_nav_the_rest_on_the_page_for_authors() -> None:
    extra = ["tentang.md", "panduan-penulis.md", "diagnostik.md", "panduan-mirror.md", "baru.md"]
    learner, others = _guides(extra)
    assert learner == [p for p in extra if p in LEARNER_GUIDES] == ["tentang.md"]
    assert others == ["panduan-penulis.md", "diagnostik.md", "panduan-mirror.md", "baru.md"]
    nav = _nav(_curriculum([_modul("AB.01", "dasar")]), extra)
    assert nav[-1] == {"Tentang": "tentang.md"}
    assert not any(p in str(nav) for p in [*others, PENGELOLA])


def test_a_guide_title_comes_from_front_matter_then_heading(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text('---\ntitle: "Judul A"\n---\n# Lain\n', "utf-8")
    (tmp_path / "b.md").write_text("Pengantar\n\n# Judul B\n\ntitle: bukan ini\n", "utf-8")
    assert _title(tmp_path, "a.md") == "Judul A"
    assert _title(tmp_path, "b.md") == "Judul B"
    assert _title(tmp_path, "tanpa-berkas.md") == "Tanpa berkas"
