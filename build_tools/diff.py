"""What changed between two versions of the curriculum, in the reviewer's terms.

A text diff of a pull request shows YAML lines; a reviewer at LAN asks which modul and materi
pokok were added, removed or renamed, whether the JP and minutes still add up, which
competencies, prerequisites, learning paths, quiz answers and glossary terms changed, and
whether a draft is being published. ``compare`` answers that from two loaded curricula (pure:
no files, no git); ``read`` loads one side, tolerating validation errors where the records can
still be built; ``to_markdown`` writes the answer for a pull request's summary. The result is
plain data (lists and dicts), so ``--format json`` is ``json.dumps`` of it.

Matching, in order: a modul by ``kode``, then by folder, then by content (same ``judul`` or
mostly the same materi); a materi by file name, then by slug (renumbered), then by ``judul``,
then by a similar body. A pair matched after the first key is reported as renamed, and its
changes are listed like any other.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from build_tools import model
from build_tools.diagnostics import Report
from build_tools.errors import Message, ToolError
from build_tools.model import Curriculum, MateriPokok, Modul

PROGRAM_FIELDS = ("judul", "deskripsi", "penyelenggara", "lisensi", "bahasa", "menit_per_jp")
# status has its own list (draf → terbit is what a reviewer looks for first)
MODUL_FIELDS = ("judul", "kelompok", "alokasi_jp", "moda", "versi", "diperbarui",
                "deskripsi_singkat", "hasil_belajar", "sasaran_peserta", "pilar_literasi_digital",
                "evaluasi", "referensi", "penyusun", "kata_kunci")
MATERI_FIELDS = ("judul", "menit", "indikator", "sub_materi", "metode", "media", "kata_kunci")
SIMILAR = 0.6  # bodies at least this alike (difflib ratio) are one materi moved or renamed


@dataclass
class Side:
    """One side of a diff as loaded: records, the validation report, modul left out."""

    curriculum: Curriculum | None
    report: Report
    # What cannot be built into records: a modul folder, or one materi file as "folder/NN-slug.md"
    skipped: list[str] = field(default_factory=list)


def read(folder: Path) -> Side:
    """Load and validate ``folder``; build what records can be built despite errors."""
    from build_tools.validate import check

    source, report = check(folder)
    try:
        return Side(model.build(source), report)
    except Exception:  # records of an invalid tree: fall back to one modul at a time
        pass
    try:
        program = model.build(replace(source, modul=[])).program
    except Exception:
        return Side(None, report, [m.name for m in source.modul])
    modul, skipped = [], []
    for folder_ in source.modul:
        try:
            modul += model.build(replace(source, modul=[folder_])).modul
            continue
        except Exception:  # one bad file: keep the modul and its good materi
            pass
        good = []
        for materi in folder_.materi:
            try:
                model.build(replace(source, modul=[replace(folder_, materi=[materi])]))
                good.append(materi)
            except Exception:
                skipped.append(f"{folder_.name}/{materi.doc.file.name}")
        try:
            modul += model.build(replace(source, modul=[replace(folder_, materi=good)])).modul
        except Exception:  # the modul's own index.md
            skipped = [s for s in skipped if not s.startswith(f"{folder_.name}/")] + [folder_.name]
    modul.sort(key=model.curriculum_order)
    return Side(Curriculum(program, modul), report, skipped)


class SideError(ToolError):
    """A side of the diff cannot be found; the message is for the author."""

    texts = {
        "no_git": Message("git tidak dapat dijalankan: {error}", "cannot run git: {error}"),
        "not_a_repository": Message("'{spec}' bukan folder, dan folder ini bukan repositori git",
                                    "'{spec}' is not a folder, and this folder is not a git repository"),
        "unknown": Message("'{spec}' bukan folder dan bukan revisi git yang dikenal (misalnya main, HEAD~1)",
                           "'{spec}' is neither a folder nor a known git revision (for example main, HEAD~1)"),
        "no_folder": Message("revisi '{spec}' tidak memiliki folder '{folder}'",
                             "revision '{spec}' has no folder '{folder}'"),
    }


def locate(spec: str, curriculum: str, work: Path) -> Path:
    """The curriculum folder ``spec`` names: a folder on disk (the curriculum itself or a
    project holding ``curriculum/``), else a git revision whose ``curriculum`` folder is copied
    out with ``git archive`` into ``work``."""
    import io
    import subprocess
    import tarfile

    path = Path(spec)
    if path.is_dir():
        return path / curriculum if (path / curriculum / "program.yml").is_file() else path

    def git(*args: str) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(["git", *args], capture_output=True, check=False, timeout=120)
        except OSError as exc:
            raise SideError("no_git", error=exc) from None

    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise SideError("not_a_repository", spec=spec)
    if git("rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}").returncode != 0:
        raise SideError("unknown", spec=spec)
    root = Path(top.stdout.decode().strip())
    rel = Path(curriculum).resolve().relative_to(root.resolve()).as_posix()
    archive = git("archive", "--format=tar", spec, "--", rel)
    if archive.returncode != 0:
        raise SideError("no_folder", spec=spec, folder=rel)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(work, filter="data")
        else:  # Python before 3.10.12: our own repository's archive
            tar.extractall(work)
    return work / rel


def notes(label: str, side: Side) -> list[str]:
    """What a reviewer must know about one side: its errors and the modul left out."""
    out = []
    if side.report.errors:
        out.append(f"`{label}` memiliki {side.report.errors} galat validasi (jalankan `berpijar validate`)")
    out += [f"{'materi' if '/' in name else 'modul'} `{name}{'' if '/' in name else '/'}` di `{label}` "
            "tidak dapat dibaca, sehingga tidak dibandingkan dan tidak dihitung dalam ringkasan"
            for name in side.skipped]
    return out


# -- comparing -----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _nonempty(**sections: Any) -> dict[str, Any]:
    """The sections that have something in them: an empty one is left out of the result."""
    return {name: value for name, value in sections.items() if value}


def _fields(base: Any, head: Any, names: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    for name in names:
        a, b = _plain(getattr(base, name)), _plain(getattr(head, name))
        if a != b:
            out.append({"field": name, "base": a, "head": b})
    return out


def _lines(base: str, head: str) -> dict[str, int] | None:
    if base == head:
        return None
    added = removed = 0
    for line in difflib.unified_diff(base.splitlines(), head.splitlines(), lineterm="", n=0):
        if line.startswith("+") and not line.startswith("+++"):
            added += 1
        elif line.startswith("-") and not line.startswith("---"):
            removed += 1
    return {"added_lines": added, "removed_lines": removed}


def _similar(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _pair(base: list[Any], head: list[Any], keys: list[tuple[str, Callable[[Any], Any]]],
          similar: tuple[str, Callable[[Any, Any], bool]] | None = None,
          ) -> tuple[list[tuple[Any, Any, str]], list[Any], list[Any]]:
    """Match items by each key in turn, then by ``similar``; returns (pairs with the name of what
    matched them, unmatched base items, unmatched head items)."""
    pairs: list[tuple[Any, Any, str]] = []
    left, right = list(base), list(head)
    for name, key in keys:
        index: dict[Any, list[Any]] = {}
        for b in right:
            index.setdefault(key(b), []).append(b)
        for a in list(left):
            if candidates := index.get(key(a)):
                b = candidates.pop(0)
                pairs.append((a, b, name))
                left.remove(a)
                right.remove(b)
    if similar is not None:
        name, alike = similar
        for a in list(left):
            if (b := next((b for b in right if alike(a, b)), None)) is not None:
                pairs.append((a, b, name))
                left.remove(a)
                right.remove(b)
    return pairs, left, right


def _file(m: MateriPokok) -> str:
    return f"{m.nomor:02d}-{m.slug}.md"


def _materi_ref(m: MateriPokok) -> dict[str, Any]:
    return {"file": _file(m), "judul": m.judul, "menit": m.menit}


def _kuis(base: MateriPokok, head: MateriPokok) -> list[dict[str, Any]]:
    pairs, removed, added = _pair(
        list(enumerate(base.kuis, 1)), list(enumerate(head.kuis, 1)),
        [("soal", lambda x: x[1].soal), ("nomor", lambda x: x[0])],
    )
    out: list[dict[str, Any]] = []
    for (i, a), (j, b), _ in sorted(pairs, key=lambda pair: pair[1][0]):  # in the order of HEAD's quiz
        changes = _fields(a, b, ("soal", "pilihan", "jawaban", "pembahasan"))
        if changes or i != j:
            out.append({"change": "changed", "base_nomor": i, "head_nomor": j, "soal": b.soal, "fields": changes})
    out += [{"change": "removed", "base_nomor": i, "soal": a.soal} for i, a in removed]
    out += [{"change": "added", "head_nomor": j, "soal": b.soal, "jawaban": b.jawaban} for j, b in added]
    return out


def _materi_changes(a: MateriPokok, b: MateriPokok) -> dict[str, Any] | None:
    entry: dict[str, Any] = {"file": _file(b), "judul": b.judul}
    if (changes := _fields(a, b, MATERI_FIELDS)):
        entry["fields"] = changes
    if (kuis := _kuis(a, b)):
        entry["kuis"] = kuis
    if (body := _lines(a.body, b.body)):
        entry["body"] = body
    return entry if len(entry) > 2 else None


def _modul_ref(m: Modul) -> dict[str, Any]:
    return {"kode": m.kode, "judul": m.judul, "folder": m.folder, "kelompok": m.kelompok,
            "status": m.status, "alokasi_jp": m.alokasi_jp, "materi": len(m.materi)}


def _kompetensi(a: Modul, b: Modul) -> list[dict[str, Any]]:
    before = {(k.jenis, k.nama): k.level for k in a.kompetensi}
    after = {(k.jenis, k.nama): k.level for k in b.kompetensi}
    out = []
    for key in sorted(before.keys() | after.keys()):
        if before.get(key) != after.get(key):
            out.append({"jenis": key[0], "nama": key[1], "base_level": before.get(key),
                        "head_level": after.get(key)})
    return out


def _modul_changes(a: Modul, b: Modul) -> dict[str, Any] | None:
    entry: dict[str, Any] = {"kode": b.kode, "judul": b.judul, "folder": b.folder}
    if (changes := _fields(a, b, MODUL_FIELDS)):
        entry["fields"] = changes
    if a.total_menit != b.total_menit:
        entry["total_menit"] = {"base": a.total_menit, "head": b.total_menit}
    if (kompetensi := _kompetensi(a, b)):
        entry["kompetensi"] = kompetensi
    added = [k for k in b.prasyarat if k not in a.prasyarat]
    removed = [k for k in a.prasyarat if k not in b.prasyarat]
    if added or removed:
        entry["prasyarat"] = {"added": added, "removed": removed}
    if (body := _lines(a.body, b.body)):
        entry["body"] = body
    pairs, gone, new = _pair(a.materi, b.materi, [
        ("file", _file), ("slug", lambda m: m.slug), ("judul", lambda m: m.judul),
    ], similar=("isi", lambda x, y: _similar(x.body, y.body)))
    materi = _nonempty(
        added=[_materi_ref(m) for m in new],
        removed=[_materi_ref(m) for m in gone],
        renamed=[{"base": _file(x), "head": _file(y), "by": by} for x, y, by in pairs if by != "file"],
        changed=[c for x, y, _ in pairs if (c := _materi_changes(x, y))],
    )
    if materi:
        entry["materi"] = materi
    return entry if len(entry) > 3 else None


def _same_content(a: Modul, b: Modul) -> bool:
    if a.judul == b.judul:
        return True
    titles_a, titles_b = {m.judul for m in a.materi}, {m.judul for m in b.materi}
    return bool(titles_a) and len(titles_a & titles_b) * 2 > max(len(titles_a), len(titles_b))


def _glossary(c: Curriculum) -> dict[str, dict[str, Any]]:
    terms: dict[str, dict[str, Any]] = {}
    for modul in c.modul:
        for materi in modul.materi:
            for item in materi.istilah:
                entry = terms.setdefault(item.istilah.casefold(), {"istilah": item.istilah, "definisi": []})
                if item.definisi not in entry["definisi"]:
                    entry["definisi"].append(item.definisi)
    return terms


def _istilah(base: Curriculum, head: Curriculum) -> dict[str, list[dict[str, Any]]]:
    a, b = _glossary(base), _glossary(head)
    return _nonempty(
        added=[b[k] for k in sorted(b.keys() - a.keys())],
        removed=[a[k] for k in sorted(a.keys() - b.keys())],
        redefined=[{"istilah": b[k]["istilah"], "base": a[k]["definisi"], "head": b[k]["definisi"]}
                   for k in sorted(a.keys() & b.keys()) if a[k]["definisi"] != b[k]["definisi"]],
    )


def _jalur(base: Curriculum, head: Curriculum) -> dict[str, list[dict[str, Any]]]:
    a = {j.id: j for j in base.program.jalur}
    b = {j.id: j for j in head.program.jalur}
    return _nonempty(
        added=[{"id": k, "judul": b[k].judul, "modul": b[k].modul} for k in b if k not in a],
        removed=[{"id": k, "judul": a[k].judul, "modul": a[k].modul} for k in a if k not in b],
        changed=[{"id": k, "judul": b[k].judul, "fields": f}
                 for k in b if k in a and (f := _fields(a[k], b[k], ("judul", "deskripsi", "modul")))],
    )


def compare(base: Curriculum, head: Curriculum) -> dict[str, Any]:
    """Every change from ``base`` to ``head``; empty sections are left out."""
    result: dict[str, Any] = {
        "summary": {
            "modul": {"base": len(base.modul), "head": len(head.modul)},
            "materi": {"base": base.materi_count, "head": head.materi_count},
            "jp": {"base": base.total_jp, "head": head.total_jp},
        },
    }
    if (program := _fields(base.program, head.program, PROGRAM_FIELDS)):
        result["program"] = program
    if (jalur := _jalur(base, head)):
        result["jalur"] = jalur
    pairs, removed, added = _pair(base.modul, head.modul, [
        ("kode", lambda m: m.kode), ("folder", lambda m: m.folder),
    ], similar=("isi", _same_content))
    modul = _nonempty(
        added=[_modul_ref(m) for m in added],
        removed=[_modul_ref(m) for m in removed],
        renamed=[{"base": {"kode": a.kode, "folder": a.folder}, "head": {"kode": b.kode, "folder": b.folder},
                  "by": by} for a, b, by in pairs if (a.kode, a.folder) != (b.kode, b.folder)],
        status=[{"kode": b.kode, "judul": b.judul, "base": a.status, "head": b.status}
                for a, b, _ in pairs if a.status != b.status],
        changed=[c for a, b, _ in pairs if (c := _modul_changes(a, b))],
    )
    if modul:
        result["modul"] = modul
    if (istilah := _istilah(base, head)):
        result["istilah"] = istilah
    return result


def compare_sides(base: Side, head: Side) -> dict[str, Any]:
    """``compare`` without the modul either side could not read: unreadable is not removed."""
    assert base.curriculum is not None and head.curriculum is not None
    skipped = set(base.skipped) | set(head.skipped)

    def keep(c: Curriculum) -> Curriculum:
        return replace(c, modul=[
            replace(m, materi=[x for x in m.materi if f"{m.folder}/{_file(x)}" not in skipped])
            for m in c.modul if m.folder not in skipped
        ])

    return compare(keep(base.curriculum), keep(head.curriculum))


def has_changes(result: dict[str, Any]) -> bool:
    return any(key != "summary" for key in result) or any(
        v["base"] != v["head"] for v in result["summary"].values()
    )


# -- Markdown for reviewers ------------------------------------------------------------------------

FIELD_LABEL = {
    "judul": "judul", "alokasi_jp": "alokasi JP", "menit": "menit", "menit_per_jp": "menit per JP",
    "kelompok": "kelompok", "moda": "moda", "status": "status", "versi": "versi",
    "diperbarui": "diperbarui", "indikator": "indikator", "sub_materi": "sub materi",
    "metode": "metode", "media": "media", "kata_kunci": "kata kunci", "deskripsi": "deskripsi",
    "deskripsi_singkat": "deskripsi singkat", "hasil_belajar": "hasil belajar",
    "sasaran_peserta": "sasaran peserta", "pilar_literasi_digital": "pilar literasi digital",
    "evaluasi": "evaluasi", "referensi": "referensi", "penyusun": "penyusun",
    "penyelenggara": "penyelenggara", "lisensi": "lisensi", "bahasa": "bahasa", "modul": "modul",
    "soal": "teks soal", "pilihan": "pilihan jawaban", "jawaban": "kunci jawaban", "pembahasan": "pembahasan",
}
SHORT = 100


def _v(value: Any) -> str:
    """A value as one short line of Markdown code."""
    if value is None:
        return "(tidak ada)"
    if isinstance(value, list) and all(isinstance(x, (str, int)) for x in value):
        text = ", ".join(str(x) for x in value)
    elif isinstance(value, (list, dict)):
        text = f"{len(value)} butir" if isinstance(value, list) else "…"
    else:
        text = " ".join(str(value).split())
    if len(text) > SHORT:
        text = text[: SHORT - 1] + "…"
    return "`" + text.replace("`", "'") + "`" if text else "`(kosong)`"


def _field_line(c: dict[str, Any]) -> str:
    label = FIELD_LABEL.get(c["field"], c["field"])
    base, head = c["base"], c["head"]
    if isinstance(base, list) and isinstance(head, list) and not all(isinstance(x, (str, int)) for x in base + head):
        return f"{label} diubah ({len(base)} → {len(head)} butir)"
    if isinstance(base, str) and isinstance(head, str) and (len(base) > SHORT or len(head) > SHORT):
        return f"{label} diubah"
    return f"{label}: {_v(base)} → {_v(head)}"


def _body(b: dict[str, int], what: str) -> str:
    return f"{what} diubah (+{b['added_lines']} / −{b['removed_lines']} baris)"


def _kuis_line(q: dict[str, Any]) -> str:
    if q["change"] == "added":
        return f"soal baru nomor {q['head_nomor']}: {_v(q['soal'])} (kunci {q['jawaban']})"
    if q["change"] == "removed":
        return f"soal nomor {q['base_nomor']} dihapus: {_v(q['soal'])}"
    where = (f"soal nomor {q['base_nomor']}" if q["base_nomor"] == q["head_nomor"]
             else f"soal nomor {q['base_nomor']} (kini {q['head_nomor']})")
    parts = [_field_line(c) for c in q["fields"]] or ["urutan berubah"]
    return f"{where}: " + "; ".join(parts)


def _modul_section(m: dict[str, Any]) -> list[str]:
    lines = [f"#### {m['kode']} {m['judul']}", ""]
    lines += [f"- {_field_line(c)}" for c in m.get("fields", [])]
    if "total_menit" in m:
        lines.append(f"- jumlah menit materi: {m['total_menit']['base']} → {m['total_menit']['head']}")
    for k in m.get("kompetensi", []):
        name = f"{k['jenis']} \"{k['nama']}\""
        if k["base_level"] is None:
            lines.append(f"- kompetensi baru: {name} level {k['head_level']}")
        elif k["head_level"] is None:
            lines.append(f"- kompetensi dihapus: {name} level {k['base_level']}")
        else:
            lines.append(f"- kompetensi {name}: level {k['base_level']} → {k['head_level']}")
    if (p := m.get("prasyarat")):
        if p["added"]:
            lines.append("- prasyarat baru: " + ", ".join(p["added"]))
        if p["removed"]:
            lines.append("- prasyarat dihapus: " + ", ".join(p["removed"]))
    if (b := m.get("body")):
        lines.append(f"- {_body(b, 'pendahuluan')}")
    materi = m.get("materi", {})
    for x in materi.get("added", []):
        lines.append(f"- materi baru `{x['file']}` \"{x['judul']}\" ({x['menit']} menit)")
    for x in materi.get("removed", []):
        lines.append(f"- materi dihapus `{x['file']}` \"{x['judul']}\" ({x['menit']} menit)")
    by = {"slug": "nomor berubah", "judul": "judul sama", "isi": "isi serupa"}
    for x in materi.get("renamed", []):
        lines.append(f"- materi berganti berkas `{x['base']}` → `{x['head']}` ({by[x['by']]})")
    for x in materi.get("changed", []):
        lines.append(f"- materi `{x['file']}` \"{x['judul']}\":")
        lines += [f"  - {_field_line(c)}" for c in x.get("fields", [])]
        lines += [f"  - kuis: {_kuis_line(q)}" for q in x.get("kuis", [])]
        if (b := x.get("body")):
            lines.append(f"  - {_body(b, 'isi')}")
    return [*lines, ""]


def to_markdown(result: dict[str, Any], base_label: str, head_label: str, notes: list[str] | None = None) -> str:
    s = result["summary"]
    out = [f"## Perubahan kurikulum: `{base_label}` → `{head_label}`", ""]
    out += ["| | sebelum | sesudah |", "|---|---:|---:|"]
    for key, label in (("modul", "modul"), ("materi", "materi pokok"), ("jp", "total JP")):
        out.append(f"| {label} | {s[key]['base']} | {s[key]['head']} |")
    out.append("")
    if notes:
        out += ["> **Perhatian**", *[f"> - {n}" for n in notes], ""]
    if not has_changes(result):
        out += ["Tidak ada perubahan kurikulum.", ""]
        return "\n".join(out)
    modul = result.get("modul", {})
    sections: list[tuple[str, list[str]]] = [
        ("Modul baru", [f"- **{m['kode']}** {m['judul']} (`{m['folder']}/`, {m['kelompok']}, {m['alokasi_jp']} JP, "
                        f"{m['materi']} materi, status {m['status']})" for m in modul.get("added", [])]),
        ("Modul dihapus", [f"- **{m['kode']}** {m['judul']} (`{m['folder']}/`, {m['alokasi_jp']} JP, "
                           f"{m['materi']} materi)" for m in modul.get("removed", [])]),
        ("Modul berganti kode atau folder", [
            f"- `{r['base']['kode']}` (`{r['base']['folder']}/`) → `{r['head']['kode']}` (`{r['head']['folder']}/`)"
            + {"kode": " (kode sama)", "folder": " (folder sama)", "isi": " (isi serupa)"}[r["by"]]
            for r in modul.get("renamed", [])]),
        ("Status", [f"- **{m['kode']}** {m['judul']}: {m['base']} → {m['head']}" for m in modul.get("status", [])]),
        ("Program", [f"- {_field_line(c)}" for c in result.get("program", [])]),
        ("Jalur belajar", _jalur_lines(result.get("jalur", {}))),
        ("Istilah (glosarium)", _istilah_lines(result.get("istilah", {}))),
    ]
    for title, lines in sections:
        if lines:
            out += [f"### {title}", "", *lines, ""]
    if modul.get("changed"):
        out += ["### Modul yang berubah", ""]
        for m in modul["changed"]:
            out += _modul_section(m)
    return "\n".join(out).rstrip("\n") + "\n"


def _jalur_lines(j: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines = [f"- jalur baru `{x['id']}` \"{x['judul']}\": {', '.join(x['modul'])}" for x in j.get("added", [])]
    lines += [f"- jalur dihapus `{x['id']}` \"{x['judul']}\"" for x in j.get("removed", [])]
    for x in j.get("changed", []):
        lines.append(f"- jalur `{x['id']}`: " + "; ".join(_field_line(c) for c in x["fields"]))
    return lines


def _istilah_lines(i: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines = [f"- baru: **{x['istilah']}**: {_v(' / '.join(x['definisi']))}" for x in i.get("added", [])]
    lines += [f"- definisi berubah: **{x['istilah']}**: {_v(' / '.join(x['base']))} → {_v(' / '.join(x['head']))}"
              for x in i.get("redefined", [])]
    lines += [f"- dihapus: **{x['istilah']}**" for x in i.get("removed", [])]
    return lines
