"""One consistent state of the previewed site, rebuilt on each change, rendered on request.

A full MkDocs build renders every page; an author looks at one. So a refresh does only the
site-wide steps (validate, compile, MkDocs' files and navigation: about 1 s at 1,000 materi)
and a page is rendered, with MkDocs' own page functions, the first time it is asked for after
a change. Everything a page shows is therefore as fresh as a full build would make it.

A refresh that fails keeps serving: the curriculum's diagnostics, or the reason the site could
not be prepared, become the answer to every page request until the next change fixes them.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import mimetypes
import posixpath
import shutil
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from build_tools import load
from build_tools.diagnostics import Report
from build_tools.preview import errors
from build_tools.search_index import MATERIAL_INDEX

log = logging.getLogger("berpijar.preview")

SEARCH_INDEX = MATERIAL_INDEX
SEARCH_SCRIPT = "search/search_index.js"


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    html: bool = False  # a page: the server adds the reload script


@dataclass
class State:
    """What one refresh produced. Either ``config`` (the site can be served), or a ``report``
    with errors, or a ``failure`` text (the site could not be prepared for another reason)."""

    generation: int
    seconds: float
    report: Report | None = None
    failure: str | None = None
    config: Any = None
    files: Any = None
    nav: Any = None
    env: Any = None
    by_url: dict[str, Any] = field(default_factory=dict)
    rendered: dict[str, bytes] = field(default_factory=dict)
    titles: dict[str, str] | None = None  # for the search index, read when first asked for
    fingerprint: bytes = b""  # of every watched file's bytes when this state was made
    search_written: bool = False  # search/berpijar/ made for this state (on the first query)

    @property
    def ok(self) -> bool:
        return self.config is not None


class Preview:
    """The site of ``config_file`` as the preview serves it; thread-safe."""

    def __init__(self, config_file: Path, drafts: bool = True, lang: str = "id") -> None:
        self.config_file = Path(config_file).resolve()
        self.drafts = drafts
        self.lang = lang
        self.site_dir = Path(tempfile.mkdtemp(prefix="berpijar-pratinjau-"))
        self.parse_cache = load.ParseCache()  # a save changes one file: the others are not parsed again
        self._lock = threading.RLock()
        self.state = State(generation=0, seconds=0.0, failure="pratinjau belum disiapkan")

    def close(self) -> None:
        shutil.rmtree(self.site_dir, ignore_errors=True)

    @property
    def base(self) -> Path:
        return self.config_file.parent

    def watched(self) -> list[Path]:
        """What an author edits: the curriculum, the templates, the guides and mkdocs.yml."""
        state = self.state
        curriculum, templates, docs = "curriculum", "overrides", self.base / "docs"
        if state.ok:
            plugin = state.config.plugins["berpijar"].config
            # The theme's whole custom folder (templates, styles, scripts), not only the templates.
            curriculum, templates = plugin.curriculum, state.config.theme.custom_dir or plugin.templates
            docs = Path(state.config.docs_dir)
        paths = [self.base / curriculum, self.base / templates, docs, self.config_file]
        return [p for p in paths if p.exists()]

    # -- refresh ----------------------------------------------------------------------------

    def fingerprint(self) -> bytes:
        """A digest of every watched file's path, size and modification time. A refresh starts
        at least SETTLE_SECONDS after the change it answers, far more than the clock tick of
        a modification time, so a later save always changes the digest."""
        digest = hashlib.blake2b(digest_size=16)
        for root in self.watched():
            for file in [root] if root.is_file() else sorted(root.rglob("*")):
                with contextlib.suppress(OSError):
                    stat = file.stat()
                    digest.update(f"{file}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        return digest.digest()

    def refresh_if_changed(self) -> State | None:
        """Refresh unless no watched file changed since the last refresh: an editor's save
        sends several events (modified, closed, moved), and each reload of the author's page
        must mean a new save."""
        fingerprint = self.fingerprint()
        if fingerprint == self.state.fingerprint:
            return None
        return self.refresh(fingerprint)

    def refresh(self, fingerprint: bytes | None = None) -> State:
        with self._lock:
            start = time.perf_counter()
            fingerprint = fingerprint or self.fingerprint()
            generation = self.state.generation + 1
            # A refresh allocates hundreds of thousands of small objects (YAML trees, records,
            # MkDocs files) that live until the next one: the cyclic collector would walk them
            # over and over, about a fifth of the refresh at 1,000 materi. It runs again after.
            collecting = gc.isenabled()
            gc.disable()
            try:
                state = self._prepare(generation)
            except Exception as exc:  # a broken mkdocs.yml, template or plugin: say so, keep serving
                log.debug("preview refresh failed", exc_info=True)
                state = State(generation, 0.0, failure=_failure_text(exc))
            finally:
                if collecting:
                    gc.enable()
            state.seconds = time.perf_counter() - start
            state.fingerprint = fingerprint
            self.state = state
            return state

    def _prepare(self, generation: int) -> State:
        from mkdocs.config import load_config
        from mkdocs.exceptions import PluginError
        from mkdocs.structure.files import get_files, set_exclusions
        from mkdocs.structure.nav import get_navigation

        config = load_config(str(self.config_file), site_dir=str(self.site_dir))
        plugin = config.plugins["berpijar"]
        plugin.config.drafts = self.drafts
        plugin.parse_cache = self.parse_cache
        plugin.config.lang = self.lang
        config.plugins.on_startup(command="serve", dirty=False)
        try:
            config = config.plugins.on_config(config)
        except PluginError as exc:
            report = getattr(plugin, "report", None)
            if report is not None and not report.ok:
                return State(generation, 0.0, report=report)
            raise RuntimeError(str(exc)) from None
        report = getattr(plugin, "report", None)
        config.plugins.on_pre_build(config=config)
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        env = config.plugins.on_env(env, config=config, files=files)
        by_url = {f.dest_uri: f for f in files if f.inclusion.is_in_serve()}
        return State(generation, 0.0, report=report, config=config, files=files, nav=nav, env=env,
                     by_url=by_url)

    # -- answering requests -----------------------------------------------------------------

    def respond(self, raw_path: str) -> Response:
        """The answer to a GET of ``raw_path``; never raises, never waits on a failed build."""
        state = self.state
        path = _dest(raw_path)
        if not state.ok:
            return _html(500, errors.page(state.report, state.failure, self.lang))
        file = state.by_url.get(path)
        if file is None:
            return self._special(state, path)
        if file.is_documentation_page():
            with self._lock:
                if self.state is not state:  # a refresh happened meanwhile: serve the new state
                    return self.respond(raw_path)
                try:
                    body = state.rendered.get(path) or self._render(state, file)
                except Exception as exc:  # a template error on this one page
                    log.debug("page render failed", exc_info=True)
                    failure = _failure_text(exc, f"halaman '{file.src_uri}' gagal dibuat")
                    return _html(500, errors.page(None, failure, self.lang))
            return Response(200, "text/html; charset=utf-8", body, html=True)
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "image/svg+xml", "application/json"):
            kind += "; charset=utf-8"
        try:
            return Response(200, kind, file.content_bytes)
        except OSError:  # deleted since the last refresh; the watcher is about to notice
            return _html(404, errors.not_found(path, self.lang))

    def _render(self, state: State, file: Any) -> bytes:
        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.structure.pages import Page

        config = state.config
        page = file.page or Page(None, file, config)
        _populate_page(page, config, state.files)
        doc_files = state.files.documentation_pages(inclusion=lambda level: level.is_in_serve())
        _build_page(page, config, doc_files, state.nav, state.env)
        body = Path(file.abs_dest_path).read_bytes()
        state.rendered[file.dest_uri] = body
        return body

    def _special(self, state: State, path: str) -> Response:
        """Files a full build writes at the end. The search index holds the text of the pages
        rendered since the last save and the title of every other page; the site's own search
        data (``search/berpijar/``) is made from it when the first query asks for it."""
        search = state.config.plugins.get("material/search") or state.config.plugins.get("search")
        if search is None or not path.startswith("search/"):
            return _html(404, errors.not_found(path, self.lang))
        with self._lock:
            # Made only when asked for: the site's search data asks once, then reads files.
            if path == SEARCH_SCRIPT:
                data = self._search_index(state, search)
                return Response(200, "application/javascript; charset=utf-8", f"var __index = {data}".encode())
            if path == SEARCH_INDEX:
                return Response(200, "application/json; charset=utf-8", self._search_index(state, search).encode())
            if not state.search_written:
                state.search_written = True
                self._write_search_data(state, self._search_index(state, search))
        file = self.site_dir / path
        if not file.is_file():
            return _html(404, errors.not_found(path, self.lang))
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return Response(200, kind, file.read_bytes())

    @staticmethod
    def _search_index(state: State, search: Any) -> str:
        index = json.loads(search.search_index.generate_search_index(None))
        seen = {doc["location"].split("#")[0] for doc in index["docs"]}
        for url, title in _titles(state).items():
            if url not in seen:
                index["docs"].append({"location": url, "title": title, "text": ""})
        return json.dumps(index, ensure_ascii=False, separators=(",", ":"))

    def _write_search_data(self, state: State, index: str) -> None:
        """What ``berpijar build`` writes after Material's index (build_tools.search_index)."""
        plugin = state.config.plugins["berpijar"]
        facts = getattr(plugin, "search", None)
        if facts is None:
            return
        from build_tools.search_index import write

        target = self.site_dir / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(index, "utf-8")
        try:
            # The builder runs the site's own stemmer and engine from the site folder.
            state.files.copy_static_files(dirty=True)
            write(self.site_dir, facts)
        except Exception:  # no node, or the builder failed: the preview's search stays empty
            log.debug("preview search data failed", exc_info=True)


def _titles(state: State) -> dict[str, str]:
    """Every page's title as a full build indexes it (its front matter's, else the nav's)."""
    if state.titles is None:
        from mkdocs.utils.meta import get_data

        state.titles = {}
        for file in state.files.documentation_pages(inclusion=lambda level: level.is_in_serve()):
            title = get_data(file.content_string)[1].get("title") or (file.page.title if file.page else None)
            if title:
                state.titles[file.url] = str(title)
    return state.titles


def _html(status: int, text: str) -> Response:
    return Response(status, "text/html; charset=utf-8", text.encode("utf-8"), html=True)


def _dest(raw_path: str) -> str:
    """URL path → the file's place in the site (``/a/`` → ``a/index.html``)."""
    path = unquote(urlsplit(raw_path).path)
    clean = posixpath.normpath("/" + path).lstrip("/")
    if clean in ("", "."):
        return "index.html"
    if path.endswith("/"):
        return f"{clean}/index.html"
    return clean


def _failure_text(exc: BaseException, what: str = "situs pratinjau tidak dapat disiapkan") -> str:
    detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return f"{what}: {detail}"
