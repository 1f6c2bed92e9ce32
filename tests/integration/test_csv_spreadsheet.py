"""The RBPMP CSV in a real spreadsheet engine: LibreOffice (headless) opens it, and every cell
it reads is text, never a formula, whatever an author wrote in the curriculum.

The hostile values are the CSV samples of tests/fixtures/hostile/csv/ (=HYPERLINK, @SUM with a
DDE payload, +, -, tab, carriage return). A control line written without the protection shows
that this engine, with these import settings, does evaluate formulas: the test can fail.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from build_tools.compile.rbpmp import to_csv
from build_tools.model import build
from build_tools.validate import check
from tests.hostile import apply, copy_valid, samples

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice")
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
# Comma, double quote, UTF-8, from line 1, standard cells; formulas are evaluated on import.
CSV_FILTER = "CSV:44,34,76,1,,0,false,true,false,false,false"


def _cells(fods: Path) -> list[tuple[str, str | None, str]]:
    """(value type, formula, text) of every cell of the first sheet that holds something."""
    out = []
    for cell in ET.parse(fods).getroot().iter(f"{{{NS['table']}}}table-cell"):
        text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{NS['text']}}}p"))
        kind = cell.get(f"{{{NS['office']}}}value-type")
        formula = cell.get(f"{{{NS['table']}}}formula")
        if kind or formula:
            out.append((kind or "", formula, text))
    return out


def test_no_cell_of_the_rbpmp_csv_is_a_formula_in_libreoffice(tmp_path: Path) -> None:
    if SOFFICE is None:
        pytest.fail("LibreOffice is not installed: run scripts/setup.sh (scripts/debian-packages.txt)")
    folder = copy_valid(tmp_path / "curriculum")
    for slot, sample in enumerate(samples("csv"), start=3):
        apply(sample, folder, slot)
    source, _ = check(folder)
    (modul,) = build(source).modul
    csv_text = to_csv(modul)
    control = '"kontrol","=1+1"\r\n'
    (tmp_path / "rbpmp.csv").write_text(csv_text + control, "utf-8", newline="")
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}",
         f"--infilter={CSV_FILTER}", "--convert-to", "fods", "--outdir", str(tmp_path), str(tmp_path / "rbpmp.csv")],
        check=True, capture_output=True, timeout=180,
    )
    cells = _cells(tmp_path / "rbpmp.fods")
    formulas = [(f, t) for _, f, t in cells if f]
    assert formulas == [("of:=1+1", "2")], "only the unprotected control cell may be a formula"
    texts = [t for kind, f, t in cells if not f]
    for value in ('=HYPERLINK("https://pelacak.example","klik")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1 peserta"):
        assert "'" + value in texts, (value, texts)
    judul = [m.judul for m in modul.materi]
    assert any(j.startswith("=HYPERLINK") for j in judul), "the hostile judul reached the CSV"
