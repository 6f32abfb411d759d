# SPDX-License-Identifier: MIT
"""
The clause index of :class:`vnla.checker.sentences.Sentences` against the definition it replaced.

The dates judge asks, for every event word of a date's sentence, whether it stands in the
date's clause.  That question was a regular-expression search of the text between the two
(so a date's cost grew with its sentence's length and its number of event words); it is now
answered from the breaks of the whole text, found once.  The answers must be the same for
every pair of spans, overlapping dashes (" - - ") and Unicode spaces included.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from vnla import check_text
from vnla.checker.sentences import Sentences

#: The definition: a clause ends at one of these between the two spans (the search may not
#: reach past either span).
_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s")


def _reference(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return lo >= hi or _BREAK.search(text, lo, hi) is None


def _spans(n: int) -> list[tuple[int, int]]:
    return [(s, e) for s in range(n + 1) for e in range(s, n + 1)]


def _agree(text: str) -> None:
    sentences = Sentences(text)
    spans = _spans(len(text))
    for a, b in itertools.product(spans, spans):
        expected = _reference(text, a, b)
        assert sentences.same_clause(a, b) is expected, (text, a, b)
        before, after = sentences.clause(*a)
        inline = b[0] < after if a[1] <= b[0] else b[1] > before  # as the dates judge asks it
        assert inline is expected, (text, a, b)


def test_named_texts() -> None:
    for text in ("a - - b", "a -\u00a0b, c", "x (y) z", "a–b—c", "a -b- c", "a\n-\nb", "", "abc", ", ,"):
        _agree(text)


@given(st.text(alphabet="a ,-–(\n\u00a0;", max_size=9))
def test_same_clause_is_the_search(text: str) -> None:
    _agree(text)


def _dates(text: str) -> list[tuple[str, str, str | None, str]]:
    report = check_text(text, published="2025-12-03")
    return [(f.verdict.value, f.rule, f.record, str(f.message)) for f in report.findings if f.kind == "date"]


def test_repeated_event_words_judge_each_date_as_one_does() -> None:
    # the judge walks each kind of event word once (the nearest): thirty "visited" read every
    # date as the lone one is read, against the recorded visit (its visitor named: a visit by
    # no one named is no recorded visit's)
    one = _dates("To Lam visited on 3 December 2025 and ")
    assert len(one) == 1
    assert one[0][:3] == ("contradiction", "dates.event", "visit-2025-12-laos")
    assert _dates("To Lam visited on 3 December 2025 and " * 30) == one * 30


def test_a_farther_kind_of_event_word_is_still_walked() -> None:
    # twenty "visited" (no visit on 3 December) nearer than the meeting (the 48th
    # intergovernmental committee, on that day): the walk passes the repeated word once and
    # reaches the meeting, in the date's clause
    lone = _dates("the meeting on 3 December 2025.")
    assert [d[:3] for d in lone] == [("ok", "dates.event", "intergovernmental-committee-48")]
    assert _dates("the meeting and " + "visited and " * 20 + "on 3 December 2025.") == lone
