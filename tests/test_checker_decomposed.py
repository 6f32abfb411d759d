# SPDX-License-Identifier: MIT
"""
Text written in other forms is checked as its normal form is (:mod:`vnla.checker.normal`):
decomposed ("e" and two accents for "ệ", as text pasted from a PDF or a Mac may be), with
two spaces, no-break spaces, zero-width spaces, Windows line breaks or hard-wrapped lines;
and its findings point into the text as given.
"""

from __future__ import annotations

import re
import textwrap
import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.checker import Checker, source
from vnla.checker.normal import normal

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"


def _texts(lang: str, limit: int) -> list[tuple[str, str, str]]:
    """Up to ``limit`` labelled texts of ``lang`` from the evaluation corpora, with their dates and language."""
    out = []
    for labels in sorted(EVAL.glob("*/labels.toml")):
        for entry in tomllib.loads(labels.read_text(encoding="utf-8"))["texts"]:
            if entry["lang"] == lang:
                text = (labels.parent / entry["file"]).read_text(encoding="utf-8")
                out.append((text, str(entry["published"]), lang))
    return out[:limit]


def _seen(checker: Checker, text: str, published: str, lang: str) -> list[tuple[str, str, str]]:
    report = checker.check_text(text, published=published, lang=lang)
    out = []
    for f in report.findings:
        start, end = f.span
        assert text[start:end] == f.text  # the span is the words in the text as given
        line_start = text.rfind("\n", 0, start) + 1
        assert (f.line, f.column) == (text.count("\n", 0, start) + 1, start - line_start + 1)
        out.append((f.kind, f.verdict.value, unicodedata.normalize("NFC", f.text)))
    return out


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


@pytest.mark.parametrize(("text", "published", "lang"), _texts("vi", 40) + _texts("lo", 10))
def test_a_decomposed_text_gets_the_findings_of_the_composed_one(
    checker: Checker, text: str, published: str, lang: str
) -> None:
    composed_findings = _seen(checker, text, published, lang)
    decomposed = unicodedata.normalize("NFD", text)
    assert _seen(checker, decomposed, published, lang) == composed_findings
    if lang == "vi":
        assert decomposed != text
        assert any(v != "unknown" for _k, v, _t in composed_findings)


def test_a_slip_in_decomposed_text_is_caught_where_it_stands(checker: Checker) -> None:
    text = unicodedata.normalize(
        "NFD", "Tin Hà Nội.\nNăm 2024, Việt Nam và Lào kỷ niệm 48 năm ký Hiệp ước Hữu nghị và Hợp tác."
    )
    report = checker.check_text(text, published="2024-09-10", lang="vi")
    (slip,) = report.contradictions
    assert slip.kind == "ordinal"
    assert unicodedata.normalize("NFC", slip.text) == "kỷ niệm 48 năm"
    assert slip.line == 2
    assert text[slip.span[0] : slip.span[1]] == slip.text


def test_chunks_of_a_long_decomposed_text_are_mapped_each(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # small chunks: the map of each chunk, and the part it owns, are its own
    monkeypatch.setattr(source, "_CHUNK", 300)
    monkeypatch.setattr(source, "_OVERLAP", 60)
    paragraph = "Ngày 10/9/2024, Tổng Bí thư Tô Lâm thăm Lào. Hai nước kỷ niệm 47 năm ký Hiệp ước Hữu nghị và Hợp tác.\n"
    text = paragraph * 12
    plain = _seen(checker, text, "2024-09-10", "vi")
    assert _seen(checker, unicodedata.normalize("NFD", text), "2024-09-10", "vi") == plain
    assert len(plain) >= 36


def test_texts_checked_together_are_mapped_each(checker: Checker) -> None:
    texts = ["Tô Lâm thăm Hà Nội.", unicodedata.normalize("NFD", "Chiều 10/9/2024, Tô Lâm đến Viêng Chăn.")]
    reports = list(checker.check_texts(texts, published=["2024-09-10"] * 2))
    for text, report in zip(texts, reports, strict=True):
        assert report.findings
        for f in report.findings:
            assert text[f.span[0] : f.span[1]] == f.text


# ------------------------------------------------------------------------------------ normal()
_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0eb4\u0eb8\u0ec8\u0ecb"
_BASES = "aeiouyAEOUdĐ,.xàệươ\u0e81\u0eab\u212b"
_WHITE = " \t\n\r\u00a0\u202f\u2009\u200b\u200d\u00ad\ufeff\u2028"
_ALPHABET = _BASES + _MARKS + _WHITE
_GONE = str.maketrans(dict.fromkeys(map(ord, _WHITE)))


def _content(text: str) -> str:
    """The letters and marks of a text, composed, without its spaces, breaks and invisible characters."""
    return unicodedata.normalize("NFC", text.translate(_GONE))


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_the_normal_form_is_composed_with_one_kind_of_space_and_break(text: str) -> None:
    checked, _ = normal(text)
    assert unicodedata.is_normalized("NFC", checked)
    assert "  " not in checked
    assert " \n" not in checked
    assert not checked.endswith(" ")
    assert not set(checked) & set(_WHITE.replace(" ", "").replace("\n", ""))
    assert _content(checked) == _content(text)


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_the_normal_form_maps_each_character_to_where_it_stands(text: str) -> None:
    checked, mapping = normal(text)
    if mapping is None:
        assert len(checked) == len(text)
        mapping_of = list(range(len(text) + 1))
    else:
        assert len(mapping) == len(checked) + 1
        assert mapping[-1] == len(text)
        mapping_of = list(mapping)
    assert mapping_of == sorted(mapping_of)  # in order: spans stay spans
    # a span from letter to letter (a character of combining class 0, or the end) is mapped
    # to the text the same letters and accents are written with
    letters = [i for i, c in enumerate(checked) if not unicodedata.combining(c)] + [len(checked)]
    for a in letters:
        for b in letters:
            if a <= b:
                assert _content(text[mapping_of[a] : mapping_of[b]]) == _content(checked[a:b])


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_the_normal_form_is_idempotent(text: str) -> None:
    once, _ = normal(text)
    assert normal(once) == (once, None)


@pytest.mark.parametrize(
    ("given_text", "read"),
    [
        ("10  tỷ USD", "10 tỷ USD"),
        # a tie of TeX between words is a space; a tilde before a number is "about"
        ("signed on 18~July~1977, ~2.98 billion", "signed on 18 July 1977, ~2.98 billion"),
        ("10\u00a0billion\u202fUSD", "10 billion USD"),
        ("a \nb\r\nc\rd", "a\nb\nc\nd"),
        ("ຄວາມສາມັກຄີ \u200bພິເສດ", "ຄວາມສາມັກຄີ ພິເສດ"),
        ("Viet\u00adnam", "Vietnam"),
        ("Tô\u200dLâm", "Tô Lâm"),
        # emphasis, as Markdown and chat messages write it, and a footnote's asterisk
        ("- 3/2/2026: **97 năm** Ngày thành lập", "- 3/2/2026: 97 năm Ngày thành lập"),
        ("*strategic cohesion*, he said", "strategic cohesion, he said"),
        ("2,98 tỷ USD* (ước)", "2,98 tỷ USD (ước)"),
        # a long line before a field's label is no sentence wrapped
        (
            "Tiêu đề: 3 điều cần biết về chuyến thăm Lào của Tổng Bí thư Tô Lâm\nNgày đăng: 3/12/2025",
            "Tiêu đề: 3 điều cần biết về chuyến thăm Lào của Tổng Bí thư Tô Lâm\nNgày đăng: 3/12/2025",
        ),
        # not an asterisk between spaces, nor one that opens a list item
        ("5 * 3", "5 * 3"),
        ("* item one\n* item two", "* item one\n* item two"),
    ],
)
def test_what_the_normal_form_reads(given_text: str, read: str) -> None:
    assert normal(given_text)[0] == read


@given(st.text(alphabet=_ALPHABET + "*", max_size=60))
def test_the_normal_form_with_asterisks_is_idempotent_and_mapped_in_order(text: str) -> None:
    once, mapping = normal(text)
    assert normal(once) == (once, None)
    assert mapping is None or list(mapping) == sorted(mapping)


def test_a_finding_in_bold_quotes_its_words_without_the_asterisks(checker: Checker) -> None:
    text = "- 3/2/2026: **97 năm** Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930)."
    [slip] = [f for f in checker.check_text(text, lang="vi").findings if f.kind == "ordinal"]
    assert (slip.text, slip.verdict.value) == ("97 năm", "contradiction")


def test_findings_quote_the_text_as_given_without_the_spaces_after_it(checker: Checker) -> None:
    text = "Hai bên đặt mục tiêu 10\u00a0tỷ\u00a0USD  \u200b trong thời gian tới.\r\nHết."
    [amount] = [f for f in checker.check_text(text, lang="vi").findings if f.kind == "amount"]
    assert amount.text == "10\u00a0tỷ\u00a0USD"
    assert text[amount.span[0] : amount.span[1]] == amount.text


# ------------------------------------------------------------------ the same text, written otherwise
def _wrapped(text: str) -> str:
    return "\n".join(
        textwrap.fill(p, 70, break_on_hyphens=False, break_long_words=False) for p in text.split("\n")
    )


_WRITTEN_OTHERWISE = {
    "two spaces": lambda t: t.replace(" ", "  "),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "narrow no-break spaces": lambda t: t.replace(" ", "\u202f"),
    "tabs": lambda t: t.replace(" ", "\t"),
    "Windows line breaks": lambda t: t.replace("\n", "\r\n"),
    "spaces at the ends of lines": lambda t: t.replace("\n", " \n"),
    "zero-width spaces after spaces": lambda t: t.replace(" ", " \u200b"),
    "a byte order mark": lambda t: "\ufeff" + t,
}
_BLANK = re.compile(r"[\s\u200b\ufeff]+")


def _words(text: str) -> str:
    return _BLANK.sub(" ", text).strip()


def _findings_as_words(checker: Checker, text: str, published: str, lang: str) -> list[tuple[str, str, str]]:
    return sorted(
        (f.kind, f.verdict.value, _words(f.text))
        for f in checker.check_text(text, published=published, lang=lang).findings
    )


@pytest.mark.parametrize("how", sorted(_WRITTEN_OTHERWISE))
def test_the_same_words_written_otherwise_get_the_same_findings(checker: Checker, how: str) -> None:
    for text, published, lang in _texts("en", 6) + _texts("vi", 6) + _texts("lo", 4):
        assert _findings_as_words(
            checker, _WRITTEN_OTHERWISE[how](text), published, lang
        ) == _findings_as_words(checker, text, published, lang), text[:80]


def test_hard_wrapped_english_and_vietnamese_get_the_findings_of_the_text_as_written(
    checker: Checker,
) -> None:
    texts = _texts("en", 12) + _texts("vi", 12)
    for text, published, lang in texts:
        assert _findings_as_words(checker, _wrapped(text), published, lang) == _findings_as_words(
            checker, text, published, lang
        ), text[:80]


def test_hard_wrapped_lao_gets_the_findings_of_the_text_as_written(checker: Checker) -> None:
    # unspaced Lao wraps where a space allows, often early: "ຄົບຮອບ 63\nປີ..." goes on
    labels = tomllib.loads((EVAL / "heldout3" / "labels.toml").read_text(encoding="utf-8"))
    published = next(str(t["published"]) for t in labels["texts"] if t["file"] == "lo-06.txt")
    text = (EVAL / "heldout3" / "lo-06.txt").read_text(encoding="utf-8")
    assert _findings_as_words(checker, _wrapped(text), published, "lo") == _findings_as_words(
        checker, text, published, "lo"
    )
    # ... while a short Lao heading stays its own line
    assert normal("ຂ່າວ\nທ່ານໂຕເລິມໄດ້ມາຢ້ຽມຢາມ")[0] == "ຂ່າວ\nທ່ານໂຕເລິມໄດ້ມາຢ້ຽມຢາມ"
