"""The RBPMP table of a modul as rows, shared by its page and its CSV download."""

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


def to_csv(modul: Modul) -> str:
    """CSV with a BOM and CRLF, which is what spreadsheet programs in offices open cleanly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Mata Pelatihan", modul.judul])
    writer.writerow(["Kode", modul.kode])
    writer.writerow(["Alokasi Waktu (JP)", str(modul.alokasi_jp)])
    writer.writerow([])
    writer.writerow(HEADER)
    writer.writerows(rows(modul))
    return "\ufeff" + buffer.getvalue()
