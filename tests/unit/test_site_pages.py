"""The table of program-wide pages drives what compile renders and the nav; drafts are decided
once (Curriculum.published) and compile leaves the records it is given as they were."""

from __future__ import annotations

import copy
from pathlib import Path

from build_tools.compile import compile_site
from build_tools.compile.pages import SITE_PAGES, NavPlace, in_nav
from build_tools.compile.site import CONTEXT, _nav
from tests.unit.test_nav import _curriculum, _modul

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "overrides" / "berpijar"


def test_every_row_is_rendered_with_its_source_and_its_title(tmp_path: Path) -> None:
    site = compile_site(_curriculum([_modul("AB.01", "dasar")]), TEMPLATES, tmp_path, source_prefix="kur")
    rendered = {p.path: p for p in site.pages}
    for row in SITE_PAGES:
        assert (TEMPLATES / row.template).is_file(), row.template
        page = rendered[row.path]
        assert page.source == (f"kur/{row.source}" if row.source else None), row.path
        assert f"\n# {row.title}".casefold() in f"\n{page.content}".casefold() or (
            row.path == "index.md"  # Beranda's heading is the program's name
        ), row.path
    assert [p.path for p in site.pages][: len(SITE_PAGES)] == [r.path for r in SITE_PAGES]


def test_every_context_a_row_names_is_made_and_none_is_unused() -> None:
    named = {name for row in SITE_PAGES for name in row.context}
    assert named == set(CONTEXT)


def test_the_nav_is_the_table_around_the_kelompok_sections() -> None:
    nav = _nav(_curriculum([_modul("AB.01", "dasar"), _modul("CD.01", "inti")]), [])
    before, after = in_nav(NavPlace.BEFORE_MODUL), in_nav(NavPlace.AFTER_MODUL)
    assert nav[: len(before)] == [{p.title: p.path} for p in before]
    assert nav[len(before) + 2:] == [{p.title: p.path} for p in after]
    assert [next(iter(e)) for e in nav[len(before): len(before) + 2]] == [
        "Mata Pelatihan Dasar", "Mata Pelatihan Inti",
    ]
    off = {p.path for p in in_nav(NavPlace.NONE)}
    assert off and not any(path in str(nav) for path in off)


def test_published_keeps_terbit_and_names_what_is_left_out() -> None:
    terbit, draf, reviu = _modul("AB.01", "dasar"), _modul("AB.02", "dasar"), _modul("AB.03", "inti")
    draf.status, reviu.status = "draf", "reviu"
    curriculum = _curriculum([terbit, draf, reviu])
    published = curriculum.published()
    assert [m.kode for m in published.kept.modul] == ["AB.01"]
    assert [m.kode for m in published.left_out] == ["AB.02", "AB.03"]
    assert published.left_out_folders == {"ab-02", "ab-03"}
    everything = curriculum.published(drafts=True)
    assert everything.kept is curriculum and everything.left_out == ()


def test_compile_unlinks_left_out_modul_on_new_records_not_the_callers(tmp_path: Path) -> None:
    a, draf = _modul("AB.01", "dasar"), _modul("AB.02", "dasar")
    a.body = "Lihat [modul berikut](../ab-02/index.md) dan [materi](01-m1.md)."
    a.materi[0].body = "Baca [ini](../ab-02/01-m1.md#bagian)."
    draf.status = "draf"
    published = _curriculum([a, draf]).published()
    before = copy.deepcopy(published.kept)
    site = compile_site(published.kept, TEMPLATES, tmp_path, left_out=published.left_out_folders)
    assert published.kept == before  # nothing the caller holds was rewritten
    pages = {p.path: p.content for p in site.pages}
    assert "../ab-02/index.md" not in pages[a.page] and "modul berikut" in pages[a.page]
    assert "(01-m1.md)" in pages[a.page]  # a link inside the published modul stays
    assert "../ab-02/01-m1.md" not in pages[a.materi[0].page]
