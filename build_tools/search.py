"""Search words authors keep whole: acronyms and loanwords the Indonesian stemmer must not cut.

Authors list them one per line in ``curriculum/kata-tetap.txt`` (``#`` starts a comment);
the build appends them to the stemmer shipped with the site, for the index and the query alike.
"""

from __future__ import annotations

import json
from pathlib import Path

FILE_NAME = "kata-tetap.txt"


def exception_words(curriculum: Path) -> list[str]:
    path = curriculum / FILE_NAME
    if not path.is_file():
        return []
    words = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word and word not in words:
            words.append(word)
    return words


def exceptions_script(curriculum: Path) -> str:
    """A line of JavaScript for the stemmer file; JSON keeps any word a plain string."""
    words = exception_words(curriculum)
    if not words:
        return ""
    return f"\nlunr.id.addExceptions({json.dumps(words, ensure_ascii=False)});\n"
