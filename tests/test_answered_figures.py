# SPDX-License-Identifier: MIT
"""
A quiz's answer after its question: the figures of a sentence that opens with an answer's label
(the word files' ``dates.answer_labels``: "ANSWER:", "Đáp án:", "ຕອບ:") take the metric and the
period of the question right before it, which ends with a question mark and names what it asks.

Two-way trade was 2.98 billion USD in 2025, up 32.7% on 2024.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _amounts(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published="2026-07-20", lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "amount"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        ("Câu 9. Kim ngạch thương mại song phương năm 2025 đạt bao nhiêu?\n- Đáp án: 2,89 tỷ USD.", "vi", "2,89 tỷ USD", "contradiction"),
        ("Câu 9. Kim ngạch thương mại song phương năm 2025 đạt bao nhiêu?\n- Đáp án: 2,98 tỷ USD.", "vi", "2,98 tỷ USD", "ok"),
        ("14. What was bilateral trade worth in 2025?\n    ANSWER: 2.89 billion USD.", "en", "2.89 billion USD", "contradiction"),
        ("14. What was bilateral trade worth in 2025?\n    ANSWER: 2.98 billion USD.", "en", "2.98 billion USD", "ok"),
    ],
)  # fmt: skip
def test_an_answer_takes_the_questions_metric_and_period(
    text: str, lang: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in _amounts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no question mark: the line before is no question
        ("Kim ngạch thương mại song phương năm 2025.\n- Đáp án: 2,89 tỷ USD.", "vi"),
        # a question that names no metric
        ("14. What did the visitors buy in 2025?\n    ANSWER: 2.89 billion USD.", "en"),
    ],
)
def test_no_question_naming_a_metric_no_metric(text: str, lang: str) -> None:
    assert "contradiction" not in {v for _t, v in _amounts(text, lang)}
