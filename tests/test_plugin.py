# SPDX-License-Identifier: MIT
"""The pytest plugin, as a downstream test suite uses it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import vnla
from vnla.rules import check

pytest_plugins = ["pytester"]

EXAMPLE = Path(__file__).parent.parent / "examples" / "downstream_test_suite"


def _plugin_args() -> list[str]:
    """Load the plugin by name unless the installed entry point already loads it."""
    installed = any(
        ep.value.startswith("vnla.testing.pytest_plugin") for ep in entry_points(group="pytest11")
    )
    return [] if installed else ["-p", "vnla.testing.pytest_plugin"]


def _bundled_ok() -> bool:
    try:
        return check(vnla.dataset()).ok
    except vnla.DataError:
        return False


#: Tests whose downstream suite checks the bundled data too pass only when it is clean.
requires_clean_data = pytest.mark.skipif(
    not _bundled_ok(), reason="the bundled data does not pass every rule yet"
)


def test_the_fixture_is_the_bundled_dataset(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import vnla

        def test_fixture(vnla_dataset, vnla_texts):
            assert vnla_dataset is vnla.dataset()
            assert vnla_texts == {}
        """
    )
    pytester.runpytest(*_plugin_args()).assert_outcomes(passed=1)


def test_vnla_data_option_merges_my_data(pytester: pytest.Pytester) -> None:
    pytester.makefile(
        ".toml",
        mine="""
        [[events]]
        id = "my-meeting"
        kind = "meeting"
        title = "A meeting I track"
        when = "2026-03"
        place = "vientiane"
        """,
    )
    pytester.makepyfile(
        """
        def test_fixture(vnla_dataset):
            assert vnla_dataset["my-meeting"].place == "vientiane"
            assert "to-lam" in vnla_dataset
        """
    )
    result = pytester.runpytest(*_plugin_args(), "--vnla-data", "mine.toml")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["vnla data: mine.toml"])


def test_assert_consistent_fails_with_a_readable_message(pytester: pytest.Pytester) -> None:
    pytester.makefile(
        ".toml",
        mine="""
        [[sources]]
        id = "my-report"
        title = "My report"
        kind = "news-report"
        published = 2026-01-25

        [[events]]
        id = "my-meeting"
        kind = "meeting"
        title = "A meeting during the visit"
        when = 2026-01-26
        parent = "visit-2026-01-vietnam"
        evidence = [{ source = "my-report", quote = "a meeting on 26 January 2026" }]
        """,
    )
    pytester.makepyfile(
        """
        from vnla.testing.pytest_plugin import assert_consistent

        def test_mine():
            assert_consistent("mine.toml", rules="dates")
        """
    )
    result = pytester.runpytest(*_plugin_args())
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*AssertionError: 1 consistency problem in the data:",
            "*error dates.published-after-reported [[]my-meeting, my-report $.evidence[[]0]]: 'my-report' "
            "(published January 25, 2026) reports 'my-meeting', which is dated January 26, 2026: after it was published",
            "*my-report: “a meeting on 26 January 2026”",
        ]
    )
    assert "check_and_assert" not in result.stdout.str()  # the plugin's frames are hidden


@requires_clean_data
def test_the_downstream_example_passes(pytester: pytest.Pytester) -> None:
    """examples/downstream_test_suite, as its own project would run it."""
    for path in EXAMPLE.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            target = pytester.path / path.relative_to(EXAMPLE)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    result = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_the_downstream_example_reads_its_own_options(pytester: pytest.Pytester) -> None:
    """Whatever the bundled data's state, the example's ini options load its records and texts."""
    for name in ("pyproject.toml", "my_data.toml", "texts/newsletter.txt"):
        target = pytester.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(EXAMPLE / name, target)
    pytester.makepyfile(
        """
        from vnla.testing.pytest_plugin import assert_consistent

        def test_mine(vnla_dataset, vnla_texts):
            assert list(vnla_texts) == ["my-newsletter-2026-01-28"]
            mine = ("my-newsletter-2026-01-28", "my-business-forum-2026-01-27")
            report = vnla_dataset.check(texts=vnla_texts)
            assert not [f for f in report.errors if set(f.records) & set(mine)], report.to_text()
        """
    )
    pytester.runpytest(*_plugin_args()).assert_outcomes(passed=1)


def test_the_plugin_imports_neither_hypothesis_nor_data() -> None:
    code = (
        "import sys, vnla.testing.pytest_plugin; "
        "print('hypothesis' in sys.modules, 'vnla.rules' in sys.modules, 'vnla.record.loading' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


# --------------------------------------------------------------------------- the hypothesis entry point
def _python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_importing_hypothesis_imports_nothing_of_vnla_s_model() -> None:
    """A process that imports hypothesis and never uses vnla pays for no vnla model (issue 12, point 6)."""
    code = (
        "import sys, hypothesis; "
        "print(sorted(m for m in sys.modules if m.startswith('vnla.') and m != 'vnla.testing.hypothesis_hook'))"
    )
    assert _python(code) == "['vnla.testing']"


@pytest.mark.parametrize(
    "imports",
    [
        "import hypothesis; from vnla.model.records import Event, When; import vnla; D = vnla.Dataset",
        "from vnla.model.records import Event, When; import vnla; D = vnla.Dataset; import hypothesis",
        "import vnla.testing.strategies; from vnla.model.records import Event, When; import vnla; D = vnla.Dataset",
    ],
)
def test_the_strategies_are_registered_whatever_is_imported_first(imports: str) -> None:
    code = (
        f"{imports}\n"
        "from hypothesis import strategies as st\n"
        "print(type(st.from_type(Event).example()).__name__, type(st.from_type(When).example()).__name__, "
        "type(st.from_type(D).example()).__name__)\n"
        "import sys; print([type(f).__name__ for f in sys.meta_path if type(f).__name__ == '_Watch'])"
    )
    assert _python(code).splitlines() == ["Event When Dataset", "[]"]  # the watcher has left too


def test_a_watched_module_keeps_its_source() -> None:
    code = "import hypothesis, inspect, vnla.model.records as r; print('class When:' in inspect.getsource(r.When))"
    assert _python(code) == "True"
