"""The reasons ``build_tools`` gives when it refuses (``build_tools/errors.py``): every family's
table has both languages with the same blanks, every key a module raises is in its family's
table, none is left over, and a reason nested in another is said in the same language."""

from __future__ import annotations

import ast
import importlib
import re
import string
from pathlib import Path

import pytest

import build_tools
from build_tools.errors import Message, ToolError
from build_tools.release.install import InstallError
from build_tools.release.manifest import ManifestError, parse
from build_tools.scaffold import ScaffoldError

PACKAGE = Path(build_tools.__file__).parent
SOURCES = {path: ast.parse(path.read_text("utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def _families() -> dict[str, type[ToolError]]:
    """Every subclass of ToolError defined in build_tools, found in the source, by name."""
    found = {}
    for path, tree in SOURCES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id == "ToolError"
                                                      for b in node.bases):
                module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                found[node.name] = getattr(importlib.import_module(module), node.name)
    return found


FAMILIES = _families()
ALL = [(name, key, message) for name, family in FAMILIES.items() for key, message in family.texts.items()]


def _blanks(text: str) -> set[tuple[str, str | None]]:
    return {(name, conversion) for _, name, _, conversion in string.Formatter().parse(text) if name is not None}


def test_the_families_the_cli_shows_are_all_found() -> None:
    assert {"ScaffoldError", "InstallError", "SignError", "ManifestError", "ExportError", "SideError",
            "BuildFailed", "MissingFile", "SearchIndexError"} <= set(FAMILIES)


@pytest.mark.parametrize(("family", "key", "message"), ALL, ids=[f"{f}:{k}" for f, k, _ in ALL])
def test_every_reason_has_both_languages_with_the_same_blanks(family: str, key: str, message: Message) -> None:
    assert message.id.strip() and message.en.strip(), "an Indonesian and an English text"
    assert _blanks(message.id) == _blanks(message.en)
    if re.sub(r"\{[^}]*\}", "", message.id).strip(" :;\n"):  # words, not only blanks to pass on
        assert message.id != message.en, "translated, not copied"


def _raised() -> dict[str, set[str]]:
    """The keys each family is constructed with anywhere in build_tools: ``Family("key", ...)``."""
    used: dict[str, set[str]] = {name: set() for name in FAMILIES}
    for path, tree in SOURCES.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name in FAMILIES:
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), \
                    f"{path}:{node.lineno}: {name} takes a key of its table, not a text"
                used[name].add(first.value)
    return used


def test_every_key_raised_is_in_its_table_and_every_entry_is_raised() -> None:
    used = _raised()
    assert "mismatch" in used["InstallError"] and "judul_empty" in used["ScaffoldError"]
    for name, family in FAMILIES.items():
        assert used[name] - set(family.texts) == set(), f"{name}: keys missing from its table"
        assert set(family.texts) - used[name] == set(), f"{name}: entries nothing raises"


def test_str_is_the_indonesian_text_as_before_and_text_gives_either_language() -> None:
    error = ScaffoldError("judul_long", length=120, most=100)
    assert str(error) == error.text("id") == "judul terlalu panjang: 120 karakter, paling banyak 100"
    assert error.text("en") == "judul is too long: 120 characters, at most 100"
    with pytest.raises(ManifestError) as caught:
        parse(b"bukan manifest " + b"x" * 100 + b"\n")
    assert str(caught.value) == f"baris 1: bukan '<sha256>  <jalur>': {('bukan manifest ' + 'x' * 100)[:80]!r}"


def test_a_nested_reason_is_said_in_the_same_language() -> None:
    with pytest.raises(ManifestError) as caught:
        parse(b"")
    error = InstallError("manifest_refused", reason=caught.value)
    assert str(error) == "manifest ditolak: manifest kosong"
    assert error.text("en") == "manifest refused: the manifest is empty"
