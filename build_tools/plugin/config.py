"""Options of the berpijar MkDocs plugin."""

from __future__ import annotations

import os

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from build_tools.errors import LANGS


class Folder(c.Dir):
    """A folder, relative to mkdocs.yml, given to the plugin as an absolute path; when it must
    exist and does not, the author reads why in Indonesian."""

    def __init__(self, what: str, exists: bool = False, **kwargs: object) -> None:
        super().__init__(exists=exists, **kwargs)  # type: ignore[arg-type]
        self.what = what

    def run_validation(self, value: object) -> str:
        try:
            return super().run_validation(value)
        except ValidationError:
            path = os.path.join(self.config_dir or "", str(value))
            raise ValidationError(f"folder {self.what} '{path}' tidak ditemukan") from None


class BerpijarConfig(Config):
    enabled = c.Type(bool, default=True)
    curriculum = Folder("kurikulum", exists=True, default="curriculum")
    # The page templates (Jinja), next to the theme they are written for.
    templates = Folder("templat", exists=True, default="overrides/berpijar")
    # Publish modul whose status is draf or reviu too (previews for reviewers).
    drafts = c.Type(bool, default=False)
    # Where the iframe-worker shim comes from: Material would load it from a CDN.
    node_modules = Folder("node_modules", default="node_modules")
    # Edit links: repo_url + edit_uri + the curriculum file, e.g. edit/main/curriculum/x/index.md.
    # repo_url: MkDocs' own repo_url when set, else this option, else (in GitHub Actions)
    # $GITHUB_SERVER_URL/$GITHUB_REPOSITORY.
    repo_url = c.Optional(c.Type(str))
    edit_uri = c.Type(str, default="edit/main")
    # An agency's own logo and colours: every file of this folder (next to mkdocs.yml) is
    # published under the same name, so a config that INHERITs mkdocs.yml can point at them.
    brand_dir = Folder("instansi", default="instansi")
    # Collapse the whitespace of every page (minify-html, spec-compliant settings).
    minify = c.Type(bool, default=True)
    # The language of what the plugin logs: diagnostics and why a build stops
    # (`berpijar build --lang en` and `berpijar serve --lang en` set it).
    lang = c.Choice(LANGS, default="id")
