"""What both scaffolds share: the rules read from the schemas, and front matter written safely."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from build_tools import vocabulary
from build_tools.diagnostics import Diagnostic
from build_tools.errors import Message, ToolError
from build_tools.load import load_yaml
from build_tools.schemas import schema
from build_tools.validate.structure import FOLDER_NAME

MODUL = schema("modul")["properties"]
MATERI = schema("materi")["properties"]
LEVEL: dict[str, int] = MODUL["kompetensi"]["items"]["properties"]["level"]
KODE = vocabulary.KODE
KELOMPOK: list[str] = list(vocabulary.KELOMPOK)
MODA: list[str] = list(vocabulary.MODA)
MENIT_PER_JP = vocabulary.MENIT_PER_JP
MENIT_MIN: int = MATERI["menit"]["minimum"]
JUDUL_MAX: int = MATERI["judul"]["maxLength"]
FOLDER = FOLDER_NAME


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key ("kompetensi:" then "  - jenis: …"), as authors write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class ScaffoldError(ToolError):
    """A reason ``berpijar new`` wrote nothing, for the author."""

    texts = {
        "judul_empty": Message("judul tidak boleh kosong", "judul must not be empty"),
        "judul_long": Message("judul terlalu panjang: {length} karakter, paling banyak {most}",
                              "judul is too long: {length} characters, at most {most}"),
        "folder_name": Message("nama folder '{folder}' harus huruf kecil ASCII dengan tanda hubung, "
                               "misalnya transformasi-digital",
                               "the folder name '{folder}' must be lowercase ASCII words joined by hyphens, "
                               "for example transformasi-digital"),
        "kode": Message("kode '{kode}' harus seperti TDP.01 (2–6 huruf kapital, titik, 2 angka)",
                        "kode '{kode}' must look like TDP.01 (2–6 capital letters, a dot, 2 digits)"),
        "not_a_choice": Message("{key} '{value}' tidak dikenal; pilihan: {choices}",
                                "unknown {key} '{value}'; choose one of: {choices}"),
        "materi_count": Message("jumlah materi pokok harus 1 sampai 99",
                                "the number of materi pokok must be 1 to 99"),
        "folder_exists": Message("folder '{path}' sudah ada", "folder '{path}' already exists"),
        "kode_taken": Message("kode '{kode}' sudah dipakai oleh {path}", "kode '{kode}' is already used by {path}"),
        "minutes_short": Message("{total} menit tidak cukup untuk {parts} materi pokok "
                                 "(minimal {least} menit per materi)",
                                 "{total} minutes are not enough for {parts} materi pokok "
                                 "(at least {least} minutes per materi)"),
        "modul_missing": Message("modul '{folder}' tidak ditemukan di {curriculum} "
                                 "(sebutkan nama foldernya, misalnya transformasi-digital)",
                                 "modul '{folder}' not found in {curriculum} "
                                 "(give its folder name, for example transformasi-digital)"),
        "slug": Message("slug '{slug}' harus huruf kecil ASCII dengan tanda hubung",
                        "the slug '{slug}' must be lowercase ASCII words joined by hyphens"),
        "materi_full": Message("modul sudah punya materi bernomor 99; pecah modul ini menjadi dua",
                               "the modul already has a materi numbered 99; split it into two modul"),
        "menit_min": Message("menit paling sedikit {least}", "menit must be at least {least}"),
    }


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
        raise ScaffoldError("judul_empty")
    if len(judul) > JUDUL_MAX:
        raise ScaffoldError("judul_long", length=len(judul), most=JUDUL_MAX)
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


def options(values: Iterable[str]) -> str:
    """Choices as an author types them: 'dasar | inti | penunjang'."""
    return " | ".join(values)


def choices(values: Iterable[str]) -> str:
    return "pilihan: " + options(values)


def body(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text("utf-8")
