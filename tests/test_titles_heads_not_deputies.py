# SPDX-License-Identifier: MIT
"""
A person the record last saw heading a body, in a term begun by the sentence's day whose end it
lacks, is not taken to have become that body's deputy: "Vice President Luong Cuong" after his
last sighting as State President is a slip. The deputy's body is data: ``deputy_of`` of the
role in ``vocabulary.toml``. Another body's deputy stays ``unknown``, as before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import vnla
from vnla.checker import check_text
from vnla.model.records import Name, Term, Vocabulary


def _title(text: str, lang: str) -> tuple[str, str]:
    report = check_text(text, published=date(2026, 4, 20), lang=lang)
    [finding] = [f for f in report.findings if f.kind == "title"]
    return finding.verdict.value, str(finding.message)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # last seen as State President on 2026-01-26; Prime Minister Pham Minh Chinh on 2026-02-05
        ("On 3 March 2026, Vice President Luong Cuong received a Lao delegation.", "en"),
        ("Ngày 3/3/2026, Phó Chủ tịch nước Lương Cường tiếp đoàn Lào.", "vi"),
        ("ວັນທີ 3 ມີນາ 2026, ທ່ານ ເລືອງເກື່ອງ ຮອງປະທານປະເທດ ໄດ້ ຕ້ອນຮັບ ຄະນະ ລາວ.", "lo"),
        ("On 3 March 2026, Deputy Prime Minister Pham Minh Chinh received a Lao delegation.", "en"),
    ],
)
def test_the_deputy_of_the_body_a_person_was_last_seen_heading_is_a_slip(text: str, lang: str) -> None:
    verdict, message = _title(text, lang)
    assert verdict == "contradiction"
    assert "President" in message or "Prime Minister" in message  # the head's office shown


@pytest.mark.parametrize(
    "text",
    [
        # another body's deputy: the record may lack it
        "On 3 March 2026, Deputy Prime Minister Luong Cuong received a Lao delegation.",
        # before the head's term began: a deputy's office the record may lack (before April 2021,
        # when the record's list of Vietnam's Vice Presidents begins)
        "In 2020, Vice President Luong Cuong received a Lao delegation.",
    ],
)
def test_another_bodys_deputy_or_a_day_before_the_head_term_stays_unknown(text: str) -> None:
    assert _title(text, "en")[0] == "unknown"


def test_a_deputy_held_by_the_record_is_ok() -> None:
    assert _title("On 26 January 2026, Vice President Vo Thi Anh Xuan met the guests.", "en")[0] == "ok"


def test_only_a_role_of_several_holders_is_a_deputy() -> None:
    with pytest.raises(ValueError, match="only a role of several holders is a deputy"):
        Term(
            id="chair",
            vocabulary=Vocabulary.ROLE,
            names=(Name(text="Chair", lang="en"),),
            one_holder=True,
            deputy_of="president",
        )


ROLES = """
[[terms]]
id = "chair"
vocabulary = "role"
one_holder = true
names = [{ text = "Chair", lang = "en" }]

[[terms]]
id = "vice-chair"
vocabulary = "role"
deputy_of = "chair"
names = [{ text = "Vice Chair", lang = "en" }]
"""


def test_a_deputy_of_a_role_that_heads_no_body_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    path.write_text(ROLES, encoding="utf-8")
    with pytest.raises(vnla.DataError) as info:
        vnla.load(path)
    [problem] = info.value.problems
    assert problem.path == "$.terms[1].deputy_of"
    assert "'chair' is not the head of a body" in problem.reason
    path.write_text(ROLES.replace("one_holder = true", "one_holder = true\nhead = true"), encoding="utf-8")
    assert vnla.load(path).get("vice-chair") is not None
