# SPDX-License-Identifier: MIT
"""
A text that corrects itself (the word files' ``sentences.correction_words``: "Correction:",
"Xin phép đính chính", "ຂໍແກ້ໄຂ") is not left with the slip it set right: an earlier
contradiction of the record whose claim the correcting line states rightly is ``ok``, saying so.
A correction of another record, or one that states nothing the record holds, takes back nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

# The CPV's 14th Congress met from 19 to 23 January 2026 (it closed ahead of its schedule).
CASES = {
    "en": (
        "The 14th National Congress of the CPV met from 19 to 25 January 2026 in Hanoi.\n"
        "{word}: the 14th National Congress of the CPV closed on 23 January 2026.\n"
    ),
    "vi": (
        "Đại hội XIV của Đảng Cộng sản Việt Nam diễn ra từ 19 đến 25/1/2026 tại Hà Nội.\n"
        "{word}: Đại hội XIV của Đảng Cộng sản Việt Nam bế mạc ngày 23/1/2026.\n"
    ),
}
WORDS = {"en": "Correction", "vi": "Xin phép đính chính"}
PUBLISHED = date(2026, 2, 10)


def _slip(text: str, lang: str) -> tuple[str, str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    [finding] = [f for f in report.findings if f.kind == "date" and "19" in f.text]
    return finding.verdict.value, str(finding.message)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_slip_the_text_corrects_later_is_ok_and_says_so(lang: str) -> None:
    verdict, message = _slip(CASES[lang].format(word=WORDS[lang]), lang)
    assert verdict == "ok"
    assert "the text corrects it later" in message


@pytest.mark.parametrize("lang", sorted(CASES))
def test_without_correction_words_the_slip_stands(lang: str) -> None:
    verdict, _message = _slip(CASES[lang].format(word="Note"), lang)
    assert verdict == "contradiction"


def test_a_correction_of_another_record_takes_back_nothing() -> None:
    text = (
        "The 14th National Congress of the CPV met from 19 to 25 January 2026 in Hanoi.\n"
        "Correction: the Joint Statement was signed in Vientiane on 2 December 2025.\n"
    )
    assert _slip(text, "en")[0] == "contradiction"


def test_a_slip_after_the_correction_stands() -> None:
    """A correction sets right what came before it, not what follows."""
    text = (
        "Correction: the 14th National Congress of the CPV closed on 23 January 2026.\n"
        "The 14th National Congress of the CPV met from 19 to 25 January 2026 in Hanoi.\n"
    )
    assert _slip(text, "en")[0] == "contradiction"


# ------------------------------------------------------------------------ a sentence that denies
# Trade grew by about a third in 2024 (2.2 billion USD against 1.6), and did not double.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('The authors write that trade "doubled" in 2024. It did not. Turnover was US$2.2 billion.', "en"),
        ("Có ý kiến cho rằng thương mại năm 2024 đã tăng gấp đôi. Không phải vậy.", "vi"),
        # a denying sentence that goes on after a colon, or one that says the claim was an error
        ('The authors write that trade "doubled" in 2024. That is wrong: it grew by a third.', "en"),
        ('The flyer says trade "doubled" in 2024. That was a typo in the flyer; it grew by a third.', "en"),
        ("Tờ rơi ghi thương mại năm 2024 tăng gấp đôi. Đó là lỗi đánh máy của ban tổ chức.", "vi"),
        ("ເອກະສານຂຽນວ່າ ການຄ້າ ປີ 2024 ເພີ່ມຂຶ້ນ ເທົ່າຕົວ. ນັ້ນແມ່ນການພິມຜິດ ຂອງ ຜູ້ຈັດ.", "lo"),
    ],
)
def test_a_sentence_that_denies_the_one_before_takes_back_its_slip(text: str, lang: str) -> None:
    report = check_text(text, published=PUBLISHED, lang=lang)
    [ratio] = [f for f in report.findings if f.kind == "ratio"]
    assert ratio.verdict.value == "ok"
    assert "the text denies it" in str(ratio.message)


@pytest.mark.parametrize("after", ["It did not stop there.", "It was not until 2025 that it slowed."])
def test_denying_words_in_a_longer_sentence_deny_nothing(after: str) -> None:
    """ "It did not stop there." says more than "It did not.": the slip before it stands."""
    report = check_text(f"Trade doubled in 2024. {after}", published=PUBLISHED, lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "ratio"] == ["contradiction"]


# ------------------------------------------------- a reviewer's note in brackets that rates false
CONGRESS = "Đại hội XIV của Đảng Cộng sản Việt Nam diễn ra từ 19 đến 25/1/2026 tại Hà Nội."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (CONGRESS + " [Nhận xét: Sai ngày bế mạc.]", "vi"),
        (
            "The CPV's 14th National Congress met from 19 to 25 January 2026. [Ed.: wrong, it closed early.]",
            "en",
        ),
        (
            "The CPV's 14th National Congress met from 19 to 25 January 2026. [Reviewer note: incorrect.]",
            "en",
        ),
    ],
)
def test_a_reviewers_note_that_rates_false_denies_the_sentence_before(text: str, lang: str) -> None:
    report = check_text(text, published=PUBLISHED, lang=lang)
    [finding] = [f for f in report.findings if f.kind == "date" and "19" in f.text]
    assert finding.verdict.value == "ok"
    assert "the text denies it" in str(finding.message)


@pytest.mark.parametrize(
    "text",
    [
        CONGRESS + " [Nhận xét: Đúng.]",  # the note agrees
        CONGRESS + " [Sai số nhỏ]",  # no label and colon: not a reviewer's rating
        "Đại hội XIV [Nhận xét: sai] diễn ra từ 19 đến 25/1/2026 tại Hà Nội.",  # inside the sentence
    ],
)
def test_other_brackets_deny_nothing(text: str) -> None:
    report = check_text(text, published=PUBLISHED, lang="vi")
    [finding] = [f for f in report.findings if f.kind == "date" and "19" in f.text]
    assert finding.verdict.value == "contradiction"


# ---------------------------------------------- words that say the claim after them is an error
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "The caption wrongly gave 25 January 2026 as the first day of Thongloun Sisoulith's state visit.",
            "en",
            "25 January 2026",
        ),
        (
            'Bản in đầu ghi nhầm "kỳ họp lần thứ 47" của Ủy ban liên Chính phủ ngày 3/12/2025.',
            "vi",
            "kỳ họp lần thứ 47",
        ),
        ('Trang tin viết sai "Chủ tịch nước Tô Lâm" trong tin ngày 3/12/2025.', "vi", "Chủ tịch nước Tô Lâm"),
    ],
)
def test_a_claim_said_to_be_written_in_error_is_denied(text: str, lang: str, said: str) -> None:
    report = check_text(text, published=PUBLISHED, lang=lang)
    [finding] = [f for f in report.findings if f.text == said]
    assert finding.verdict.value == "ok"
    assert "the text denies it" in str(finding.message)


def test_the_same_claim_without_those_words_is_a_slip() -> None:
    text = "The caption gave 25 January 2026 as the first day of Thongloun Sisoulith's state visit."
    report = check_text(text, published=PUBLISHED, lang="en")
    [finding] = [f for f in report.findings if f.text == "25 January 2026"]
    assert finding.verdict.value == "contradiction"


# ------------------------------------------------ a correction to another source's value of a sum
def test_a_sum_corrected_to_another_recorded_value_of_its_metric_and_period() -> None:
    """The record holds three sums for January-October 2025 (sources disagree): one set right to another is ok."""
    text = (
        "- Đồ họa ghi kim ngạch thương mại Việt Nam - Lào 10 tháng năm 2025 là 2,74 tỷ USD; "
        "đã sửa thành 2,56 tỷ USD.\n"
    )
    report = check_text(text, published=PUBLISHED, lang="vi")
    verdicts = {f.text: f.verdict.value for f in report.findings if f.kind == "amount"}
    assert verdicts == {"2,74 tỷ USD": "ok", "2,56 tỷ USD": "ok"}


def test_a_sum_corrected_to_another_period_stays_a_slip() -> None:
    text = (
        "- Kim ngạch thương mại Việt Nam - Lào 10 tháng năm 2025 là 2,74 tỷ USD; "
        "năm 2024 đã sửa thành 2,2 tỷ USD.\n"
    )
    report = check_text(text, published=PUBLISHED, lang="vi")
    verdicts = {f.text: f.verdict.value for f in report.findings if f.kind == "amount"}
    assert verdicts["2,74 tỷ USD"] == "contradiction"


# ------------------------------------------------------------ a line that quotes another text whole
QUERY = (
    "AQ1 (p. 12) \"...a week before the {n} Congress of the Lao People's Revolutionary Party opened in "
    "January 2026...\"\nQuery: the congress of January 2026 was the Party's {right}. Amend?\n"
)


@pytest.mark.parametrize(
    ("n", "right", "verdict"), [("13th", "12th", "ok"), ("13th", "next", "contradiction")]
)
def test_a_quoted_passage_set_right_on_the_next_line(n: str, right: str, verdict: str) -> None:
    """An author-query sheet quotes the manuscript; the query gives the right ordinal."""
    report = check_text(QUERY.format(n=n, right=right), published=PUBLISHED, lang="en")
    [finding] = [f for f in report.findings if f.kind == "ordinal"]
    assert finding.verdict.value == verdict


def test_a_quoted_claim_is_not_set_right_by_a_claim_of_another_kind() -> None:
    """The days of the congress, right in the same quotation, do not set its wrong number right."""
    text = '"The 15th National Congress of the Communist Party of Vietnam met from 19 to 23 January 2026."\n'
    report = check_text(text, published=PUBLISHED, lang="en")
    [finding] = [f for f in report.findings if f.kind == "ordinal"]
    assert finding.verdict.value == "contradiction"


@pytest.mark.parametrize(
    ("restated", "verdict"), [("US$2.2 billion", "ok"), ("US$2.4 billion", "contradiction")]
)
def test_a_sum_restated_without_its_metric(restated: str, verdict: str) -> None:
    """ "It now reads US$2.2 billion": a value the record holds for the slip's metric and period sets it right."""
    text = (
        "- The 2024 turnover between Vietnam and Laos was shown as US$2.02 billion because of a "
        f"misplaced decimal. It now reads {restated}.\n"
    )
    report = check_text(text, published=PUBLISHED, lang="en")
    [finding] = [f for f in report.findings if f.text == "US$2.02 billion"]
    assert finding.verdict.value == verdict


# A quotation the words right after it say is wrong (``sentences.dismissals``): its claims are
# denied, as a false rating denies its line. The record has 1.6 billion USD for 2023's trade.
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ('The staff wrote "trade was 1.8 billion USD in 2023", which is wrong.', "en", "1.8 billion USD"),
        ('Báo cáo ghi "kim ngạch năm 2023 đạt 1,8 tỷ USD" – chưa đúng.', "vi", "1,8 tỷ USD"),
        ('ພະນັກງານຂຽນວ່າການຄ້າປີ2023ມີ"1.8ຕື້ໂດລາ"ເຊິ່ງບໍ່ຖືກ.', "lo", "1.8ຕື້ໂດລາ"),
    ],
)
def test_a_quotation_dismissed_right_after_it_is_no_slip(text: str, lang: str, said: str) -> None:
    report = check_text(text, published=PUBLISHED, lang=lang)
    [finding] = [f for f in report.findings if f.text == said]
    assert finding.verdict.value == "ok" and "denies" in str(finding.message)


@pytest.mark.parametrize(
    "text",
    [
        'The staff wrote "trade was 1.8 billion USD in 2023". The plan, which is wrong, was redone.',
        'The staff wrote "trade was 1.8 billion USD in 2023", and the minister agreed.',
    ],
)
def test_a_quotation_with_no_dismissal_right_after_it_is_still_judged(text: str) -> None:
    report = check_text(text, published=PUBLISHED, lang="en")
    [finding] = [f for f in report.findings if f.text == "1.8 billion USD"]
    assert finding.verdict.value == "contradiction"


# A quotation that the words after it say was corrected (``sentences.corrections``), a sentence's
# end and a short subject between at most, is denied too: To Lam was General Secretary, not
# State President, in February 2026; Lao National Day turned 50 in 2025.
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            'The first draft described the February visit as one by "President To Lam". The applicant '
            "corrected this on 2 March 2026.",
            "en",
            "President To Lam",
        ),
        (
            'Bản dựng lần 1 ghi "kỷ niệm 60 năm Quốc khánh Lào"; đơn vị đã sửa thành 50 năm.',
            "vi",
            "kỷ niệm 60 năm",
        ),
        ('ຮ່າງທຳອິດຂຽນວ່າ "ວັນຊາດ ຄົບຮອບ 60 ປີ" ແລະ ໄດ້ແກ້ໄຂເປັນ 50 ປີ.', "lo", "ຄົບຮອບ 60 ປີ"),
    ],
)
def test_a_quotation_said_to_be_corrected_is_no_slip(text: str, lang: str, said: str) -> None:
    report = check_text(text, published=date(2025, 12, 20), lang=lang)
    found = [f for f in report.findings if f.text == said]
    assert found and all(f.verdict.value != "contradiction" for f in found)


def test_a_correction_of_something_else_far_after_a_quotation_denies_nothing() -> None:
    text = (
        'The staff wrote "trade was 1.8 billion USD in 2023". The layout of the annual report, with its '
        "many tables, was corrected."
    )
    report = check_text(text, published=PUBLISHED, lang="en")
    [finding] = [f for f in report.findings if f.text == "1.8 billion USD"]
    assert finding.verdict.value == "contradiction"


@pytest.mark.parametrize(
    ("right", "verdict"),
    [("18/7/1977", "ok"), ("18/7/1975", "contradiction")],
)
def test_a_documents_wrong_date_another_text_gave_set_right_in_its_sentence(right: str, verdict: str) -> None:
    # a document is dated by its signing (a date of its own, not an event's day)
    text = (
        f"Sách có lỗi: trang 112 ghi ngày ký Hiệp ước Hữu nghị và Hợp tác là 18/7/1976, thực ra là {right}."
    )
    report = check_text(text, published=date(2026, 4, 6), lang="vi")
    slips = [f.verdict.value for f in report.findings if f.kind == "date" and f.text == "18/7/1976"]
    assert slips == [verdict]
