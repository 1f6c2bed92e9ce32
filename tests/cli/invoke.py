"""``berpijar`` run in-process, as the tests of every command call it."""

from __future__ import annotations

from click.testing import CliRunner, Result

from build_tools.cli import main


def berpijar(*args: object, env: dict[str, str] | None = None) -> Result:
    """``berpijar ARGS`` as a user types it; stdout and stderr together in ``output``."""
    return CliRunner().invoke(main, [str(a) for a in args], env=env)
