"""How a command speaks: its messages in the language asked for, and the one way it fails.

A command makes a ``Say`` from its ``--lang`` and prints through it; when it cannot go on it
raises ``CommandError`` (``raise say.fail("config_missing", path=...)``), which click prints
once, to stderr, and turns into the exit code. No command calls ``sys.exit`` with a message of
its own, so the wording and the codes live in ``messages.py`` alone. A reason a
``build_tools`` module gave (a ``ToolError``: a scaffold, a release, an export refusing) fills
its blank in the command's language too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

import click

from build_tools.cli.messages import ERROR, FAILURES, SAID, WARNING, WARNINGS
from build_tools.errors import ToolError


class CommandError(click.ClickException):
    """A command stopped: the whole message, said once, and the exit code (2 usage, 1 content).

    ``key`` names the message in ``messages.FAILURES`` (None for a validator's report, which
    is its own message). ``stdout`` is for machine-read output (``validate --format json``).
    """

    def __init__(self, message: str, exit_code: int, key: str | None = None, *, stdout: bool = False) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.key = key
        self.stdout = stdout

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(self.message, err=not self.stdout)


@dataclass(frozen=True)
class Say:
    """The messages of one command, in its ``--lang``."""

    lang: str

    def text(self, key: str, **args: object) -> str:
        return SAID[key].text(self.lang, **self._said(args))

    def __call__(self, key: str, *, err: bool = False, **args: object) -> None:
        click.echo(self.text(key, **args), err=err)

    def warn(self, key: str, **args: object) -> None:
        click.echo(WARNING.text(self.lang) + WARNINGS[key].text(self.lang, **args), err=True)

    def fail(self, key: str, *details: str, **args: object) -> CommandError:
        """The error to raise; ``details`` (a report, a list of files) follow the message's line."""
        failure = FAILURES[key]
        message = "\n".join([ERROR.text(self.lang) + failure.text(self.lang, **self._said(args)), *details])
        return CommandError(message, failure.exit_code, key)

    def _said(self, args: dict[str, object]) -> dict[str, object]:
        """The blanks, a module's reason (``reason=exc``) in this command's language."""
        return {name: value.text(self.lang) if isinstance(value, ToolError) else value
                for name, value in args.items()}
