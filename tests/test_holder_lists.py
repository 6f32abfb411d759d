# SPDX-License-Identifier: MIT
"""
A body may list every holder of a role over a span (``Organization.holder_lists``): a state's
Vice Presidents as its assembly elected them, or Vietnam's one Vice President.  Within the
span, the role given to anyone the list leaves out is a contradiction; outside it, or where
no list covers the sentence's day, such a title stays ``unknown``.  The data are validated:
a listed holder needs an office of the role in the body, and no one else may hold the role in
the body during the span.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

import vnla
from vnla.checker import check_text
from vnla.model import HolderList, When

if TYPE_CHECKING:
    from pathlib import Path


def _title(text: str, published: date, lang: str = "en") -> tuple[str, str]:
    report = check_text(text, published=published, lang=lang)
    [found] = [f for f in report.findings if f.kind == "title"]
    return found.verdict.value, found.message


@pytest.mark.parametrize(
    ("text", "published", "lang", "verdict"),
    [
        # Laos: two Vice Presidents from 22 March 2021
        ("Vice President Vilay Lakhamphong presented the cup in Vientiane.", date(2025, 6, 5), "en", "contradiction"),
        ("Lao Vice President Thongsavanh Phomvihane was the patron.", date(2025, 6, 5), "en", "contradiction"),
        ("Ngày 5/2/2026, Phó Chủ tịch nước Lào Vilay Lakhamphong đón đoàn.", date(2026, 2, 6), "vi", "contradiction"),
        # a listed holder: the list says who else is wrong, not that she still held the office
        ("Vice President Pany Yathotou presented the cup.", date(2025, 6, 5), "en", "unknown"),
        # after the list's span: the record cannot say
        ("Vice President Vilay Lakhamphong presented the cup in Vientiane.", date(2026, 6, 5), "en", "unknown"),
        # a year that runs past the span is not wholly inside it
        ("In 2026, Vice President Vilay Lakhamphong presented the cup.", date(2026, 12, 1), "en", "unknown"),
        # Vietnam: one Vice President at a time
        ("Ngày 26/1/2026, ông được Phó Chủ tịch nước Đỗ Văn Chiến tiếp đón.", date(2026, 1, 27), "vi", "contradiction"),
        ("Ngày 26/1/2026, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp đón.", date(2026, 1, 27), "vi", "ok"),
        # another office several hold at once, with no list: still open
        ("Deputy Prime Minister Thongsavanh Phomvihane met the guests.", date(2025, 6, 5), "en", "unknown"),
    ],
)  # fmt: skip
def test_a_title_given_to_someone_the_list_leaves_out(
    text: str, published: date, lang: str, verdict: str
) -> None:
    assert _title(text, published, lang)[0] == verdict


def test_the_message_names_the_list() -> None:
    _verdict, message = _title("Vice President Vilay Lakhamphong presented the cup.", date(2025, 6, 5))
    assert "Bounthong Chitmany, Pany Yathotou" in message
    assert "Vilay Lakhamphong is not among them" in message


def test_a_list_needs_a_holder_and_a_start_before_its_end() -> None:
    day = When.on(date(2021, 3, 22))
    with pytest.raises(ValueError, match="names at least one"):
        HolderList(role="vice-president", holders=(), start=day, end=day)
    with pytest.raises(ValueError, match="no start before the end"):
        HolderList(role="vice-president", holders=("x",), start=day, end=When.on(date(2020, 1, 1)))


DATA = """
[[terms]]
id = "vice-chair"
vocabulary = "role"
names = [{ text = "Vice Chair", lang = "en" }]

[[organizations]]
id = "board"
kind = "committee"
names = [{ text = "Board", lang = "en" }]

[[organizations.holder_lists]]
role = "vice-chair"
holders = ["ann"]
start = 2021-01-01
end = 2022-01-01

[[people]]
id = "ann"
names = [{ text = "Ann", lang = "en" }]

[[people.offices]]
role = "vice-chair"
organization = "board"
title = "Vice Chair"
terms = [{ start = 2021-01-01 }]

[[people]]
id = "bob"
names = [{ text = "Bob", lang = "en" }]

[[people.offices]]
role = "vice-chair"
organization = "board"
title = "Vice Chair"
terms = [{ start = 2020-01-01, end = 2020-06-01 }]
"""


def test_the_lists_are_validated_with_their_paths(tmp_path: Path) -> None:
    path = tmp_path / "board.toml"
    path.write_text(DATA, encoding="utf-8")
    assert vnla.load(path).get("board") is not None  # Bob's term ended before the span
    # Bob's term surely runs inside the span, and he is not listed
    path.write_text(DATA.replace("end = 2020-06-01", "end = 2021-06-01"), encoding="utf-8")
    with pytest.raises(vnla.DataError) as info:
        vnla.load(path)
    [problem] = info.value.problems
    assert problem.path == "$.organizations[0].holder_lists[0].holders"
    assert "bob" in problem.reason
    # a listed holder with no office of the role in the body
    path.write_text(DATA.replace('holders = ["ann"]', 'holders = ["ann", "bob"]').replace(
        'role = "vice-chair"\norganization = "board"\ntitle = "Vice Chair"\nterms = [{ start = 2020-01-01, end = 2020-06-01 }]',
        'role = "vice-chair"\norganization = "elsewhere"\ntitle = "Vice Chair"\nterms = []',
    ).replace('[[people]]\nid = "bob"', '[[organizations]]\nid = "elsewhere"\nkind = "committee"\nnames = [{ text = "Elsewhere", lang = "en" }]\n\n[[people]]\nid = "bob"'), encoding="utf-8")  # fmt: skip
    with pytest.raises(vnla.DataError) as info:
        vnla.load(path)
    [problem] = info.value.problems
    assert problem.path == "$.organizations[0].holder_lists[0].holders[1]"
    assert "'bob' has no 'vice-chair' office in 'board'" in problem.reason


def test_a_list_of_a_topic_not_a_role_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "board.toml"
    text = DATA.replace('id = "vice-chair"\nvocabulary = "role"', 'id = "vice-chair"\nvocabulary = "topic"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(vnla.DataError) as info:
        vnla.load(path)
    assert any(p.path == "$.organizations[0].holder_lists[0].role" for p in info.value.problems)


def test_a_deputy_title_in_a_year_of_the_vietnamese_list() -> None:
    verdict, message = _title(
        "In 2023, Vice President Luong Cuong received a Lao delegation.", date(2026, 4, 20)
    )
    assert verdict == "contradiction"
    assert "Vo Thi Anh Xuan" in message
