"""Compile: the validated curriculum becomes the site's pages, files and navigation.

The result is plain data (paths and contents) so any renderer can take it; the MkDocs
plugin is one such taker. Page layouts are Jinja templates in ``overrides/berpijar/``, next
to the theme they are written for, not strings in this package.
"""

from __future__ import annotations

from build_tools.compile.site import Asset, Page, Site, compile_site

__all__ = ["Asset", "Page", "Site", "compile_site"]
