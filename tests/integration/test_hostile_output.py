"""The output check alone: with the validator switched off, the build still refuses every
hostile sample, and what it publishes of the defused ones is harmless.

The validator is replaced for these builds by one that reports nothing (the pipeline's
``check``), so every sample reaches MkDocs and the renderer; only the check of the built
output (build_tools.sanitize) stands between it and a learner. All refused samples go into
one curriculum, each in a file of its own, and the failed build must name every one of them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from build_tools.diagnostics import Report
from build_tools.load import load
from build_tools.plugin.run import BuildFailed
from build_tools.sanitize.output import check_csv
from tests.hostile import MODUL, REFUSED, apply, copy_valid, samples
from tests.sitebuild import build_project, make_project

pytestmark = pytest.mark.slow
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def without_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("build_tools.pipeline.check", lambda folder, cache=None: (load(folder, cache), Report([])))


def _project(tmp_path: Path, kinds: tuple[str, ...]) -> tuple[Path, dict[str, str]]:
    """A project whose curriculum holds every sample of ``kinds``: sample id -> source path."""
    folder = copy_valid(tmp_path / "src" / "curriculum")
    placed = {s.id: apply(s, folder, slot) for slot, s in enumerate(samples(*kinds), start=3)}
    return make_project(tmp_path / "proyek", folder), placed


def test_output_check_alone_refuses_every_hostile_sample(tmp_path: Path, without_validation: None) -> None:
    project, placed = _project(tmp_path, REFUSED)
    with pytest.raises(BuildFailed) as failed:
        build_project(project, tmp_path / "site")
    message = str(failed.value)
    named = set(re.findall(r"^(\S+?):1:1: error: \[E-OUTPUT-(?:UNSAFE|LINK)\]", message, re.M))
    missed = sorted(sample for sample, source in placed.items() if source not in named)
    assert not missed, f"the output check let these through: {missed}\n{message}"
    assert not (tmp_path / "site").exists(), "a refused build leaves no site behind"


def test_defused_samples_are_published_harmless(tmp_path: Path, without_validation: None) -> None:
    project, placed = _project(tmp_path, ("csv", "kata-tetap", "text", "legit"))
    site = build_project(project, tmp_path / "site")
    # Markup in titles and quiz text is text on every page (navigation, footer, content):
    # the output check passed them all, and no element came of it.
    shown = False
    for page in site.rglob("*.html"):
        tree = LexborHTMLParser(page.read_text("utf-8"))
        assert not [img for img in tree.css("img") if "pelacak" in (img.attributes.get("src") or "")], page
        assert not tree.css("[onmouseover]") and not [s for s in tree.css("script") if "alert" in s.text()], page
        shown = shown or "<img src=\"https://pelacak.example/judul.png\"" in (tree.body.text() if tree.body else "")
    assert shown, "the hostile judul is on the pages, as text"
    (table,) = (site / MODUL).glob("rbpmp-*.csv")
    text = table.read_bytes().decode("utf-8-sig")
    assert check_csv(text) == []
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    for value in ('=HYPERLINK("https://pelacak.example","klik")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1 peserta",
                  "\t=1+1", "\r=1+1"):
        assert "'" + value in cells, (value, cells)
    assert not [c for c in cells if c.startswith(FORMULA)]
    # The search words are one JSON list of strings at the end of the stemmer, nothing more.
    stemmer = (site / "assets/javascripts/lunr/min/lunr.id.min.js").read_text("utf-8")
    last = stemmer.rstrip("\n").rsplit("\n", 1)[1]
    match = re.fullmatch(r"lunr\.id\.addExceptions\((.*)\);", last)
    assert match, last
    words = json.loads(match.group(1))
    assert '"]);alert(1);//' in words and "</script><script>alert(1)</script>" in words
    # The legitimate samples were published, their pages whole.
    legit = [source for sample, source in placed.items() if sample.startswith("legit/") and source.endswith(".md")]
    for source in legit:
        page = site / source.split("/", 1)[1].replace(".md", ".html")
        assert page.is_file(), page
