"""BerpijarPlugin: each event hands MkDocs one thing build_tools already made."""

from __future__ import annotations

import logging
from pathlib import Path

import minify_html
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage

from build_tools import offline, search
from build_tools.compile import files as site_files
from build_tools.compile.edit_links import edit_base
from build_tools.diagnostics import Report, Severity
from build_tools.errors import Message
from build_tools.load import ParseCache
from build_tools.pipeline import Paths, Prepared, prepare
from build_tools.plugin.config import BerpijarConfig
from build_tools.release import buildinfo, cache, manifest, notfound, tree
from build_tools.sanitize.guard import OutputGuard
from build_tools.search_index import MATERIAL_INDEX, Catalogue, SearchIndexError
from build_tools.search_index import write as write_search_index

log = logging.getLogger("mkdocs.plugins.berpijar")

# Why the plugin stops a build, in the language of its ``lang`` option.
TEXTS = {
    "unpublishable": Message(
        "kurikulum tidak dapat diterbitkan: {summary}. Perbaiki galat di atas (jalankan "
        "'berpijar validate' untuk daftar lengkap).",
        "the curriculum cannot be published: {summary}. Fix the errors above (run "
        "'berpijar validate' for the full list)."),
    "output_refused": Message(
        "hasil build ditolak oleh pemeriksaan keluaran: {summary}. Perbaiki berkas sumber yang "
        "disebut di atas.",
        "the build was refused by the output check: {summary}. Fix the source files named above."),
}


class BerpijarPlugin(BasePlugin[BerpijarConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.build: Prepared | None = None
        self.guard = OutputGuard()
        self.date = tree.SourceDate()
        self.serving = False
        # Set by the preview (build_tools.preview), which builds again on every save.
        self.parse_cache: ParseCache | None = None
        self.edit_base: str | None = None  # where this build's edit links start (compile.edit_links)

    @property
    def report(self) -> Report | None:
        """The last validation's report: the preview shows it when the build stops."""
        return self.build.report if self.build else None

    @property
    def search(self) -> Catalogue | None:
        """The search facts of the last build (the preview writes its own index with them)."""
        return self.build.search if self.build else None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """``mkdocs serve`` injects an inline live-reload script into every page it serves: the
        preview goes without the Content-Security-Policy (the output check still runs)."""
        self.serving = command == "serve"

    # Early: Material's search and offline plugins read what we set here in their own on_config
    # (the search language, and a local iframe-worker shim instead of the CDN one).
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Validate and compile the curriculum, and stop the build before the site folder is
        touched when it has errors."""
        if not self.config.enabled:
            return None
        project = Path(config.config_file_path or ".").resolve().parent
        self.build = prepare(Paths(project, Path(self.config.curriculum), Path(self.config.templates),
                                   Path(config.docs_dir)), self.config.drafts, self.parse_cache)
        report, lang = self.build.report, self.config.lang
        for d in report.diagnostics:
            (log.error if d.severity is Severity.ERROR else log.warning)(d.text(lang))
        if not report.ok or self.build.site is None:
            raise PluginError(TEXTS["unpublishable"].text(lang, summary=report.summary(lang)))
        self.date.set(self.build.epoch)
        self.guard = OutputGuard(Path(self.config.node_modules).joinpath(*offline.SHIM_SOURCE))
        if not config.nav:
            config.nav = self.build.site.nav
        self.edit_base = edit_base(config.repo_url, self.config.repo_url, self.config.edit_uri)
        self._configure_theme_plugins(config)
        return config

    def _configure_theme_plugins(self, config: MkDocsConfig) -> None:
        """Tell Material's search the curriculum's language and its offline plugin our shim."""
        assert self.build is not None
        search_plugin = config.plugins.get("material/search") or config.plugins.get("search")
        language = search.lunr_language(self.build.bahasa)
        if search_plugin is not None and language is not None:
            search_plugin.config.lang, search_plugin.config.pipeline = language
        if self._offline_plugin(config):
            config.extra["polyfills"] = offline.polyfills(config.extra.get("polyfills", []))

    @staticmethod
    def _offline_plugin(config: MkDocsConfig) -> bool:
        return "material/offline" in config.plugins or "offline" in config.plugins

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Apply build_tools' plan of the site's files to MkDocs' list."""
        if not self.config.enabled or self.build is None or self.build.site is None:
            return None
        project = self.build.paths.project
        brand = Path(self.config.brand_dir)
        layout = site_files.Layout(
            templates=Path(self.config.templates), curriculum=Path(self.config.curriculum), brand=brand,
            brand_path=self.build.source_of(brand) if brand.resolve().is_relative_to(project) else brand.name,
            node_modules=Path(self.config.node_modules),
            shim=offline.SHIM in config.extra.get("polyfills", []),
        )
        found = {f.src_uri: Path(f.abs_src_path) if f.abs_src_path else None for f in files}
        try:
            steps = site_files.plan(self.build.site, found, layout)
        except site_files.MissingFile as exc:
            raise PluginError(str(exc)) from exc
        for step in steps:
            old = files.get_file_from_path(step.path)
            if old is not None:
                files.remove(old)
            if isinstance(step, site_files.Add):
                files.append(File.generated(config, step.path, content=step.content) if step.source is None
                             else File.generated(config, step.path, abs_src_path=str(step.source)))
        return files

    def on_pre_page(self, page: MkDocsPage, *, config: MkDocsConfig, files: Files) -> MkDocsPage | None:
        """Point 'edit this page' at the curriculum file an author really edits."""
        if not self.config.enabled or self.build is None or self.build.site is None:
            return page
        source = self.build.site.sources.get(page.file.src_uri)
        if self.edit_base and source:
            page.edit_url = f"{self.edit_base}/{source}"
        return page

    def on_post_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str | None:
        """Minify (learners on 3G pay for every byte), then check the content against the
        allowlist and add the page's Content-Security-Policy (hashes of the final text)."""
        if not self.config.enabled or self.build is None:
            return output
        if self.build.search is not None:
            output = search.with_keywords(output, self.build.search.keywords(page.file.src_uri))
        if self.config.minify:
            output = minify_html.minify(output, keep_closing_tags=True, keep_html_and_head_opening_tags=True)
        sources = self.build.site.sources if self.build.site else {}
        source = sources.get(page.file.src_uri) or self.build.source_of(
            Path(page.file.abs_src_path or page.file.src_uri))
        return self.guard.page(output, source, page.file.dest_uri, policy=not self.serving)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
        """The theme's own pages (404.html) work under any prefix and get the policy too (hashes
        of their final text, the 404 page's root-finding scripts included); they hold no curriculum."""
        if not self.config.enabled or not template_name.endswith(".html"):
            return output_content
        if template_name == "404.html" and not config.site_url:
            output_content = notfound.root_relative_page(output_content, Path(self.config.templates))
        return self.guard.page(output_content, template_name, policy=not self.serving)

    @event_priority(-50)  # after Material's search plugin wrote its index, before offline copies it
    def _post_build_search(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.build is None or self.build.search is None or not (site / MATERIAL_INDEX).is_file():
            return
        try:
            write_search_index(site, self.build.search)
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from exc

    @event_priority(-100)  # after the search index is written, before the offline manifest lists files
    def _post_build_output(self, *, config: MkDocsConfig) -> None:
        """Check every file copied from the curriculum and every CSV, write the policy for
        servers, and refuse the build (the last good site stays) if anything was not allowed."""
        if self.build is None or self.build.site is None:
            return
        site_dir = Path(config.site_dir)
        self.guard.files(site_dir, self.build.output_sources())
        self.guard.write_policy(site_dir)
        report, lang = self.guard.report(), self.config.lang
        for d in report.diagnostics:
            log.error(d.text(lang))
        if not report.ok:
            raise PluginError(TEXTS["output_refused"].text(lang, summary=report.summary(lang)))

    # Pages are final (Material's offline plugin ran at -100); the offline manifest, which
    # hashes them, comes after.
    @event_priority(-150)
    def _post_build_versions(self, *, config: MkDocsConfig) -> None:
        if self.build is not None:
            cache.version_urls(Path(config.site_dir))

    @event_priority(-200)  # the manifest lists every file the site ends up with
    def _post_build_offline(self, *, config: MkDocsConfig) -> None:
        if self.build is not None and self.build.site is not None:
            offline.write_manifest(Path(config.site_dir), self.build.offline_modul)

    # Last of all: build-info.json, SHA256SUMS of every file, then modes and dates.
    @event_priority(-1000)
    def _post_build_release(self, *, config: MkDocsConfig) -> None:
        if self.build is None:
            return
        site = Path(config.site_dir)
        project = self.build.paths.project
        buildinfo.BuildInfo.make(self.build.program, tree.commit_id(project), self.build.epoch).write(site)
        manifest.write(site)
        tree.normalize(site, self.build.epoch)
        self.date.restore()

    on_post_build = CombinedEvent(_post_build_search, _post_build_output, _post_build_versions,
                                  _post_build_offline, _post_build_release)

    def on_build_error(self, *, error: Exception) -> None:
        self.date.restore()

    def on_serve(self, server, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        if self.config.enabled:
            server.watch(self.config.curriculum)
            server.watch(self.config.templates)
        return server
