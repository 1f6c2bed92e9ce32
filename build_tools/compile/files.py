"""The site's file list: decided here, applied by the plugin to MkDocs' own.

MkDocs collects docs/ and the theme. The site also needs the compiled pages and CSV files, the
curriculum's images, an agency's brand files, the local iframe-worker shim, the stemmer with the
authors' kept words, our search worker in Material's place and the offline worker at the root;
and it must not ship the page templates or Material's unused lunr languages and source maps.
Written as an ordered list of steps over the paths MkDocs found, the decision needs no MkDocs
to test, and the adapter applies it in one loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from build_tools import offline, search
from build_tools.compile.site import Site
from build_tools.errors import Message, ToolError


@dataclass(frozen=True)
class Add:
    """Publish ``path`` (replacing any file already there) from text or from a file."""

    path: str
    content: str | None = None
    source: Path | None = None


@dataclass(frozen=True)
class Remove:
    path: str


Step = Add | Remove


@dataclass(frozen=True)
class Layout:
    """Where the project keeps what the site copies: the plugin's path options, resolved."""

    templates: Path
    curriculum: Path
    brand: Path
    brand_path: str  # where the brand files are published, e.g. "instansi"
    node_modules: Path
    shim: bool  # the offline plugin is on: ship the iframe-worker shim ourselves


class MissingFile(ToolError):
    """A file the site must ship is not installed; the message says how to install it."""

    texts = {
        "shim": Message("'{path}' tidak ada: jalankan 'npm ci' (lihat README) agar pencarian luring tidak "
                        "bergantung pada CDN",
                        "'{path}' is missing: run 'npm ci' (see README) so that offline search does not "
                        "depend on a CDN"),
    }


def plan(site: Site, found: Mapping[str, Path | None], layout: Layout) -> list[Step]:
    """The steps that turn MkDocs' files (site path -> source file, None when generated, in
    MkDocs' order) into the site's, in the order they are applied."""
    files = _Files(found)
    templates = layout.templates.resolve()
    for path, source in list(files.found.items()):
        if source is not None and templates in source.resolve().parents:
            files.remove(path)
    for page in [*site.pages, *site.files]:
        files.add(Add(page.path, content=page.content))
    for asset in site.assets:
        files.add(Add(asset.path, source=asset.source))
    if layout.brand.is_dir():
        for file in sorted(layout.brand.rglob("*")):
            if file.is_file() and not file.is_symlink():
                files.add(Add(f"{layout.brand_path}/{file.relative_to(layout.brand).as_posix()}", source=file))
    if layout.shim:
        files.add(Add(offline.SHIM, source=_shim(layout.node_modules)))
    _search(files, layout.curriculum)
    worker = files.found.get(offline.WORKER_SOURCE)
    if worker is not None:  # its scope is the folder it is served from: publish it at the root
        files.remove(offline.WORKER_SOURCE)
        files.add(Add(offline.WORKER, source=worker))
    return files.steps


def _shim(node_modules: Path) -> Path:
    shim = node_modules.joinpath(*offline.SHIM_SOURCE)
    if not shim.is_file():
        raise MissingFile("shim", path=shim)
    return shim


def _search(files: _Files, curriculum: Path) -> None:
    """The stemmer with the kept words; our worker where Material's was; no unused lunr
    languages or source maps."""
    stemmer = files.found.get(search.STEMMER)
    words = search.exceptions_script(curriculum)
    if stemmer is not None and words:
        files.add(Add(search.STEMMER, content=stemmer.read_text("utf-8") + words))
    ours = files.found.get(search.SEARCH_WORKER)
    for path in list(files.found):
        if ours is not None and search.MATERIAL_WORKER.fullmatch(path):
            files.add(Add(path, source=ours))
        elif search.UNUSED_ASSET.fullmatch(path):
            files.remove(path)
    if search.SEARCH_WORKER in files.found:
        files.remove(search.SEARCH_WORKER)


class _Files:
    """The file list as the steps so far leave it (an added file goes last, as MkDocs appends)."""

    def __init__(self, found: Mapping[str, Path | None]) -> None:
        self.found: dict[str, Path | None] = dict(found)
        self.steps: list[Step] = []

    def add(self, step: Add) -> None:
        self.found.pop(step.path, None)
        self.found[step.path] = step.source
        self.steps.append(step)

    def remove(self, path: str) -> None:
        self.found.pop(path, None)
        self.steps.append(Remove(path))
