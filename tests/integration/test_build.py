"""Whole builds: the repository's site and small fixture curricula, built as authors and
mirrors build them (build_site, which `berpijar build` runs, and `mkdocs build`).

Expectations are read from the curriculum sources (tests/sitefacts.py), never from the
build's own model; pages are read back from the built HTML.
"""

from __future__ import annotations

import csv
import io
import os
import posixpath
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from build_tools.compile.pages import LEARNER_GUIDES, NAV_LABELS, SITE_PAGES, NavPlace, in_nav
from build_tools.plugin.run import BuildFailed
from tests.sitebuild import FIXTURES, REPO, build_project, make_project
from tests.sitefacts import (
    KELOMPOK_LABEL,
    Curriculum,
    Element,
    Modul,
    heading,
    parse_html,
    read_curriculum,
)

URUTAN = FIXTURES / "site" / "urutan" / "curriculum"
VALID = FIXTURES / "valid" / "curriculum"
REPO_URL = "https://example.invalid/org/repo"


@dataclass
class Built:
    name: str
    site: Path
    curriculum: Curriculum
    drafts: bool
    docs: Path

    @property
    def modul(self) -> list[Modul]:
        return self.curriculum.published(self.drafts)


def _html(page: str) -> str:
    return page.removesuffix(".md") + ".html"


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder (None) under ``folder``, by relative path."""
    out: dict[str, bytes | None] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        out[rel] = None if path.is_dir() else path.read_bytes()
    return out


def _differences(a: dict[str, bytes | None], b: dict[str, bytes | None]) -> list[str]:
    only_a = sorted(set(a) - set(b))
    only_b = sorted(set(b) - set(a))
    changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    return ([f"hanya di pertama: {k}" for k in only_a] + [f"hanya di kedua: {k}" for k in only_b]
            + [f"berbeda: {k}" for k in changed])


# --- builds, once per module ---------------------------------------------------------------


@pytest.fixture(scope="module")
def urutan_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("urutan") / "proyek", URUTAN)


@pytest.fixture(scope="module")
def urutan_site(urutan_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(urutan_project, tmp_path_factory.mktemp("urutan-site") / "site")


@pytest.fixture(scope="module")
def urutan_drafts_site(urutan_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(urutan_project, tmp_path_factory.mktemp("urutan-draf") / "site", drafts=True)


@pytest.fixture(scope="module")
def valid_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("valid") / "proyek", VALID)
    return build_project(project, project / "site")


@pytest.fixture(params=["repo", "valid", "urutan", "urutan-draf"])
def built(request: pytest.FixtureRequest) -> Built:
    if request.param == "repo":
        site = request.getfixturevalue("site_dir")
        return Built("repo", site, read_curriculum(REPO / "curriculum"), False, REPO / "docs")
    if request.param == "valid":
        return Built("valid", request.getfixturevalue("valid_site"), read_curriculum(VALID), False,
                     REPO / "docs")
    fixture = "urutan_site" if request.param == "urutan" else "urutan_drafts_site"
    site = request.getfixturevalue(fixture)
    return Built(request.param, site, read_curriculum(URUTAN), request.param == "urutan-draf",
                 REPO / "docs")


def _guides(docs: Path) -> set[str]:
    """Hand-written pages of docs/ plus the generated catalogue of diagnostics."""
    return {p.with_suffix(".html").name for p in docs.glob("*.md") if p.name != "index.md"} | {
        "diagnostik.html"
    }


# --- page types ----------------------------------------------------------------------------


def test_every_page_type_exists(built: Built) -> None:
    site = built.site
    assert built.modul, "the curriculum publishes no modul: nothing to check"
    home = parse_html(site / "index.html")
    assert home.find("title").text.startswith("Beranda"), home.find("title").text
    assert heading(home) == built.curriculum.program["judul"]
    for name in (*(_html(p.path) for p in SITE_PAGES if p.path != "index.md"), *_guides(built.docs)):
        assert (site / name).is_file(), f"{name} is missing"
        assert heading(parse_html(site / name)), f"{name} has an empty heading"
    for m in built.modul:
        folder = site / m.folder
        assert heading(parse_html(folder / "index.html")) == m.judul
        assert m.kode in heading(parse_html(folder / "rbpmp.html")) or m.judul in heading(
            parse_html(folder / "rbpmp.html")
        )
        csvs = sorted(folder.glob("rbpmp-*.csv"))
        assert len(csvs) == 1, f"{m.folder}: expected one rbpmp-*.csv, found {csvs}"
        for materi in m.materi:
            assert heading(parse_html(folder / materi.html)) == materi.judul
        # Nothing else is a page of this modul: no leftovers, no draft pages of other builds.
        pages = {p.name for p in folder.glob("*.html")}
        assert pages == {"index.html", "rbpmp.html", *(x.html for x in m.materi)}
    for extra in ("404.html", "search/search_index.json", "search/search_index.js"):
        assert (site / extra).is_file(), f"{extra} is missing"


def test_beranda_counts_what_is_published(built: Built) -> None:
    home = parse_html(built.site / "index.html")
    numbers = {
        div.find("dt").text: div.find("dd").text
        for div in home.find("dl", cls="bp-angka__daftar").elements("div")
    }
    assert numbers == {
        "Modul": str(len(built.modul)),
        "Materi pokok": str(sum(len(m.materi) for m in built.modul)),
        "Total JP": str(sum(m.alokasi_jp for m in built.modul)),
    }


# --- navigation ----------------------------------------------------------------------------


def _join(here: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(here), href.split("#")[0]))


def _footer_chain(site: Path) -> list[str]:
    """Pages in reading order: Beranda, then each page's "Selanjutnya" link."""
    chain: list[str] = []
    here: str | None = "index.html"
    while here is not None:
        assert here not in chain, f"the next links loop back to {here}: {chain}"
        chain.append(here)
        nxt = parse_html(site / here).find("a", cls="md-footer__link--next")
        here = _join(here, nxt.attrs["href"]) if nxt is not None else None
    return chain


def _label(item: Element) -> str:
    for child in item.elements():
        if child.tag in ("a", "label"):
            return child.text
        if child.tag == "div":
            return child.find("a").text
    raise AssertionError(f"nav item without a label at line {item.line}")


def _items(nav: Element) -> list[Element]:
    return nav.find("ul", cls="md-nav__list").elements("li")


def test_navigation_follows_curriculum_order(built: Built) -> None:
    expected = [_html(p.path) for p in in_nav(NavPlace.BEFORE_MODUL)]
    for m in built.modul:
        expected += [f"{m.folder}/index.html", *(f"{m.folder}/{x.html}" for x in m.materi),
                     f"{m.folder}/rbpmp.html"]
    expected += [_html(p.path) for p in in_nav(NavPlace.AFTER_MODUL)]
    chain = _footer_chain(built.site)
    assert chain[: len(expected)] == expected
    learner = {p.removesuffix(".md") + ".html" for p in LEARNER_GUIDES}
    assert set(chain[len(expected):]) == _guides(built.docs) & learner


def test_guides_for_authors_are_off_the_learners_nav_and_on_one_page(built: Built) -> None:
    """Panduan Penulis, Daftar Diagnostik, Panduan Mirror …: built, listed on the page for
    authors and administrators (linked from the footer and Tentang), not in the learners' nav."""
    learner = {p.removesuffix(".md") + ".html" for p in LEARNER_GUIDES}
    for_authors = _guides(built.docs) - learner
    assert for_authors >= {"panduan-penulis.html", "diagnostik.html", "panduan-mirror.html"}
    listed = {a.attrs["href"] for a in parse_html(built.site / "pengelola.html").find_all("a")
              if "href" in a.attrs}
    assert for_authors <= listed
    page = parse_html(built.site / built.modul[0].folder / built.modul[0].materi[0].html)
    nav = {a.attrs.get("href", "").rsplit("/", 1)[-1]
           for a in page.find("nav", cls="md-nav--primary").find_all("a")}
    assert not nav & for_authors
    footer = {a.attrs.get("href") for a in page.find("footer").find_all("a")}
    assert "../pengelola.html" in footer


def test_sidebar_lists_kelompok_modul_and_materi_in_order(built: Built) -> None:
    kelompok = [k for k in KELOMPOK_LABEL if any(m.kelompok == k for m in built.modul)]
    top = [*(p.title for p in in_nav(NavPlace.BEFORE_MODUL)),
           *(KELOMPOK_LABEL[k] for k in kelompok), *(p.title for p in in_nav(NavPlace.AFTER_MODUL)),
           *(NAV_LABELS.get(p) or heading(parse_html(built.site / (p.removesuffix(".md") + ".html")))
             for p in LEARNER_GUIDES)]
    for m in built.modul:
        page = parse_html(built.site / m.folder / m.materi[0].html)
        primary = page.find("nav", cls="md-nav--primary")
        items = _items(primary)
        assert [_label(li) for li in items] == top, m.folder
        section = next(li for li in items if "md-nav__item--active" in li.classes)
        assert _label(section) == KELOMPOK_LABEL[m.kelompok]
        siblings = [x for x in built.modul if x.kelompok == m.kelompok]
        modul_items = _items(section.find("nav"))
        assert [_label(li) for li in modul_items] == [f"{x.kode} {x.judul}" for x in siblings]
        current = next(li for li in modul_items if "md-nav__item--active" in li.classes)
        assert _label(current) == f"{m.kode} {m.judul}"
        assert [_label(li) for li in _items(current.find("nav"))] == [
            *(f"{x.nomor}. {x.judul}" for x in m.materi), "RBPMP"
        ]


# --- RBPMP ---------------------------------------------------------------------------------


def _cells(row: Element) -> list[str]:
    return [c.text for c in row.elements() if c.tag in ("td", "th")]


def test_rbpmp_table_and_csv(built: Built) -> None:
    per_jp = built.curriculum.menit_per_jp
    for m in built.modul:
        page = parse_html(built.site / m.folder / "rbpmp.html")
        table = next(
            (t for t in page.find_all("table")
             if t.find("thead") and "Materi Pokok" in _cells(t.find("thead").find("tr"))),
            None,
        )
        assert table is not None, f"{m.folder}/rbpmp.html has no RBPMP table"
        header = _cells(table.find("thead").find("tr"))
        col = {name: header.index(name) for name in ("No", "Indikator", "Materi Pokok")}
        minutes = next(i for i, h in enumerate(header) if h.startswith("Alokasi Waktu"))
        rows = [_cells(tr) for tr in table.find("tbody").elements("tr")]
        assert len(rows) == len(m.materi), m.folder
        for row, materi in zip(rows, m.materi, strict=True):
            assert row[col["No"]] == str(materi.nomor)
            assert row[col["Materi Pokok"]] == materi.judul
            assert row[col["Indikator"]] == materi.indikator
            assert row[minutes] == str(materi.menit)
        total_rows = [_cells(tr) for tr in table.find("tfoot").elements("tr")]
        assert len(total_rows) == 1
        assert "Akumulasi" in total_rows[0][0]
        assert total_rows[0][-1] == str(m.alokasi_jp * per_jp)
        assert sum(x.menit for x in m.materi) == m.alokasi_jp * per_jp

        (csv_file,) = sorted((built.site / m.folder).glob("rbpmp-*.csv"))
        links = [a.attrs["href"] for a in page.find_all("a") if "download" in a.attrs]
        assert links == [csv_file.name], "the page offers its own CSV for download"
        table_csv = list(csv.reader(io.StringIO(csv_file.read_bytes().decode("utf-8-sig"))))
        start = table_csv.index(header) + 1
        body, total = table_csv[start:-1], table_csv[-1]
        assert [[r[col["No"]], r[col["Indikator"]], r[col["Materi Pokok"]], r[minutes]] for r in body] == [
            [r[col["No"]], r[col["Indikator"]], r[col["Materi Pokok"]], r[minutes]] for r in rows
        ]
        assert "Akumulasi Waktu" in total and total[-1] == str(m.alokasi_jp * per_jp)
        assert [m.kode] == [r[1] for r in table_csv[:start] if r and r[0] == "Kode"]


# --- drafts --------------------------------------------------------------------------------


def test_drafts_left_out_by_default_and_included_on_request(
    urutan_site: Path, urutan_drafts_site: Path
) -> None:
    curriculum = read_curriculum(URUTAN)
    drafts = [m for m in curriculum.modul if m.status != "terbit"]
    assert {m.status for m in drafts} == {"draf", "reviu"}, "the fixture must hold both kinds"
    default_html = {p: p.read_text("utf-8") for p in urutan_site.rglob("*.html")}
    index = (urutan_site / "search" / "berpijar" / "docs.js").read_text("utf-8")  # the pages search knows
    for m in drafts:
        assert not (urutan_site / m.folder).exists(), f"draft {m.folder} was published"
        for path, text in default_html.items():
            assert m.judul not in text, f"{path} mentions draft modul {m.judul}"
            assert f"{m.folder}/" not in text, f"{path} links into draft {m.folder}"
        assert f'"{m.folder}/' not in index and m.judul not in index
        # With drafts asked for, the modul is there whole, in the nav and the search.
        assert (urutan_drafts_site / m.folder / "index.html").is_file()
        for materi in m.materi:
            assert (urutan_drafts_site / m.folder / materi.html).is_file()
        assert m.judul in (urutan_drafts_site / "struktur-kurikulum.html").read_text("utf-8")
        assert f'"{m.folder}/' in (urutan_drafts_site / "search" / "berpijar" / "docs.js").read_text("utf-8")


def test_link_to_a_draft_modul_does_not_break_the_published_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "proyek", URUTAN)
    source = project / "curriculum" / "d-dasar" / "02-lanjutan.md"
    source.write_text(source.read_text("utf-8") + "\nLihat juga [modul draf](../e-draf/index.md).\n",
                      "utf-8")
    site = build_project(project, tmp_path / "site")
    for a in parse_html(site / "d-dasar" / "02-lanjutan.html").find("article").find_all("a"):
        href = a.attrs.get("href", "")
        if href and "://" not in href and not href.startswith("#"):
            target = site / _join("d-dasar/02-lanjutan.html", href)
            assert target.is_file(), f"broken link {href!r}"


# --- other ways to build -------------------------------------------------------------------


def test_mkdocs_build_command_builds_the_same_site(
    urutan_project: Path, urutan_site: Path, tmp_path: Path
) -> None:
    """`mkdocs build` of the same project folder gives the site build_site gave."""
    project = urutan_project
    out = tmp_path / "keluaran"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"),
         "-d", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    # Dated by the curriculum (no git here), the sitemap's gzip header included.
    assert _differences(_snapshot(urutan_site), _snapshot(out)) == []


def _break_curriculum(project: Path) -> None:
    """E-JP-MISMATCH: the minutes of the modul no longer add up to its JP."""
    index = project / "curriculum" / "d-dasar" / "index.md"
    text = index.read_text("utf-8")
    assert "alokasi_jp: 1\n" in text
    index.write_text(text.replace("alokasi_jp: 1\n", "alokasi_jp: 3\n"), "utf-8")


def _break_template(project: Path) -> None:
    template = project / "overrides" / "berpijar" / "materi.md.j2"
    template.write_text(template.read_text("utf-8") + "\n{{ tidak_ada_variabel_ini }}\n", "utf-8")


@pytest.mark.parametrize("breakage", [_break_curriculum, _break_template],
                         ids=["galat-validasi", "galat-templat"])
def test_failed_build_leaves_the_last_good_site_untouched(tmp_path: Path, breakage) -> None:
    project = make_project(tmp_path / "proyek", URUTAN)
    out = tmp_path / "terbit" / "site"
    build_project(project, out)
    before = _snapshot(out)
    assert "index.html" in before
    breakage(project)
    with pytest.raises(BuildFailed):
        build_project(project, out)
    assert _differences(before, _snapshot(out)) == []
    # Neither a staging folder nor a renamed old site is left beside the output.
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]

    # The command agencies run says so and exits 1, the site still untouched.
    result = subprocess.run(
        [sys.executable, "-m", "build_tools.cli", "build", "-f", str(project / "mkdocs.yml"),
         "-o", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "build gagal" in result.stderr
    assert _differences(before, _snapshot(out)) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_build_failed_says_why_in_indonesian(tmp_path: Path) -> None:
    project = make_project(tmp_path / "proyek", URUTAN)
    _break_curriculum(project)
    with pytest.raises(BuildFailed) as failure:
        build_project(project, tmp_path / "site")
    assert "kurikulum tidak dapat diterbitkan" in str(failure.value)


def _git(project: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-31T08:00:00+07:00",
           "GIT_COMMITTER_DATE": "2026-01-31T08:00:00+07:00"}
    subprocess.run(["git", "-c", "user.name=Uji", "-c", "user.email=uji@example.invalid",
                    "-c", "commit.gpgsign=false", *args],
                   cwd=project, check=True, capture_output=True, env=env, timeout=60)


def test_two_builds_of_one_commit_are_byte_identical(tmp_path: Path) -> None:
    project = make_project(tmp_path / "proyek")  # the repository's own curriculum
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "satu commit")
    first = build_project(project, tmp_path / "a" / "site")
    time.sleep(1.1)  # a clock-dependent byte (a gzip time, a date) would now differ
    second = build_project(project, tmp_path / "b" / "site")
    a, b = _snapshot(first), _snapshot(second)
    assert len(a) > 50
    assert _differences(a, b) == []


# --- edit links ----------------------------------------------------------------------------


def _edit_link(page: Path) -> str | None:
    link = parse_html(page).find("a", rel="edit")
    return link.attrs["href"] if link is not None else None


def test_edit_link_points_at_the_curriculum_source(tmp_path: Path, site_dir: Path) -> None:
    project = make_project(tmp_path / "proyek", URUTAN)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + f"\nrepo_url: {REPO_URL}\n", "utf-8")
    site = build_project(project, tmp_path / "site")
    edit = f"{REPO_URL}/edit/main/curriculum"
    assert _edit_link(site / "index.html") == f"{edit}/program.yml"
    for m in read_curriculum(URUTAN).published():
        assert _edit_link(site / m.folder / "index.html") == f"{edit}/{m.folder}/index.md"
        assert _edit_link(site / m.folder / "rbpmp.html") == f"{edit}/{m.folder}/index.md"
        for materi in m.materi:
            assert _edit_link(site / m.folder / materi.html) == f"{edit}/{m.folder}/{materi.file}"
    # Without repo_url (the repository's own mkdocs.yml) there is no edit link at all, unless
    # the build runs in GitHub Actions (tests/integration/test_edit_links.py).
    if not os.environ.get("GITHUB_REPOSITORY"):
        assert _edit_link(site_dir / "index.html") is None
