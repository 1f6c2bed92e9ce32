"""The RBPMP table of a modul as rows for its CSV download (the page shares only ``HEADER``:
its template lays out the cells itself, sub materi as a list, labels for the phone layout).

Training offices open the CSV in a spreadsheet. A cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is read there as a formula (CSV injection: a materi titled
``=HYPERLINK(...)`` becomes a live link, ``@SUM(...)|cmd`` may run a program). Every cell is
therefore written as OWASP advises: such a cell gets a leading ``'`` so it is shown as text,
and every cell is quoted.
"""

from __future__ import annotations

import csv
import io

from build_tools.model import Modul

HEADER = [
    "No", "Indikator", "Materi Pokok", "Sub Materi Pokok", "Metode", "Media",
    "Alokasi Waktu (menit)",
]


def rows(modul: Modul) -> list[list[str]]:
    """One row per materi pokok, then the Akumulasi Waktu row, as the official form has it."""
    out = [
        [
            str(i), m.indikator, m.judul, "; ".join(m.sub_materi), ", ".join(m.metode),
            ", ".join(m.media), str(m.menit),
        ]
        for i, m in enumerate(modul.materi, start=1)
    ]
    out.append(["", "", "Akumulasi Waktu", "", "", "", str(modul.total_menit)])
    return out


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell: str) -> str:
    """The cell as a spreadsheet will show it: as text, never as a formula."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def to_csv(modul: Modul) -> str:
    """CSV with a BOM and CRLF, which is what spreadsheet programs in offices open cleanly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    table = [
        ["Mata Pelatihan", modul.judul],
        ["Kode", modul.kode],
        ["Alokasi Waktu (JP)", str(modul.alokasi_jp)],
        [],
        HEADER,
        *rows(modul),
    ]
    writer.writerows([as_text(cell) for cell in row] for row in table)
    return "\ufeff" + buffer.getvalue()
