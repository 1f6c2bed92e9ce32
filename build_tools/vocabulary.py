"""The curriculum's words: every choice, default and pattern, read from the JSON Schemas.

The schemas (``build_tools/schemas/``) are the single source of truth for what an author may
write; this module is the one place the rest of the code reads them from, with the Indonesian
label a learner sees beside each choice. A new kelompok, moda or pilar is added to the schema
and given a label here; ``tests/unit/test_vocabulary.py`` fails until both agree.
"""

from __future__ import annotations

import re
from typing import Any

from build_tools.schemas import schema

_PROGRAM: dict[str, Any] = schema("program")["properties"]
_MODUL: dict[str, Any] = schema("modul")["properties"]
_KOMPETENSI: dict[str, Any] = _MODUL["kompetensi"]["items"]


def _enum(prop: dict[str, Any]) -> tuple[str, ...]:
    return tuple(prop["enum"])


# Choices, in the schema's order (which is also the curriculum's order for kelompok).
KELOMPOK: tuple[str, ...] = _enum(_MODUL["kelompok"])
MODA: tuple[str, ...] = _enum(_MODUL["moda"])
JENIS: tuple[str, ...] = _enum(_KOMPETENSI["properties"]["jenis"])
PILAR: tuple[str, ...] = _enum(_MODUL["pilar_literasi_digital"]["items"])
STATUS: tuple[str, ...] = _enum(_MODUL["status"])
PUBLISHED_STATUS = "terbit"  # the one status a build without drafts keeps

# Defaults the program may override.
MENIT_PER_JP: int = _PROGRAM["menit_per_jp"]["default"]
BAHASA: str = _PROGRAM["bahasa"]["default"]

# Patterns.
KODE = re.compile(_MODUL["kode"]["pattern"])


def _competency_names() -> dict[str, tuple[str, ...]]:
    """The fixed names of a jenis (``manajerial``: eight names); a jenis not here is free."""
    names: dict[str, tuple[str, ...]] = {}
    for rule in _KOMPETENSI.get("allOf", []):
        jenis = rule["if"]["properties"]["jenis"]["const"]
        names[jenis] = tuple(rule["then"]["properties"]["nama"]["enum"])
    return names


COMPETENCY_NAMES: dict[str, tuple[str, ...]] = _competency_names()

# What a learner reads for each choice, in the schema's order.
KELOMPOK_LABEL = {
    "dasar": "Mata Pelatihan Dasar",
    "inti": "Mata Pelatihan Inti",
    "penunjang": "Mata Pelatihan Penunjang",
}
MODA_LABEL = {"klasikal": "Klasikal", "e-learning": "E-learning", "blended": "Blended"}
JENIS_LABEL = {"teknis": "Teknis", "manajerial": "Manajerial", "sosial-kultural": "Sosial Kultural"}
PILAR_LABEL = {
    "cakap": "Cakap Digital",
    "etika": "Etika Digital",
    "aman": "Aman Digital",
    "budaya": "Budaya Digital",
}

# Each label table beside the choices it names: the test that keeps them in step reads this.
LABELS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "kelompok": (KELOMPOK, KELOMPOK_LABEL),
    "moda": (MODA, MODA_LABEL),
    "jenis": (JENIS, JENIS_LABEL),
    "pilar_literasi_digital": (PILAR, PILAR_LABEL),
}
