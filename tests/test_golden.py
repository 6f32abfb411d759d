# SPDX-License-Identifier: MIT
"""
``vnla check`` gives, finding for finding, the outputs recorded before the pipeline rebuild.

tests/golden/out/ holds one JSON file per input (the five seeds and the news corpus
in tests/fixtures/news/), recorded with the checker as it was before the rebuild by
tests/golden/record.py.  Each test runs the current code the same way, through
``vnla.cli.main``, and compares; a failure names the first findings that differ.
When a difference is intended, re-record (see record.py) and commit the new files
with the change that made them.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from types import ModuleType


def _load_produce() -> ModuleType:
    """tests/golden/_produce.py, loaded by its path (tests/ is not a package)."""
    path = Path(__file__).parent / "golden" / "_produce.py"
    spec = importlib.util.spec_from_file_location("vnla_golden_produce", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


golden = _load_produce()
CASES = golden.cases()


def _golden(case: Any) -> dict[str, Any]:
    path = golden.OUT / f"{case.name}.json"
    if not path.exists():
        pytest.fail(f"no golden file {path.name}; record it with tests/golden/record.py")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_every_input_has_a_golden_file_and_no_file_is_left_over() -> None:
    expected = {f"{case.name}.json" for case in CASES}
    recorded = {path.name for path in golden.OUT.glob("*.json")}
    assert recorded == expected, (
        f"missing: {sorted(expected - recorded)}, left over: {sorted(recorded - expected)}"
    )


def test_the_inputs_are_the_seeds_and_the_news_corpus() -> None:
    seeds = {case.path.name for case in CASES if case.name.startswith("seeds-")}
    news = [case for case in CASES if case.name.startswith("news-")]
    assert seeds == {path.name for path in golden.SEEDS.glob("*.txt")}
    assert {case.path.name for case in news} == {path.name for path in golden.NEWS.glob("*.txt")}
    assert len(news) >= 16


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_check_output_equals_the_golden_file(case: Any) -> None:
    expected = _golden(case)
    actual = golden.produce(case)
    assert actual == expected, golden.explain(expected, actual, case.name)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_check_text_finds_what_the_command_line_found(case: Any) -> None:
    """``vnla.check_text`` on the file's text gives the findings the golden CLI run gave."""
    import vnla

    [expected] = _golden(case)["report"]["files"]
    report = vnla.check_text(case.path.read_text(encoding="utf-8"), published=case.published)
    actual = report.to_dict()
    keys = ("lang", "published", "findings", "counts", "characters", "lines", "error")
    diffs = [key for key in keys if actual.get(key) != expected.get(key)]
    if diffs:
        lines = [f"vnla.check_text on {case.where} differs from {case.name}.json in {diffs}"]
        lines += [
            f"  {key}: golden {expected.get(key)!r}, now {actual.get(key)!r}"
            for key in diffs
            if key != "findings"
        ]
        if "findings" in diffs:
            lines += golden.explain_findings(expected["findings"], actual["findings"])
        pytest.fail("\n".join(lines))
