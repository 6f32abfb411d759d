# SPDX-License-Identifier: MIT
"""
Every finding that is not ``ok`` says why: an ``unknown`` gives the reason the record cannot
judge it, a contradiction or a variant what the record holds. Checked on every labelled text of
the evaluation corpora, and on the ordinals that once came with no reason.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vnla.checker import Checker, check_text

ROOT = Path(__file__).resolve().parent.parent


def _corpora() -> list[Any]:
    name = "eval_accuracy"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "eval_accuracy.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return [t for texts in module.corpora(ROOT / "tests" / "fixtures" / "eval").values() for t in texts]


def test_every_finding_not_ok_in_the_corpora_says_why() -> None:
    checker = Checker()
    silent = []
    for text in _corpora():
        report = checker.check_text(text.content, published=text.published, lang=text.lang)
        silent += [
            (text.corpus, text.file, f.rule, f.text)
            for f in report.findings
            if f.verdict.value != "ok" and not str(f.message).strip()
        ]
    assert silent == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The 47th meeting of the Vietnam-Laos Intergovernmental Committee was held in Vientiane.",
            "no numbered meeting the record has fits the day its sentence states or a body it names",
        ),
        (
            "The two prime ministers co-chaired the 48th meeting.",
            "no numbered meeting the record has fits the day its sentence states or a body it names",
        ),
        ("The 8th plenum discussed the plan.", "the record numbers nothing of this kind to compare it with"),
    ],
)
def test_an_ordinal_left_unknown_says_why(text: str, reason: str) -> None:
    [ordinal] = [
        f for f in check_text(text, published=date(2026, 3, 10), lang="en").findings if f.kind == "ordinal"
    ]
    assert (ordinal.verdict.value, str(ordinal.message)) == ("unknown", reason)
