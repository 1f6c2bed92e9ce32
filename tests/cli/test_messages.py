"""The CLI's message table (``build_tools/cli/messages.py``): every message in both languages
with the same blanks, every key the commands use is in it, and none is left over."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from build_tools.cli import messages
from build_tools.cli.messages import FAILURES, SAID, WARNINGS, Message

CLI = Path(messages.__file__).parent
TABLES: dict[str, dict[str, Message]] = {"said": dict(SAID), "warning": dict(WARNINGS), "failure": dict(FAILURES)}
ALL = [(kind, key, message) for kind, table in TABLES.items() for key, message in table.items()]


def _blanks(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize(("kind", "key", "message"), ALL, ids=[f"{k}:{key}" for k, key, _ in ALL])
def test_every_message_has_both_languages_with_the_same_blanks(kind: str, key: str, message: Message) -> None:
    assert message.id.strip() and message.en.strip(), "an Indonesian and an English text"
    assert _blanks(message.id) == _blanks(message.en)
    if "{reason}" not in message.id:  # "{reason}" alone: the reason is in the language already
        assert message.id != message.en, "translated, not copied"


def test_failures_end_with_the_documented_exit_codes() -> None:
    assert {f.exit_code for f in FAILURES.values()} == {1, 2}
    assert FAILURES["config_missing"].exit_code == 2 and FAILURES["build_failed"].exit_code == 1


def _used() -> dict[str, set[str]]:
    """The keys each kind of call names in the commands: ``say("k")``, ``say.text("k")``,
    ``say.warn("k")``, ``say.fail("k")``."""
    kinds = {"text": "said", "warn": "warning", "fail": "failure"}
    used: dict[str, set[str]] = {kind: set() for kind in TABLES}
    for path in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "say":
                used["said"].add(node.args[0].value)
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "say":
                used[kinds[func.attr]].add(node.args[0].value)
    return used


def test_every_key_the_commands_use_is_in_the_table_and_every_entry_is_used() -> None:
    used = _used()
    assert "config_missing" in used["failure"] and "unsigned" in used["warning"] and "created" in used["said"]
    for kind, table in TABLES.items():
        assert used[kind] - set(table) == set(), f"{kind}: keys missing from messages.py"
        assert set(table) - used[kind] == set(), f"{kind}: entries no command uses"


def test_no_command_spells_a_failure_or_a_warning_itself() -> None:
    """The first words come from the table: a literal 'galat:' elsewhere would bypass --lang."""
    for path in CLI.glob("*.py"):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not node.value.startswith(("galat:", "peringatan:", "error:", "warning:")), path


def test_the_error_type_carries_key_code_and_the_message_in_its_language() -> None:
    from build_tools.cli.output import CommandError, Say

    for lang, first in (("id", "galat: tanda tangan 'a.minisig' tidak ada"),
                        ("en", "error: signature 'a.minisig' does not exist")):
        error = Say(lang).fail("signature_missing", "baris rinci", path="a.minisig")
        assert isinstance(error, CommandError)
        assert (error.key, error.exit_code) == ("signature_missing", 1)
        assert error.message == f"{first}\nbaris rinci"
