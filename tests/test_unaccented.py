# SPDX-License-Identifier: MIT
"""
Vietnamese written without its accents (:mod:`vnla.lang.accents`): told by its letters, its
known words put back with their accents in place, and read as the same words with accents are.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.checker import Checker
from vnla.checker.language import _detect_lang, read_as
from vnla.lang.accents import _singles, plain, put_back, restored, unaccented
from vnla.lang.words import words
from vnla.model.errors import DataError

CHECKER = Checker()

#: Letters of Vietnamese with and without accents, spaces, digits and marks.
_VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        list("abcdeghiklmnopqrstuvxyđăâêôơư ,.:;-/0123456789\n")
        + list(words("vi").get("language", "letters"))
        + list("ABDEGHNOTUĐẮẦ")
    ),
    max_size=80,
)


@given(_VIETNAMESE)
def test_plain_keeps_every_offset_and_is_idempotent(text: str) -> None:
    assert len(plain(text)) == len(text)
    assert plain(plain(text)) == plain(text)


@given(st.text(alphabet=st.sampled_from(list("abcdeghiklmnopqrstuvxyTNDK ,.0123456789")), max_size=120))
def test_restoring_only_puts_accents_back(text: str) -> None:
    put_back = restored(text)
    assert len(put_back) == len(text)
    assert plain(put_back) == text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("ky niem 97 nam thanh lap Dang", "kỷ niệm 97 năm thành lập Đảng"),
        ("dat 2,98 ty USD, tang 32,7%", "đạt 2,98 tỷ USD, tăng 32,7%"),
        ("TONG BI THU To Lam", "TỔNG BÍ THƯ To Lam"),  # each letter in its case
        ("thu Nam, 29/10/2026", "thứ Năm, 29/10/2026"),  # CLDR's weekday
        ("quy I/2025", "quý I/2025"),
        ("Ky  niem", "Kỷ  niệm"),  # the spaces as written
    ],
)
def test_known_words_are_read_with_their_accents(written: str, read: str) -> None:
    assert restored(written) == read


@pytest.mark.parametrize(
    "text",
    [
        "Viet Nam va Lao",  # "nam" beside no number is the Nam of Viet Nam
        "Duong Hai Nam",
        "Pho bo Ha Noi",  # words no list puts back
    ],
)
def test_words_beside_numbers_only_or_unlisted_stay_as_written(text: str) -> None:
    put_back = restored(text)
    assert "ă" not in put_back.lower()
    assert put_back.split()[1:2] == text.split()[1:2]


def test_unaccented_text_is_told_by_its_letters() -> None:
    assert unaccented("Tong Bi thu To Lam tham Lao ngay 5/2/2026, hai ben ky nhieu van kien.")
    assert not unaccented("Tổng Bí thư Tô Lâm thăm Lào ngày 5/2/2026, hai bên ký nhiều văn kiện.")
    # a name or two copied with accents leave the text unaccented
    assert unaccented("Tong Bi thu Tô Lâm tham Lao ngay 5/2/2026 va gap lanh dao cap cao cua ban.")
    assert not unaccented("5/2/2026")  # too few letters to tell


def test_only_vietnamese_is_restored() -> None:
    text = "Tong Bi thu To Lam tham Lao ngay 5/2/2026."
    assert read_as(text, "vi") != text
    assert read_as(text, "en") == text
    assert (
        read_as("Tổng Bí thư Tô Lâm thăm Lào ngày 5/2/2026.", "vi")
        == "Tổng Bí thư Tô Lâm thăm Lào ngày 5/2/2026."
    )


def test_unaccented_vietnamese_is_told_vietnamese() -> None:
    text = (
        "Nam 2025, kim ngach thuong mai giua hai nuoc dat 2,98 ty USD, cua cac doanh nghiep Viet Nam va Lao."
    )
    assert _detect_lang(text) == "vi"


def test_a_word_with_no_accent_to_put_back_is_an_error_naming_it() -> None:
    with pytest.raises(DataError) as error:
        _singles(("tỷ", "ty"), "words")
    problem = error.value.problems[0]
    assert (problem.file, problem.path) == ("vi.toml", "$.unaccented.words[1]")
    assert "'ty'" in problem.reason


def _verdicts(text: str, published: str) -> list[tuple[str, str, str]]:
    report = CHECKER.check_text(text, published=published, lang="vi")
    return [(f.kind, f.text, f.verdict.value) for f in report.findings if f.kind != "country"]


@pytest.mark.parametrize(
    ("text", "published", "slip"),
    [
        (
            "Nam nay ky niem {} nam ngay thanh lap Dang Cong san Viet Nam (3/2/1930).",
            "2026-03-01",
            ("96", "97"),
        ),
        ("Nam 2025 kim ngach thuong mai Viet Nam - Lao dat {} ty USD.", "2026-03-01", ("2,98", "2,89")),
        ("Tong Bi thu To Lam tham cap Nha nuoc Lao ngay {}/12/2025.", "2026-03-01", ("1-2", "3-4")),
    ],
)
def test_unaccented_vietnamese_is_judged_as_written_with_accents(
    text: str, published: str, slip: tuple[str, str]
) -> None:
    right, wrong = (text.format(value) for value in slip)
    assert all(verdict != "contradiction" for _k, _t, verdict in _verdicts(right, published))
    caught = [
        (kind, words) for kind, words, verdict in _verdicts(wrong, published) if verdict == "contradiction"
    ]
    assert len(caught) == 1
    # the words are quoted as written, without the accents the readers read them with
    assert slip[1] in caught[0][1]
    assert caught[0][1] in wrong


def test_lines_written_without_accents_in_a_page_with_them_are_read_with_them() -> None:
    """A page with accents whose readers comment without them: each such line is put back."""
    page = (
        "Thời sự › Đối ngoại\nChuyến thăm của Tổng Bí thư tới Lào\n\n"
        "BÌNH LUẬN (2)\n"
        "minh_anh · hom qua\nnam nay la ky niem {} nam ngay thanh lap Dang Cong san Viet Nam day\n"
        "   👍 3   Trả lời\n"
    )
    for count, verdict in (("96", "ok"), ("97", "contradiction")):
        report = CHECKER.check_text(page.format(count), published="2026-03-01", lang="vi")
        ordinals = [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]
        assert ordinals == [(f"ky niem {count} nam", verdict)]
    # a short line with no accent (a label, a name) is left as written
    assert put_back("Bình luận của bạn đọc\nTo Lam\nngay 5/2") == "Bình luận của bạn đọc\nTo Lam\nngay 5/2"
