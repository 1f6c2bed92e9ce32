"""`berpijar diagnostik`, through the real CLI: every catalogue entry once, in both languages
(bundle and verify are tested with the releases, in tests/mirror/)."""

from __future__ import annotations

from click.testing import CliRunner

from build_tools.cli import main
from build_tools.diagnostics import CATALOGUE


def test_diagnostik_lists_every_code_once_in_both_languages() -> None:
    for lang, fix in (("id", "fix"), ("en", "fix_en")):
        result = CliRunner().invoke(main, ["diagnostik", "--lang", lang])
        assert result.exit_code == 0
        rows = [line.split("\t") for line in result.output.splitlines()]
        assert [r[0] for r in rows] == list(CATALOGUE)
        for row, entry in zip(rows, CATALOGUE.values(), strict=True):
            assert row[1] == entry.severity.value
            assert row[3] == entry.plain(getattr(entry, fix))
