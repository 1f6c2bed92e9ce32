"""'Edit this page' opens the curriculum file an author really edits (compile's ``Site.sources``),
in the repository the site is built from."""

from __future__ import annotations

import os
from collections.abc import Mapping


def edit_base(repo_url: str | None, option: str | None, edit_uri: str,
              environ: Mapping[str, str] = os.environ) -> str | None:
    """Where edit links start: MkDocs' ``repo_url``, else the plugin's own ``repo_url`` option,
    else the repository a GitHub Actions build runs in; then ``edit_uri``. None: no edit links.

    The last two are kept out of MkDocs' ``repo_url`` on purpose: with it set, Material's
    header asks api.github.com for the repository's stars, a request to another host.
    """
    server, name = environ.get("GITHUB_SERVER_URL"), environ.get("GITHUB_REPOSITORY")
    repository = repo_url or option or (f"{server.rstrip('/')}/{name}" if server and name else None)
    return f"{repository.rstrip('/')}/{edit_uri.strip('/')}" if repository else None
