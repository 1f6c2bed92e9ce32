"""The MkDocs adapter: ``plugins: [berpijar]`` in mkdocs.yml.

It only translates: build_tools loads, validates and compiles; this hands the result to
MkDocs as generated files and navigation, stops the build on a validation error before the
site folder is touched, and watches the curriculum while serving.
"""

from __future__ import annotations

from build_tools.plugin.plugin import BerpijarPlugin

__all__ = ["BerpijarPlugin"]
