"""The site's file list is decided in build_tools (compile/files.py) and only applied by the
plugin: each kind of file is checked here on the plan itself, without MkDocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import offline, search
from build_tools.compile import Asset, Page, Site
from build_tools.compile.files import Add, Layout, MissingFile, Remove, plan
from build_tools.compile.pages import GUIDE_ORDER, PENGELOLA, guide_pages

MATERIAL_WORKER = "assets/javascripts/workers/search.1a2b3c4d.min.js"


def _project(tmp_path: Path, *, brand: bool = True, shim: bool = True, words: bool = True) -> Layout:
    (tmp_path / "overrides" / "berpijar").mkdir(parents=True)
    (tmp_path / "curriculum").mkdir()
    if words:
        (tmp_path / "curriculum" / search.FILE_NAME).write_text("ASN\n", "utf-8")
    if brand:
        (tmp_path / "instansi" / "gambar").mkdir(parents=True)
        (tmp_path / "instansi" / "logo.svg").write_text("<svg/>", "utf-8")
        (tmp_path / "instansi" / "gambar" / "kop.png").write_bytes(b"png")
    if shim:
        shim_file = tmp_path.joinpath("node_modules", *offline.SHIM_SOURCE)
        shim_file.parent.mkdir(parents=True)
        shim_file.write_text("shim", "utf-8")
    return Layout(templates=tmp_path / "overrides" / "berpijar", curriculum=tmp_path / "curriculum",
                  brand=tmp_path / "instansi", brand_path="instansi",
                  node_modules=tmp_path / "node_modules", shim=True)


def _theme(tmp_path: Path) -> dict[str, Path | None]:
    """What MkDocs finds: docs/, the theme (our overrides and Material's assets)."""
    found: dict[str, Path | None] = {}
    for path in ["tentang.md", "berpijar/modul.md.j2", search.STEMMER, search.SEARCH_WORKER,
                 offline.WORKER_SOURCE, MATERIAL_WORKER, "assets/javascripts/lunr/min/lunr.de.min.js",
                 "assets/javascripts/bundle.js", "assets/javascripts/bundle.js.map"]:
        base = tmp_path / "overrides" if not path.endswith(".md") else tmp_path / "docs"
        file = base / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(f"// {path}\n", "utf-8")
        found[path] = file
    return found


def _site(tmp_path: Path) -> Site:
    image = tmp_path / "curriculum" / "m" / "gambar.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"png")
    return Site([Page("index.md", "# Beranda\n")], [Asset("m/gambar.png", image)],
                [Page("m/rbpmp.csv", "a;b\n")])


def _result(found: dict[str, Path | None], steps: list[Add | Remove]) -> dict[str, Add | Path | None]:
    """MkDocs' list after the steps, applied as the plugin applies them."""
    files: dict[str, Add | Path | None] = dict(found)
    for step in steps:
        files.pop(step.path, None)
        if isinstance(step, Add):
            files[step.path] = step
    return files


def test_the_plan_publishes_every_kind_of_file_and_drops_what_is_never_needed(tmp_path: Path) -> None:
    layout = _project(tmp_path)
    found = _theme(tmp_path)
    files = _result(found, plan(_site(tmp_path), found, layout))

    assert "berpijar/modul.md.j2" not in files  # templates are not published
    assert isinstance(files["index.md"], Add) and files["index.md"].content == "# Beranda\n"
    assert isinstance(files["m/rbpmp.csv"], Add) and files["m/rbpmp.csv"].content == "a;b\n"
    assert isinstance(files["m/gambar.png"], Add)
    assert {p for p in files if p.startswith("instansi/")} == {"instansi/logo.svg", "instansi/gambar/kop.png"}
    shim = files[offline.SHIM]
    assert isinstance(shim, Add) and shim.source == tmp_path.joinpath("node_modules", *offline.SHIM_SOURCE)
    stemmer = files[search.STEMMER]
    assert isinstance(stemmer, Add) and stemmer.content is not None
    assert stemmer.content.startswith(f"// {search.STEMMER}\n") and '"asn"' in stemmer.content
    worker = files[MATERIAL_WORKER]  # Material's worker address, our worker's code
    assert isinstance(worker, Add) and worker.source == found[search.SEARCH_WORKER]
    assert search.SEARCH_WORKER not in files
    assert "assets/javascripts/lunr/min/lunr.de.min.js" not in files
    assert "assets/javascripts/bundle.js.map" not in files and "assets/javascripts/bundle.js" in files
    sw = files[offline.WORKER]  # at the root: its scope is the whole site
    assert isinstance(sw, Add) and sw.source == found[offline.WORKER_SOURCE]
    assert offline.WORKER_SOURCE not in files
    assert files["tentang.md"] == found["tentang.md"]


def test_without_brand_folder_kept_words_or_offline_plugin_nothing_is_added(tmp_path: Path) -> None:
    layout = _project(tmp_path, brand=False, shim=False, words=False)
    layout = Layout(**{**layout.__dict__, "shim": False})
    found = _theme(tmp_path)
    files = _result(found, plan(_site(tmp_path), found, layout))
    assert not any(p.startswith("instansi/") for p in files)
    assert offline.SHIM not in files
    assert files[search.STEMMER] == found[search.STEMMER]


def test_a_missing_shim_stops_the_plan_with_how_to_install_it(tmp_path: Path) -> None:
    layout = _project(tmp_path, shim=False)
    with pytest.raises(MissingFile, match="npm ci"):
        plan(_site(tmp_path), _theme(tmp_path), layout)


def test_an_added_file_goes_last_as_mkdocs_appends_it(tmp_path: Path) -> None:
    """MkDocs builds pages in list order, and the search index follows it: the order is part
    of the plan."""
    layout = _project(tmp_path)
    found = _theme(tmp_path)
    files = list(_result(found, plan(_site(tmp_path), found, layout)))
    assert files.index("tentang.md") < files.index("index.md") < files.index("m/rbpmp.csv")
    assert files[-1] == offline.WORKER


def test_guides_are_the_written_pages_and_the_generated_ones_for_authors_in_reading_order(tmp_path: Path) -> None:
    for name in ["index.md", "zeta.md", "panduan-mirror.md", "tentang.md", "alfa.md"]:
        (tmp_path / name).write_text("# x\n", "utf-8")
    pages = guide_pages(tmp_path)
    assert pages == ["tentang.md", "diagnostik.md", "panduan-mirror.md", "alfa.md", "zeta.md"]
    assert [p for p in pages if p in GUIDE_ORDER] == [p for p in GUIDE_ORDER if p in pages]
    assert "index.md" not in pages and PENGELOLA not in pages
    assert guide_pages(None) == ["diagnostik.md"]
