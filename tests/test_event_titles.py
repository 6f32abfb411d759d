# SPDX-License-Identifier: MIT
"""An event's title in the record is found in a text, and never hides the names written inside it."""

from __future__ import annotations

from datetime import date

import vnla

# The record's Vietnamese title of the Hanoi talks of 26 January 2026, written as a headline.
TITLE = "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith"


def _findings(text: str, published: date) -> list[tuple[str, str, str | None, str]]:
    report = vnla.check_text(text, published=published)
    return [(f.text, f.verdict.value, f.record, f.rule) for f in report.findings]


def test_the_title_is_the_event_and_the_people_and_titles_inside_it_are_judged() -> None:
    assert [n.text for n in vnla.dataset().event("talks-2026-01-26-hanoi").names if n.lang == "vi"] == [TITLE]
    found = _findings(f"Chiều 26/1, tại Hà Nội, {TITLE}.", date(2026, 1, 27))
    assert (TITLE, "ok", "talks-2026-01-26-hanoi", "names.recorded") in found
    assert ("Tổng Bí thư Tô Lâm", "ok", "to-lam", "titles.office") in found
    assert (
        "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith",
        "ok",
        "thongloun-sisoulith",
        "titles.office",
    ) in found


def test_a_wrong_title_inside_a_headline_is_still_a_contradiction() -> None:
    # "Thủ tướng" (Prime Minister) for To Lam: the record's title no longer matches whole, and the
    # office is judged as written.
    text = "Chiều 26/1, tại Hà Nội, Thủ tướng Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith."
    found = _findings(text, date(2026, 1, 27))
    assert ("Thủ tướng Tô Lâm", "contradiction", "to-lam", "titles.office") in found


def test_a_word_inside_a_title_is_no_event_word_of_its_own() -> None:
    # "Ceremony" inside the recorded name of the National Day ceremony does not make the clause's
    # date a date of any other ceremony of the visit: the date stands for the visit.
    text = (
        "To Lam paid a state visit to the Lao People's Democratic Republic, attended the 50th "
        "Anniversary of the Lao National Day Ceremony, from December 1 to 2, 2025."
    )
    dates = [f for f in _findings(text, date(2025, 12, 3)) if f[3].startswith("dates.")]
    assert [(v, r) for _t, v, r, _rule in dates] == [("ok", "visit-2025-12-laos")]


def test_a_title_that_says_not_where_names_each_such_event_of_its_people() -> None:
    # The headline names To Lam's talks with Thongloun Sisoulith but not where they were held: on
    # 5 February 2026 it is the talks in Vientiane, not a misdated Hanoi talks of 26 January.
    found = _findings(f"Ngày 5/2/2026, {TITLE}.", date(2026, 6, 10))
    assert ("Ngày 5/2/2026", "ok", "talks-2026-02-05-vientiane", "dates.event") in found
    # a day near neither talks is still a slip, and the place said still judges the talks dated
    assert ("Ngày 4/2/2026", "contradiction") in [
        (t, v) for t, v, _r, _rule in _findings(f"Ngày 4/2/2026, {TITLE}.", date(2026, 6, 10))
    ]
    placed = _findings(f"Ngày 5/2/2026, {TITLE} tại Hà Nội.", date(2026, 6, 10))
    assert ("Hà Nội", "contradiction", "talks-2026-02-05-vientiane") in [
        (t, v, r) for t, v, r, _rule in placed
    ]


def test_a_title_that_says_where_names_only_its_own_event() -> None:
    # "... ຢູ່ສປປລາວ" (in the Lao PDR) says the host: To Lam's visit there is not Thongloun
    # Sisoulith's visit to Vietnam of September 2024, though the same two led both.
    from vnla.checker.index import _index

    index = _index(vnla.dataset())
    [events] = {p.events for p in index.pats if p.key == "ເລຂາທິການໃຫຍ່ໂຕເລິມຢ້ຽມຢາມທາງລັດຖະກິດຢູ່ສປປລາວ"}
    assert "visit-2024-09-vietnam" not in events
    [talks] = {p.events for p in index.pats if "hoi dam voi tong bi thu" in p.key}
    assert set(talks) == {"talks-2026-01-26-hanoi", "talks-2025-12-vientiane", "talks-2026-02-05-vientiane"}
