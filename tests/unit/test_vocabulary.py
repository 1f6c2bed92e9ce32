"""The labels a learner reads and the choices the schemas allow are the same set, in order."""

from __future__ import annotations

import pytest

from build_tools import vocabulary
from build_tools.schemas import schema

MODUL = schema("modul")["properties"]
SCHEMA_ENUMS = {
    "kelompok": MODUL["kelompok"]["enum"],
    "moda": MODUL["moda"]["enum"],
    "jenis": MODUL["kompetensi"]["items"]["properties"]["jenis"]["enum"],
    "pilar_literasi_digital": MODUL["pilar_literasi_digital"]["items"]["enum"],
}


@pytest.mark.parametrize("key", sorted(SCHEMA_ENUMS))
def test_every_choice_has_a_label_and_no_label_is_extra(key: str) -> None:
    choices, labels = vocabulary.LABELS[key]
    assert list(choices) == SCHEMA_ENUMS[key]
    # Pages list the choices in label order: the same order as the schema, nothing missing or extra.
    assert list(labels) == SCHEMA_ENUMS[key]
    assert all(label.strip() for label in labels.values())


def test_every_labelled_choice_is_covered() -> None:
    assert set(vocabulary.LABELS) == set(SCHEMA_ENUMS)


def test_defaults_and_patterns_come_from_the_schemas() -> None:
    program = schema("program")["properties"]
    assert program["menit_per_jp"]["default"] == vocabulary.MENIT_PER_JP
    assert program["bahasa"]["default"] == vocabulary.BAHASA
    assert vocabulary.KODE.pattern == MODUL["kode"]["pattern"]
    assert vocabulary.KODE.match("TDP.01") and not vocabulary.KODE.match("tdp.01")
    assert vocabulary.PUBLISHED_STATUS in MODUL["status"]["enum"]
    assert list(vocabulary.STATUS) == MODUL["status"]["enum"]


def test_competency_names_follow_the_schema_rules() -> None:
    assert "Integritas" in vocabulary.COMPETENCY_NAMES["manajerial"]
    assert vocabulary.COMPETENCY_NAMES["sosial-kultural"] == ("Perekat Bangsa",)
    assert "teknis" not in vocabulary.COMPETENCY_NAMES  # free names
