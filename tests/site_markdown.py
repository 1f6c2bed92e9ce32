"""The site's Markdown renderer, configured by MkDocs from the repository's mkdocs.yml.

Tests that render content to see what reaches a learner's browser use this, so they follow
mkdocs.yml (its extensions, their options, and those MkDocs always adds) rather than a copy
of it that could drift.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import markdown
from mkdocs.config import load_config

from tests.sitebuild import REPO


@cache
def _options() -> tuple[tuple[str, ...], dict[str, dict[str, Any]]]:
    """mkdocs.yml's Markdown extensions and their options, read once by MkDocs itself (which
    validates them and resolves ``!!python/name`` tags as a build does)."""
    config = load_config(str(REPO / "mkdocs.yml"))
    return tuple(config.markdown_extensions), dict(config.mdx_configs)


def render(source: str) -> str:
    """The HTML the site makes of a Markdown body (without the theme around it)."""
    extensions, configs = _options()
    return markdown.Markdown(extensions=list(extensions), extension_configs=configs).convert(source)
