"""One build's stages in order, written once: load → validate → model → publish → compile.

The MkDocs plugin calls ``prepare`` when MkDocs reads its config; the result holds everything
the later events hand over (the compiled site, the search facts, the offline modul list, the
build's date), so no event decides anything of its own. A renderer other than MkDocs would
start from the same call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from build_tools import model
from build_tools.compile import Site, compile_site
from build_tools.diagnostics import Report
from build_tools.load import ParseCache
from build_tools.offline import ModulEntry
from build_tools.release import tree
from build_tools.search_index import Catalogue, catalogue
from build_tools.validate import check


@dataclass(frozen=True)
class Paths:
    """Where one project keeps its parts (absolute)."""

    project: Path  # the folder of mkdocs.yml: the root of edit links and of the git history
    curriculum: Path
    templates: Path
    docs: Path


@dataclass
class Prepared:
    """The curriculum's report and, when it may be published, what the site is made of."""

    paths: Paths
    report: Report
    site: Site | None = None
    search: Catalogue | None = None
    offline_modul: list[ModulEntry] = field(default_factory=list)
    program: str = ""  # the program's judul, for build-info.json
    bahasa: str = "id"
    epoch: int | None = None  # the build's date: SOURCE_DATE_EPOCH, else last commit, else diperbarui

    def source_of(self, path: Path) -> str:
        """A source file as an author names it: relative to the project when inside it."""
        try:
            return path.resolve().relative_to(self.paths.project).as_posix()
        except ValueError:
            return str(path)

    def output_sources(self) -> dict[str, str]:
        """Each copied or generated non-page file of the site -> the source file behind it,
        for the output check's messages."""
        if self.site is None:
            return {}
        sources = {a.path: self.source_of(a.source) for a in self.site.assets}
        sources.update({f.path: f.source or f.path for f in self.site.files})
        return sources


def prepare(paths: Paths, drafts: bool, cache: ParseCache | None = None) -> Prepared:
    """Check the curriculum; when it has no errors, compile what this build publishes
    (``drafts``: modul in draf and reviu too). ``cache`` keeps unchanged files' parses from
    an earlier call (the preview's)."""
    source, report = check(paths.curriculum, cache)
    if not report.ok:
        return Prepared(paths, report)
    everything = model.build(source)
    published = everything.published(drafts)
    kept = published.kept
    site = compile_site(kept, paths.templates, paths.curriculum, paths.docs,
                        source_prefix=source.top,
                        left_out=published.left_out_folders)
    return Prepared(
        paths, report, site, catalogue(kept),
        [ModulEntry(m.folder, m.kode, m.judul) for m in kept.modul],
        everything.program.judul, kept.program.bahasa,
        tree.source_epoch(paths.project, (m.diperbarui for m in everything.modul)),
    )
