# SPDX-License-Identifier: MIT
"""
Dates belong to what their sentence is about (issue 15, point 4): the event of the date's own
clause before a farther one, an anniversary's founding by the name it is attached to (a birth,
a death), day words in reported speech against the day of the speech, and a ceremony on the one
day the record holds for it.  Each case in English, Vietnamese and Lao, each also on clean input.
"""

from __future__ import annotations

from datetime import date

import pytest

import vnla
from vnla.checker import check_text


def _finding(text: str, published: date, kind: str, span_text: str | None = None) -> tuple[str, str | None]:
    report = check_text(text, published=published)
    found = [f for f in report.findings if f.kind == kind and (span_text is None or f.text == span_text)]
    assert len(found) == 1, [(f.kind, f.text, f.verdict.value) for f in report.findings]
    return found[0].verdict.value, found[0].record


# --------------------------------------------------------------------------- the date's own clause
# The talks were on 26 January 2026, inside the state visit of 26-27 January: "27 January" is
# the talks' day (its clause), not the visit's (the next clause), and is a contradiction.
CLAUSE = {
    "en": "The talks took place on January {d}, 2026, during the state visit.",
    "vi": "Hội đàm diễn ra ngày {d}/1/2026, trong chuyến thăm cấp nhà nước.",
    "lo": "ການເຈລະຈາ ໄດ້ດຳເນີນ ໃນວັນທີ {d} ມັງກອນ 2026, ໃນລະຫວ່າງ ການຢ້ຽມຢາມ ລັດຖະກິດ.",
}


@pytest.mark.parametrize("lang", sorted(CLAUSE))
@pytest.mark.parametrize(("day", "verdict"), [(27, "contradiction"), (26, "ok")])
def test_a_date_belongs_to_the_event_of_its_clause(lang: str, day: int, verdict: str) -> None:
    text = CLAUSE[lang].format(d=day)
    assert _finding(text, date(2026, 1, 28), "date") == (verdict, "talks-2026-01-26-hanoi")


def test_a_date_without_an_event_in_its_clause_takes_the_sentence_s_nearest() -> None:
    """The joint statement's 'from December 1 to 2, 2025' stands alone in its clause: it is the visit's."""
    text = (
        "To Lam paid a state visit to the Lao People's Democratic Republic, attended the 50th "
        "Anniversary of the Lao National Day Ceremony, from December 1 to 2, 2025."
    )
    assert _finding(text, date(2025, 12, 3), "date") == ("ok", "visit-2025-12-laos")


# --------------------------------------------------------------------------- a ceremony's own day
# The 50th National Day ceremony was held on 2 December 2025 (web:sggp-122191), during a visit of
# 1-2 December: "the ceremony ... on 1 December" is a contradiction, not ok within the visit.
CEREMONY = {
    "en": "To Lam attended the ceremony marking the 50th National Day of Laos on December {d}, 2025.",
    "vi": "Tổng Bí thư Tô Lâm dự lễ kỷ niệm 50 năm Quốc khánh Lào ngày {d}/12/2025.",
    "lo": "ທ່ານ ໂຕເລິມ ເຂົ້າຮ່ວມ ພິທີ ສະເຫຼີມສະຫຼອງ ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 50 ປີ ວັນທີ {d} ທັນວາ 2025.",
}


@pytest.mark.parametrize("lang", sorted(CEREMONY))
@pytest.mark.parametrize(("day", "verdict"), [(1, "contradiction"), (2, "ok")])
def test_a_ceremony_is_judged_on_its_recorded_day(lang: str, day: int, verdict: str) -> None:
    text = CEREMONY[lang].format(d=day)
    assert _finding(text, date(2025, 12, 3), "date") == (verdict, "national-day-50-ceremony-2025")


def test_the_ceremony_is_recorded_on_one_day() -> None:
    ceremony = vnla.dataset().get("national-day-50-ceremony-2025")
    assert str(ceremony.when) == "2025-12-02"


# --------------------------------------------------------------------------- birth anniversaries
KAYSONE = {
    "en": "On {day}, Laos marked the {n}th birth anniversary of President Kaysone Phomvihane.",
    "vi": "{day}, Lào kỷ niệm {n} năm ngày sinh Chủ tịch Kaysone Phomvihane.",
    "lo": "{day}, ລາວ ສະເຫຼີມສະຫຼອງ ວັນເກີດ ປະທານ ໄກສອນ ພົມວິຫານ ຄົບຮອບ {n} ປີ.",
}
DAYS = {
    ("en", 13): "December 13, 2025",
    ("vi", 13): "Ngày 13/12/2025",
    ("lo", 13): "ວັນທີ 13 ທັນວາ 2025",
    ("en", 2): "December 2, 2025",
    ("vi", 2): "Ngày 2/12/2025",
    ("lo", 2): "ວັນທີ 2 ທັນວາ 2025",
}


@pytest.mark.parametrize("lang", sorted(KAYSONE))
@pytest.mark.parametrize(
    ("n", "verdict", "record"),
    [(105, "ok", "anniversary-kaysone-birth-105"), (110, "contradiction", "birth-kaysone-phomvihane")],
)
def test_a_birth_anniversary_is_the_person_s_not_national_day_s(
    lang: str, n: int, verdict: str, record: str
) -> None:
    """'105th birth anniversary of President Kaysone' counts from his birth (1920), not from 1975."""
    text = KAYSONE[lang].format(day=DAYS[lang, 13], n=n)
    assert _finding(text, date(2025, 12, 13), "ordinal") == (verdict, record)


@pytest.mark.parametrize("lang", sorted(KAYSONE))
@pytest.mark.parametrize(
    ("day", "record"),
    [(13, "anniversary-kaysone-birth-105"), (2, "national-day-50-ceremony-2025")],
)
def test_a_birth_anniversary_s_date_is_its_day_or_its_ceremony_s(lang: str, day: int, record: str) -> None:
    """13 December is the birthday; 2 December the ceremony that marked it with the National Day."""
    text = KAYSONE[lang].format(day=DAYS[lang, day], n=105)
    assert _finding(text, date(2025, 12, day), "date") == ("ok", record)


# --------------------------------------------------------------------------- death anniversaries
HO_CHI_MINH = {
    "en": "On September 2, 2025, Vietnam marked the {n}th anniversary of President Ho Chi Minh's death.",
    "vi": "Ngày 2/9/2025, Việt Nam kỷ niệm {n} năm ngày mất Chủ tịch Hồ Chí Minh.",
    "lo": "ວັນທີ 2 ກັນຍາ 2025, ວັນເສຍຊີວິດ ປະທານ ໂຮ່ຈີມິນ ຄົບຮອບ {n} ປີ.",
}


@pytest.mark.parametrize("lang", sorted(HO_CHI_MINH))
@pytest.mark.parametrize(("n", "verdict"), [(56, "ok"), (55, "contradiction")])
def test_a_death_anniversary_counts_from_the_death(lang: str, n: int, verdict: str) -> None:
    """Ho Chi Minh died on 2 September 1969: 2025 is the 56th anniversary of his death."""
    text = HO_CHI_MINH[lang].format(n=n)
    assert _finding(text, date(2025, 9, 2), "ordinal") == (verdict, "death-ho-chi-minh")


def test_without_a_death_word_a_person_s_anniversary_is_the_birth() -> None:
    text = "On May 19, 2025, Vietnam marked the 135th birth anniversary of President Ho Chi Minh."
    assert _finding(text, date(2025, 5, 19), "ordinal") == ("ok", "birth-ho-chi-minh")


def test_the_death_is_recorded_with_its_source() -> None:
    ds = vnla.dataset()
    death = ds.get("death-ho-chi-minh")
    assert (str(death.when), death.death_of) == ("1969-09-02", "ho-chi-minh")
    assert str(ds.get("ho-chi-minh").died) == "1969-09-02"
    assert all(ev.source.startswith("web:") and ev.note for ev in death.evidence)


# --------------------------------------------------------------------------- reported speech
SPEECH = {
    "en": 'Speaking on January 26, 2026, Lam said: "Today we held talks in Hanoi."',
    "vi": 'Phát biểu ngày 26/1/2026, Tổng Bí thư Tô Lâm nói: "Hôm nay chúng tôi đã hội đàm tại Hà Nội."',
    "lo": 'ວັນທີ 26 ມັງກອນ 2026, ທ່ານ ໂຕເລິມ ກ່າວວ່າ: "ມື້ນີ້ ພວກເຮົາ ໄດ້ ເຈລະຈາ ຢູ່ ຮ່າໂນ້ຍ."',
}
TODAY = {"en": "Today", "vi": "Hôm nay", "lo": "ມື້ນີ້"}


@pytest.mark.parametrize("lang", sorted(SPEECH))
@pytest.mark.parametrize("published", [date(2026, 1, 28), date(2026, 1, 26)])
def test_today_in_a_quotation_is_the_day_of_the_speech(lang: str, published: date) -> None:
    """Published two days later (or the same day), 'today' in the quoted words is 26 January."""
    verdict = _finding(SPEECH[lang], published, "date", TODAY[lang])
    assert verdict == ("ok", "talks-2026-01-26-hanoi")


@pytest.mark.parametrize(
    "text",
    [
        '"Today we held talks in Hanoi," Lam said on January 26, 2026.',
        "Speaking on January 26, 2026, Lam said the talks held today in Hanoi were a success.",
    ],
)
def test_the_speech_day_may_follow_the_quotation_or_lead_reported_speech(text: str) -> None:
    verdict = _finding(text, date(2026, 1, 28), "date", text[text.lower().index("today") :][:5])
    assert verdict == ("ok", "talks-2026-01-26-hanoi")


def test_without_the_day_of_the_speech_today_is_the_publication_day() -> None:
    """No speech date in the text: 'today' is read against the publication date, a warning."""
    report = check_text('"Today we held talks in Hanoi," Lam said.', published=date(2026, 1, 28))
    [finding] = [f for f in report.findings if f.kind == "date"]
    assert finding.verdict.value == "contradiction"
    assert finding.severity.value == "warning"
    assert "against the publication date 2026-01-28" in finding.message


def test_a_contradiction_in_speech_names_the_day_of_the_speech() -> None:
    text = 'Speaking on January 27, 2026, Lam said: "Today we held talks in Hanoi."'
    report = check_text(text, published=date(2026, 2, 2))
    [finding] = [f for f in report.findings if f.text == "Today"]
    assert finding.verdict.value == "contradiction"
    assert "against the date of the speech 2026-01-27" in finding.message


def test_a_death_is_counted_from_the_death_not_the_birth() -> None:
    """Kaysone died on 1992-11-21: counting from his birth (1920) would give a false contradiction."""
    text = "On November 21, 2025, Laos marked the {n} anniversary of President Kaysone Phomvihane's death."
    assert _finding(text.format(n="33rd"), date(2025, 11, 21), "ordinal")[0] == "ok"
    assert _finding(text.format(n="34th"), date(2025, 11, 21), "ordinal")[0] == "contradiction"


def test_a_death_the_record_lacks_is_not_read_as_the_birth() -> None:
    """Luong Cuong's record has his birth month and no death: a death's anniversary is no birth's."""
    text = "On August 21, 2025, they marked the 68th anniversary of Luong Cuong's death."
    assert _finding(text, date(2025, 8, 21), "ordinal")[0] != "contradiction"


# Days that hold a one-day event's (the talks of 26 January 2026) and are exactly those of an
# event another word of the sentence names (the state visit of 26-27 January) are that event's:
# right; a day more is still a slip.
EXACT_TEXTS = {
    "en": "He visited Vietnam from 10 to 13 September 2024 and went again on {d}, when he held talks with To Lam in Hanoi.",
    "lo": (
        "ທ່ານທອງລຸນສີສຸລິດເຄີຍໄປຢ້ຽມຢາມຫວຽດນາມແບບລັດຖະກິດໃນວັນທີ 10-13 ກັນຍາ 2024, "
        "ຕໍ່ມາກໍໄປອີກໃນວັນທີ {d} ແລະໄດ້ເຈລະຈາກັບທ່ານໂຕເລິມທີ່ນະຄອນຫຼວງຮ່າໂນ້ຍ."
    ),
}
EXACT_DAYS = {
    "en": ("26-27 January 2026", "26-28 January 2026"),
    "lo": ("26-27 ມັງກອນ 2026", "26-28 ມັງກອນ 2026"),
}


@pytest.mark.parametrize("lang", sorted(EXACT_TEXTS))
def test_days_exactly_another_named_events_are_that_events(lang: str) -> None:
    right, wrong = EXACT_DAYS[lang]
    for days, expected in ((right, "ok"), (wrong, "contradiction")):
        report = check_text(EXACT_TEXTS[lang].format(d=days), published=date(2026, 10, 15), lang=lang)
        assert [f.verdict.value for f in report.findings if f.kind == "date" and days in f.text] == [expected]


# A day without a year that is past but said to come (a verb in the future before it in its
# clause, or after it where it opens its clause) is the coming one: in February 2026, "5
# September" of a mark still to come is 2026's, the 64th anniversary of 5 September 1962.
AHEAD = {
    "en": "On 5 September, Vietnam and Laos will mark the {n} anniversary of diplomatic relations.",
    "vi": "Ngày 5/9, Việt Nam và Lào sẽ kỷ niệm {n} năm thiết lập quan hệ ngoại giao.",
}
AHEAD_NUMBERS = {"en": ("64th", "63rd"), "vi": ("64", "63")}


@pytest.mark.parametrize("lang", sorted(AHEAD))
def test_a_day_said_to_come_is_the_coming_one(lang: str) -> None:
    right, wrong = AHEAD_NUMBERS[lang]
    for n, expected in ((right, "ok"), (wrong, "contradiction")):
        report = check_text(AHEAD[lang].format(n=n), published=date(2026, 2, 12), lang=lang)
        assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [expected]


def test_a_past_day_before_a_future_verb_keeps_its_year() -> None:
    report = check_text("The talks on 26 January will be followed by a visit.", published=date(2026, 2, 12))
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"] == [("26 January", "ok")]


# A day without a year that is still to come but told of in the past (a verb in the past in its
# clause, or in the clause it opens) is the last one: in November 2026, "5 February" of a visit
# paid is 2026's, To Lam's one-day state visit to Laos of 5 February 2026.
BEHIND = {
    "en": "On {d} February, To Lam paid a one-day state visit to Laos.",
    "vi": "Ngày {d}/2, Tổng Bí thư Tô Lâm đã thăm cấp nhà nước Lào.",
    "lo": "ວັນທີ {d} ກຸມພາ, ທ່ານ ໂຕເລິມ ໄດ້ມາຢ້ຽມຢາມ ສປປ ລາວ ແບບລັດຖະກິດ.",
}


@pytest.mark.parametrize("lang", sorted(BEHIND))
def test_a_day_told_of_in_the_past_is_the_last_one(lang: str) -> None:
    for day, expected in (("5", "ok"), ("6", "contradiction")):
        report = check_text(BEHIND[lang].format(d=day), published=date(2026, 11, 20), lang=lang)
        assert [f.verdict.value for f in report.findings if f.kind == "date"] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a plan told in the past may be still to come (February 2027's: no recorded event)
        ("To Lam was to pay a state visit to Laos on 6 February.", date(2026, 11, 20), "unknown"),
        ("To Lam would pay a state visit to Laos on 6 February.", date(2026, 11, 20), "unknown"),
        # a day within a month of the publication: the publication day is more likely off than
        # the year (2026's, a day after the visit)
        ("To Lam paid a state visit to Laos on 6 February.", date(2026, 1, 20), "contradiction"),
    ],
)
def test_a_day_still_to_come_keeps_its_year(text: str, published: date, expected: str) -> None:
    report = check_text(text, published=published)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [expected]


def test_a_month_told_of_in_the_past_dates_its_anniversary() -> None:
    # in November 2026, a February past is 2026's: the Party's 96th anniversary (3 February 1930)
    text = (
        "In February he attended the ceremony marking the {n} anniversary of the Communist Party of Vietnam."
    )
    for n, expected in (("96th", "ok"), ("97th", "contradiction")):
        report = check_text(text.format(n=n), published=date(2026, 11, 20))
        assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [expected]


def test_an_official_welcome_ceremony_is_no_other_ceremony() -> None:
    # the welcome ceremony of Thongloun Sisoulith's state visit was on 26 January 2026, the
    # signing ceremony of the same visit on 26 or 27 January
    text = "The official welcome ceremony for Thongloun Sisoulith in Hanoi was held on {d} January 2026."
    for day, expected in (("26", "ok"), ("27", "contradiction")):
        report = check_text(text.format(d=day), published=date(2026, 2, 1))
        assert [f.verdict.value for f in report.findings if f.kind == "date"] == [expected]


# A weekday set off after a day word is that day's: on Friday 6 February 2026, yesterday was a
# Thursday (the day of To Lam's state visit to Laos).
NAMED_DAY = {
    "en": "Yesterday, {w}, To Lam paid a one-day state visit to Laos.",
    "vi": "Hôm qua, {w}, Tổng Bí thư Tô Lâm thăm cấp nhà nước Lào.",
    "lo": "ມື້ວານນີ້, {w}, ທ່ານ ໂຕເລິມ ໄດ້ມາຢ້ຽມຢາມ ສປປ ລາວ ແບບລັດຖະກິດ.",
}
WEEKDAYS = {"en": ("Thursday", "Wednesday"), "vi": ("thứ Năm", "thứ Tư"), "lo": ("ວັນພະຫັດ", "ວັນພຸດ")}


@pytest.mark.parametrize("lang", sorted(NAMED_DAY))
def test_a_weekday_set_off_after_a_day_word_is_that_days(lang: str) -> None:
    right, wrong = WEEKDAYS[lang]
    for weekday, expected in ((right, ["ok"]), (wrong, ["contradiction", "ok"])):
        report = check_text(NAMED_DAY[lang].format(w=weekday), published=date(2026, 2, 6), lang=lang)
        assert [f.verdict.value for f in report.findings if f.kind == "date"] == expected


# A Vietnamese weekday before a day and month ("thứ Năm 3/12", a headline's) is read, and must be
# that day's: 3 December 2025 was a Wednesday.
@pytest.mark.parametrize(("weekday", "expected"), [("Thứ Tư", ["ok"]), ("Thứ Năm", ["contradiction", "ok"])])
def test_a_vietnamese_weekday_before_a_day_and_month_is_checked(weekday: str, expected: list[str]) -> None:
    text = f"{weekday} 3/12: Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào tại Viêng Chăn."
    report = check_text(text, published=date(2026, 1, 12), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == expected


# "Since a year" ("từ năm 2017", "ຕັ້ງແຕ່ປີ 2017") starts a span that runs to today, not the year
# itself: a listing of the framework said to hold since then is judged as it stands today (the
# wording is today's), where "in 2017" judged it on the last day of 2017.
SINCE = {
    "en": 'Since 2017 the relationship has been called "great friendship, special solidarity and comprehensive cooperation".',
    "vi": 'Từ năm 2017 quan hệ được gọi là "hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện".',
    "lo": 'ຕັ້ງແຕ່ປີ 2017 ສາຍພົວພັນໄດ້ຖືກເອີ້ນວ່າ "ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດແລະການຮ່ວມມືຮອບດ້ານ".',
}


@pytest.mark.parametrize("lang", sorted(SINCE))
def test_since_a_year_is_a_span_to_today(lang: str) -> None:
    report = check_text(SINCE[lang], published=date(2026, 5, 15), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "framework"] == ["ok", "ok", "ok"]
    (since,) = [f for f in report.findings if f.kind == "date"]
    assert since.value == "not before 2017-01-01"


def test_lao_but_before_a_year_starts_nothing() -> None:
    # "ແຕ່" alone is also "but": "ແຕ່ ປີ 2025 ..." is the year 2025
    from vnla.lang.parsing import parse_lao_dates

    assert [str(d.when) for d in parse_lao_dates("ແຕ່ ປີ 2025 ການຄ້າໄດ້ເຖິງ")] == ["2025"]
    assert [str(d.when) for d in parse_lao_dates("ນັບແຕ່ປີ 2016")] == ["not before 2016-01-01"]


# ------------------------------------------------------------------ an event another is about
# On 26 January 2026 To Lam and Thongloun Sisoulith co-chaired, in Hanoi, a briefing on the
# outcomes of the LPRP's 12th Congress, which met on 6-8 January: a date of the briefing is not
# the congress's, whatever word the text calls the briefing by.
ABOUT = {
    "en": "To Lam and Thongloun Sisoulith co-chaired a conference on the results of the LPRP's 12th Congress in Hanoi on {d}.",
    "vi": "Tô Lâm và Thongloun Sisoulith đồng chủ trì Hội nghị thông báo kết quả Đại hội XII Đảng Nhân dân Cách mạng Lào tại Hà Nội {d}.",
}  # fmt: skip
ABOUT_DAY = {"en": "January 26", "vi": "ngày 26/1"}


@pytest.mark.parametrize(("lang", "verdict"), [("en", "unknown"), ("vi", "ok")])
def test_a_date_of_an_event_about_a_congress_is_not_the_congresss(lang: str, verdict: str) -> None:
    # (Vietnamese names the briefing by the words of its own kind, "hội nghị thông báo kết quả":
    # the date is the briefing's, and right)
    text = ABOUT[lang].format(d=ABOUT_DAY[lang])
    assert _finding(text, date(2026, 1, 28), "date")[0] == verdict


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The results of the LPRP's 12th Congress, which met in Vientiane from {d} January 2026, were shared.", "en"),
        ("Ông thông báo kết quả Đại hội XII của Đảng Nhân dân Cách mạng Lào, họp tại Viêng Chăn từ {d}/1.", "vi"),
        ("ທ່ານ ໄດ້ແຈ້ງ ຜົນສຳເລັດ ຂອງ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ຂອງພັກ ທີ່ໄດ້ເປີດຂຶ້ນ ທີ່ນະຄອນຫຼວງ ວຽງຈັນ ແຕ່ວັນທີ {d} ມັງກອນ 2026.", "lo"),
    ],
)  # fmt: skip
def test_a_date_in_the_clause_of_the_event_spoken_of_is_that_events(text: str, lang: str) -> None:
    days = "6 to 8" if lang == "en" else "6 đến 8" if lang == "vi" else "6-8"
    wrong = "16 to 18" if lang == "en" else "16 đến 18" if lang == "vi" else "16-18"
    assert _finding(text.format(d=days), date(2026, 1, 28), "date")[0] == "ok"
    assert _finding(text.format(d=wrong), date(2026, 1, 28), "date")[0] == "contradiction"


def test_a_congress_dated_in_its_own_sentence_is_still_judged() -> None:
    text = "The LPRP's 12th Congress opened in Vientiane on January 26."
    assert _finding(text, date(2026, 1, 28), "date")[0] == "contradiction"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An article on Monday said the visit began on 26 January.", "unknown"),  # the day of the saying
        ("To Lam said the talks on Monday were productive.", "contradiction"),  # the talks' day
    ],
)
def test_a_weekday_before_a_word_of_saying_is_the_sayings_day(text: str, expected: str) -> None:
    """Published on Tuesday 10 February 2026: "Monday" is 9 February; the talks were on 5 February."""
    report = check_text(text, published=date(2026, 2, 10))
    assert [f.verdict.value for f in report.findings if f.kind == "date" and "Monday" in f.text] == [expected]


# ------------------------------------------------------------- an event dated on one side only
# The record dates the opening ceremony of the UN cybercrime convention in Hanoi only as "not
# after 2 December 2025" (the joint statement of that day welcomes its results).  A ceremony in
# Hanoi on 5 September 2025 may be it or any other: the record does not know, so not "ok".
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A ceremony was held in Hanoi on 5 September 2025.", "en"),
        ("Lễ kỷ niệm diễn ra ngày 5/9/2025 tại Hà Nội.", "vi"),
    ],
)
def test_a_date_inside_an_events_one_sided_bound_is_unknown(text: str, lang: str) -> None:
    report = check_text(text, published=date(2025, 9, 6), lang=lang)
    found = [f for f in report.findings if f.kind == "date"]
    assert [(f.verdict.value, f.record) for f in found] == [("unknown", "un-cybercrime-convention-ceremony")]
    assert "only before December 3, 2025" in str(found[0].message)


@pytest.mark.parametrize("the", ["", "các ", "những "])
def test_a_meeting_on_the_results_of_visits_is_not_a_visit(the: str) -> None:
    """ "cuộc họp ... triển khai kết quả các chuyến thăm cấp cao": the date is the meeting's."""
    text = (
        "Chiều hôm qua, Chủ tịch UBND tỉnh chủ trì cuộc họp về việc triển khai kết quả "
        f"{the}chuyến thăm cấp cao giữa hai nước."
    )
    report = check_text(text, published=date(2026, 2, 10), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == ["unknown"]


def test_the_place_of_an_event_dated_on_one_side_is_still_judged() -> None:
    """Its day is not fixed, but where it took place is: Hanoi, not Vientiane."""
    text = (
        "The Opening Ceremony of the United Nations Convention against Cybercrime was held in "
        "Vientiane on 5 September 2025."
    )
    report = check_text(text, published=date(2025, 9, 6), lang="en")
    found = {(f.kind, f.verdict.value, f.rule) for f in report.findings}
    assert ("date", "unknown", "dates.event") in found
    assert ("place", "contradiction", "places.event") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A provincial delegation was in Hanoi from 24 to 28 January 2026, at the same time as the "
            "state visit of Thongloun Sisoulith.",
            "en",
        ),
        (
            "Đoàn công tác của tỉnh ở Hà Nội từ ngày 24 đến 28/1/2026, cùng thời gian với chuyến thăm "
            "cấp Nhà nước của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.",
            "vi",
        ),
        (
            "ຄະນະຜູ້ແທນແຂວງຢູ່ຮ່າໂນ້ຍແຕ່ວັນທີ24ຫາ28ມັງກອນ2026, ໃນໄລຍະດຽວກັນກັບການຢ້ຽມຢາມທາງລັດຖະກິດຂອງທ່ານທອງລຸນສີສຸລິດ.",
            "lo",
        ),
    ],
)
def test_a_date_set_beside_an_event_is_not_the_events(text: str, lang: str) -> None:
    """The delegation's days, "at the same time as" the visit: not the visit's (26-27 January)."""
    report = check_text(text, published=date(2026, 2, 10), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == ["unknown"]


def test_the_same_days_said_of_the_event_are_a_slip() -> None:
    text = "The state visit of Thongloun Sisoulith to Hanoi took place from 24 to 28 January 2026."
    report = check_text(text, published=date(2026, 2, 10), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == ["contradiction"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "This morning the two Prime Ministers opened the {n} meeting of the Intergovernmental Committee.",
            "en",
        ),
        ("ເຊົ້ານີ້ ນາຍົກລັດຖະມົນຕີ ສອງປະເທດ ໄດ້ເປີດກອງປະຊຸມ ຄັ້ງທີ {n} ຂອງຄະນະກຳມະການຮ່ວມມື ລາວ-ຫວຽດນາມ.", "lo"),
    ],
)
def test_a_part_of_the_day_of_publication_dates_a_numbered_meeting(text: str, lang: str) -> None:
    """ "This morning", "ເຊົ້ານີ້": the publication day, 3 December 2025, the day of the 48th meeting."""
    numbers = {"en": ("48th", "46th"), "lo": ("48", "46")}[lang]
    for n, verdict in zip(numbers, ("ok", "contradiction"), strict=True):
        report = check_text(text.format(n=n), published=date(2025, 12, 3), lang=lang)
        assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [verdict]
        assert [f.verdict.value for f in report.findings if f.kind == "date"] == ["ok"]


# A record's field names its place ("venue: Hanoi"), and a session's date after the words of its
# chairing ("do ... đồng chủ trì tại Hà Nội ngày 3/12/2025") is its own, past the results words
# before its name: the 48th meeting of the Intergovernmental Committee met in Vientiane.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Occasion: 48th meeting of the Vietnam–Laos Intergovernmental Committee; venue: Hanoi", "en"),
        (
            "Căn cứ kết quả Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào do Thủ tướng Phạm Minh "
            "Chính và Thủ tướng Lào Sonexay Siphandone đồng chủ trì tại Hà Nội ngày 3/12/2025;",
            "vi",
        ),
    ],
)
def test_a_venue_field_and_a_chaired_session_are_placed(text: str, lang: str) -> None:
    report = check_text(text, published=date(2026, 3, 10), lang=lang)
    found = {(f.kind, f.verdict.value, f.rule) for f in report.findings}
    assert ("place", "contradiction", "places.event") in found


# A date in brackets right after an event's name is the event's, though words of what another
# event is about stand before the name ("the outcomes of"): the CPV's 14th Congress met on 19-23
# January 2026.
@pytest.mark.parametrize(("days", "verdict"), [("19–25", "contradiction"), ("19–23", "ok")])
def test_a_date_in_brackets_after_an_events_name_is_its_own(days: str, verdict: str) -> None:
    text = (
        "The Board also weighed the outcomes of the 14th National Congress of the Communist Party of "
        f"Vietnam ({days} January 2026)."
    )
    report = check_text(text, published=date(2026, 2, 9), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]
