"""``diperbarui`` must be a real day, not only the shape of one."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.validate import check


@pytest.mark.parametrize(("value", "ok"), [("2026-02-28", True), ("2024-02-29", True),
                                           ("2026-02-31", False), ("2025-02-29", False)])
def test_an_impossible_date_is_an_error_at_its_value(valid_copy: Path, value: str, ok: bool) -> None:
    index = valid_copy / "contoh-modul" / "index.md"
    lines = index.read_text("utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("diperbarui:"))
    lines[number] = f"diperbarui: {value}"
    index.write_text("\n".join(lines), "utf-8")
    _, report = check(valid_copy)
    found = [(d.path, d.line, d.code) for d in report.diagnostics]
    if ok:
        assert found == []
    else:
        assert found == [("curriculum/contoh-modul/index.md", number + 1, "E-VALUE-FORMAT")]
