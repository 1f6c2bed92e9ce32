"""Edit links without a repository URL written into mkdocs.yml.

In GitHub Actions the plugin knows the repository from the environment; elsewhere the
plugin's ``repo_url`` option names it. Either way every curriculum page's "edit" button opens
its source file under ``curriculum/``, and no page gains Material's repository widget (which
would fetch star counts from api.github.com, a request to another host).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuild import FIXTURES, build_project, make_project
from tests.sitefacts import parse_html, read_curriculum

pytestmark = pytest.mark.slow

VALID = FIXTURES / "valid" / "curriculum"


def _edit_links(site: Path) -> dict[str, str | None]:
    links = {}
    for page in sorted(site.rglob("*.html")):
        link = parse_html(page).find("a", rel="edit")
        links[page.relative_to(site).as_posix()] = link.attrs["href"] if link is not None else None
    return links


def _expected(edit: str) -> dict[str, str]:
    want = {"index.html": f"{edit}/program.yml"}
    for m in read_curriculum(VALID).published():
        want[f"{m.folder}/index.html"] = f"{edit}/{m.folder}/index.md"
        want[f"{m.folder}/rbpmp.html"] = f"{edit}/{m.folder}/index.md"
        for materi in m.materi:
            want[f"{m.folder}/{materi.html}"] = f"{edit}/{m.folder}/{materi.file}"
    return want


def _no_repository_widget(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        assert "md-source" not in html and "api.github.com" not in html, page


def test_github_actions_environment_gives_edit_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.example")
    monkeypatch.setenv("GITHUB_REPOSITORY", "lan-ri/asn-berpijar")
    site = build_project(make_project(tmp_path / "proyek", VALID), tmp_path / "site")
    links = _edit_links(site)
    want = _expected("https://github.example/lan-ri/asn-berpijar/edit/main/curriculum")
    assert len(want) >= 4
    assert {page: links.get(page) for page in want} == want
    # Generated pages with no source of their own (Diagnostik, Glosarium) have no edit link.
    assert links["diagnostik.html"] is None
    _no_repository_widget(site)


def test_plugin_option_gives_edit_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_SERVER_URL", raising=False)
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    project = make_project(tmp_path / "proyek", VALID)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert text.count("\n  - berpijar\n") == 1
    config.write_text(text.replace("\n  - berpijar\n", "\n  - berpijar:\n      repo_url: https://git.example/org/repo\n"
                                   "      edit_uri: edit/utama\n"), "utf-8")
    site = build_project(project, tmp_path / "site")
    links = _edit_links(site)
    want = _expected("https://git.example/org/repo/edit/utama/curriculum")
    assert {page: links.get(page) for page in want} == want
    _no_repository_widget(site)
