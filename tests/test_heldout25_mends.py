# SPDX-License-Identifier: MIT
"""
Mends for what the twenty-fifth blind corpus (heldout25) showed, each on sentences of our own:
the judges pass the clean form and still catch the planted one.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def _verdicts(text: str, published: str, lang: str, kind: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


# A Lao table of both eras: a year of the Buddhist era written without its era's words (2463 is
# 1920) is read as one; the ordinal in its row counts from the day, not from the year 2463.
_TABLE = (
    "ຕາຕະລາງ ປີ\n"
    "| ລາຍການ | ພ.ສ. | ຄ.ສ. | ປີ ນີ້ |\n"
    "| ວັນເກີດ ທ່ານ ໄກສອນ ພົມວິຫານ | 13 ທັນວາ 2463 | 13 ທັນວາ 1920 | ຄົບຮອບ {} ປີ |\n"
)


@pytest.mark.parametrize(("count", "verdict"), [("106", "ok"), ("110", "contradiction")])
def test_a_year_of_the_buddhist_era_without_its_words_is_read_as_one(count: str, verdict: str) -> None:
    assert _verdicts(_TABLE.format(count), "2026-06-03", "lo", "ordinal") == [(f"ຄົບຮອບ {count} ປີ", verdict)]


@pytest.mark.parametrize(("year", "verdict"), [("2498", "ok"), ("2499", "contradiction")])
def test_a_founding_dated_in_the_buddhist_era_is_judged(year: str, verdict: str) -> None:
    text = f"ພັກປະຊາຊົນປະຕິວັດລາວ ສ້າງຕັ້ງ ວັນທີ 22 ມີນາ {year}."
    assert _verdicts(text, "2026-06-03", "lo", "date") == [(f"ວັນທີ 22 ມີນາ {year}", verdict)]


# An event named after the words of what another event is about, then a clause with a date:
# the clause may be the other event's. The day of the briefing on the LPRP congress's outcomes
# (26 January 2026) is ok; a day that fits neither is still the congress's slip.
_BRIEFING = "We added the briefing on the outcomes of the LPRP's 12th National Congress, held in Vientiane on {} January, to the list."


@pytest.mark.parametrize(("day", "verdict"), [("26", "ok"), ("5", "contradiction")])
def test_a_date_after_an_event_that_is_another_events_subject(day: str, verdict: str) -> None:
    assert _verdicts(_BRIEFING.format(day), "2026-02-18", "en", "date") == [(f"{day} January", verdict)]


# A numbered congress a count starts from: the date of its sentence is the count's end.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Doi moi turns 40 this December, counting from the 6th National Congress of the CPV.", "ok"),
        ("The 6th National Congress of the CPV met this December.", "contradiction"),
    ],
)
def test_a_congress_counted_from_is_not_dated_by_the_counts_end(text: str, verdict: str) -> None:
    # (the age Đổi mới turns is a count of its own, of the 6th Congress's founding of it)
    found = _verdicts(text, "2026-09-14", "en", "ordinal")
    assert [f for f in found if f[0] == "6th National Congress"] == [("6th National Congress", verdict)]


# A year right after a document's name is the document's: "the Treaty ... of 1977" is ok, and it
# is no horizon of the goal due by the 100th anniversary of Vietnam's founding, whose National
# Day the sentence also names. A year led by words of a horizon still is.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The July event remembers the Treaty of Amity and Cooperation of 1977, and the September "
            "event combines the National Day of Vietnam with the anniversary of ties.",
            "ok",
        ),
        (
            "The July event in 1976 combines the National Day of Vietnam with the anniversary of ties.",
            "unknown",
        ),
        (
            "Vietnam aims to become a high-income country by 2040, 100 years after the founding of the "
            "Socialist Republic of Vietnam.",
            "contradiction",
        ),
    ],
)
def test_a_year_after_a_documents_name_and_a_goals_horizon(text: str, verdict: str) -> None:
    assert [v for _t, v in _verdicts(text, "2026-07-08", "en", "date")] == [verdict]


# Days the dates judge found wrong date their sentence as the record's days they are wrong for,
# a range of days too: "visited Laos as President on 11-12 July 2023" is the visit of 2024, when
# To Lam was President; the year is the slip, not the title.
@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("Earlier, To Lam had visited Laos as President on 11-12 July 2023.", "ok", "contradiction"),
        ("Earlier, To Lam had visited Laos as Prime Minister on 11-12 July 2024.", "contradiction", "ok"),
    ],
)
def test_a_wrong_range_of_days_dates_its_sentence_as_the_records(text: str, title: str, date: str) -> None:
    assert [v for _t, v in _verdicts(text, "2026-10-05", "en", "title")] == [title]
    assert [v for _t, v in _verdicts(text, "2026-10-05", "en", "date")] == [date]


# A list whose lead names its year in words of the publication's: its entries' days without a
# year, and its entries' anniversaries, are of that year, not of the one nearest the publication.
_THIS_YEAR = "Important days of this year:\n- 2 December: the Lao National Day, its {} anniversary.\n- Also: the Lao National Day, its {} anniversary.\n"


@pytest.mark.parametrize(
    ("first", "second", "verdicts"),
    [("51st", "51st", ["ok", "ok"]), ("50th", "52nd", ["contradiction", "contradiction"])],
)
def test_a_lists_lead_names_its_year_in_words(first: str, second: str, verdicts: list[str]) -> None:
    found = _verdicts(_THIS_YEAR.format(first, second), "2026-02-27", "en", "ordinal")
    assert [v for _t, v in found] == verdicts


# A flow word after a sum past "and" ("ແລະ", "và") is the next sum's: "2.25 billion USD and Laos'
# surplus about 732.7 million" does not make 2.25 billion a surplus, nor the 2.98 billion of the
# sentence after it, whose +32.7% is trade's, as the record holds.
_FLOWS = (
    "ປີ໒໐໒໒ມູນຄ່າການຄ້າແມ່ນ໑,໖໕ຕື້ໂດລາ. ປີ໒໐໒໔ແມ່ນ ໒,໒໕ຕື້ໂດລາແລະລາວເກີນດຸນປະມານ໗໓໒,໗ລ້ານໂດລາ. "
    "ປີ໒໐໒໕ແມ່ນ ໒,໙໘ຕື້ໂດລາ (ເພີ່ມຂຶ້ນ{}%)."
)


@pytest.mark.parametrize(("change", "verdict"), [("໓໒,໗", "ok"), ("໔໒,໗", "contradiction")])
def test_a_flow_word_past_and_is_the_next_sums(change: str, verdict: str) -> None:
    assert _verdicts(_FLOWS.format(change), "2026-09-09", "lo", "change") == [(f"{change}%", verdict)]


# A bare event word opening the sentence after one that names a numbered event, and standing in
# that event's words, is that event: "The congress had opened on 19 January" after the CPV's
# 14th Congress closed on 23 January. A day it does not meet is not ok.
@pytest.mark.parametrize(("day", "ok"), [("19", True), ("12", False)])
def test_a_bare_event_word_after_a_numbered_event(day: str, ok: bool) -> None:
    text = (
        "The Vietnamese party closed its 14th Congress in Hanoi on 23 January. "
        f"The congress had opened on {day} January."
    )
    lao = f"ພັກ ຫວຽດນາມ ປິດ ກອງປະຊຸມ ໃຫຍ່ ຄັ້ງທີ XIV ທີ່ ຮ່າໂນ້ຍ ໃນ ວັນທີ 23 ມັງກອນ. ກອງປະຊຸມ ເລີ່ມ ວັນທີ {day} ມັງກອນ."
    for said, lang in ((text, "en"), (lao, "lo")):
        assert (_verdicts(said, "2026-02-16", lang, "date")[1][1] == "ok") is ok


# A day word and the day with its year that spells it out are one date, that day's: in a
# scrapbook of clippings, "yesterday" is the clipping's, whatever day the scrapbook was made.
@pytest.mark.parametrize(("day", "verdict"), [("5", "ok"), ("6", "contradiction")])
def test_a_day_word_spelt_out_is_that_day(day: str, verdict: str) -> None:
    text = f"ສະຫຼຸບ: ມື້ວານ ວັນທີ {day} ກຸມພາ 2026 ທ່ານ ໂຕເລິມ ມາ ຢ້ຽມຢາມ ລາວ ໜຶ່ງ ມື້."
    assert _verdicts(text, "2026-02-16", "lo", "date") == [(f"ມື້ວານ ວັນທີ {day} ກຸມພາ 2026", verdict)]


# Past a comma, a party may open the next clause: the congress is the party's its own clause
# names before it ("Đảng Nhân dân Cách mạng Lào họp Đại hội XII, Đảng Cộng sản Việt Nam họp ...").
@pytest.mark.parametrize(("number", "verdict"), [("XII", "ok"), ("XIII", "contradiction")])
def test_a_party_past_a_comma_opens_the_next_clause(number: str, verdict: str) -> None:
    text = (
        f"Tháng 1 năm 2026, hai Đảng cùng tổ chức Đại hội: Đảng Nhân dân Cách mạng Lào họp Đại hội {number}, "
        "Đảng Cộng sản Việt Nam họp Đại hội XIV."
    )
    assert _verdicts(text, "2026-09-22", "vi", "ordinal")[0] == (f"Đại hội {number}", verdict)


def test_an_outlines_numbered_line_is_no_wrapped_sentences_going_on() -> None:
    """
    "4.3 The ..." opens an outline's item: the line before, a list's last bullet, does not run
    into it, and the item's anniversary is not dated by the bullets' year (2027).
    """
    from vnla.checker.normal import normal

    line = "    - Sunday 5 September 2027: family day for the anniversary of relations with Laos"
    text = f"4.2 Three events in 2027:\n{line}\n4.3 The 2026 pilot event on 19 May 2026 drew about 300 people. It marked the 137th birth anniversary of Ho Chi Minh.\n"
    assert "\n4.3 The 2026" in normal(text)[0]
    assert _verdicts(text, "2026-07-08", "en", "ordinal") == [("137th birth anniversary", "contradiction")]
    # a sum's number goes on a wrapped sentence
    wrapped = (
        "In the year to June the two-way trade of the two neighbouring countries reached\n2.98 billion USD."
    )
    assert "\n" not in normal(wrapped)[0]


# A list of foundings in one sentence, parted by semicolons, each with its date and its count:
# each count is of the founding its own part dates.
_FOUNDINGS = (
    "ປີ 2026 ມີ ວັນ ສຳຄັນ ຫຼາຍ: ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ ສ້າງຕັ້ງ ວັນທີ 5 ກັນຍາ 1962, ປີ ນີ້ ຄົບຮອບ 64 ປີ; "
    "ສົນທິສັນຍາ ມິດຕະພາບ ແລະ ການຮ່ວມມື ລົງນາມ ວັນທີ 18 ກໍລະກົດ 1977, ປີ ນີ້ ຄົບຮອບ {} ປີ."
)


@pytest.mark.parametrize(("count", "verdict"), [("49", "ok"), ("48", "contradiction")])
def test_each_part_of_a_list_of_foundings_counts_its_own(count: str, verdict: str) -> None:
    found = _verdicts(_FOUNDINGS.format(count), "2026-04-27", "lo", "ordinal")
    assert found == [("ຄົບຮອບ 64 ປີ", "ok"), (f"ຄົບຮອບ {count} ປີ", verdict)]


# A list of who held what: "Name: Title, DAYS" - the days set off after the titles are their
# time, not the publication day.
@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("- Vuong Dinh Hue: National Assembly Chairman, 31 March 2021 to 2 May 2024", "ok"),
        ("- Vo Van Thuong: Prime Minister, 2 March 2023 to 21 March 2024", "contradiction"),
    ],
)
def test_the_days_set_off_after_a_lists_titles_are_their_time(line: str, verdict: str) -> None:
    found = _verdicts(f"Office holders:\n{line}\n", "2026-05-20", "en", "title")
    assert [v for _t, v in found] == [verdict]


# A date on an answer's line, after an arrow or an answer's label, is of the events its question
# names, when its own sentence names none.
@pytest.mark.parametrize(("days", "verdict"), [("19 đến 23", "ok"), ("19 đến 25", "contradiction")])
def test_an_answers_date_is_of_its_questions_event(days: str, verdict: str) -> None:
    text = (
        "Câu 1. Đại hội XIV của Đảng Cộng sản Việt Nam diễn ra trong những ngày nào?\n"
        f"  -> Từ {days}/1/2026, tại Hà Nội.\n"
    )
    assert _verdicts(text, "2026-09-22", "vi", "date") == [(f"Từ {days}/1/2026", verdict)]
    english = f"Q1. When did the 14th National Congress of the CPV meet?\nAnswer: {days.replace('đến', 'to')} January 2026.\n"
    assert [v for _t, v in _verdicts(english, "2026-09-22", "en", "date")] == [verdict]


# A name set off by commas after its titles is theirs: "the Lao Prime Minister, X, said".
@pytest.mark.parametrize(
    ("name", "verdict"), [("Phankham Viphavanh", "ok"), ("Thongloun Sisoulith", "contradiction")]
)
def test_a_name_set_off_after_its_titles(name: str, verdict: str) -> None:
    text = f"In June 2022 the Lao Prime Minister, {name}, received the delegation."
    assert [v for _t, v in _verdicts(text, "2026-03-01", "en", "title")] == [verdict]
