# SPDX-License-Identifier: MIT
"""
What the cheaper per-call path of :meth:`Checker.check_text` must keep (issue 16, point 5):
a text of one chunk is checked as the chunked path checks it, articles checked in a row find
what each finds alone (no cache carries one text's findings into another's), and the language
guess's tree of common words counts what their alternation counts.  No timing here: speed lives
in benchmarks/bench_check.py.
"""

from __future__ import annotations

import random
import re
from datetime import date

import attrs
import pytest

from fixture_texts import fixture_texts
from vnla.checker import Checker, source
from vnla.checker.language import _tree
from vnla.checker.report import TextReport

PUBLISHED = date(2026, 2, 5)


def _texts() -> list[str]:
    """Every seed, news and evaluation text of the fixtures, and each seed's paragraphs."""
    return fixture_texts(60)


EDGES = [
    "",
    "\n",
    "\n\n",
    "To Lam",
    "To Lam\n",
    "HANOI, Dec. 3 (VNA) – Prime Minister Tran Thanh Man attended the talks on Monday.\n",
    "Published: December 3, 2025\nThe two sides aim to raise bilateral trade to 10 billion USD.",
    "Thứ Hai, 26/01/2026, 14:30 (GMT+7)\nTổng Bí thư Tô Lâm hội đàm với Thongloun Sisoulith.",
    "ທ່ານ ທອງລຸນ ສີສຸລິດ ແລະ ໂຕເລິມ",
    "\ufeffVientiane, February 6 - Talks were held in Hà Nội.\r\nThe 50th anniversary of the Lao National Day.",
]


def _made(report: TextReport) -> TextReport:
    return attrs.evolve(report, findings=tuple(report.findings))


@pytest.mark.parametrize("published", [PUBLISHED, "2025-12-03", None])
def test_a_text_of_one_chunk_is_checked_as_the_chunked_path_checks_it(published: date | str | None) -> None:
    checker = Checker()
    texts = _texts() + EDGES
    assert all(len(t) < source._CHUNK for t in texts)  # every one takes the one-chunk path
    for text in texts:
        for lang in (None, "en", "vi"):
            whole = checker.check_text(text, published=published, lang=lang, path="a.txt")
            chunked = checker._check_chunked(text, published=published, lang=lang, path="a.txt")
            assert whole == chunked, text[:80]
            assert whole.to_dict() == chunked.to_dict()
            assert (whole.lang, whole.published, whole.characters, whole.lines) == (
                chunked.lang,
                chunked.published,
                chunked.characters,
                chunked.lines,
            )
            assert whole.counts() == chunked.counts()
            assert whole.contradictions == chunked.contradictions


def test_the_one_chunk_path_ends_where_a_text_needs_two_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text just short of a chunk and its overlap takes the one-chunk path, a longer one the other."""
    monkeypatch.setattr(source, "_CHUNK", 400)
    monkeypatch.setattr(source, "_OVERLAP", 64)
    checker = Checker()
    line = "General Secretary To Lam met Thongloun Sisoulith in Vientiane on December 2, 2025.\n"
    for size in (0, 1, 399, 400, 463, 464, 465, 900):
        text = (line * 20)[:size]
        report = checker.check_text(text, published=PUBLISHED)
        chunked = checker._check_chunked(text, published=PUBLISHED, lang=None, path=None)
        assert _made(report) == _made(chunked), size
        assert report.lines == chunked.lines == (text.count("\n") + (not text.endswith("\n")) if text else 0)


def test_articles_checked_in_a_row_find_what_each_finds_alone() -> None:
    """One checker's caches, kept from text to text, change no finding of the next text."""
    texts = _texts() + EDGES
    alone = [_made(Checker().check_text(t, published=PUBLISHED)) for t in texts]
    for order in (texts, list(reversed(texts))):
        checker = Checker()
        in_a_row = {t: _made(checker.check_text(t, published=PUBLISHED)) for t in order}
        assert [in_a_row[t] for t in texts] == alone
    # and again with the same checker: what it learnt from a text changes nothing the second time
    again = [_made(checker.check_text(t, published=PUBLISHED)) for t in texts]
    assert again == alone


def test_a_report_keeps_its_findings_when_the_checker_checks_more() -> None:
    """A deferred report made after other texts were checked has the findings it had when made at once."""
    texts = _texts()
    checker = Checker()
    reports = [checker.check_text(t, published=PUBLISHED) for t in texts]  # none made yet
    for text in reversed(texts):
        checker.check_text(text, published=None)
    fresh = Checker()
    assert [tuple(r.findings) for r in reports] == [
        tuple(fresh.check_text(t, published=PUBLISHED).findings) for t in texts
    ]


def test_the_word_tree_matches_what_the_alternation_matches() -> None:
    rng = random.Random(5)
    letters = b"abct\x80\x81"
    for _ in range(300):
        words = list(
            {bytes(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))}
        )
        tree = re.compile(b" " + _tree(words) + b"(?= )")
        alternation = re.compile(b" (?:" + b"|".join(re.escape(w) for w in words) + b")(?= )")
        for _ in range(20):
            tokens = [
                bytes(rng.choice(letters) for _ in range(rng.randint(0, 5)))
                for _ in range(rng.randint(0, 12))
            ]
            data = b" " + b" ".join(rng.choice((t, rng.choice(words))) for t in tokens) + b" "
            assert tree.findall(data) == alternation.findall(data), (words, data)
