"""The server configuration `berpijar pasang --prefix` writes: deploy/'s files with the
installation's folder and prefix, nothing of the examples left (no build needed here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.release.server import DEPLOY, normal_prefix, render, write


@pytest.mark.parametrize("given, normal", [("/", "/"), ("", "/"), ("pelatihan/asn", "/pelatihan/asn/"),
                                           ("/a/b/", "/a/b/"), (" /x ", "/x/")])
def test_prefix_is_normalised(given: str, normal: str) -> None:
    assert normal_prefix(given) == normal


@pytest.mark.parametrize("server", ["nginx", "apache"])
def test_prefix_and_folder_replace_the_examples(server: str, tmp_path: Path) -> None:
    text = render(server, tmp_path / "srv", "/diklat/berpijar/")
    assert "/srv/berpijar" not in text and "/pelatihan/asn" not in text
    assert f"{tmp_path}/srv/current" in text
    assert text.count("/diklat/berpijar") >= 3  # the location/alias, its 404 page, the comment
    assert render(server, tmp_path, "/") == (DEPLOY / server / "berpijar-akar.conf").read_text().replace(
        "/srv/berpijar", str(tmp_path))


def test_written_beside_the_releases(tmp_path: Path) -> None:
    written = write(tmp_path, "/pelatihan/asn/")
    assert [p.relative_to(tmp_path).as_posix() for p in written] == ["server/nginx.conf", "server/apache.conf"]
