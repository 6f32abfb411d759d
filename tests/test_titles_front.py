# SPDX-License-Identifier: MIT
"""
The Vietnamese title of the Fatherland Front's president written with the Front's full name
("Chủ tịch Mặt trận Tổ quốc Việt Nam", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
is read as the office, as "President of the Vietnam Fatherland Front" is: Tran Thanh Man left
it in 2021, Bui Thi Minh Hoai held it in 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Đoàn có Chủ tịch Mặt trận Tổ quốc Việt Nam Trần Thanh Mẫn.", "contradiction"),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Trần Thanh Mẫn dự lễ.", "contradiction"),
        ("President of the Vietnam Fatherland Front Tran Thanh Man attended.", "contradiction"),
        ("Đoàn có Chủ tịch Mặt trận Tổ quốc Việt Nam Bùi Thị Minh Hoài.", "ok"),
    ],
)
def test_the_front_presidents_title_with_the_fronts_full_name(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 2, 5), lang=None)
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [verdict]
