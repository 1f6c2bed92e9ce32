"""The hostile corpus against the validator, and the size limits.

Each sample of tests/fixtures/hostile/ goes alone into a copy of the valid curriculum: the
refused kinds must get an error on the sample's own file, the defused kinds (CSV values,
search words that the build makes harmless) and the legitimate ones must not make the
curriculum invalid, except the search words, which the validator refuses too. That the output
check alone stops the same samples is tests/integration/test_hostile_output.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools import limits
from build_tools.validate import check
from tests.hostile import DEFUSED, MATERI, MODUL, REFUSED, Sample, apply, copy_valid, samples

SECURITY_CODES = {
    "E-UNSAFE-HTML", "E-UNSAFE-ATTR", "E-UNSAFE-URL", "E-OUTSIDE-RESOURCE", "E-STYLE-ATTR", "E-SVG-CSS",
    "E-LINK-BROKEN", "E-LINK-OUTSIDE", "E-LINK-UNPUBLISHED", "E-KATA-TETAP", "E-HTML-TAG", "E-HTML-ATTR",
}


def test_the_corpus_is_all_there() -> None:
    counts = {kind: len(samples(kind)) for kind in (*REFUSED, *DEFUSED, "legit")}
    assert all(counts.values()), counts
    assert sum(counts[k] for k in REFUSED) >= 60, counts


@pytest.mark.parametrize("sample", samples(*REFUSED, "kata-tetap", "text"), ids=lambda s: s.id)
def test_each_hostile_sample_is_refused_by_the_validator(sample: Sample, tmp_path: Path) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    source = apply(sample, folder)
    _, report = check(folder)
    mine = [d for d in report.diagnostics if d.path == source and d.severity.value == "error"]
    assert mine, f"{sample.id} passes validation:\n{report.render()}"
    assert {d.code for d in mine} <= SECURITY_CODES, report.render()


@pytest.mark.parametrize("sample", samples("csv", "legit"), ids=lambda s: s.id)
def test_defused_and_legitimate_samples_validate(sample: Sample, tmp_path: Path) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    apply(sample, folder)
    _, report = check(folder)
    assert report.ok, report.render()


# --- limits --------------------------------------------------------------------------------


def _codes(folder: Path) -> dict[str, set[str]]:
    _, report = check(folder)
    out: dict[str, set[str]] = {}
    for d in report.diagnostics:
        out.setdefault(d.path, set()).add(d.code)
    return out


def test_front_matter_over_64_kib(tmp_path: Path) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    text = (folder / MATERI).read_text("utf-8")
    padding = "# " + "x" * 1000 + "\n"
    (folder / MATERI).write_text(text.replace("---\n", "---\n" + padding * 66, 1), "utf-8")
    assert "E-SIZE-FRONTMATTER" in _codes(folder)[f"curriculum/{MATERI}"]


def test_text_file_over_2_mib_is_refused_without_being_read(tmp_path: Path, monkeypatch) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    with (folder / MATERI).open("r+b") as f:
        f.truncate(limits.TEXT_FILE + 1)  # sparse: takes no disk
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    assert "E-SIZE-FILE" in _codes(folder)[f"curriculum/{MATERI}"]
    assert "01-pengenalan.md" not in read


def test_nul_byte(tmp_path: Path) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    (folder / MATERI).write_text((folder / MATERI).read_text("utf-8") + "teks\x00lagi\n", "utf-8")
    assert "E-NUL-BYTE" in _codes(folder)[f"curriculum/{MATERI}"]


def test_media_file_over_its_limit(tmp_path: Path) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    big = folder / MODUL / "media" / "video.mp4"
    with big.open("wb") as f:
        f.truncate(limits.MEDIA_FILE + 1)
    assert _codes(folder)[f"curriculum/{MODUL}/media/video.mp4"] == {"E-SIZE-MEDIA"}


def test_whole_curriculum_over_its_limit(tmp_path: Path) -> None:
    folder = copy_valid(tmp_path / "curriculum")
    count = limits.TOTAL // limits.MEDIA_FILE + 1
    for i in range(count):  # each file under its own limit, all together over the total
        with (folder / MODUL / "media" / f"foto-{i}.jpg").open("wb") as f:
            f.truncate(limits.MEDIA_FILE)
    codes = _codes(folder)
    assert codes["curriculum/program.yml"] == {"E-SIZE-TOTAL"}
    assert not any("E-SIZE-MEDIA" in c for c in codes.values())
    assert os.path.getsize(folder / MODUL / "media" / "foto-0.jpg") == limits.MEDIA_FILE


def test_the_guide_states_the_limits_the_code_enforces() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "keamanan-isi.md").read_text("utf-8")
    for code, size in [("E-SIZE-FRONTMATTER", limits.FRONT_MATTER), ("E-SIZE-FILE", limits.TEXT_FILE),
                       ("E-SIZE-MEDIA", limits.MEDIA_FILE), ("E-SIZE-TOTAL", limits.TOTAL)]:
        (row,) = [line for line in guide.splitlines() if f"`{code}`" in line]
        assert f"| {limits.human(size)} |" in row, row
