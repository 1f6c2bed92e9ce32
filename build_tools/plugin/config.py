"""Options of the berpijar MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BerpijarConfig(Config):
    enabled = c.Type(bool, default=True)
    # Folders are relative to mkdocs.yml.
    curriculum = c.Type(str, default="curriculum")
    templates = c.Type(str, default="overrides/berpijar")
    # Publish modul whose status is draf or reviu too (previews for reviewers).
    drafts = c.Type(bool, default=False)
    # Where the iframe-worker shim comes from: Material would load it from a CDN.
    node_modules = c.Type(str, default="node_modules")
    # Edit links: repo_url + edit_uri + the curriculum file, e.g. edit/main/curriculum/x/index.md.
    # repo_url: MkDocs' own repo_url when set, else this option, else (in GitHub Actions)
    # $GITHUB_SERVER_URL/$GITHUB_REPOSITORY.
    repo_url = c.Optional(c.Type(str))
    edit_uri = c.Type(str, default="edit/main")
    # An agency's own logo and colours: every file of this folder (next to mkdocs.yml) is
    # published under the same name, so a config that INHERITs mkdocs.yml can point at them.
    brand_dir = c.Type(str, default="instansi")
    # Collapse the whitespace of every page (minify-html, spec-compliant settings).
    minify = c.Type(bool, default=True)
