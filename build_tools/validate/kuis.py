"""Quiz cues: a materi's quiz that a learner can pass without reading the materi.

Two habits of hurried item writers give the key away across a quiz: the right answer is the
longest, most qualified option, or it always sits in the same place. One question like that
is chance; most questions of a quiz like that is a pattern a learner learns faster than the
materi. The rule looks at a whole quiz, never at one question, and only at quizzes of three
questions or more, where a pattern can be told apart from chance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from build_tools.diagnostics import Diagnostic
from build_tools.diagnostics.diagnostic import diag
from build_tools.load import Document

# Fewer questions than this and any arrangement of keys can be chance.
MIN_SOAL = 3


@dataclass(frozen=True)
class Soal:
    """The two things the rule reads from a question: its options and its 1-based key."""

    pilihan: tuple[str, ...]
    jawaban: int

    @property
    def key_is_longest(self) -> bool:
        """Strictly longest, trimmed: a tie with another option gives nothing away."""
        lengths = [len(p.strip()) for p in self.pilihan]
        key = lengths[self.jawaban - 1]
        return all(key > length for i, length in enumerate(lengths) if i != self.jawaban - 1)


@dataclass(frozen=True)
class Cues:
    total: int  # questions the rule could read
    longest: int  # of them, how many have the key as the strictly longest option
    position: int | None  # the one position every key sits at, else None

    @property
    def longest_gives_away(self) -> bool:
        return self.total >= MIN_SOAL and 2 * self.longest > self.total

    @property
    def position_gives_away(self) -> bool:
        return self.total >= MIN_SOAL and self.position is not None


def readable(kuis: Any) -> list[Soal]:
    """Questions with a list of string options and a key among them; others are the schema's."""
    out = []
    for item in kuis if isinstance(kuis, list) else []:
        if not isinstance(item, dict):
            continue
        pilihan, jawaban = item.get("pilihan"), item.get("jawaban")
        if (isinstance(pilihan, list) and len(pilihan) >= 2 and all(isinstance(p, str) for p in pilihan)
                and isinstance(jawaban, int) and not isinstance(jawaban, bool)
                and 1 <= jawaban <= len(pilihan)):
            out.append(Soal(tuple(pilihan), jawaban))
    return out


def cues(soal: list[Soal]) -> Cues:
    positions = {s.jawaban for s in soal}
    return Cues(
        total=len(soal),
        longest=sum(s.key_is_longest for s in soal),
        position=positions.pop() if len(positions) == 1 else None,
    )


def check(doc: Document) -> list[Diagnostic]:
    """Both warnings point at the materi's ``kuis`` key: the pattern belongs to the whole quiz."""
    if doc.tree is None or not isinstance(doc.data, dict):
        return []
    found = cues(readable(doc.data.get("kuis")))
    if not (found.longest_gives_away or found.position_gives_away):
        return []
    pos = doc.tree.where(("kuis",))
    out = []
    if found.longest_gives_away:
        out.append(diag(doc.path, pos.line, pos.column, "W-KUIS-KUNCI-PANJANG",
                        count=found.longest, total=found.total))
    if found.position_gives_away:
        out.append(diag(doc.path, pos.line, pos.column, "W-KUIS-KUNCI-POSISI",
                        position=found.position, total=found.total))
    return out
