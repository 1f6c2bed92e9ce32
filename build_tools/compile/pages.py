"""The site's program-wide pages, in one table: path, title, template, source and nav place.

Every generated page that is not a modul, a materi or an RBPMP is a row here: compile renders
the rows, the nav is built from them, and the tests read them instead of spelling the paths
again. To add a page: a template in ``overrides/berpijar/``, a row here, and (when it needs
more than the program and the curriculum) a named context in ``compile/site.py``'s ``CONTEXT``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class NavPlace(Enum):
    """Where a page sits in the learners' nav, around the kelompok sections of modul."""

    BEFORE_MODUL = "before"
    AFTER_MODUL = "after"
    NONE = "none"  # for authors and administrators: listed on PENGELOLA, or PENGELOLA itself


@dataclass(frozen=True)
class SitePage:
    path: str  # in the site's docs tree
    title: str  # the nav label (the template's own heading says the same)
    template: str  # in overrides/berpijar/
    source: str | None  # the curriculum file an author edits to change it, relative to curriculum/
    nav: NavPlace
    # What the template needs beyond the program and the curriculum, by name: compile's
    # CONTEXT says how each is made ("fold", "competencies", "glossary", "catalogue", "guides").
    context: tuple[str, ...] = ()


PENGELOLA = "pengelola.md"

SITE_PAGES: tuple[SitePage, ...] = (
    SitePage("index.md", "Beranda", "beranda.md.j2", "program.yml", NavPlace.BEFORE_MODUL, ("fold",)),
    SitePage("struktur-kurikulum.md", "Struktur Kurikulum", "struktur.md.j2", None, NavPlace.BEFORE_MODUL,
             ("fold",)),
    SitePage("jalur-belajar.md", "Jalur Belajar", "jalur.md.j2", "program.yml", NavPlace.BEFORE_MODUL),
    SitePage("kompetensi.md", "Kompetensi", "kompetensi.md.j2", None, NavPlace.AFTER_MODUL,
             ("fold", "competencies")),
    SitePage("glosarium.md", "Glosarium", "glosarium.md.j2", None, NavPlace.AFTER_MODUL, ("glossary",)),
    SitePage("diagnostik.md", "Daftar Diagnostik", "diagnostik.md.j2", None, NavPlace.NONE, ("catalogue",)),
    # It lists the hand-written guides and the generated pages above that are for authors.
    SitePage(PENGELOLA, "Untuk Penulis & Pengelola", "pengelola.md.j2", None, NavPlace.NONE, ("guides",)),
)

# Hand-written pages a learner reads; every other page of docs/ is for authors and
# administrators, listed on PENGELOLA (reached from Tentang and the footer), not in the nav.
LEARNER_GUIDES = ("tentang.md", "baca-tanpa-sinyal.md")
# The order a reader wants the guides in (the nav, and the list on PENGELOLA); others follow
# by name.
GUIDE_ORDER = ("tentang.md", "panduan-penulis.md", "referensi-format.md", "diagnostik.md", "panduan-mirror.md")
# A guide's tab label where its page title is too long for the tab bar of a 1280 px screen.
NAV_LABELS = {"tentang.md": "Tentang"}


def in_nav(place: NavPlace) -> list[SitePage]:
    return [p for p in SITE_PAGES if p.nav is place]


def page(path: str) -> SitePage:
    return next(p for p in SITE_PAGES if p.path == path)


def guide_pages(docs_dir: Path | None) -> list[str]:
    """The guides: every hand-written page of ``docs_dir`` but its index, and the generated
    pages for authors (PENGELOLA lists them, itself excepted), in GUIDE_ORDER then by name."""
    written = {p.name for p in docs_dir.glob("*.md")} if docs_dir is not None else set()
    for_authors = {p.path for p in in_nav(NavPlace.NONE) if p.path != PENGELOLA}
    return sorted((written | for_authors) - {"index.md"},
                  key=lambda n: (GUIDE_ORDER.index(n) if n in GUIDE_ORDER else len(GUIDE_ORDER), n))
