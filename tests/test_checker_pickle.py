# SPDX-License-Identifier: MIT
"""A Checker, its reports and findings pickle with the standard library and work in other processes."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pytest

import vnla
from vnla.checker import CheckConfig, Checker, RunReport, TextReport, check_files, check_text

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))
NEWS = sorted((Path(__file__).parent / "fixtures" / "news").glob("*.txt"))
PUBLISHED = date(2026, 2, 5)


def test_a_checker_round_trips_and_gives_the_same_findings() -> None:
    checker = Checker(config=CheckConfig(prefer=("strategic alignment",), ignore=("dates.date",)))
    text = SEEDS[0].read_text(encoding="utf-8")
    before = checker.check_text(text, published=PUBLISHED)
    copy = pickle.loads(pickle.dumps(checker))
    assert isinstance(copy, Checker)
    assert copy.config == checker.config
    assert copy.dataset is vnla.dataset()  # the bundled dataset is not copied, only named
    assert copy.check_text(text, published=PUBLISHED) == before


def test_a_checker_pickles_small_and_without_its_caches() -> None:
    checker = Checker()
    checker.check_text(SEEDS[0].read_text(encoding="utf-8"), published=PUBLISHED)
    assert len(pickle.dumps(checker)) < 2_000  # the dataset, index, automaton and caches stay behind


def test_a_checker_of_its_own_dataset_round_trips() -> None:
    own = pickle.loads(pickle.dumps(vnla.dataset()))  # a dataset that is not the bundled one
    assert own is not vnla.dataset()
    checker = Checker(dataset=own)
    copy = pickle.loads(pickle.dumps(checker))
    assert copy.dataset is not own
    assert copy.dataset.ids == own.ids
    text = "Prime Minister Tran Thanh Man attended the talks in Vientiane on December 3, 2025."
    assert copy.check_text(text) == checker.check_text(text)


def test_reports_and_findings_round_trip() -> None:
    run = check_files([*SEEDS[:2], Path("no-such-file.txt")], published=PUBLISHED)
    copy = pickle.loads(pickle.dumps(run))
    assert copy == run
    assert isinstance(copy, RunReport)
    assert copy.to_json() == run.to_json()
    report = check_text("Thủ tướng Trần Thanh Mẫn", published=PUBLISHED)
    assert isinstance(pickle.loads(pickle.dumps(report)), TextReport)
    for finding in report.findings:
        assert pickle.loads(pickle.dumps(finding)) == finding


def _check_in_worker(checker: Checker, path: str) -> TextReport:
    return checker.check_file(path, published=PUBLISHED)


@pytest.mark.parametrize("start_method", ["spawn", "fork"])
def test_check_files_through_a_process_pool_gives_the_in_process_findings(start_method: str) -> None:
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} start method here")
    paths = [str(p) for p in [*SEEDS, *NEWS]]
    checker = Checker()
    expected = checker.check_files(paths, published=PUBLISHED)
    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        reports = list(pool.map(_check_in_worker, [checker] * len(paths), paths))
    assert RunReport(reports=reports, fail_on=checker.config.fail_on) == expected
