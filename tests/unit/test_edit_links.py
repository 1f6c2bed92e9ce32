"""Which repository 'edit this page' opens, decided in compile (the plugin only applies it)."""

from __future__ import annotations

from build_tools.compile.edit_links import edit_base

ACTIONS = {"GITHUB_SERVER_URL": "https://github.example/", "GITHUB_REPOSITORY": "lan/berpijar"}


def test_mkdocs_repo_url_first_then_the_option_then_the_actions_repository() -> None:
    assert edit_base("https://a.example/x/", "https://b.example/y", "/edit/main/", ACTIONS) == \
        "https://a.example/x/edit/main"
    assert edit_base(None, "https://b.example/y", "edit/dev", ACTIONS) == "https://b.example/y/edit/dev"
    assert edit_base(None, None, "edit/main", ACTIONS) == "https://github.example/lan/berpijar/edit/main"


def test_no_repository_known_means_no_edit_links() -> None:
    assert edit_base(None, None, "edit/main", {}) is None
    assert edit_base(None, None, "edit/main", {"GITHUB_REPOSITORY": "lan/berpijar"}) is None
