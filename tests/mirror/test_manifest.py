"""Reading a manifest names files a verifier and an installer will open: any entry that could
leave the site refuses the whole manifest (no build needed here)."""

from __future__ import annotations

import pytest

from build_tools.release.manifest import ManifestError, parse, safe_path

DIGEST = "a" * 64


@pytest.mark.parametrize("rel", ["index.html", "assets/javascripts/bundle.a5f9d56c.min.js",
                                 "tata-kelola-data/media/alur satu data.svg", "..a/b", "a/..b"])
def test_paths_inside_the_site_are_accepted(rel: str) -> None:
    assert safe_path(rel)
    assert parse(f"{DIGEST}  {rel}\n".encode()) == {rel: DIGEST}


@pytest.mark.parametrize("rel", ["../etc/passwd", "a/../../b", "a/./b", "/etc/passwd", "C:/x", "a\\..\\b",
                                 "a//b", "a/", ".", "..", "a/\x00b"])
def test_paths_that_could_leave_the_site_refuse_the_manifest(rel: str) -> None:
    assert not safe_path(rel)
    with pytest.raises(ManifestError, match="baris 2"):
        parse(f"{DIGEST}  index.html\n{DIGEST}  {rel}\n".encode())


@pytest.mark.parametrize("text, says", [
    ("", "kosong"),
    (f"{DIGEST}  SHA256SUMS\n", "tidak boleh"),
    (f"{DIGEST}  a.html\n{DIGEST}  a.html\n", "dua kali"),
    (f"{'A' * 64}  a.html\n", "bukan"),
    (f"{DIGEST} a.html\n", "bukan"),
])
def test_malformed_manifests_are_refused(text: str, says: str) -> None:
    with pytest.raises(ManifestError, match=says):
        parse(text.encode())


def test_sha256sum_binary_marker_is_read() -> None:
    assert parse(f"{DIGEST} *index.html\n".encode()) == {"index.html": DIGEST}
