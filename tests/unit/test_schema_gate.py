"""The fast schema gate (fastjsonschema) must judge exactly as jsonschema does.

Validation skips jsonschema for every document the gate passes, so a document the gate
wrongly passed would lose its diagnostics. Documents close to valid are where the two could
disagree (bounds, patterns, booleans as integers), so the examples start from valid
metadata and change one thing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from build_tools.load import load
from build_tools.schemas import schema
from build_tools.validate.schema import is_valid

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid" / "curriculum"
_SOURCE = load(VALID)
EXAMPLES = {
    "program": _SOURCE.program.data,
    "modul": _SOURCE.modul[0].index.data,
    "materi": _SOURCE.modul[0].materi[0].doc.data,
}

scalars = (
    st.none() | st.booleans() | st.integers(-3, 200) | st.floats(allow_nan=False) | st.just(1.0)
    | st.text(max_size=6) | st.sampled_from(["", "TDP.01", "TDP.1", "TDP.01\n", "2026-02-31", "1.0.0",
                                             "https://x.go.id", "http://x", "teknis", "manajerial",
                                             "Integritas", "dasar", "terbit", "id", "CC-BY-SA-4.0"])
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, item in data.items():
            found += _paths(item, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found += _paths(item, (*path, i))
    return found


@st.composite
def near_valid(draw: st.DrawFn) -> tuple[str, Any]:
    kind = draw(st.sampled_from(sorted(EXAMPLES)))
    data = copy.deepcopy(EXAMPLES[kind])
    path = draw(st.sampled_from(_paths(data)[1:]))
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "delete":
        del parent[path[-1]]
    elif action == "add" and isinstance(parent, dict):
        parent[draw(st.text(max_size=8))] = draw(values)
    else:
        parent[path[-1]] = draw(values)
    return kind, data


@settings(max_examples=300, deadline=None, database=None)
@given(near_valid())
def test_the_gate_and_jsonschema_agree(example: tuple[str, Any]) -> None:
    kind, data = example
    assert is_valid(data, kind) == Draft202012Validator(schema(kind)).is_valid(data)


def test_the_unchanged_examples_pass_both() -> None:
    for kind, data in EXAMPLES.items():
        assert is_valid(data, kind) and Draft202012Validator(schema(kind)).is_valid(data)
