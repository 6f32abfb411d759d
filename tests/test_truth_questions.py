# SPDX-License-Identifier: MIT
"""
A question that ends by asking whether what it says is so (the word files'
``sentences.truth_questions``: "..., is that right?", "... phải không?", "... ແມ່ນບໍ່?") puts its
claim rather than making it: a slip in it is ``unknown``, saying why, not a contradiction.  The
same claim said, or asked without such words, is still judged.  So is a line a diff removes
(a minus mark at its head, right above a line with a plus mark): the line below replaces it.
"""

from __future__ import annotations

import pytest

from vnla.checker import check_text

# The Treaty of Amity and Cooperation was signed on 18 July 1977.
ASKED = [
    ("The Treaty of Amity and Cooperation was signed in 1976, is that right?", "en", "is that right?"),
    ("The Treaty of Amity and Cooperation was signed in 1976, right?", "en", "right?"),
    ("The Treaty of Amity and Cooperation was signed in 1976, yes?", "en", "yes?"),
    (
        'Một bạn đọc hỏi "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào ký năm 1976 phải không?".\nĐáp: Không.',
        "vi",
        "phải không?",
    ),
    ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký năm 1976, có đúng không?", "vi", "có đúng không?"),
    ("ສົນທິສັນຍາ ມິດຕະພາບ-ການຮ່ວມມື ລາວ-ຫວຽດນາມ ລົງນາມໃນປີ 1976 ແມ່ນບໍ່?", "lo", "ແມ່ນບໍ່?"),
    # a question that opens by asking whether it is so (``sentences.truth_question_openers``)
    ("Is it true that the Treaty of Amity and Cooperation was signed in 1976? No.", "en", "Is it true that"),
    ('Q: "Is it true that the Treaty of Amity and Cooperation was signed in 1976?"', "en", "Is it true that"),
    ("Có đúng là Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký năm 1976?", "vi", "Có đúng là"),
]


def _treaty_year(text: str, lang: str) -> tuple[str, str]:
    report = check_text(text, published="2026-03-01", lang=lang)
    [finding] = [f for f in report.findings if f.kind == "date" and "1976" in f.text]
    return finding.verdict.value, str(finding.message)


@pytest.mark.parametrize(("text", "lang", "words"), ASKED)
def test_a_slip_a_question_asks_about_is_unknown_and_says_why(text: str, lang: str, words: str) -> None:
    verdict, message = _treaty_year(text, lang)
    assert verdict == "unknown"
    assert message.startswith(f"the text asks whether it is so ({words}) rather than saying it: ")
    assert "July 18, 1977" in message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Treaty of Amity and Cooperation was signed in 1976.", "en"),
        ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký năm 1976.", "vi"),
        # a question that asks something else still states the year it asks about
        ("Why was the Treaty of Amity and Cooperation signed in 1976?", "en"),
        # "right" inside a word asks nothing
        ("The Treaty of Amity and Cooperation was signed in 1976 under copyright?", "en"),
        # the words, but not before a question mark
        ("The Treaty of Amity and Cooperation was signed in 1976, right after the war.", "en"),
        # the opening words, but no question: a sentence that says it
        ("Is it true that the Treaty of Amity and Cooperation was signed in 1976. Yes.", "en"),
        # the opening words inside a sentence, not opening it
        ("Why does he doubt, is it true that the Treaty of Amity and Cooperation was signed in 1976?", "en"),
    ],
)
def test_the_same_slip_said_or_asked_otherwise_stands(text: str, lang: str) -> None:
    assert _treaty_year(text, lang)[0] == "contradiction"


def test_a_question_of_a_right_claim_stays_ok() -> None:
    report = check_text(
        "The Treaty of Amity and Cooperation was signed in 1977, right?", published="2026-03-01"
    )
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"] == [("in 1977", "ok")]


def test_only_the_asking_sentence_is_revised() -> None:
    text = (
        "The Treaty of Amity and Cooperation was signed in 1976. Was the 14th Congress held in Hanoi, "
        "is that right?"
    )
    report = check_text(text, published="2026-03-01", lang="en")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"] == [
        ("in 1976", "contradiction")
    ]


# --------------------------------------------------------------------------- a diff's removed lines


def test_a_line_a_diff_removes_is_no_slip_of_the_text() -> None:
    text = (
        "Difference between revisions\n"
        "Line 17:\n"
        "− The Treaty of Amity and Cooperation was signed in 1976.\n"
        "+ The Treaty of Amity and Cooperation was signed on 18 July 1977.\n"
    )
    report = check_text(text, published="2026-03-01", lang="en")
    found = [(f.text, f.verdict.value, str(f.message)) for f in report.findings if f.kind == "date"]
    assert [(t, v) for t, v, _m in found] == [("in 1976", "ok"), ("18 July 1977", "ok")]
    assert found[0][2].startswith("a line the text removes (−), as the record would: ")


@pytest.mark.parametrize(
    "text",
    [
        # the line that replaces it is the text's claim
        "− The Treaty of Amity and Cooperation was signed on 18 July 1977.\n"
        "+ The Treaty of Amity and Cooperation was signed in 1976.\n",
        # a list's item, with no line of a plus mark after it
        "- The Treaty of Amity and Cooperation was signed in 1976.\n- It was signed in Vientiane.\n",
        # a plus mark not at the head of the next line
        "− The Treaty of Amity and Cooperation was signed in 1976.\nSee + below.\n",
    ],
)
def test_a_slip_in_a_line_no_diff_removes_stands(text: str) -> None:
    report = check_text(text, published="2026-03-01", lang="en")
    assert "contradiction" in [f.verdict.value for f in report.findings if f.kind == "date"]
