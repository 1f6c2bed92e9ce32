"""Render every page of the learning site from the curriculum records."""

from __future__ import annotations

import posixpath
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import escape

from build_tools.compile import rbpmp
from build_tools.compile.pages import (
    LEARNER_GUIDES,
    NAV_LABELS,
    PENGELOLA,
    SITE_PAGES,
    NavPlace,
    SitePage,
    guide_pages,
    in_nav,
)
from build_tools.diagnostics import CATALOGUE
from build_tools.model import Curriculum, Modul
from build_tools.validate.markdown import slugify, unlink
from build_tools.vocabulary import JENIS_LABEL, KELOMPOK, KELOMPOK_LABEL, MODA_LABEL, PILAR_LABEL


@dataclass(frozen=True)
class Page:
    path: str  # where the page sits in the site's docs tree, e.g. transformasi-digital/index.md
    content: str
    source: str | None = None  # the curriculum file an author edits to change it


@dataclass(frozen=True)
class Asset:
    path: str
    source: Path


@dataclass
class Site:
    pages: list[Page]
    assets: list[Asset]
    files: list[Page]  # generated non-page files (CSV downloads)
    nav: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        # page path -> the curriculum file an author edits ("edit this page" links)
        self.sources: dict[str, str] = {p.path: p.source for p in self.pages if p.source}


def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,  # metadata is text; only bodies and the program description are Markdown
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        KELOMPOK_LABEL=KELOMPOK_LABEL, PILAR_LABEL=PILAR_LABEL, JENIS_LABEL=JENIS_LABEL,
        MODA_LABEL=MODA_LABEL,
    )
    env.filters["rel"] = _relative
    env.filters["ids"] = lambda materi: " ".join(m.id for m in materi)
    env.filters["oneline"] = lambda text: " ".join(str(text).split())
    return env


def _relative(target: str, here: str) -> str:
    """A link from page ``here`` to page ``target``: relative, so any path prefix works."""
    depth = here.count("/")
    return "../" * depth + target


# Past this many modul, a list of modul folds (a kelompok on Beranda and Struktur, a competency
# on Kompetensi): at 1,000 materi these pages stay a few phone screens.
MODUL_FOLD = 6

# Past this many materi, a term's "dibahas di" list folds: at scale one term is discussed in
# dozens of materi, and a phone reader wants the definition first.
GLOSSARY_FOLD = 3


def _glossary(curriculum: Curriculum) -> list[dict[str, Any]]:
    """Terms grouped under their first letter, alphabetical, one entry per term.

    The page is raw HTML in the Markdown (a flat ``<dl>`` per letter), not a ``def_list``:
    its size grows with the curriculum, and a flat list of HTML blocks costs Python-Markdown
    linear time where nested definition lists do not."""
    terms: dict[str, dict[str, Any]] = {}
    for modul in curriculum.modul:
        for materi in modul.materi:
            for item in materi.istilah:
                entry = terms.setdefault(
                    _fold(item.istilah), {"istilah": item.istilah, "definisi": [], "materi": []}
                )
                if item.definisi not in entry["definisi"]:
                    entry["definisi"].append(item.definisi)
                if materi not in entry["materi"]:
                    entry["materi"].append(materi)
    letters: dict[str, list[dict[str, Any]]] = {}
    ids: set[str] = set()
    for key in sorted(terms, key=_sort_key):
        entry = terms[key]
        anchor = base = "istilah-" + (slugify(entry["istilah"]) or "x")
        n = 1
        while anchor in ids:
            n += 1
            anchor = f"{base}-{n}"
        ids.add(anchor)
        entry["id"] = anchor
        entry["materi"].sort(key=lambda m: (m.modul_kode, m.nomor))
        letters.setdefault(_letter(entry["istilah"]), []).append(entry)
    return [{"huruf": h, "id": "huruf-" + ("lain" if h == "#" else h.lower()), "terms": t}
            for h, t in letters.items()]


def _fold(term: str) -> str:
    """One spelling per term: case and accents folded (Ékosistem and ekosistem are one)."""
    folded = unicodedata.normalize("NFKD", term).encode("ascii", "ignore").decode().casefold()
    return " ".join(folded.split()) or term.casefold()


def _sort_key(key: str) -> tuple[int, str]:
    """Letters first (A–Z), then terms starting with a digit or sign."""
    return (0 if key[:1].isalpha() else 1, key)


def _letter(term: str) -> str:
    first = _fold(term)[:1].upper()
    return first if first.isalpha() and first.isascii() else "#"


def _competencies(curriculum: Curriculum) -> dict[str, Any]:
    by_jenis: dict[str, dict[str, list[tuple[Modul, int]]]] = defaultdict(lambda: defaultdict(list))
    by_pilar: dict[str, list[tuple[Modul, int | None]]] = {key: [] for key in PILAR_LABEL}
    for modul in curriculum.modul:
        for k in modul.kompetensi:
            by_jenis[k.jenis][k.nama].append((modul, k.level))
        for pilar in modul.pilar_literasi_digital:
            by_pilar[pilar].append((modul, None))  # the same (modul, level) shape as jenis
    jenis = [
        (key, sorted(by_jenis[key].items())) for key in JENIS_LABEL if key in by_jenis
    ]
    return {"jenis": jenis, "pilar": by_pilar}


# Material writes every sibling along the open branch into each page, even with
# navigation.prune: past this many modul a kelompok is split into sections of this size, so
# a page's navigation, its size and the time to render it stay bounded as the program grows.
NAV_SECTION = 12


def _modul_nav(m: Modul) -> dict[str, list[Any]]:
    # The theme writes navigation titles into pages as they are (and escapes them only in
    # aria-labels): a judul is text, so it goes in as escaped Markup, which no filter escapes twice.
    return {escape(f"{m.kode} {m.judul}"): [
        {"Pendahuluan": m.page},
        *({escape(f"{i}. {x.judul}"): x.page} for i, x in enumerate(m.materi, start=1)),
        {"RBPMP": m.rbpmp_page},
    ]}


def _by_kelompok(curriculum: Curriculum) -> list[tuple[str, str, list[Modul]]]:
    """(kelompok, label, its modul) in curriculum order, kelompok without modul left out: the
    one grouping Beranda, Struktur and the nav all show."""
    groups: dict[str, list[Modul]] = {k: [] for k in KELOMPOK}
    for modul in curriculum.modul:
        groups[modul.kelompok].append(modul)
    return [(k, KELOMPOK_LABEL[k], modul) for k, modul in groups.items() if modul]


def _nav(curriculum: Curriculum, extra_pages: list[str]) -> list[Any]:
    groups = []
    for _, label, modul in _by_kelompok(curriculum):
        if len(modul) <= NAV_SECTION:
            entries = [_modul_nav(m) for m in modul]
        else:
            chunks = [modul[i:i + NAV_SECTION] for i in range(0, len(modul), NAV_SECTION)]
            entries = [{f"{c[0].kode} – {c[-1].kode}": [_modul_nav(m) for m in c]} for c in chunks]
        groups.append({label: entries})
    nav: list[Any] = [
        *({p.title: p.path} for p in in_nav(NavPlace.BEFORE_MODUL)),
        *groups,
        *({p.title: p.path} for p in in_nav(NavPlace.AFTER_MODUL)),
    ]
    learner, _ = _guides(extra_pages)
    nav.extend({NAV_LABELS[p]: p} if p in NAV_LABELS else p for p in learner)
    return nav


def _guides(extra_pages: list[str]) -> tuple[list[str], list[str]]:
    """The hand-written pages split into the learners' and the authors' and administrators'."""
    learner = [p for p in extra_pages if p in LEARNER_GUIDES]
    return learner, [p for p in extra_pages if p not in LEARNER_GUIDES and p != PENGELOLA]


def _title(docs_dir: Path | None, page: str) -> str:
    """A guide's title as MkDocs shows it: front matter ``title``, else its first heading."""
    path = docs_dir / page if docs_dir else None
    if path is not None and path.is_file():
        lines = path.read_text("utf-8").splitlines()
        front = lines[1:lines.index("---", 1)] if lines[:1] == ["---"] and "---" in lines[1:] else []
        for line in front:
            if line.startswith("title:"):
                return line.split(":", 1)[1].strip().strip("\"'")
        for line in lines[len(front):]:
            if line.startswith("# "):
                return line[2:].strip()
    return page.removesuffix(".md").replace("-", " ").capitalize()


def _unpublished_links(curriculum: Curriculum, left_out: set[str]) -> Curriculum:
    """Links into modul left out of this build (drafts) become plain text on published pages.

    Returns new records with the rewritten bodies: the caller's curriculum is left as it was."""
    if not left_out:
        return curriculum

    def rewrite(body: str, page: str) -> str:
        def drop(target: str) -> bool:
            if "://" in target or target.startswith(("#", "mailto:", "tel:")):
                return False
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target.split("#")[0]))
            return resolved.split("/", 1)[0] in left_out
        return unlink(body, drop)

    return replace(curriculum, modul=[
        replace(modul, body=rewrite(modul.body, modul.page),
                materi=[replace(m, body=rewrite(m.body, m.page)) for m in modul.materi])
        for modul in curriculum.modul
    ])


# The extra context a row of SITE_PAGES names: (curriculum, guides for authors) -> variables.
CONTEXT: dict[str, Callable[[Curriculum, list[tuple[str, str]]], dict[str, Any]]] = {
    "fold": lambda _c, _g: {"fold": MODUL_FOLD},
    "competencies": lambda c, _g: _competencies(c),
    "glossary": lambda c, _g: {"letters": _glossary(c), "fold": GLOSSARY_FOLD},
    "catalogue": lambda _c, _g: {"catalogue": list(CATALOGUE.values())},
    "guides": lambda _c, g: {"guides": g},
}


def _context(page: SitePage, curriculum: Curriculum, guides: list[tuple[str, str]]) -> dict[str, Any]:
    """What a program-wide page's template needs beyond the curriculum and the program."""
    out: dict[str, Any] = {}
    for name in page.context:
        out.update(CONTEXT[name](curriculum, guides))
    return out


def compile_site(
    curriculum: Curriculum,
    templates: Path,
    curriculum_dir: Path,
    docs_dir: Path | None = None,
    source_prefix: str = "curriculum",
    left_out: set[str] | None = None,
) -> Site:
    """All pages and files of the site. ``docs_dir`` holds the hand-written guides;
    ``left_out`` names modul folders not published in this build."""
    curriculum = _unpublished_links(curriculum, left_out or set())
    env = _environment(templates)
    modul_by_kode = curriculum.by_kode()
    # A jalur may name a modul left out of this build (a draft): it is skipped, not broken.
    env.filters["modul_of"] = lambda kodes: [modul_by_kode[k] for k in kodes if k in modul_by_kode]
    common = {"program": curriculum.program, "curriculum": curriculum, "modul_by_kode": modul_by_kode,
              "by_kelompok": _by_kelompok(curriculum)}

    def render(name: str, here: str, **context: Any) -> str:
        return env.get_template(name).render(here=here, **common, **context)

    extra_pages = guide_pages(docs_dir)
    _, for_pengelola = _guides(extra_pages)
    titles = {p.path: p.title for p in SITE_PAGES}
    guides = [(p, titles.get(p) or _title(docs_dir, p)) for p in for_pengelola]
    pages = [
        Page(p.path, render(p.template, p.path, **_context(p, curriculum, guides)),
             f"{source_prefix}/{p.source}" if p.source else None)
        for p in SITE_PAGES
    ]
    files: list[Page] = []
    assets: list[Asset] = []
    for modul in curriculum.modul:
        pages.append(Page(modul.page, render("modul.md.j2", modul.page, modul=modul), modul.source))
        pages.append(Page(modul.rbpmp_page, render("rbpmp.md.j2", modul.rbpmp_page, modul=modul,
                                                   header=rbpmp.HEADER),
                          modul.source))
        files.append(Page(modul.rbpmp_csv, rbpmp.to_csv(modul), modul.source))
        for materi in modul.materi:
            pages.append(Page(materi.page, render("materi.md.j2", materi.page, modul=modul,
                                                  materi=materi), materi.source))
        folder = curriculum_dir / modul.folder
        for file in sorted(folder.rglob("*")):
            if file.is_file() and file.suffix != ".md":
                assets.append(Asset(f"{modul.folder}/{file.relative_to(folder).as_posix()}", file))
    return Site(pages, assets, files, _nav(curriculum, extra_pages))
