"""The output check and the page policy over a whole build, for any renderer to call.

The MkDocs plugin hands each written page (``page``) and, at the end, the site folder
(``files``); this module knows nothing of MkDocs. Problems are diagnostics on the source
file an author edits, so a refused build says where to look.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote

from build_tools import csp
from build_tools.diagnostics import Diagnostic, Report
from build_tools.diagnostics.diagnostic import diag
from build_tools.sanitize import output
from build_tools.sanitize.urls import in_site

POLICY_FILE = "content-security-policy.txt"
# One refused element is enough to stop a build; more than this per file only repeats it.
PER_FILE = 10


def _published(site: Path, dest: str, url: str) -> bool:
    """Whether a relative URL of page ``dest`` leads to a file the site holds."""
    path = unquote(url.split("#", 1)[0].split("?", 1)[0])
    if not path:
        return True
    resolved = in_site(posixpath.dirname(dest), path)
    if resolved is None:
        return False
    target = site / resolved
    return target.is_file() or (target / "index.html").is_file()


class OutputGuard:
    def __init__(self, shim: Path | None = None) -> None:
        self.shim = csp.ShimScript(shim)
        self.hashes: set[str] = set()
        self.problems: list[Diagnostic] = []
        self.refs: list[tuple[str, str, list[str]]] = []  # (source, page in the site, relative URLs)

    def _record(self, source: str, found: list[str]) -> None:
        if found:
            shown = ", ".join(found[:PER_FILE]) + (" …" if len(found) > PER_FILE else "")
            self.problems.append(diag(source, 1, 1, "E-OUTPUT-UNSAFE", found=shown))

    def page(self, html: str, source: str, dest: str | None = None, policy: bool = True) -> str:
        """The page with its Content-Security-Policy (unless ``policy`` is False: a preview
        server that injects its own script); its content checked unless ``dest`` (its path
        in the site) is None: pages the theme writes from its own templates (404.html)."""
        if dest is not None:
            found, refs = output.check_page(html)
            self._record(source, found)
            self.refs.append((source, dest, refs))
        if not policy:
            return html
        hashes = csp.page_hashes(html, self.shim)
        self.hashes.update(hashes)
        return csp.add_meta(html, hashes)

    def files(self, site: Path, sources: dict[str, str]) -> None:
        """Check the files the build copied or generated (``sources``: site path -> the
        source an author edits), SVG, HTML, XML and CSV by their kind."""
        for rel, source in sorted(sources.items()):
            path = site / rel
            if output.checked(rel) and path.is_file():  # images and media are never read
                self._record(source, output.check_file(rel, path.read_bytes()))
        for source, dest, refs in self.refs:
            missing = [url for url in refs if not _published(site, dest, url)]
            if missing:
                self.problems.append(diag(source, 1, 1, "E-OUTPUT-LINK", target=", ".join(missing[:PER_FILE])))



    def write_policy(self, site: Path) -> None:
        """One policy valid for every page (all pages' hashes), for a server's header."""
        (site / POLICY_FILE).write_text(csp.policy(self.hashes) + "\n", "utf-8")

    def report(self) -> Report:
        return Report(self.problems)
