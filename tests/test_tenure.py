# SPDX-License-Identifier: MIT
"""
The tenure rule (``dates.tenure``): a date said to start a person's tenure of the office titled
right before it is compared with the starts of the person's terms in that office, in English,
Vietnamese and Lao; a wrong start is caught, a right one passes, and a date that starts
something else (a visit since ..., another person's) is left to the other rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text, rules
from vnla.checker.holders import held_by_others as _held_by_others
from vnla.checker.index import _Index
from vnla.model.records import Name, Term, Vocabulary
from vnla.record.loading import dataset

PUBLISHED = date(2026, 3, 1)

# Sonexay Siphandone has been Prime Minister since 2022-12-30; Luong Cuong State President since
# 2024-10-21; Thongloun Sisoulith General Secretary since 2021-01-15 (re-elected 2026-01-08).
# Each wrong start falls before the first the record has, where the record has others in the
# office all the time: Thongloun and Phankham Viphavanh as Prime Ministers in 2021, Vo Van Thuong
# as President in October 2023, Bounnhang Vorachith as General Secretary in 2018.
CASES = [
    ("en", "Prime Minister Sonexay Siphandone, in office since {y}, co-chaired the meeting.", "2022", "2021"),
    (
        "vi",
        "Chủ tịch nước Lương Cường, người được Quốc hội bầu vào chức vụ này từ tháng 10/{y}, đã tiếp ông.",
        "2024",
        "2023",
    ),
    ("lo", "ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ນັບແຕ່ປີ {y} ໄດ້ກ່າວ.", "2021", "2018"),
]


def _tenure(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.rule or "") for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CASES)
def test_a_tenures_start_is_judged(lang: str, text: str, right: str, wrong: str) -> None:
    assert _tenure(text.format(y=right), lang) == [("ok", "dates.tenure")]
    assert _tenure(text.format(y=wrong), lang) == [("contradiction", "dates.tenure")]


def test_a_re_election_is_a_start_too() -> None:
    assert _tenure("ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ນັບແຕ່ປີ 2026 ໄດ້ກ່າວ.", "lo") == [("ok", "dates.tenure")]


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        # a headline's "re-elected" without "was", and "is elected"
        ("en", "To Lam re-elected General Secretary on 23 January 2026.", "ok"),
        ("en", "To Lam re-elected General Secretary on 20 January 2026.", "contradiction"),
        ("en", "To Lam is elected General Secretary on 3 August 2024.", "ok"),
        # "được (tín nhiệm) bầu lại làm" (was (trusted and) re-elected as)
        ("vi", "Tô Lâm được tín nhiệm bầu lại làm Tổng Bí thư ngày 23/1/2026.", "ok"),
        ("vi", "Tô Lâm được bầu lại làm Tổng Bí thư ngày 20/1/2026.", "contradiction"),
    ],
)
def test_re_election_words_start_a_term(lang: str, text: str, verdict: str) -> None:
    assert (verdict, "dates.tenure") in _tenure(text, lang)


def test_the_message_names_the_starts_in_the_readers_language() -> None:
    report = check_text(CASES[0][1].format(y="2021"), published=PUBLISHED, lang="en")
    (finding,) = [f for f in report.findings if f.rule == "dates.tenure"]
    assert "2022-12-30" in str(finding.message)
    assert "since 2021" in str(finding.message)


@pytest.mark.parametrize(
    "text",
    [
        "General Secretary To Lam, who has visited Laos since 2021, arrived.",  # an event word between
        "Prime Minister Sonexay Siphandone met Tran Thanh Man, in office since 2021.",  # another person
        "General Secretary and President Thongloun Sisoulith, in office since 2016, spoke.",  # two offices
    ],
)
def test_a_date_that_starts_something_else_is_left_to_the_other_rules(text: str) -> None:
    # the date is read, and judged by the rule of a date with no event, not as a tenure's start
    assert _tenure(text, "en") == [("unknown", "dates.date")]


def test_the_rule_is_listed() -> None:
    assert "dates.tenure" in rules()


# ------------------------------------------------------------- starts before the record's first
@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Deputy Prime Minister Sonexay Siphandone, in office since 2014, spoke.",
            "an office of several holders: the record's first start is no first term",
        ),
        (
            "General Secretary Thongloun Sisoulith, in office since 2006, spoke.",
            "one holder, but the record has nobody in the office before 21 March 2006",
        ),
        (
            "President Luong Cuong, in office since 2023, spoke.",
            "one holder, but the record has nobody in the office until 2 March 2023",
        ),
    ],
)
def test_a_start_before_the_records_first_is_a_slip_only_where_others_held_the_office(
    text: str, why: str
) -> None:
    # the tenure's all the same: unknown, with its reason, and left to no other rule
    assert _tenure(text, "en") == [("unknown", "dates.tenure")], why


def test_an_earlier_term_the_record_holds_is_a_start() -> None:
    """Sonexay Siphandone was a Deputy Prime Minister from 2016 (New Mandala), then again from 2021."""
    for year in ("2016", "2021"):
        text = f"Deputy Prime Minister Sonexay Siphandone, in office since {year}, spoke."
        assert _tenure(text, "en") == [("ok", "dates.tenure")], year


def test_a_holder_with_no_end_recorded_holds_until_the_next_start() -> None:
    """Souphanouvong's presidency has no end in the record: it runs until Kaysone Phomvihane's began."""
    holders = _Index(dataset()).holders
    lao, vietnamese = holders["president", "la-state"], holders["president", "vn-state"]
    assert _held_by_others(lao, "nobody", date(1980, 1, 1), date(1980, 12, 31))
    assert not _held_by_others(lao, "souphanouvong", date(1980, 1, 1), date(1980, 12, 31))
    # the record has nobody as Vietnam's President in January 2023 (Nguyen Xuan Phuc is not in it)
    assert not _held_by_others(vietnamese, "nobody", date(2023, 1, 1), date(2023, 12, 31))
    assert _held_by_others(vietnamese, "nobody", date(2023, 10, 1), date(2024, 3, 21))
    assert not _held_by_others(vietnamese, "nobody", date(2023, 10, 1), date(2024, 3, 22))  # acting


def test_only_a_role_has_one_holder() -> None:
    with pytest.raises(ValueError, match="only a role has one holder"):
        Term(id="trade", vocabulary=Vocabulary.TOPIC, names=(Name(text="trade", lang="en"),), one_holder=True)


def test_a_start_before_the_first_is_a_slip_where_a_predecessor_held_the_office() -> None:
    """Nguyen Phu Trong led the Party from 2011 to July 2024: To Lam did not in 2023."""
    assert _tenure("General Secretary To Lam, in office since 2023, spoke.", "en") == [
        ("contradiction", "dates.tenure")
    ]
    assert _tenure("General Secretary To Lam, in office since 2024, spoke.", "en") == [("ok", "dates.tenure")]
    # Choummaly Sayasone to 22 January 2016, then Bounnhang Vorachith: Thongloun did not lead it in 2016
    assert _tenure("General Secretary Thongloun Sisoulith, in office since 2016, spoke.", "en") == [
        ("contradiction", "dates.tenure")
    ]


def test_a_tenure_date_dates_no_congress_of_its_sentence() -> None:
    """
    The dates are judged before the ordinals, so the date a tenure starts is known as such when
    a congress of the sentence asks for its day: only a day of the sentence's events dates it.
    """

    def congress(text: str) -> list[str]:
        report = check_text(text, published="2026-02-10", lang="en")
        return [f.verdict.value for f in report.findings if f.kind == "ordinal"]

    assert congress(
        "At the 13th Congress on 20 January 2026, General Secretary To Lam set out the goals."
    ) == ["contradiction"]
    assert congress(
        "At the 13th Congress, General Secretary To Lam, in office since 3 August 2024, set out the goals."
    ) == ["ok"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Tran Thanh Man became National Assembly Chairman in May 2023.", "contradiction"),
        ("Tran Thanh Man became National Assembly Chairman in May 2024.", "ok"),
        ("Luong Cuong became State President in October 2022.", "contradiction"),
        ("Pham Minh Chinh became Prime Minister in 2020.", "contradiction"),
        ("Pham Minh Chinh became Prime Minister in 2021.", "ok"),
    ],
)
def test_the_predecessors_in_the_record_show_a_start_said_too_early(text: str, verdict: str) -> None:
    """Vuong Dinh Hue chaired the National Assembly from 2021 to May 2024; Nguyen Xuan Phuc was
    Prime Minister to April 2021 and President from then to January 2023."""
    report = check_text(text, published="2026-05-20", lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("To Lam was elected General Secretary on 3 August 2024.", "ok"),
        ("To Lam was elected General Secretary on 13 August 2024.", "contradiction"),
        # the day after the election may be a swearing-in: the month is right, the day not surely wrong
        ("To Lam was elected General Secretary on 4 August 2024.", "unknown"),
        # the day before is no term's start
        ("To Lam was elected General Secretary on 2 August 2024.", "contradiction"),
        # the record knows the month Vilay Lakhamphong became a Deputy Prime Minister, not the
        # day: a day of that month agrees with it
        ("Vilay Lakhamphong became Deputy Prime Minister on 20 June 2022.", "ok"),
    ],
)
def test_a_day_said_in_the_month_a_term_began_is_compared_with_its_day(text: str, verdict: str) -> None:
    """The record dates To Lam's election as General Secretary 2024-08-03, to the day."""
    report = check_text(text, published=PUBLISHED, lang="en")
    got = [f for f in report.findings if f.kind == "date"]
    assert [f.verdict.value for f in got] == [verdict]
    if verdict == "contradiction":
        assert "began on August 13, 2024" in str(got[0].message) or "began on August 2, 2024" in str(
            got[0].message
        )
        assert "2024-08-03" in str(got[0].message)


@pytest.mark.parametrize(
    ("lang", "text", "right", "wrong"),
    [
        ("en", "To Lam has been General Secretary since {y}.", "3 August 2024", "3 August 2023"),
        ("en", "To Lam, General Secretary since {y}, arrived in Vientiane.", "August 2024", "August 2023"),
        ("vi", "Ông Thongloun Sisoulith giữ chức Chủ tịch nước Lào từ năm {y}.", "2021", "2016"),
        # unspaced Lao: the title's body runs on into the word that starts the tenure
        ("lo", "ທ່ານທອງລຸນສີສຸລິດເປັນເລຂາທິການໃຫຍ່ຄະນະບໍລິຫານງານສູນກາງພັກປະຊາຊົນປະຕິວັດລາວນັບແຕ່ປີ {y}.", "2021", "2016"),
    ],
)
def test_a_title_said_of_a_name_starts_with_the_date_after_since(
    lang: str, text: str, right: str, wrong: str
) -> None:
    """
    Titles said of a name ("has been", "giữ chức", "ເປັນ") or set off after it end at "since":
    the date after it starts the tenure.  Thongloun Sisoulith was not President or General
    Secretary in 2016: Choummaly Sayasone, then Bounnhang Vorachith, held both offices that year.
    """
    assert _tenure(text.format(y=right), lang) == [("ok", "dates.tenure")]
    assert _tenure(text.format(y=wrong), lang) == [("contradiction", "dates.tenure")]


# Thongloun Sisoulith became State President on 2021-03-22, two months after his election as
# General Secretary at the LPRP's 11th Congress (13-15 January 2021).
JOINED = (
    "Thongloun Sisoulith{aside} was elected General Secretary at the 11th Congress of the LPRP in "
    "January 2021 and State President in {said}."
)


@pytest.mark.parametrize("aside", ["", ", Prime Minister from April 2016,"])
def test_a_title_joined_to_one_taken_on_is_taken_on_too(aside: str) -> None:
    """ "... was elected General Secretary ... and State President in March 2021": his presidency's."""
    report = check_text(JOINED.format(aside=aside, said="March 2021"), published=PUBLISHED, lang="en")
    found = [(f.text, f.verdict.value, f.rule) for f in report.findings if f.kind == "date"]
    assert ("March 2021", "ok", "dates.tenure") in found


def test_a_later_start_of_a_title_taken_on_is_unknown_not_another_events() -> None:
    """A later start may be a re-election the record lacks: unknown, and not the congress's date."""
    report = check_text(JOINED.format(aside="", said="March 2022"), published=PUBLISHED, lang="en")
    found = [(f.verdict.value, f.rule) for f in report.findings if f.text == "March 2022"]
    assert found == [("unknown", "dates.tenure")]


# A term said to begin months after the one the record has began, which still ran, is a slip;
# a year and more later it may be a re-election the record lacks (Luong Cuong, State President
# from 2024-10-21).
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Luong Cuong was elected State President on 21 November 2024.", "contradiction"),
        ("Lương Cường được bầu làm Chủ tịch nước ngày 21/11/2024.", "contradiction"),
        ("Luong Cuong was elected State President on 21 October 2024.", "ok"),
        ("Luong Cuong was re-elected State President on 7 April 2026.", "unknown"),
    ],
)
def test_a_term_begun_months_after_a_running_one_is_a_slip(text: str, verdict: str) -> None:
    report = check_text(text, published=PUBLISHED)
    found = [f for f in report.findings if f.kind == "date"]
    assert [f.verdict.value for f in found] == [verdict]
    if verdict == "contradiction":
        assert "still ran" in found[0].message


# A title taken on with its body named after it, and a timeline's entry that opens with the date:
# To Lam became General Secretary on 3 August 2024, Luong Cuong State President on 21 October 2024.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("To Lam was elected General Secretary of the Communist Party of Vietnam on 13 August 2024.", "contradiction"),
        ("To Lam was elected General Secretary of the Communist Party of Vietnam on 3 August 2024.", "ok"),
        ("Ông Tô Lâm được bầu làm Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam ngày 13/8/2024.", "contradiction"),
        ("ທ່ານ ໂຕເລິມ ໄດ້ຮັບເລືອກຕັ້ງເປັນ ເລຂາທິການໃຫຍ່ ຄະນະບໍລິຫານງານສູນກາງພັກກອມມູນິດຫວຽດນາມ ໃນວັນທີ 13 ສິງຫາ 2024.", "contradiction"),
        ("Aug 13, 2024 – To Lam is elected General Secretary of the CPV Central Committee.", "contradiction"),
        ("21 October 2024: Luong Cuong is elected State President.", "ok"),
        ("- 13/8/2024: Ông Tô Lâm được bầu làm Tổng Bí thư.", "contradiction"),
        # a deputy's office, or no words of taking it on: not the tenure's start
        ("21 November 2024: Luong Cuong is elected Vice President.", "unknown"),
        ("21 November 2024: Luong Cuong, State President, visits Laos.", "unknown"),
    ],
)  # fmt: skip
def test_a_title_taken_on_with_its_body_or_in_a_timeline_starts_a_term(text: str, verdict: str) -> None:
    report = check_text(text, published=PUBLISHED)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "National Assembly Chairman Tran Thanh Man, who took that post in May 2023, spoke.",
            "contradiction",
        ),
        ("National Assembly Chairman Tran Thanh Man, who took that post in May 2024, spoke.", "ok"),
        # a year that runs past half a year after the start may hold a later term
        ("Prime Minister Sonexay Siphandone, who took over in 2023, spoke.", "unknown"),
    ],
)
def test_words_of_taking_a_post_over(text: str, verdict: str) -> None:
    """Tran Thanh Man has chaired the National Assembly since 20 May 2024, Sonexay Siphandone been Prime Minister since 30 December 2022."""
    report = check_text(text, published=PUBLISHED)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


def test_a_quoted_title_starts_no_term_with_the_date_after_it() -> None:
    """The title is words quoted; the date after the quotation is of the next clause's office."""
    text = (
        'Lời bình ở bản cũ gọi "Chủ tịch nước Tô Lâm"; đã sửa thành "Tổng Bí thư Tô Lâm", vì từ ngày '
        "21/10/2024 Chủ tịch nước là đồng chí Lương Cường."
    )
    report = check_text(text, published=PUBLISHED)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # To Lam was re-elected General Secretary on 23 January 2026, at the close of the 14th Congress
        ("General Secretary To Lam was re-elected on 21 January 2026 at the 14th National Congress.", "contradiction"),
        ("General Secretary To Lam was re-elected on 23 January 2026.", "ok"),
        ("Tổng Bí thư Tô Lâm được bầu lại ngày 22/1/2026.", "contradiction"),
        ("Tổng Bí thư Tô Lâm được bầu lại ngày 23/1/2026.", "ok"),
        # the date's clause goes on to another office: not the titled one's term
        ("General Secretary To Lam was re-elected on 15 March 2026 as a deputy to the National Assembly.", "unknown"),
        # re-elected with no title before the name: which office is not said
        ("To Lam was re-elected on 21 January 2026.", "unknown"),
    ],
)  # fmt: skip
def test_a_titled_person_re_elected_on_a_date_starts_a_term_of_that_office(text: str, verdict: str) -> None:
    report = check_text(text, published=PUBLISHED)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Thongloun Sisoulith's first term as General Secretary began on 15 January 2021
        ("Thongloun Sisoulith was elected General Secretary for the first time in January 2021.", "ok"),
        ("Thongloun Sisoulith was elected General Secretary for the first time in January 2026.", "contradiction"),
        ("Thongloun Sisoulith được bầu làm Tổng Bí thư lần đầu vào tháng 1/2020.", "contradiction"),
        # without the words, a later start may be a term the record lacks
        ("Thongloun Sisoulith was elected General Secretary in January 2023.", "unknown"),
    ],
)  # fmt: skip
def test_the_first_time_a_title_was_taken_on_is_the_first_terms_start(text: str, verdict: str) -> None:
    report = check_text(text, published=PUBLISHED)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the name, a semicolon and a pronoun for it before the words of taking a title on
        ("Chủ tịch nước Lào là ông Thongloun Sisoulith; ông được bầu làm Tổng Bí thư lần đầu vào tháng 1/2020.", "contradiction"),
        ("Chủ tịch nước Lào là ông Thongloun Sisoulith; ông được bầu làm Tổng Bí thư vào tháng 1/2021.", "ok"),
        ("The President of Laos is Thongloun Sisoulith; he was elected General Secretary in January 2020.", "contradiction"),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_semicolon_stands_for_the_name_before_it(text: str, verdict: str) -> None:
    report = check_text(text, published=PUBLISHED)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]
