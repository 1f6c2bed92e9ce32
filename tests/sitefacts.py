"""What tests expect of a built site, read straight from the sources and the built HTML.

Expectations come from the curriculum files themselves (plain YAML front matter, read here
without build_tools), so a test never checks the build against the build's own model.
The HTML side is a small tree made with the standard library's html.parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

KELOMPOK_ORDER = ("dasar", "inti", "penunjang")
KELOMPOK_LABEL = {
    "dasar": "Mata Pelatihan Dasar",
    "inti": "Mata Pelatihan Inti",
    "penunjang": "Mata Pelatihan Penunjang",
}
MATERI_FILE = re.compile(r"^(\d{2})-([a-z0-9-]+)\.md$")


# --- the curriculum, as an author wrote it -------------------------------------------------


@dataclass
class Materi:
    nomor: int
    slug: str
    file: str  # e.g. 01-pengenalan.md
    judul: str
    menit: int
    indikator: str
    body: str

    @property
    def html(self) -> str:
        return f"{self.nomor:02d}-{self.slug}.html"


@dataclass
class Modul:
    folder: str
    kode: str
    judul: str
    kelompok: str
    status: str
    alokasi_jp: int
    materi: list[Materi]
    body: str


@dataclass
class Curriculum:
    program: dict
    modul: list[Modul]  # in folder order, as on disk

    @property
    def menit_per_jp(self) -> int:
        return int(self.program.get("menit_per_jp", 45))

    def published(self, drafts: bool = False) -> list[Modul]:
        """The modul a build shows, in curriculum order: kelompok dasar, inti, penunjang; kode."""
        shown = [m for m in self.modul if drafts or m.status == "terbit"]
        return sorted(shown, key=lambda m: (KELOMPOK_ORDER.index(m.kelompok), m.kode))


def _front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    assert text.startswith("---\n"), path
    end = text.index("\n---\n", 3)
    return yaml.safe_load(text[4:end]), text[end + 5:]


def read_curriculum(folder: Path) -> Curriculum:
    program = yaml.safe_load((folder / "program.yml").read_text("utf-8"))
    modul = []
    for sub in sorted(p for p in folder.iterdir() if (p / "index.md").is_file()):
        meta, body = _front_matter(sub / "index.md")
        materi = []
        for file in sorted(sub.glob("*.md")):
            match = MATERI_FILE.match(file.name)
            if not match:
                continue
            m, mbody = _front_matter(file)
            materi.append(Materi(int(match[1]), match[2], file.name, m["judul"], m["menit"],
                                 " ".join(str(m["indikator"]).split()), mbody))
        materi.sort(key=lambda x: x.nomor)
        modul.append(Modul(sub.name, meta["kode"], meta["judul"], meta["kelompok"], meta["status"],
                           meta["alokasi_jp"], materi, body))
    return Curriculum(program, modul)


# --- built HTML as a tree ------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)
    line: int = 0

    def iter(self, tag: str | None = None):
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for el in self.iter(tag):
            if cls is not None and cls not in el.classes:
                continue
            if all(el.attrs.get(k) == v for k, v in attrs.items()):
                out.append(el)
        return out

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Element | None:
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def elements(self, tag: str | None = None) -> list[Element]:
        """Direct child elements."""
        return [c for c in self.children if isinstance(c, Element) and (tag is None or c.tag == tag)]

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    @property
    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text)
        return " ".join(" ".join(parts).split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs}, line=self.getpos()[0])
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs},
                                               line=self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(path_or_text: Path | str) -> Element:
    text = path_or_text.read_text("utf-8") if isinstance(path_or_text, Path) else path_or_text
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def heading(page: Element) -> str:
    """The page's h1 inside the article, without the permalink sign."""
    article = page.find("article")
    assert article is not None, "page has no <article>"
    h1 = article.find("h1")
    assert h1 is not None, "article has no <h1>"
    return h1.text.replace("¶", "").strip()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())
