# SPDX-License-Identifier: MIT
"""
"Sang năm" (next year, as "năm tới") dates an anniversary in the year after the publication's,
as the word files' ``dates.month_suffixes`` of meaning ``next-year`` do.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


@pytest.mark.parametrize(("count", "verdict"), [("60", "contradiction"), ("65", "ok")])
def test_sang_nam_is_next_year(count: str, verdict: str) -> None:
    text = f"Sang năm là Năm Đoàn kết hữu nghị Việt Nam - Lào, lại tròn {count} năm hai nước đặt quan hệ ngoại giao."
    report = check_text(text, published=date(2026, 11, 20), lang="vi")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"] == [
        (f"tròn {count} năm", verdict)
    ]
