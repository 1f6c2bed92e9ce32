"""The reasons ``build_tools`` gives when it refuses, in Indonesian and in English.

A module that refuses (a scaffold, a release, an export) raises a subclass of ``ToolError``
that names a message of its family's table and fills its blanks, e.g.
``raise SignError("key_exists", path=path)``. ``str(exc)`` is the Indonesian text, the
project's language, so logs, the MkDocs plugin and tests read it as before; the CLI prints
``exc.text(lang)`` in its command's ``--lang``. A blank may hold another reason (an install
refused because its manifest was): it is said in the same language.

Each family keeps its texts in one table, ``key -> Message(id, en)``, next to its exception
(release/'s three families share ``release/messages.py``), written like the CLI's own
(``build_tools/cli/messages.py``); ``tests/unit/test_error_texts.py`` checks that every text has
both languages with the same blanks and that every key raised is in its table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

LANGS = ("id", "en")


@dataclass(frozen=True)
class Message:
    """One text in both languages, with the same ``{named}`` blanks in each."""

    id: str
    en: str

    def text(self, lang: str, **args: object) -> str:
        return (self.en if lang == "en" else self.id).format(**args)


class ToolError(Exception):
    """A reason something was refused; ``texts`` is the family's table."""

    texts: ClassVar[Mapping[str, Message]] = {}

    def __init__(self, key: str, /, **blanks: object) -> None:
        self.key = key
        self.blanks = blanks
        super().__init__(self.text("id"))

    def text(self, lang: str) -> str:
        """The reason in ``lang`` ("id" or "en"), nested reasons said in the same language."""
        said = {name: value.text(lang) if isinstance(value, (ToolError, Message)) else value
                for name, value in self.blanks.items()}
        return self.texts[self.key].text(lang, **said)
