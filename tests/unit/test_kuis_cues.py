"""The quiz-cue rule's thresholds: where a pattern starts, and where chance still explains it.

The rule fixtures (``warn-kuis-kunci-*``, ``kuis-*-passes``) check the diagnostics in place;
these check the edges of the counting itself.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.load import load_markdown
from build_tools.validate.kuis import Soal, check, cues, readable


def soal(*pilihan: str, jawaban: int) -> Soal:
    return Soal(tuple(pilihan), jawaban)


def test_key_longer_than_every_other_option_is_longest() -> None:
    assert soal("panjang sekali", "pendek", "sedang saja", jawaban=1).key_is_longest


def test_a_tie_for_longest_is_not_strictly_longest() -> None:
    assert not soal("sama", "juga", jawaban=1).key_is_longest
    assert not soal("lima.", "empat", "dua", jawaban=2).key_is_longest


def test_length_is_counted_after_trimming() -> None:
    assert not soal("  kunci  ", "lawan", jawaban=1).key_is_longest


def test_exactly_half_longest_does_not_warn() -> None:
    quiz = [soal("panjang", "x", jawaban=1), soal("y", "panjang", jawaban=2),
            soal("a", "panjang", jawaban=1), soal("panjang", "b", jawaban=2)]
    found = cues(quiz)
    assert (found.total, found.longest) == (4, 2)
    assert not found.longest_gives_away


def test_more_than_half_longest_warns() -> None:
    quiz = [soal("panjang", "x", jawaban=1), soal("y", "panjang", jawaban=2), soal("panjang", "b", jawaban=2)]
    found = cues(quiz)
    assert (found.total, found.longest) == (3, 2)
    assert found.longest_gives_away and not found.position_gives_away


def test_same_position_warns_only_when_every_key_shares_it() -> None:
    same = [soal("a", "bb", "c", jawaban=2)] * 3
    assert cues(same).position == 2 and cues(same).position_gives_away
    mixed = [*same, soal("a", "b", jawaban=1)]
    assert cues(mixed).position is None and not cues(mixed).position_gives_away


def test_fewer_than_three_questions_never_warn() -> None:
    for n in (0, 1, 2):
        found = cues([soal("paling panjang", "x", jawaban=1)] * n)
        assert found.longest == n
        assert not found.longest_gives_away and not found.position_gives_away


def test_unreadable_questions_are_left_to_the_schema() -> None:
    kuis = [
        {"pilihan": ["a", "b"], "jawaban": 1},
        {"pilihan": ["a", "b"], "jawaban": 3},  # E-JAWABAN-RANGE
        {"pilihan": ["a", 2], "jawaban": 1},  # E-TYPE
        {"pilihan": ["a", "b"], "jawaban": True},
        "not a question",
    ]
    assert readable(kuis) == [soal("a", "b", jawaban=1)]
    assert readable(None) == []


def test_both_warnings_point_at_the_kuis_key(tmp_path: Path) -> None:
    options = "".join(
        f"  - soal: S{i}?\n    pilihan:\n      - jawaban yang panjang\n      - pendek\n"
        f"    jawaban: 1\n    pembahasan: P.\n"
        for i in range(3)
    )
    file = tmp_path / "curriculum" / "m" / "01-a.md"
    file.parent.mkdir(parents=True)
    file.write_text(f"---\njudul: A\nmenit: 45\nkuis:\n{options}---\n\nTeks.\n", "utf-8")
    problems: list = []
    doc = load_markdown(file, tmp_path, problems)
    found = check(doc)
    assert [(d.code, d.line, d.column) for d in found] == [
        ("W-KUIS-KUNCI-PANJANG", 4, 1), ("W-KUIS-KUNCI-POSISI", 4, 1)]
    assert found[0].message() == "kunci jawaban adalah pilihan terpanjang pada 3 dari 3 soal"
    assert found[1].message("en") == "all keys (3 questions) sit at the same position: option 1"
