"""Rules about what a body says: its headings, its links and images, and raw HTML that would
run, fetch from another host or fail the output check.

A body is a page's Markdown, a Markdown value in YAML, or an SVG or HTML file of the tree.
One module a concern:

- ``body.py``: ``Body``, the text every rule scans (code blanked out, offsets to lines,
  headings and their anchors); ``toc.py``: the ids the renderer gives headings;
  ``tags.py``: raw HTML start tags as a browser reads them.
- Rules, each a function from a ``Body`` to diagnostics: ``headings.py`` (outline),
  ``unsafe.py`` (raw HTML; with ``svg_css.py`` and ``attr_lists.py``), ``links.py`` (where
  links lead, checked against a ``LinkContext``; ``link_targets.py`` finds them).

To add a rule: a function ``check_x(body: Body) -> list[Diagnostic]`` in the module of its
concern (or a new one), its code in build_tools/diagnostics/catalogue.py, a call in
build_tools/validate/__init__.py, and a fixture case in tests/fixtures/make_rules.py.
"""

from build_tools.validate.markdown.body import Body
from build_tools.validate.markdown.headings import check_headings
from build_tools.validate.markdown.link_targets import markdown_links, unlink
from build_tools.validate.markdown.links import LinkContext, check_links
from build_tools.validate.markdown.toc import slugify
from build_tools.validate.markdown.unsafe import check_unsafe

__all__ = [
    "Body", "LinkContext", "check_headings", "check_links", "check_unsafe", "markdown_links", "slugify", "unlink",
]
