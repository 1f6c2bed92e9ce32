"""``berpijar new``: modul and materi files that validate from the first minute.

Authors start from the RBPMP they know; the scaffold writes every required key with a hint
of what goes there. Values are written by a YAML emitter, never pasted into a template, so a
title holding ``"``, ``\\``, ``:``, ``#`` or a leading ``-`` stays the title. Rules (the kode
pattern, the choices, the default minutes per JP) are read from the JSON Schemas, the same
ones the validator uses.
"""

from __future__ import annotations

from build_tools.scaffold.common import ScaffoldError, program_menit_per_jp
from build_tools.scaffold.materi import NewMateri, NewMateriResult, create_materi
from build_tools.scaffold.modul import NewModul, create_modul, split_minutes

__all__ = [
    "NewMateri", "NewMateriResult", "NewModul", "ScaffoldError", "create_materi", "create_modul",
    "program_menit_per_jp", "split_minutes",
]
