# SPDX-License-Identifier: MIT
"""
What the checker's speed-ups must keep (issue 16, point 5): the same findings, the same
language guess, the collector's state.  No timing here: speed lives in benchmarks/bench_check.py.
"""

from __future__ import annotations

import gc
import pickle
import random
import re
import unicodedata
from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnla.checker import Checker, Verdict, check_text
from vnla.checker.drafts import _NameOutcome
from vnla.checker.language import (
    _ENGLISH_WORDS,
    _LETTERS,
    _VIETNAMESE_WORDS,
    _detect_lang,
    _short_words,
    _tally,
    _translated,
    _with_rest,
)
from vnla.checker.positions import Positions
from vnla.checker.report import TextReport, _Deferred, finding_fields
from vnla.checker.scan import Scan
from vnla.checker.sentences import Sentences
from vnla.lang.words import words

ARTICLE = (
    "HANOI, December 3, 2025 - Prime Minister Tran Thanh Man attended the talks in Vientiane on "
    "December 3. General Secretary Tô Lâm met Thongloun Sisoulith.\n"
    "The two sides aim to raise bilateral trade to 10 billion USD and deepen their strategic connectivity. "
    "The country marked the 50th anniversary of the Lao National Day in 2025.\n"
    "Hai bên nhất trí tăng cường gắn kết chiến lược, nâng kim ngạch lên 10 tỷ USD.\n"
)
PUBLISHED = date(2026, 2, 5)


def _eager(report: TextReport) -> TextReport:
    """The same report with its findings made."""
    return attrs.evolve(report, findings=tuple(report.findings))


def test_a_report_makes_its_findings_when_asked_and_keeps_them() -> None:
    report = Checker().check_text(ARTICLE, published=PUBLISHED)
    assert isinstance(report._findings, _Deferred)
    counts = report.counts()  # counted without making the findings
    assert isinstance(report._findings, _Deferred)
    findings = report.findings
    assert isinstance(findings, tuple)
    assert report.findings is findings  # made once
    assert counts == {v.value: sum(f.verdict is v for f in findings) for v in Verdict}
    assert sum(counts.values()) == len(findings) > 5


def test_a_deferred_report_equals_the_same_report_made() -> None:
    lazy = Checker().check_text(ARTICLE, published=PUBLISHED)
    other = Checker().check_text(ARTICLE, published=PUBLISHED)
    made = _eager(other)
    assert lazy == made
    assert hash(lazy) == hash(made)
    assert repr(Checker().check_text(ARTICLE, published=PUBLISHED)) == repr(made)
    assert lazy.to_dict() == made.to_dict()
    assert lazy.to_text() == made.to_text()


def test_the_verdicts_asked_for_are_made_alone_and_the_same() -> None:
    made = _eager(Checker().check_text(ARTICLE, published=PUBLISHED))
    for verdict in Verdict:
        lazy = Checker().check_text(ARTICLE, published=PUBLISHED)
        assert lazy.of(verdict) == made.of(verdict)
        assert isinstance(lazy._findings, _Deferred)
    lazy = Checker().check_text(ARTICLE, published=PUBLISHED)
    assert lazy.contradictions == made.contradictions
    assert lazy.contradictions  # the article has some
    assert lazy.worst() == made.worst()
    assert isinstance(lazy._findings, _Deferred)


@pytest.mark.parametrize("made", [False, True])
def test_the_fields_of_a_reports_findings_are_its_findings_as_tuples(made: bool) -> None:
    # what vnla.batch makes its rows of: the same findings, in the same order, and none made
    report = Checker().check_text(ARTICLE, published=PUBLISHED)
    expected = [
        attrs.astuple(f, recurse=False)
        for f in _eager(Checker().check_text(ARTICLE, published=PUBLISHED)).findings
    ]
    if made:
        report.findings  # noqa: B018 - made first: the fields come from the findings kept
    fields = list(finding_fields(report))
    assert fields == expected
    assert len(fields) > 5
    assert isinstance(report._findings, tuple if made else _Deferred)
    assert all(type(f) is tuple for f in fields)  # plain tuples, no object a finding
    assert list(finding_fields(report)) == fields  # asked again: the same


def test_a_deferred_report_pickles_as_its_findings() -> None:
    report = check_text(ARTICLE, published=PUBLISHED)
    copy = pickle.loads(pickle.dumps(report))
    assert isinstance(copy._findings, tuple)
    assert copy == report
    assert copy.findings == report.findings


def test_stream_and_text_give_the_same_findings(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    checker = Checker()
    assert (
        checker.check_file(path, published=PUBLISHED).findings
        == checker.check_text(ARTICLE, published=PUBLISHED).findings
    )


def test_the_collector_is_on_again_after_a_check_and_off_if_it_was() -> None:
    checker = Checker()
    assert gc.isenabled()
    checker.check_text(ARTICLE, published=PUBLISHED)
    assert gc.isenabled()
    list(checker._stream([ARTICLE], published=None, lang=None, stats={}))
    assert gc.isenabled()
    with pytest.raises(ValueError, match="published"):
        checker.check_text(ARTICLE, published="2026-02")
    assert gc.isenabled()
    gc.disable()
    try:
        checker.check_text(ARTICLE, published=PUBLISHED).findings  # noqa: B018 (made here)
        assert not gc.isenabled()
    finally:
        gc.enable()


# ------------------------------------------------------------------------------- the language guess
def _reference_words(lang: str) -> re.Pattern[str]:
    alternation = "|".join(map(re.escape, words(lang).get("language", "common_words")))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.IGNORECASE)


_EN, _VI = _reference_words("en"), _reference_words("vi")
_VI_LETTER = re.compile(f"[{re.escape(words('vi').get('language', 'letters'))}]", re.IGNORECASE)


def _reference_lang(text: str) -> str:
    """The guess as a regular expression of the words makes it, tried at every position."""
    first = text[:1000]
    if len(text) > 1000 and not re.search("[\u0e80-\u0eff]", first):
        english, vietnamese = len(_EN.findall(first)), len(_VI.findall(first))
        if english + vietnamese >= 12 and max(english, vietnamese) >= 4 * min(english, vietnamese):
            return "vi" if vietnamese > english else "en"
    sample = text[:8000]
    letters = sum(map(len, _LETTERS.findall(sample))) or 1
    if len(re.findall("[\u0e80-\u0eff]", sample)) / letters > 0.3:
        return "lo"
    english, vietnamese = len(_EN.findall(sample)), len(_VI.findall(sample))
    if english + vietnamese >= 2:
        return "vi" if vietnamese > english else "en"
    return "vi" if len(_VI_LETTER.findall(sample)) / letters > 0.03 else "en"


def _texts() -> list[str]:
    rng = random.Random(16)
    alphabet = "abcTHE andOF Và CỦA các của Đà ÀÁ ẢÃ ,.;’“”–—…\u00a0 12_ ² ½ ǅ ß ﬁ ª İ ſ ໒ ທ ĐÀ Ẳ ẳ\n"
    vocabulary = [
        "the",
        "THE",
        "The",
        "và",
        "VÀ",
        "Và",
        "của",
        "CỦA",
        "x",
        "đã",
        "ĐÃ",
        "Ngày",
        "İn",
        "aſ",
        "ທ",
    ]
    texts = [ARTICLE, unicodedata.normalize("NFD", ARTICLE), ARTICLE.upper(), ARTICLE.title(), ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 9))) for _ in range(3000)]
    return texts


def _tracked_reachable(root: object) -> list[object]:
    """The objects the garbage collector tracks that ``root`` keeps (itself included)."""
    seen: dict[int, object] = {}
    todo = [root]
    while todo:
        item = todo.pop()
        if id(item) in seen or not gc.is_tracked(item) or isinstance(item, type):
            continue
        seen[id(item)] = item
        todo.extend(gc.get_referents(item))
    return list(seen.values())


@pytest.mark.parametrize("many", [False, True])
def test_a_report_keeps_its_names_by_column_not_a_tuple_a_name(many: bool) -> None:
    """
    Until its findings are made, a report keeps its names as three tuples (starts, ends,
    outcomes), not a tuple for each name: the collector walks what reports keep each time it
    runs, and names are most of the findings.
    """
    text = ARTICLE * 20
    checker = Checker()
    report = (
        next(checker.check_texts([text], published=[PUBLISHED]))
        if many
        else checker.check_text(text, published=PUBLISHED)
    )
    kept = _tracked_reachable(report)
    per_name = [o for o in kept if type(o) is tuple and len(o) == 3 and isinstance(o[2], _NameOutcome)]
    names = sum(1 for f in report.findings if f.rule.startswith("names."))
    assert names > 100
    assert per_name == []


def test_the_common_words_are_counted_as_the_regular_expression_counts_them() -> None:
    assert _ENGLISH_WORDS.pattern == _EN.pattern
    assert _VIETNAMESE_WORDS.pattern == _VI.pattern
    for text in _texts():
        assert _short_words(text) == (len(_EN.findall(text)), len(_VI.findall(text))), text


def test_the_language_guess_is_the_regular_expressions_guess() -> None:
    for text in _texts():
        assert _detect_lang(text) == _reference_lang(text), text


def test_the_first_thousand_characters_decide_when_they_leave_no_doubt() -> None:
    """An English lead and a Vietnamese body: the lead decides when plain, the whole sample when not."""
    lead = "The two sides agreed that the talks were a success and that they will meet again. " * 13
    body = "Hai bên nhất trí rằng cuộc hội đàm đã thành công và sẽ gặp lại nhau trong năm tới. " * 60
    assert len(lead) >= 1000
    assert _detect_lang(lead + body) == "en"
    assert _detect_lang(body) == "vi"
    # a lead that mixes the two leaves it open: the first 8,000 characters decide
    mixed = ("The talks went well. " + "Hai bên nhất trí và đã gặp nhau. ") * 40
    assert _detect_lang(mixed + body) == "vi"
    for text in (lead + body, mixed + body, body + lead, lead[:999] + body):
        assert _detect_lang(text) == _reference_lang(text)


@pytest.mark.parametrize("share", [0.0, 0.2, 0.29, 0.31, 0.5, 1.0])
def test_the_share_of_lao_letters_is_counted_as_the_regular_expression_counts_it(share: float) -> None:
    """Lao letters among English ones (and Lao digits and vowel signs, no letters to ``\\w``)."""
    lao, english = "ສະຫາຍທອງລຸນ ໑໒ ", "Talks in the capital were held "
    for size in (200, 2000, 9000):
        text = "".join(lao if (i * share) % 1 + share >= 1 else english for i in range(size // 20))
        assert _detect_lang(text) == _reference_lang(text), (share, size)


def test_the_words_past_the_first_thousand_are_added_to_theirs_each_once() -> None:
    """
    A lead the first 1,000 characters leave open: the rest of the sample is counted from the
    lead's last space, and a word the cut parts is counted once, as the whole sample counts it.
    """
    mix = "the và của and đã the "  # as many English as Vietnamese words: never plain
    tails = ("Hai bên đã và của các. " * 40, "the and of the talks. " * 40, "x " * 120, "")
    for word in ("the", "và", "của", "their", "x"):
        for start in range(995, 1002):  # the word before, across or after the cut
            for tail in tails:
                text = (mix * 60)[: start - 1] + " " + word + " " + tail
                assert _detect_lang(text) == _reference_lang(text), (word, start, tail[:10])
                data = _translated(text[:8000])
                assert data is not None
                counted = _with_rest(data, *_tally(data[:1001] + b" "))
                sample = text[:8000]
                assert counted == (len(_EN.findall(sample)), len(_VI.findall(sample))), (word, start)


# ------------------------------------------------------------------------------- the matcher
def _lists(scan: Scan) -> tuple[object, ...]:
    return (
        scan.persons,
        scan.named,
        [(s, e, id(o)) for s, e, o in scan.hits],
        scan.entities,
        scan.cues,
        [(r.start, r.end, r.pat.key) for r in scan.roles],
        scan.framework,
        scan.anchors,
        scan.digits,
        [(s, e, id(x)) for s, e, x in scan.errata],
    )


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "On 2/12/2025, 10 billion USD (US$10bn) for 2030; 40 years of Đổi mới; 0.5% and 1,000,000.",
        "12345 x9y 7 - 8 the 14th Congress, Đại hội XIV, 2025-2030 .5 5.",
    ],
)
def test_the_plain_path_of_the_matcher_finds_what_the_mapped_path_finds(text: str) -> None:
    checker = Checker()
    fast = Scan(checker._index, checker._names, text, "en").run()
    assert fast.lao_free  # the plain path was taken
    slow = Scan(checker._index, checker._names, text, "en")
    found: list[tuple[int, int, int]] = []
    slow._mapped(f" {fast.folded} ", None, found)
    slow.select(found)
    slow.persons.sort()
    slow.entities.sort()
    slow.cues.sort(key=lambda c: (c[0], c[1]))
    assert _lists(slow) == _lists(fast)
    assert len(fast.digits) > 3


def test_digits_are_found_across_folding_that_changes_offsets() -> None:
    checker = Checker()
    text = "Ngày 2/12/2025 Tô Lâm\u200bđã 10 tỷ USD, 2\u200b0 ໒໐໒໕"  # Lao digits are runs too
    for variant in (text, unicodedata.normalize("NFD", text)):
        scan = Scan(checker._index, checker._names, variant, "vi").run()
        assert not scan.lao_free
        assert scan.folded is None  # the mapped path
        runs = [variant[s:e] for s, e in scan.digits[1:]]
        assert runs == ["2", "12", "2025", "10", "2", "0", "໒໐໒໕"], runs  # a dropped character parts digits


# ------------------------------------------------------------------------------- the date line
def _dateline_texts() -> list[str]:
    rng = random.Random(5)
    heads = [
        "Thứ Hai, 26/01/2026, 14:30 (GMT+7)",
        "December 3, 2025 | 10:15 AM",
        "Tuesday, December 2, 2025",
        "2/12/2025",
        "Monday",
        "HANOI, Dec. 3 (VNA) –",
        "Published: December 3, 2025",
        "Ngày đăng: 03/12/2025",
        "Vientiane, February 6 -",
    ]
    tails = [
        "",
        " " * 60,
        ", 14:30" + " " * 50 + "(GMT+7)",
        " 10:15 AM " + "\t" * 45,
        " Talks were held in Vientiane between the two sides on the same day.",
        " – " * 30,
        " (ICT)" + " " * 44 + "x",
    ]
    texts = [h + t + "\nThe two sides met." for h in heads for t in tails]
    texts += ["Laos and Viet Nam\n" + h + t + "\nText." for h in heads for t in tails]
    pieces = [*heads, *tails, "12:30", "GMT", "\n", " ", "ngày", "Dec.", "2025", "on Monday", ","]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    return texts


def test_the_date_line_is_found_as_without_the_test_of_a_header_lines_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vnla.checker import dateline

    texts = _dateline_texts()
    fast = [(dateline._dateline(t), dateline._dateline(t, PUBLISHED)) for t in texts]
    assert sum(found is not None for pair in fast for found in pair) > 100  # date lines are met
    monkeypatch.setattr(dateline, "_REST_CHARS", re.compile(r"(?s).*+"))  # every line is parsed
    slow = [(dateline._dateline(t), dateline._dateline(t, PUBLISHED)) for t in texts]
    assert fast == slow


# ------------------------------------------------------------------------------- clause breaks
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" -\t\n\u00a0\u2003a,–", max_size=40))
def test_hyphens_between_spaces_are_found_where_the_lookahead_finds_them(text: str) -> None:
    """The clause dash found by its hyphen starts where ``(?=\\s-\\s)`` tried at every position matches."""
    sentences = Sentences(text)
    sentences.clause(0, 0)
    assert sentences._dashes == [m.start() for m in re.finditer(r"(?=\s-\s)", text)]


# ------------------------------------------------------------------------------ kept look-ups
@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab .!?\n", max_size=60).map(lambda t: t * 25),
    st.lists(st.tuples(st.integers(0, 1500), st.integers(0, 12)), min_size=1, max_size=12),
)
def test_the_sentence_kept_from_the_last_question_is_the_sentence_asked_again(
    text: str, spans: list[tuple[int, int]]
) -> None:
    """
    A sentence kept for the next question is what a fresh look finds, whatever was asked before:
    a span across a sentence's end ("2 December. The 2025 ...") or cut at the reach keeps none.
    """
    kept = Sentences(text)
    for at, length in spans:
        start = min(at, len(text))
        end = min(start + length, len(text))
        assert kept.sentence(start, end) == Sentences(text).sentence(start, end)


def test_a_span_across_a_full_stop_does_not_join_the_sentences_for_the_next_question() -> None:
    text = "Lao National Day, 2 December. The 2025 celebrations marked 50 years."
    sentences = Sentences(text)
    day = text.index("2 December.")
    sentences.sentence(day, day + len("2 December."))
    after = text.index("50 years")
    assert text[slice(*sentences.sentence(after, after + 8))] == " The 2025 celebrations marked 50 years."


def test_the_starts_kept_for_a_list_are_not_another_lists_with_its_id() -> None:
    """A list made, looked in and dropped leaves no starts for the next list that gets its id."""
    positions = Positions()
    for n in range(50):
        items = [(n + i, n + i + 1) for i in range(3)]
        assert positions.within(items, n, n + 3) == items
        del items
