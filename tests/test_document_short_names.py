# SPDX-License-Identifier: MIT
"""
A document named by its kind alone ("the Joint Statement", "Tuyên bố chung", "ຖະແຫຼງການຮ່ວມ",
"Hiệp ước Hữu nghị và Hợp tác"): the record's one document so named, unless the words around
it say another is meant (:mod:`vnla.checker.judges.document_names`).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 2, 1)


def _found(text: str, kind: str, lang: str = "en") -> list[tuple[str, str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.text, f.verdict.value, str(f.message)) for f in report.findings if f.kind == kind]


def _verdict(text: str, said: str, lang: str = "en") -> str:
    found = [v for t, v, _m in _found(text, "date", lang) if t == said]
    assert len(found) == 1, (said, _found(text, "date", lang))
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The Joint Statement set a target of USD 5 billion.", "en", "Joint Statement"),
        ("Tuyên bố chung nêu mục tiêu 5 tỷ USD.", "vi", "Tuyên bố chung"),
        ("ຖະແຫຼງການຮ່ວມ ໄດ້ ກຳນົດ ເປົ້າໝາຍ.", "lo", "ຖະແຫຼງການຮ່ວມ"),
        ("ຖະແຫຼງການ ຮ່ວມ ໄດ້ ກຳນົດ ເປົ້າໝາຍ.", "lo", "ຖະແຫຼງການ ຮ່ວມ"),
        ("Kỷ niệm ngày ký Hiệp ước Hữu nghị và Hợp tác.", "vi", "Hiệp ước Hữu nghị và Hợp tác"),
        ("ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມື ສະບັບນີ້.", "lo", "ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມື"),
    ],
)
def test_a_short_name_is_the_recorded_document(text: str, lang: str, name: str) -> None:
    assert [(t, v) for t, v, _m in _found(text, "document", lang)] == [(name, "ok")]


@pytest.mark.parametrize(
    ("text", "lang", "said", "slip"),
    [
        ("The Joint Statement of 2 December 2025 set new goals.", "en", "2 December 2025", "3 December 2025"),
        (
            "The Joint Statement, issued on 2 December 2025, set goals.",
            "en",
            "2 December 2025",
            "1 December 2025",
        ),
        ("Tuyên bố chung ngày 2/12/2025 nêu mục tiêu mới.", "vi", "ngày 2/12/2025", "3/12/2025"),
        ("Tuyên bố chung Việt Nam – Lào được ký ngày 2/12/2025.", "vi", "ngày 2/12/2025", "1/12/2025"),
        ("ຖະແຫຼງການຮ່ວມລາວ-ຫວຽດນາມລົງວັນທີ2ທັນວາ2025.", "lo", "ວັນທີ2ທັນວາ2025", "3ທັນວາ2025"),
        ("Hiệp ước Hữu nghị và Hợp tác được ký ngày 18/7/1977.", "vi", "ngày 18/7/1977", "18/7/1979"),
    ],
)
def test_the_date_given_to_a_short_name_is_judged(text: str, lang: str, said: str, slip: str) -> None:
    assert _verdict(text, said, lang) == "ok"
    wrong = text.replace(said.removeprefix("ngày ").removeprefix("ວັນທີ"), slip)
    assert _verdict(wrong, said.replace(said.removeprefix("ngày ").removeprefix("ວັນທີ"), slip), lang) == (
        "contradiction"
    )


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # another country's statement, named before or after
        ("The Vietnam–Cambodia Joint Statement of 3 December 2025 was discussed.", "en", "3 December 2025"),
        ("Tuyên bố chung Việt Nam – Campuchia ngày 3/12/2025 cũng được nhắc tới.", "vi", "ngày 3/12/2025"),
        ("Việt Nam và Campuchia ra Tuyên bố chung ngày 3/12/2025.", "vi", "ngày 3/12/2025"),
        # another's, by a possessive
        ("ASEAN's joint statement of 3 December 2025 was brief.", "en", "3 December 2025"),
        ("The foreign ministers' joint statement of 3 December 2025 was brief.", "en", "3 December 2025"),
        # any statement of the kind
        ("The sides issued a joint statement of 3 December 2025 on the border.", "en", "3 December 2025"),
        # another year's
        ("The joint statement of 15 October 2019 used three words.", "en", "15 October 2019"),
    ],
)
def test_a_short_name_of_another_document_is_no_contradiction(text: str, lang: str, said: str) -> None:
    assert _verdict(text, said, lang) == "unknown"


def test_a_date_a_month_off_a_short_name_may_be_another_statement() -> None:
    found = _found("The Joint Statement of 2 November 2025 set new goals.", "date")
    assert [(t, v) for t, v, _m in found] == [("2 November 2025", "unknown")]
    assert "only by its kind" in found[0][2]
    # the full name is the one statement: a month slipped is a slip
    full = "The Vietnam–Laos Joint Statement of 2 November 2025 set new goals."
    assert _verdict(full, "2 November 2025") == "contradiction"


@pytest.mark.parametrize(
    ("text", "lang", "listing"),
    [
        (
            'Giám khảo nhắc: trong Tuyên bố chung năm 2019, hai bên đã nêu khuôn khổ "hữu nghị vĩ đại, '
            'đoàn kết đặc biệt, hợp tác toàn diện".',
            "vi",
            "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện",
        ),
        (
            'By October 2019 a joint statement spoke of "great friendship, special solidarity and '
            'comprehensive cooperation".',
            "en",
            "great friendship, special solidarity and comprehensive cooperation",
        ),
    ],
)
def test_a_short_name_of_another_years_statement_does_not_date_a_listing(
    text: str, lang: str, listing: str
) -> None:
    # the framework of 2019 had three elements: the listing is that statement's, not a slip
    found = _found(text, "framework", lang)
    assert [t for t, _v, _m in found] == [part.strip() for part in listing.replace(" and ", ", ").split(",")]
    assert "contradiction" not in {v for _t, v, _m in found}
    # the same listing with the fourth element, which the statement of 2019 did not have, is a slip
    fourth = "gắn kết chiến lược" if lang == "vi" else "strategic cohesion"
    added = text.replace(listing, f"{listing}, {fourth}")
    assert (fourth, "contradiction") in [(t, v) for t, v, _m in _found(added, "framework", lang)]


def test_a_document_said_to_be_signed_is_the_signing_meant() -> None:
    # another signing of the same day (the Politburos' agreement) is not what the text dates
    found = _found("The joint statement was signed on 3 December 2025.", "date")
    assert [(t, v) for t, v, _m in found] == [("3 December 2025", "contradiction")]
    assert "Joint Statement" in found[0][2]
    assert "Politburo" not in found[0][2]


def test_the_parties_named_with_a_short_name_keep_it_the_recorded_document() -> None:
    assert _verdict("Việt Nam và Lào ra Tuyên bố chung ngày 3/12/2025.", "ngày 3/12/2025", "vi") == (
        "contradiction"
    )
