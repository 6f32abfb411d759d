# SPDX-License-Identifier: MIT
"""
What the one-core speed-ups of the matcher and the readers must keep (issue 16, point 5): the
same findings whatever was checked before (the caches are bounded and keyed by all a result
depends on), and the same candidates as the slower searches they replace.  No timing here:
speed lives in benchmarks/bench_check.py.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.checker import Checker
from vnla.checker.readers.amounts import grammar
from vnla.checker.scan import Scan
from vnla.checker.sentences import Sentences, positions

PUBLISHED = date(2026, 2, 5)

ENGLISH = (
    "HANOI, December 3, 2025 - Prime Minister Tran Thanh Man attended the talks in Vientiane on "
    "Monday. General Secretary Tô Lâm met Thongloun Sisoulith on 2 December 2025.\n"
    "Two-way trade reached 2.98 billion USD in 2025, and the two sides aim to double it, sometimes "
    "said to be 10 billion USD; exports rose 15.4 percent. He said: “Today we open the 14th Congress.”\n"
)
VIETNAMESE = (
    "Ngày 2/12/2025, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun "
    "Sisoulith. Kim ngạch thương mại đạt 2,98 tỷ USD, hai bên phấn đấu đạt 10 tỷ USD. Hôm nay, "
    "Đại hội XIV khai mạc.\n"
)
LAO = "ວັນທີ 2 ທັນວາ 2025, ທ່ານ ທອງລຸນ ສີສຸລິດ ພົບກັບ ທ່ານ ໂຕ ເລີມ. ມູນຄ່າການຄ້າ 1,5 ຕື້ ໂດລາ.\n"


def _findings(checker: Checker, text: str, lang: str | None = None) -> list[str]:
    return [repr(f) for f in checker.check_text(text, published=PUBLISHED, lang=lang).findings]


@pytest.mark.parametrize("text", [ENGLISH, VIETNAMESE, LAO, ENGLISH + VIETNAMESE + LAO])
def test_a_text_checked_again_gives_the_same_findings(text: str) -> None:
    checker = Checker()
    first = _findings(checker, text)
    assert first
    assert _findings(checker, text) == first
    assert _findings(checker, text * 3)[: len(first)] == first  # the same sentences met again
    assert _findings(Checker(), text) == first


def test_findings_do_not_depend_on_what_was_checked_before() -> None:
    fresh = {text: _findings(Checker(), text) for text in (ENGLISH, VIETNAMESE, LAO)}
    checker = Checker()
    for text in (VIETNAMESE, LAO, ENGLISH, ENGLISH, LAO, VIETNAMESE):
        assert _findings(checker, text) == fresh[text]
    # the same text read as another language, then as its own again
    other = _findings(checker, ENGLISH, lang="vi")
    assert _findings(checker, ENGLISH) == fresh[ENGLISH]
    assert _findings(Checker(), ENGLISH, lang="vi") == other
    # another publication date, then the first again
    later = [repr(f) for f in checker.check_text(ENGLISH, published=date(2026, 12, 1)).findings]
    assert later != fresh[ENGLISH]  # "Monday" and the offices held are read against the date
    assert _findings(checker, ENGLISH) == fresh[ENGLISH]


# ------------------------------------------------------------------------------- the matcher
def _words_found_by_search(folded: str) -> list[int]:
    """Where the amounts reader's words start in a folded text, by a plain search for each."""
    out = []
    for word in grammar().folded_words:
        at = folded.find(word)
        while at >= 0:
            out.append(at)
            at = folded.find(word, at + 1)
    return sorted(out)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        VIETNAMESE,
        "sometimes twice, billions and millions, 3 billion, tripled: a twofold rise, 2 tỷ USD, ba tỉ đồng",
        "Times TIMES times-2 doubled" * 3,
    ],
)
def test_the_amounts_words_are_found_wherever_they_stand(text: str) -> None:
    checker = Checker()
    scan = Scan(checker._index, checker._names, text, "en").run()
    assert scan.folded is not None
    assert sorted(scan.amount_words) == _words_found_by_search(scan.folded)


def test_the_amounts_words_of_the_mapped_path_are_the_plain_paths() -> None:
    checker = Checker()
    text = ENGLISH + "sometimes twice, billions"
    fast = Scan(checker._index, checker._names, text, "en").run()
    assert fast.lao_free  # the plain path was taken
    slow = Scan(checker._index, checker._names, text, "en")
    found: list[tuple[int, int, int]] = []
    slow._mapped(f" {fast.folded} ", None, found)
    assert sorted(slow.amount_words) == sorted(fast.amount_words)
    assert fast.amount_words


def test_lao_amounts_words_are_found_in_lao_text() -> None:
    checker = Checker()
    text = "ມູນຄ່າ 2 ລ້ານ ໂດລາ, 3 billion USD"
    scan = Scan(checker._index, checker._names, text, "lo").run()
    assert not scan.lao_free
    assert scan.folded is not None  # Lao keeps its offsets when folded
    assert sorted(scan.amount_words) == _words_found_by_search(scan.folded)
    assert len(scan.amount_words) >= 2


def test_no_amounts_words_are_given_where_folding_moves_offsets() -> None:
    checker = Checker()
    text = unicodedata.normalize("NFD", "Tô Lâm: 3 billion USD")
    scan = Scan(checker._index, checker._names, text, "en").run()
    assert scan.folded is None  # the reader looks for them only in a folded copy with the text's offsets
    assert scan.amount_words == []


@pytest.mark.parametrize("text", [ENGLISH, "a1b22c333 4444 0", "x" * 50 + "9", "", "no digits"])
def test_runs_of_digits_are_the_regular_expressions(text: str) -> None:
    checker = Checker()
    scan = Scan(checker._index, checker._names, text, "en").run()
    assert scan.lao_free
    assert [tuple(r) for r in scan.digits[1:]] == [m.span() for m in re.finditer("[0-9]+", text)]


# ------------------------------------------------------------------------------- the dates reader
@pytest.mark.parametrize("text", [ENGLISH, '"a" “b” «c» „d" "e', "", "no marks", '"' * 7, "«»" * 3 + "x„"])
def test_quotation_marks_are_found_as_the_regular_expression_finds_them(text: str) -> None:
    assert positions(text, '"“”«»„') == [m.start() for m in re.finditer('["“”«»„]', text)]


@given(
    st.lists(
        st.sampled_from(["dec", "thang", "ngay", "un", "x", "_", " ", "/", "1", "2", "-", "é"]), max_size=12
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 60),
)
def test_date_words_near_digits_are_found_as_the_regular_expression_finds_them(
    folded: str, start: int, end: int
) -> None:
    # a word that must start a word, found by a search for the word and a look at the character
    # before it, as a pattern that starts with \b finds it (which is tried at every character)
    from vnla.checker.vocabulary import _DATE_WORDS_FOLDED, date_near_folded

    pattern = re.compile(rf"\b(?:{_DATE_WORDS_FOLDED.pattern})|[0-9][/.-][0-9]")
    assert date_near_folded(folded, start, end) == (pattern.search(folded, start, end) is not None)


@given(
    st.lists(
        st.sampled_from(["said", "SAYS", "Nói", "phát biểu", "ກ່າວ", "afore", "x", "_", " ", ",", "9", "é"]),
        max_size=12,
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 60),
)
def test_speech_words_are_found_as_the_regular_expression_finds_them(text: str, start: int, end: int) -> None:
    # the words that report speech, found by string searches in the lower-cased stretch, as a
    # regular expression that ignores case finds them (ASCII words as whole words, the others anywhere)
    from vnla.checker.readers.dates import _reports_speech
    from vnla.lang.words import merged

    words = sorted(merged("dates", "speech_words"), key=len, reverse=True)
    pattern = re.compile(
        "|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words), re.I
    )
    start, end = min(start, len(text)), min(end, len(text))
    assert _reports_speech(text, start, end) == (pattern.search(text, start, end) is not None)


@given(st.text(alphabet=',;:()[]–—"“a b\nໂ', max_size=80), st.sampled_from([",;:()[]–—", '"“”«»„', ",", ""]))
def test_positions_are_the_regular_expressions(text: str, marks: str) -> None:
    # the clause breaks and quotation marks found by string searches, as a character class finds them
    expected = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)] if marks else []
    assert positions(text, marks) == expected


def test_the_readers_caches_are_bounded_and_change_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnla.checker.readers import amounts, dates, ordinals, titles
    from vnla.checker.readers.memo import Memo

    text = (
        ENGLISH
        + VIETNAMESE
        + LAO
        + "Lao Party General Secretary Thongloun Sisoulith met Party General Secretary To Lam."
    )
    fresh = _findings(Checker(), text)
    for module in (dates, ordinals, amounts):
        monkeypatch.setattr(module, "_READ", Memo(2))
    monkeypatch.setattr(titles, "_QUALIFIERS", Memo(2))
    checker = Checker()
    for _ in range(3):
        assert _findings(checker, text) == fresh
        for module in (dates, ordinals, amounts):
            assert 0 < len(module._READ) <= 2
        assert 0 < len(titles._QUALIFIERS) <= 2


def test_a_qualifier_is_read_by_its_words_and_the_character_before_them() -> None:
    from types import SimpleNamespace

    from vnla.checker.readers import titles

    # the same 40 characters before a title, after a letter and after a space: only after the
    # space does "Lao" start a word; a cache keyed by the 40 characters alone would mix them up
    tail = "Lao" + " " * 37 + "General Secretary"
    for before in ("a", " ", "a", " ", "-"):
        text = "x" * 5 + before + tail
        pos = text.index("General")
        found = titles._qualifier(SimpleNamespace(text=text), pos)  # type: ignore[arg-type]
        assert (found is not None) == (before != "a"), before
        if found is not None:
            assert (found[0], pos - found[1]) == ("Lao", text.index("Lao"))


def test_a_span_after_the_date_line_is_in_its_own_sentence_whatever_was_asked_before() -> None:
    """The last sentence found is reused only when it does not run from before the date line's end."""
    text = "VIENTIANE, Dec. 3 – Prime Ministers Pham Minh Chinh and Sonexay Siphandone met on Wednesday.\n"
    fresh = Sentences(text, (11, 17))
    asked_first = Sentences(text, (11, 17))
    asked_first.sentence(0, 9)  # the date line's place, whose sentence runs from the line's start
    assert asked_first.sentence(20, 51) == fresh.sentence(20, 51) == (17, len(text) - 1)
