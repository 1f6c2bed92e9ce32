"""Rules that span files: naming and numbering, kode, prasyarat, jalur, minutes, answers.

Each check reads the metadata defensively: a value the schema already refused is skipped
here, so one mistake is reported once, by the rule it breaks.
"""

from __future__ import annotations

import datetime
import re
from typing import TypeVar

from build_tools import vocabulary
from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag
from build_tools.load import Document, ModulFolder, Source
from build_tools.schemas import schema

FOLDER_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
KODE = vocabulary.KODE
T = TypeVar("T")


def _get(doc: Document | None, key: str, kind: type[T]) -> T | None:
    """The value of a top-level key when it has the type the schema gives it, else None."""
    data = doc.data if doc else None
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
    return None


def _accepted(doc: Document | None, key: str, kind: str) -> int | None:
    """An integer the schema accepts (type and bounds), else None: the schema reports it."""
    value = _get(doc, key, int)
    rule = schema(kind)["properties"][key]
    if value is None or value < rule.get("minimum", value) or value > rule.get("maximum", value):
        return None
    return value


def check_folders(source: Source) -> list[Diagnostic]:
    out = []
    for modul in source.modul:
        if not FOLDER_NAME.match(modul.name):
            out.append(diag(modul.path, 1, 1, "E-NAME-FOLDER", name=modul.name))
        if modul.index is None:
            out.append(diag(f"{modul.path}/index.md", 1, 1, "E-MODUL-INDEX-MISSING"))
        elif not modul.materi:
            out.append(diag(modul.index.path, 1, 1, "E-MODUL-EMPTY"))
        out.extend(_check_numbers(modul))
    return out


def _check_numbers(modul: ModulFolder) -> list[Diagnostic]:
    out = []
    seen: dict[int, str] = {}
    expected = 1
    for materi in modul.materi:  # sorted by file name, so by number
        if materi.nomor in seen:
            out.append(diag(materi.doc.path, 1, 1, "E-NUMBER-DUPLICATE", number=f"{materi.nomor:02d}",
                            other=seen[materi.nomor]))
            continue
        seen[materi.nomor] = materi.doc.file.name
        if materi.nomor != expected:
            out.append(diag(materi.doc.path, 1, 1, "E-NUMBER-GAP", expected=f"{expected:02d}",
                            number=f"{materi.nomor:02d}"))
        expected = materi.nomor + 1
    return out


def check_kode(source: Source) -> list[Diagnostic]:
    """Unique kode; prasyarat and jalur name real modul; prasyarat has no cycle."""
    out: list[Diagnostic] = []
    owner: dict[str, Document] = {}
    holders: dict[str, list[Document]] = {}
    # When a modul's kode cannot be read (no index.md, broken YAML, a malformed kode), a
    # reference to it would look unknown: that is the same mistake, already reported.
    all_known = True
    for modul in source.modul:
        kode = _get(modul.index, "kode", str)
        if kode is None or modul.index is None or not KODE.match(kode):
            all_known = False
            continue
        holders.setdefault(kode, []).append(modul.index)
        owner.setdefault(kode, modul.index)
    # A duplicate is reported on every file that holds it, each naming the others: the
    # validator cannot know which one the author just copied.
    for kode, docs in holders.items():
        for doc in docs if len(docs) > 1 else []:
            pos = doc.tree.value_at(("kode",)) if doc.tree else None
            others = ", ".join(other.path for other in docs if other is not doc)
            out.append(diag(doc.path, pos.line if pos else 1, pos.column if pos else 1,
                            "E-KODE-DUPLICATE", kode=kode, other=others))
    duplicated = {kode for kode, docs in holders.items() if len(docs) > 1}

    graph: dict[str, list[str]] = {}
    for modul in source.modul:
        doc = modul.index
        kode = _get(doc, "kode", str)
        prasyarat = _get(doc, "prasyarat", list) or []
        assert doc is not None or not prasyarat
        for i, item in enumerate(prasyarat):
            if _unknown(item, owner, all_known):
                pos = doc.tree.value_at(("prasyarat", i))
                out.append(diag(doc.path, pos.line, pos.column, "E-KODE-UNKNOWN", kode=item))
        # A duplicated kode names two modul: an edge to it would be a guess, and a copied
        # modul requiring its original would look like a cycle of one.
        if kode and owner.get(kode) is doc and kode not in duplicated:
            graph[kode] = [p for p in prasyarat if isinstance(p, str) and p in owner
                           and p not in duplicated]
    out.extend(_check_cycles(graph, owner))

    jalur = _get(source.program, "jalur", list) or []
    for j, path in enumerate(jalur):
        items = path.get("modul") if isinstance(path, dict) else None
        for i, item in enumerate(items if isinstance(items, list) else []):
            if _unknown(item, owner, all_known) and source.program and source.program.tree:
                pos = source.program.tree.value_at(("jalur", j, "modul", i))
                out.append(diag(source.program.path, pos.line, pos.column, "E-KODE-UNKNOWN", kode=item))
    return out


def _unknown(item: object, owner: dict[str, Document], all_known: bool) -> bool:
    """A well-formed kode no modul has (a malformed one is the schema's to report)."""
    return isinstance(item, str) and bool(KODE.match(item)) and item not in owner and all_known


def _check_cycles(graph: dict[str, list[str]], owner: dict[str, Document]) -> list[Diagnostic]:
    """Depth-first search; each cycle is reported once, at the prasyarat of its first modul."""
    out = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    reported: set[frozenset[str]] = set()

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    first = min(cycle)
                    doc = owner[first]
                    pos = doc.tree.where(("prasyarat",))
                    ring = cycle[cycle.index(first):] + cycle[: cycle.index(first)] + [first]
                    out.append(diag(doc.path, pos.line, pos.column, "E-PRASYARAT-CYCLE",
                                    cycle=" → ".join(ring)))
            elif state.get(nxt) is None:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return out


def check_minutes(source: Source) -> list[Diagnostic]:
    """Only values the schema accepted are added up: a refused one is reported once, there."""
    per_jp: int | None = vocabulary.MENIT_PER_JP
    if isinstance(source.program and source.program.data, dict) and "menit_per_jp" in source.program.data:
        per_jp = _accepted(source.program, "menit_per_jp", "program")
    if per_jp is None:
        return []
    out = []
    for modul in source.modul:
        jp = _accepted(modul.index, "alokasi_jp", "modul")
        if jp is None or not modul.materi:
            continue
        minutes = [_accepted(m.doc, "menit", "materi") for m in modul.materi]
        if any(m is None for m in minutes):
            continue  # a materi without valid menit is already an error of its own
        total = sum(minutes)  # type: ignore[arg-type]
        if total != jp * per_jp:
            pos = modul.index.tree.value_at(("alokasi_jp",))
            out.append(diag(modul.index.path, pos.line, pos.column, "E-JP-MISMATCH", total=total, jp=jp,
                            menit_per_jp=per_jp, expected=jp * per_jp))
    return out


def check_kuis(doc: Document) -> list[Diagnostic]:
    if doc.tree is None:
        return []
    kuis = _get(doc, "kuis", list)
    if kuis is None:
        if isinstance(doc.data, dict) and "kuis" not in doc.data:
            return [diag(doc.path, 1, 1, "W-KUIS-MISSING")]
        return []
    out = []
    for i, soal in enumerate(kuis):
        if not isinstance(soal, dict):
            continue
        jawaban, pilihan = soal.get("jawaban"), soal.get("pilihan")
        if (isinstance(jawaban, int) and not isinstance(jawaban, bool) and jawaban >= 1
                and isinstance(pilihan, list) and jawaban > len(pilihan)):
            pos = doc.tree.value_at(("kuis", i, "jawaban"))
            out.append(diag(doc.path, pos.line, pos.column, "E-JAWABAN-RANGE", jawaban=jawaban,
                            count=len(pilihan)))
    return out


def check_date(doc: Document | None) -> list[Diagnostic]:
    """``diperbarui`` has the shape the schema wants; it must also be a day of the calendar."""
    value = _get(doc, "diperbarui", str)
    if value is None or doc is None or doc.tree is None or not DATE.match(value):
        return []
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        pos = doc.tree.value_at(("diperbarui",))
        return [diag(doc.path, pos.line, pos.column, "E-VALUE-FORMAT", key="diperbarui", value=value,
                     format="2026-01-31")]
    return []
