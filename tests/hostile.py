"""The hostile corpus (tests/fixtures/hostile/) and how a sample is put into a curriculum.

Each sample is one small file, written as an attacker would send it in a pull request:

- ``body/*.md``: Markdown or raw HTML appended to a materi's body;
- ``frontmatter/*.yml``: keys merged into a materi's front matter (``program-*.yml``: into
  program.yml) whose values the site renders as Markdown;
- ``svg/*.svg``: a drawing of ``media/``, which a browser opens as a document;
- ``links/*.md``: a body linking to a file that is missing, outside ``curriculum/`` or not
  published;
- ``csv/*.yml``: front matter values that land in the RBPMP CSV download;
- ``text/*.yml``: markup in front matter values the site shows as text (titles, indikator,
  quiz), escaped wherever the theme writes them, navigation included;
- ``kata-tetap/*.txt``: the search word list, which becomes a line of a script;
- ``legit/*``: content that only talks about HTML, and a drawing whose CSS only paints: it must
  pass every check.

A sample goes into a copy of tests/fixtures/valid/curriculum, either in place of the first
materi (one sample a tree, for the validator) or as a materi or media file of its own (all
samples in one tree, for one build whose output check must name every sample's file).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.sitebuild import FIXTURES

HOSTILE = FIXTURES / "hostile"
VALID = FIXTURES / "valid" / "curriculum"
MODUL = "contoh-modul"
MATERI = f"{MODUL}/01-pengenalan.md"
SVG = f"{MODUL}/media/diagram.svg"
KATA_TETAP = "kata-tetap.txt"
# Refused by the validator and, with it switched off, by the output check.
REFUSED = ("body", "frontmatter", "svg", "links")
# Published, made harmless by the build: CSV cells as text, search words as JSON strings,
# markup in titles and quiz text as escaped text.
DEFUSED = ("csv", "kata-tetap", "text")


@dataclass(frozen=True)
class Sample:
    kind: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.path.name}"

    @property
    def text(self) -> str:
        return self.path.read_text("utf-8")


def samples(*kinds: str) -> list[Sample]:
    return [Sample(kind, p) for kind in kinds for p in sorted((HOSTILE / kind).iterdir()) if p.is_file()]


def copy_valid(dest: Path) -> Path:
    """The valid curriculum at ``dest``, with the files links may wrongly point at: a search
    word list and a translation (both exist, neither is published)."""
    shutil.copytree(VALID, dest)
    (dest / KATA_TETAP).write_text("berpijar\n", "utf-8")
    shutil.copy2(dest / MATERI, dest / MATERI.replace(".md", ".en.md"))
    return dest


def _split(text: str) -> tuple[dict, str]:
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]), text[end + 5 :]


def _materi_with(front: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body


def apply(sample: Sample, folder: Path, slot: int | None = None) -> str:
    """Put ``sample`` into the curriculum ``folder``; the source path the checks must name.

    With ``slot`` None it replaces the first materi's content (or the SVG, the word list); with
    a number it becomes materi number ``slot`` (or ``media/sampel-<slot>.svg``) of its own.
    """
    rel = MATERI if slot is None else f"{MODUL}/{slot:02d}-sampel-{slot}.md"
    if sample.kind == "svg" or sample.path.suffix == ".svg":
        rel = SVG if slot is None else f"{MODUL}/media/sampel-{slot}.svg"
        shutil.copy2(sample.path, folder / rel)
    elif sample.kind == "kata-tetap":
        rel = KATA_TETAP
        with (folder / rel).open("a", encoding="utf-8") as out:
            out.write(sample.text)
    elif sample.path.name.startswith("program-"):
        rel = "program.yml"
        data = yaml.safe_load((folder / rel).read_text("utf-8"))
        data.update(yaml.safe_load(sample.text))
        (folder / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    else:
        front, body = _split((VALID / MATERI).read_text("utf-8"))
        if sample.path.suffix == ".yml":
            front.update(yaml.safe_load(sample.text))
        else:
            body += "\n" + sample.text
        (folder / rel).write_text(_materi_with(front, body), "utf-8")
    return f"{folder.name}/{rel}"
