# SPDX-License-Identifier: MIT
"""Offices: terms and sightings, deputies as offices of their own, and titled names not in the record."""

from __future__ import annotations

from datetime import date

import pytest

import vnla
from vnla.checker import check_text
from vnla.model.records import Office, OfficeTerm, Sighting, When


def _title(text: str, published: date | None = None) -> tuple[str, str]:
    report = check_text(text, published=published)
    [finding] = [f for f in report.findings if f.kind == "title"]
    return finding.verdict.value, finding.message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("On October 1, 2024, President To Lam met guests.", "ok"),
        ("On August 20, 2024, General Secretary To Lam met guests.", "ok"),
        ("On February 5, 2026, Prime Minister Thongloun Sisoulith met guests.", "contradiction"),
        ("Prime Minister Tran Thanh Man met guests.", "contradiction"),
        ("On December 2, 2025, Vice President Thongloun Sisoulith met guests.", "contradiction"),
        ("On December 2, 2025, Deputy Prime Minister Pham Minh Chinh met guests.", "contradiction"),
        # with no day, the record cannot say he headed a body then: a deputy's office he may have held
        ("Deputy Prime Minister Pham Minh Chinh met guests.", "unknown"),
        ("Prime Minister Nguyen Chi Dung met guests.", "contradiction"),
        ("On December 2, 2025, Deputy Prime Minister Nguyen Chi Dung met guests.", "ok"),
        ("On October 1, 2025, President To Lam met guests.", "contradiction"),
    ],
)
def test_title_verdicts(text: str, verdict: str) -> None:
    assert _title(text)[0] == verdict


def test_unknown_with_the_reason() -> None:
    verdict, message = _title("On March 1, 2027, President Thongloun Sisoulith met guests.")
    assert verdict == "unknown"
    assert "March 22, 2021" in message  # written as every command writes a date
    # an open term after the last day a source shows it held: the record cannot say
    assert message.endswith(
        "the term begun March 22, 2021 has no recorded end, and no source shows the office held after "
        "February 22, 2026"
    )


def test_offices_of_between_two_terms() -> None:
    ds = vnla.dataset()
    roles = [o.role for o in ds.offices_of("to-lam", on=date(2025, 12, 20))]
    assert roles == ["general-secretary"]


def test_one_office_two_terms() -> None:
    ds = vnla.dataset()
    [gs] = [o for o in ds.get("to-lam").offices if o.role == "general-secretary"]
    assert [t.label for t in gs.terms] == ["13th Central Committee", "14th term"]
    assert gs.status(date(2026, 1, 23))[0] == "held"


def test_no_observed_day_is_a_term_bound() -> None:
    """Every office's sightings are kept apart from its terms: no office uses the legacy ``held``."""
    for person in vnla.dataset().people:
        for office in person.offices:
            assert office.held is None, (person.id, office.title)


def test_sightings_only_give_unknown_with_the_days() -> None:
    office = Office(
        role="president",
        organization="vn-state",
        title="President",
        seen=(Sighting(on=When.on(date(2024, 7, 11))), Sighting(on=When.on(date(2024, 9, 10)))),
    )
    assert office.status(date(2024, 9, 10))[0] == "held"
    assert office.status(date(2024, 10, 1)) == (
        "unknown",
        "held on 2024-07-11 and 2024-09-10; term dates not recorded",
    )


def test_a_term_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends"):
        OfficeTerm(start=When.on(date(2024, 5, 22)), end=When.on(date(2024, 5, 1)))


def test_a_titled_name_not_in_the_record_is_listed_with_its_title() -> None:
    report = check_text("Deputy Foreign Minister Bounleua Phandanouvang met guests.")
    [finding] = [f for f in report.findings if f.rule == "names.unknown-person"]
    assert finding.verdict.value == "unknown"
    assert (finding.text, finding.value) == ("Bounleua Phandanouvang", "Deputy Foreign Minister")
    assert "not in the record" in finding.message


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        ("Cùng ngày, Thủ tướng Campuchia Hun Manet tiếp một đoàn doanh nghiệp.", "vi", "Thủ tướng Campuchia"),
        (
            "The same day, Prime Minister of Cambodia Hun Manet received guests.",
            "en",
            "Prime Minister of Cambodia",
        ),
    ],
)
def test_a_name_not_in_the_record_after_a_title_and_its_country(text: str, lang: str, title: str) -> None:
    report = check_text(text, lang=lang)
    [finding] = [f for f in report.findings if f.rule == "names.unknown-person"]
    assert (finding.text, finding.value, finding.verdict.value) == ("Hun Manet", title, "unknown")


def test_a_name_broken_at_a_lines_end_is_not_taken_for_a_stranger() -> None:
    report = check_text("Chủ tịch Quốc hội Lào Xaysomphone Phom-\nvihane phát biểu.", lang="vi")
    assert not [f for f in report.findings if f.rule == "names.unknown-person"]


def test_the_record_holds_the_delegations() -> None:
    ds = vnla.dataset()
    for pid in ("luong-cuong", "nguyen-chi-dung", "le-hoai-trung", "bounthong-chitmany", "vilay-lakhamphong"):
        person = ds.get(pid)
        assert person.offices
        assert all(t.evidence for o in person.offices for t in o.terms)


@pytest.mark.parametrize(
    ("sentence", "verdict", "record"),
    [
        (
            "the 105th birth anniversary of President Kaysone Phomvihane",
            "ok",
            "anniversary-kaysone-birth-105",
        ),
        (
            "the 110th birth anniversary of President Kaysone Phomvihane",
            "contradiction",
            "birth-kaysone-phomvihane",
        ),
    ],
)
def test_a_birth_anniversary_counts_from_the_birth(sentence: str, verdict: str, record: str) -> None:
    report = check_text(f"On December 2, 2025, Laos marked {sentence}.", published=date(2025, 12, 2))
    [finding] = [f for f in report.findings if f.kind == "ordinal"]
    assert (finding.verdict.value, finding.record) == (verdict, record)


def test_births_are_recorded() -> None:
    ds = vnla.dataset()
    assert str(ds.get("kaysone-phomvihane").born) == "1920-12-13"
    assert ds.get("birth-kaysone-phomvihane").person == "kaysone-phomvihane"


# ------------------------------------------------- offices of several holders (an open record)
@pytest.mark.parametrize(
    ("text", "published", "why"),
    [
        (
            "Deputy Prime Minister Bounthong Chitmany met guests.",
            date(2019, 5, 3),
            "no deputy premiership in his record, which has none of his 2016-2021 offices",
        ),
        (
            "Vice President Phankham Viphavanh met guests.",
            date(2019, 5, 3),
            "the record has him as Prime Minister from 2021 only",
        ),
        (
            "Vice President Bounthong Chitmany met guests.",
            date(2019, 5, 3),
            "before the first term the record has (2021)",
        ),
    ],
)
def test_an_office_of_several_holders_the_record_lacks_is_unknown(
    text: str, published: date, why: str
) -> None:
    verdict, message = _title(text, published)
    assert verdict == "unknown", why
    assert "several people" in message


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a body's head is no deputy besides: Xaysomphone Phomvihane chaired the Lao National Assembly
        ("Vice Chairman of the Lao National Assembly Xaysomphone Phomvihane met guests.", date(2025, 12, 2)),
        ("Lao Vice President Xaysomphone Phomvihane met guests.", date(2025, 12, 2)),
        # an office of one holder the person never held
        ("Foreign Minister Pham Minh Chinh met guests.", date(2025, 5, 3)),
        # after a recorded end
        ("Deputy Prime Minister Sonexay Siphandone met guests.", date(2023, 5, 3)),
    ],
)
def test_the_record_still_refutes_where_it_knows(text: str, published: date) -> None:
    assert _title(text, published)[0] == "contradiction"


def test_a_head_has_one_holder() -> None:
    from vnla.model.records import Name, Term, Vocabulary

    with pytest.raises(ValueError, match="set one_holder = true"):
        Term(id="chair", vocabulary=Vocabulary.ROLE, names=(Name(text="Chair", lang="en"),), head=True)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Lao names of the foreign and public security ministers' and the vice-president's offices
        ("ທ່ານ ທອງສະຫວັນ ພົມວິຫານ ລັດຖະມົນຕີກະຊວງການຕ່າງປະເທດ ໄດ້ມາ.", "ok"),
        ("ທ່ານ ຟານວັນຢາງ ລັດຖະມົນຕີກະຊວງປ້ອງກັນຄວາມສະຫງົບ ໄດ້ມາ.", "contradiction"),  # Defence
        ("ທ່ານ ຟານວັນຢາງ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ໄດ້ມາ.", "ok"),  # shown held that day
        ("ທ່ານເລືອງເກື່ອງຮອງປະທານປະເທດຫວຽດນາມ ໄດ້ມາ.", "contradiction"),  # the President, a head
    ],
)
def test_lao_titles_of_ministers_and_the_vice_president(text: str, verdict: str) -> None:
    assert _title(text, date(2025, 12, 1))[0] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the period lies wholly after the term's end: the title is wrong all of it
        ("In December 2025, Foreign Minister Saleumxay Kommasith met guests.", "contradiction"),
        # a period within a term, or one a term may begin or end in, is as before
        ("In December 2025, Foreign Minister Thongsavanh Phomvihane met guests.", "ok"),
        # ended in it, on the 18th; held on its first day, his term known to begin by March 2021
        ("In November 2024, Foreign Minister Saleumxay Kommasith met guests.", "ok"),
    ],
)
def test_a_title_in_a_period_wholly_outside_the_terms(text: str, verdict: str) -> None:
    found = _title(text, date(2026, 2, 1))
    assert found[0] == verdict, found
    if verdict == "contradiction":
        assert "in December 2025" in found[1]


def test_a_tenures_start_dates_no_other_title_of_its_sentence() -> None:
    """ "elected to the post in October 2023" says when a tenure began, not when the meeting was."""
    text = (
        "Ông đã hội kiến Chủ tịch nước Lương Cường, người được Quốc hội bầu vào chức vụ này từ tháng "
        "10/2023, cùng Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn."
    )
    report = check_text(text, published=date(2026, 2, 1))
    assert "contradiction" not in [f.verdict.value for f in report.findings if f.kind == "title"]
    assert [f.rule for f in report.findings if f.verdict.value == "contradiction"] == ["dates.tenure"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "then": the title of the day the sentence states
        (
            "On 3 December 2025, Le Hoai Trung, then Acting Foreign Minister, spoke.",
            "contradiction",
        ),
        (
            "On 3 October 2025, Le Hoai Trung, then Acting Foreign Minister, spoke.",
            "unknown",
        ),  # no start known
        # a sentence with no day of its own: of some time before, as a former title
        ("Le Hoai Trung, then Acting Foreign Minister, spoke.", "ok"),
    ],
)
def test_a_title_of_that_time_is_the_sentences_days(text: str, verdict: str) -> None:
    assert _title(text, date(2025, 12, 5))[0] == verdict
