"""What the preview shows instead of the site while it cannot be built.

The author is looking at the browser, not the terminal: the page lists every diagnostic with
its file, line and column, the message and how to fix it ("cara memperbaiki", from the
catalogue), and reloads itself once a save fixes them. The terminal prints the same list.
The page is plain HTML with its own small style: it must not depend on the site it replaces.
"""

from __future__ import annotations

from html import escape

from build_tools.diagnostics import Diagnostic, Report, Severity

TEXT = {
    "id": {
        "title": "Kurikulum belum dapat ditampilkan",
        "lead": "Pratinjau berhenti karena ada galat. Perbaiki berkas di bawah lalu simpan: "
                "halaman ini memuat ulang sendiri.",
        "failure": "Situs pratinjau belum dapat disiapkan",
        "fix": "Cara memperbaiki",
        "error": "galat",
        "warning": "peringatan",
        "waiting": "Menunggu perubahan berkas…",
        "missing": "Halaman tidak ditemukan",
        "missing_lead": "Alamat ini tidak ada di situs pratinjau.",
        "home": "Kembali ke beranda",
        "place": "baris {line}, kolom {column}",
        # The terminal
        "running": "Pratinjau berjalan di {url}  (draf {drafts}; Ctrl+C untuk berhenti)",
        "shown": "ditampilkan",
        "hidden": "disembunyikan",
        "refreshed": "pratinjau diperbarui ({seconds:.2f} s)",
        "in_browser": "pratinjau menampilkan daftar galat di peramban; simpan perbaikan untuk memuat ulang",
    },
    "en": {
        "title": "The curriculum cannot be shown yet",
        "lead": "The preview stopped because of errors. Fix the files below and save: this page "
                "reloads by itself.",
        "failure": "The preview site could not be prepared",
        "fix": "How to fix",
        "error": "error",
        "warning": "warning",
        "waiting": "Waiting for a file to change…",
        "missing": "Page not found",
        "missing_lead": "This address is not part of the preview site.",
        "home": "Back to the home page",
        "place": "line {line}, column {column}",
        "running": "Preview running at {url}  (drafts {drafts}; Ctrl+C to stop)",
        "shown": "shown",
        "hidden": "hidden",
        "refreshed": "preview updated ({seconds:.2f} s)",
        "in_browser": "the preview lists the errors in the browser; save a fix to reload it",
    },
}

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1b1b1f}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.5rem;color:#a4000f;margin:.5rem 0}
ol{padding-left:1.25rem}li{margin:0 0 1rem}
.lokasi{font-family:ui-monospace,monospace;font-weight:600;word-break:break-all}
.kode{font-family:ui-monospace,monospace;font-size:.85em;color:#555}
.tingkat{display:inline-block;padding:0 .4em;border-radius:.25em;background:#a4000f;color:#fff;font-size:.8em}
.tingkat.warning{background:#7a5600}
.cara{margin:.25rem 0 0;padding:.4rem .6rem;border-left:4px solid #3949ab;background:#eef0fb}
pre{white-space:pre-wrap;background:#f4f4f6;padding:.75rem;overflow-wrap:anywhere}
.status{color:#555;font-size:.9em}
@media (prefers-color-scheme:dark){body{background:#1b1b1f;color:#e6e6ea}h1{color:#ff8a80}
.kode,.status{color:#b0b0b8}.cara{background:#262a40;border-color:#8c9eff}pre{background:#2a2a30}}
"""


def _item(d: Diagnostic, lang: str, t: dict[str, str]) -> str:
    fix = d.fix(lang)
    level = "error" if d.severity is Severity.ERROR else "warning"
    parts = [
        f'<span class="lokasi">{escape(d.path)}:{d.line}:{d.column}</span> ',
        f'<span class="tingkat {level}">{t[level]}</span> ',
        f'<span class="kode">[{escape(d.code)}] {t["place"].format(line=d.line, column=d.column)}</span>',
        f"<div>{escape(d.message(lang))}</div>",
    ]
    if fix:
        parts.append(f'<p class="cara"><strong>{t["fix"]}:</strong> {escape(fix)}</p>')
    return "<li>" + "".join(parts) + "</li>"


def page(report: Report | None, failure: str | None, lang: str = "id") -> str:
    """The whole error page: diagnostics when the curriculum is wrong, else the failure text."""
    t = TEXT[lang]
    if report is not None and not report.ok:
        heading = t["title"]
        body = (f"<p>{t['lead']}</p><p><strong>{escape(report.summary(lang))}</strong></p>"
                "<ol>" + "".join(_item(d, lang, t) for d in report.diagnostics) + "</ol>")
    else:
        heading = t["failure"]
        body = f"<p>{t['lead']}</p><pre>{escape(failure or '')}</pre>"
    return _document(heading, body + f'<p class="status" role="status">{t["waiting"]}</p>', lang)


def not_found(path: str, lang: str = "id") -> str:
    t = TEXT[lang]
    body = (f"<p>{t['missing_lead']}</p><p class='lokasi'>{escape(path)}</p>"
            f'<p><a href="/index.html">{t["home"]}</a></p>')
    return _document(t["missing"], body, lang)


def _document(heading: str, body: str, lang: str) -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(heading)} · pratinjau</title><style>{STYLE}</style></head>"
            f"<body><main><h1>{escape(heading)}</h1>{body}</main></body></html>")


def terminal(report: Report | None, failure: str | None, lang: str = "id") -> str:
    """The same list for the terminal, with how to fix under each message."""
    if report is None or not report.diagnostics:
        return failure or ""
    t = TEXT[lang]
    lines = []
    for d in report.diagnostics:
        lines.append(d.text(lang))
        fix = d.fix(lang)
        if fix:
            lines.append(f"    {t['fix']}: {fix}")
    lines.append(report.summary(lang))
    return "\n".join(lines)
