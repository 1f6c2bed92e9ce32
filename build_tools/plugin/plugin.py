"""BerpijarPlugin: each event hands MkDocs one thing build_tools already made."""

from __future__ import annotations

import html
import logging
import os
import re
from pathlib import Path

import minify_html
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage

from build_tools import model
from build_tools.compile import Site, compile_site
from build_tools.diagnostics import Report, Severity
from build_tools.offline import WORKER as OFFLINE_WORKER
from build_tools.offline import WORKER_SOURCE as OFFLINE_WORKER_SOURCE
from build_tools.offline import ModulEntry
from build_tools.offline import write_manifest as write_offline_manifest
from build_tools.plugin.config import BerpijarConfig
from build_tools.release import buildinfo, cache, manifest, notfound, tree
from build_tools.sanitize.guard import OutputGuard
from build_tools.search import exceptions_script
from build_tools.search_index import Catalogue, SearchIndexError, catalogue
from build_tools.search_index import write as write_search_index
from build_tools.validate import check

log = logging.getLogger("mkdocs.plugins.berpijar")

SHIM = "assets/javascripts/iframe-worker/shim.js"
STEMMER = "assets/javascripts/lunr/min/lunr.id.min.js"
# Our search worker takes the place of Material's (same URL, so Material's UI talks to it).
SEARCH_WORKER = "assets/javascripts/search/worker.js"
MATERIAL_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")
# Shipped by Material, never needed here: other languages' stemmers and source maps.
UNUSED_ASSET = re.compile(r"assets/javascripts/lunr/(?!min/lunr\.id\.min\.js$).*|.*\.map")
# Hand-written pages of docs/ in the order a reader wants them; others follow by name. Only
# compile.site.LEARNER_GUIDES are in the learners' nav; the rest are listed on pengelola.md.
GUIDE_ORDER = ["tentang.md", "panduan-penulis.md", "referensi-format.md", "diagnostik.md", "panduan-mirror.md"]


class BerpijarPlugin(BasePlugin[BerpijarConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.site: Site | None = None
        self.base = Path(".")
        self.search: Catalogue | None = None
        self.offline_modul: list[ModulEntry] = []
        # The last validation's report: the preview shows it when the build stops.
        self.report: Report | None = None
        self.program = ""
        self.epoch: int | None = None
        self.date_env: str | None = None  # SOURCE_DATE_EPOCH before this build, restored after
        self.dated = False
        self.guard = OutputGuard()
        self.serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """``mkdocs serve`` injects an inline live-reload script into every page it serves: the
        preview goes without the Content-Security-Policy (the output check still runs)."""
        self.serving = command == "serve"

    # Early: Material's search and offline plugins read what we set here in their own on_config
    # (the search language, and a local iframe-worker shim instead of the CDN one).
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.base = Path(config.config_file_path or ".").resolve().parent
        folder = self.base / self.config.curriculum
        if not folder.is_dir():
            raise PluginError(f"folder kurikulum '{folder}' tidak ditemukan")
        source, report = check(folder)
        self.report = report
        for d in report.diagnostics:
            (log.error if d.severity is Severity.ERROR else log.warning)(d.text())
        if not report.ok:
            raise PluginError(
                f"kurikulum tidak dapat diterbitkan: {report.summary()}. "
                "Perbaiki galat di atas (jalankan 'berpijar validate' untuk daftar lengkap)."
            )
        everything = model.build(source)
        published = everything.published(self.config.drafts)
        curriculum = published.kept
        self._date_build(everything)
        docs = Path(config.docs_dir)
        guide = sorted(
            {p.name for p in docs.glob("*.md")} | {"diagnostik.md"},
            key=lambda n: (GUIDE_ORDER.index(n) if n in GUIDE_ORDER else len(GUIDE_ORDER), n),
        )
        guide = [n for n in guide if n != "index.md"]
        self.site = compile_site(curriculum, self.base / self.config.templates, folder, guide,
                                 source_prefix=folder.relative_to(source.root).as_posix(),
                                 left_out=published.left_out_folders, docs_dir=docs)
        self.guard = OutputGuard(self.base / self.config.node_modules / "iframe-worker" / "shim" / "index.js")
        if not config.nav:
            config.nav = self.site.nav
        self._configure_search(config, curriculum.program.bahasa)
        self.search = catalogue(curriculum)
        self.offline_modul = [ModulEntry(m.folder, m.kode, m.judul) for m in curriculum.modul]
        if "material/offline" in config.plugins or "offline" in config.plugins:
            polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
            config.extra["polyfills"] = [*polyfills, SHIM]
        return config

    def _date_build(self, everything: model.Curriculum) -> None:
        """Date the build by its source (last commit, else newest diperbarui), for `mkdocs build` too."""
        self.program = everything.program.judul
        self.date_env = os.environ.get("SOURCE_DATE_EPOCH")
        self.dated = True
        self.epoch = tree.source_epoch(self.base, (m.diperbarui for m in everything.modul))
        if self.epoch is not None:
            os.environ["SOURCE_DATE_EPOCH"] = str(self.epoch)  # MkDocs dates sitemap.xml.gz by it

    def _restore_date(self) -> None:
        if not self.dated:
            return
        self.dated = False
        if self.date_env is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = self.date_env

    def _configure_search(self, config: MkDocsConfig, bahasa: str) -> None:
        """Material would fall back to English for 'id': name our own lunr language instead."""
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is None or bahasa.split("-")[0] != "id":
            return
        search.config.lang = ["id"]
        search.config.pipeline = ["stemmer", "stopWordFilter", "trimmer"]

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.site is None:
            return None
        templates = (self.base / self.config.templates).resolve()
        for file in list(files):
            src = Path(file.abs_src_path).resolve() if file.abs_src_path else None
            if src is not None and templates in src.parents:
                files.remove(file)
        generated = [(p.path, p.content) for p in [*self.site.pages, *self.site.files]]
        for path, content in generated:
            self._replace(files, File.generated(config, path, content=content))
        for asset in self.site.assets:
            self._replace(files, File.generated(config, asset.path, abs_src_path=str(asset.source)))
        brand = self.base / self.config.brand_dir
        if brand.is_dir():
            for file in sorted(brand.rglob("*")):
                if file.is_file() and not file.is_symlink():
                    path = f"{self.config.brand_dir}/{file.relative_to(brand).as_posix()}"
                    self._replace(files, File.generated(config, path, abs_src_path=str(file)))
        if SHIM in config.extra.get("polyfills", []):
            shim = self.base / self.config.node_modules / "iframe-worker" / "shim" / "index.js"
            if not shim.is_file():
                raise PluginError(
                    f"'{shim}' tidak ada: jalankan 'npm ci' (lihat README) agar pencarian "
                    "luring tidak bergantung pada CDN"
                )
            self._replace(files, File.generated(config, SHIM, abs_src_path=str(shim)))
        stemmer = files.get_file_from_path(STEMMER)
        words = exceptions_script(self.base / self.config.curriculum)
        if stemmer is not None and stemmer.abs_src_path and words:
            text = Path(stemmer.abs_src_path).read_text("utf-8") + words
            self._replace(files, File.generated(config, STEMMER, content=text))
        self._search_files(files, config)
        self._offline_files(files, config)
        return files

    def _search_files(self, files: Files, config: MkDocsConfig) -> None:
        """Our worker where Material's was; no unused lunr languages or source maps shipped."""
        ours = files.get_file_from_path(SEARCH_WORKER)
        for file in list(files):
            if ours is not None and MATERIAL_WORKER.fullmatch(file.src_uri):
                self._replace(files, File.generated(config, file.src_uri, abs_src_path=ours.abs_src_path))
            elif UNUSED_ASSET.fullmatch(file.src_uri):
                files.remove(file)
        if ours is not None:
            files.remove(ours)

    def _offline_files(self, files: Files, config: MkDocsConfig) -> None:
        """The offline worker's scope is the folder it is served from: publish it at the root."""
        sw = files.get_file_from_path(OFFLINE_WORKER_SOURCE)
        if sw is not None:
            files.remove(sw)
            self._replace(files, File.generated(config, OFFLINE_WORKER, abs_src_path=sw.abs_src_path))

    @staticmethod
    def _replace(files: Files, file: File) -> None:
        old = files.get_file_from_path(file.src_uri)
        if old is not None:
            files.remove(old)
        files.append(file)

    def on_pre_page(self, page: MkDocsPage, *, config: MkDocsConfig, files: Files) -> MkDocsPage | None:
        """Point 'edit this page' at the curriculum file an author really edits."""
        repo_url = self._repo_url(config)
        if not self.config.enabled or self.site is None or not repo_url:
            return page
        source = self.site.sources.get(page.file.src_uri)
        if source:
            edit_uri = self.config.edit_uri.strip("/")
            page.edit_url = f"{repo_url.rstrip('/')}/{edit_uri}/{source}"
        return page

    def _repo_url(self, config: MkDocsConfig) -> str | None:
        """The repository behind the edit links: MkDocs' repo_url, else the plugin's own option,
        else the repository a GitHub Actions build runs in.

        The last two are kept out of MkDocs' ``repo_url`` on purpose: with it set, Material's
        header asks api.github.com for the repository's stars, a request to another host.
        """
        if config.repo_url:
            return config.repo_url
        if self.config.repo_url:
            return self.config.repo_url
        server, repository = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
        return f"{server.rstrip('/')}/{repository}" if server and repository else None

    def on_post_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str | None:
        """Minify (learners on 3G pay for every byte), then check the content against the
        allowlist and add the page's Content-Security-Policy (hashes of the final text)."""
        if not self.config.enabled:
            return output
        keywords = self.search.keywords(page.file.src_uri) if self.search else []
        if keywords:  # the format promises kata_kunci in each page's metadata
            meta = f'<meta name="keywords" content="{html.escape(", ".join(keywords))}">'
            output = output.replace("</head>", meta + "</head>", 1)
        if self.config.minify:
            output = minify_html.minify(output, keep_closing_tags=True, keep_html_and_head_opening_tags=True)
        sources = self.site.sources if self.site else {}
        source = sources.get(page.file.src_uri) or self._source(Path(page.file.abs_src_path or page.file.src_uri))
        return self.guard.page(output, source, page.file.dest_uri, policy=not self.serving)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
        """The theme's own pages (404.html) work under any prefix and get the policy too (hashes
        of their final text, the 404 page's root-finding scripts included); they hold no curriculum."""
        if not self.config.enabled or not template_name.endswith(".html"):
            return output_content
        output_content = self._root_relative_404(output_content, template_name=template_name, config=config)
        return self.guard.page(output_content, template_name, policy=not self.serving)

    @event_priority(-100)  # after the search index is written, before the offline manifest lists files
    def _post_build_output(self, *, config: MkDocsConfig) -> None:
        """Check every file copied from the curriculum and every CSV, write the policy for
        servers, and refuse the build (the last good site stays) if anything was not allowed."""
        if not self.config.enabled or self.site is None:
            return
        sources = {a.path: self._source(a.source) for a in self.site.assets}
        sources.update({f.path: f.source or f.path for f in self.site.files})
        site_dir = Path(config.site_dir)
        self.guard.files(site_dir, sources)
        self.guard.write_policy(site_dir)
        report = self.guard.report()
        for d in report.diagnostics:
            log.error(d.text())
        if not report.ok:
            raise PluginError(
                f"hasil build ditolak oleh pemeriksaan keluaran: {report.summary()}. "
                "Perbaiki berkas sumber yang disebut di atas."
            )

    def _source(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.base).as_posix()
        except ValueError:
            return str(path)

    @event_priority(-50)  # after Material's search plugin wrote its index, before offline copies it
    def _post_build_search(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if not self.config.enabled or self.search is None or not (site / "search" / "search_index.json").is_file():
            return
        try:
            write_search_index(site, self.search)
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from exc

    @event_priority(-200)  # last: the manifest lists every file the site ends up with
    def _post_build_offline(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled and self.site is not None:
            write_offline_manifest(Path(config.site_dir), self.offline_modul)

    def _root_relative_404(self, html: str, *, template_name: str, config: MkDocsConfig) -> str:
        """The 404 page finds the site's root at run time: one zip serves any path prefix."""
        if template_name != "404.html" or config.site_url:
            return html
        scripts = self.base / self.config.templates
        return notfound.root_relative(html, (scripts / "404-akar.js").read_text("utf-8"),
                                      (scripts / "404-config.js").read_text("utf-8"))

    # Pages are final (Material's offline plugin ran at -100); the offline manifest, which
    # hashes them, comes after.
    @event_priority(-150)
    def _post_build_versions(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled:
            cache.version_urls(Path(config.site_dir))

    # Last of all: build-info.json, SHA256SUMS of every file, then modes and dates.
    @event_priority(-1000)
    def _post_build_release(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site = Path(config.site_dir)
        buildinfo.BuildInfo.make(self.program, tree.commit_id(self.base), self.epoch).write(site)
        manifest.write(site)
        tree.normalize(site, self.epoch)
        self._restore_date()

    on_post_build = CombinedEvent(_post_build_search, _post_build_output, _post_build_versions,
                                  _post_build_offline, _post_build_release)

    def on_build_error(self, *, error: Exception) -> None:
        self._restore_date()

    def on_serve(self, server, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        if self.config.enabled:
            server.watch(str(self.base / self.config.curriculum))
            server.watch(str(self.base / self.config.templates))
        return server
