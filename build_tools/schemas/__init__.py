"""The JSON Schemas of program.yml, a modul's index.md and a materi pokok.

They are the single source of truth for keys, types, ranges and choices: the validator
checks with them, the author guide links them, and editors can use them for completion.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

KINDS = ("program", "modul", "materi")


@cache
def schema(kind: str) -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath(f"{kind}.schema.json").read_text("utf-8"))
