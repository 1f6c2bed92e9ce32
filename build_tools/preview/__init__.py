"""The author's live preview (``berpijar serve``).

MkDocs' own ``serve`` rebuilds the whole site on every save (20 s at 1,000 materi) and
hangs every request while a build fails. The preview instead validates and compiles the
curriculum on each change, renders a page only when the browser asks for it, and answers
every request while the curriculum has errors with a page listing them. ``berpijar build``
is untouched: it still renders everything with MkDocs.

- ``session.py``: one consistent state of the site (MkDocs config, files, navigation) per
  change, and rendering a single page on request.
- ``errors.py``: the page (and terminal text) that lists the diagnostics with how to fix them.
- ``server.py``: the HTTP server, the file watcher and the reload script.
"""

from __future__ import annotations

from build_tools.preview.session import Preview

__all__ = ["Preview"]
