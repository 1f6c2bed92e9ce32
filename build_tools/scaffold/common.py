"""What both scaffolds share: the rules read from the schemas, and front matter written safely."""

from __future__ import annotations

import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from build_tools import vocabulary
from build_tools.diagnostics import Diagnostic
from build_tools.load import load_yaml
from build_tools.schemas import schema

MODUL = schema("modul")["properties"]
MATERI = schema("materi")["properties"]
KODE = vocabulary.KODE
KELOMPOK: list[str] = list(vocabulary.KELOMPOK)
MODA: list[str] = list(vocabulary.MODA)
MENIT_PER_JP = vocabulary.MENIT_PER_JP
MENIT_MIN: int = MATERI["menit"]["minimum"]
JUDUL_MAX: int = MATERI["judul"]["maxLength"]
FOLDER = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key ("kompetensi:" then "  - jenis: …"), as authors write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class ScaffoldError(Exception):
    """A reason nothing was written, in Indonesian, for the author."""


def program_menit_per_jp(curriculum: Path) -> int:
    """The program's ``menit_per_jp``, or the schema's default when the program does not set it."""
    problems: list[Diagnostic] = []
    program = curriculum / "program.yml"
    data = load_yaml(program, curriculum.parent, problems).data if program.is_file() else None
    value = data.get("menit_per_jp") if isinstance(data, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return MENIT_PER_JP


def check_judul(judul: str) -> str:
    judul = " ".join(judul.split())
    if not judul:
        raise ScaffoldError("judul tidak boleh kosong")
    if len(judul) > JUDUL_MAX:
        raise ScaffoldError(f"judul terlalu panjang: {len(judul)} karakter, paling banyak {JUDUL_MAX}")
    return judul


def slugify(text: str, limit: int = 50) -> str:
    """ASCII kebab-case for a file name: 'Tata Kelola: Siapa?' → 'tata-kelola-siapa'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "materi"


def front_matter(fields: dict[str, Any], hints: dict[str, str]) -> str:
    """``---``, each key emitted by PyYAML (with a hint comment above it when given), ``---``."""
    lines = ["---", "# Ganti setiap isian. Daftar kunci lengkap: docs/referensi-format.md"]
    for key, value in fields.items():
        if key in hints:
            lines.append(f"# {hints[key]}")
        lines.append(yaml.dump({key: value}, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                               default_flow_style=False, width=100).rstrip("\n"))
    lines.append("---")
    return "\n".join(lines) + "\n"


def choices(key: str) -> str:
    return "pilihan: " + " | ".join(MODUL[key]["enum"])


def body(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text("utf-8")
