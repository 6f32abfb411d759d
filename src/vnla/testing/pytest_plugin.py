# SPDX-License-Identifier: MIT
"""
A pytest plugin for test suites that keep data about the Vietnam–Laos relationship.

Installed with vnla through the ``pytest11`` entry point, so pytest loads it
by itself.  It adds:

* the session fixture ``vnla_dataset``: the bundled dataset, or with
  ``--vnla-data PATH`` (or the ``vnla_data`` ini option) your data file or
  folder merged with it;
* the session fixture ``vnla_texts``: the full texts of sources, read from
  ``--vnla-texts FOLDER`` (or the ``vnla_texts`` ini option), for the rule
  that finds every quote in its source;
* :func:`assert_consistent`, the one line a test needs::

      from vnla.testing.pytest_plugin import assert_consistent


      def test_my_data_is_consistent(vnla_dataset, vnla_texts):
          assert_consistent(vnla_dataset, texts=vnla_texts)

Importing this module imports neither hypothesis nor the data: pytest loads
it into every session, so it stays light until a fixture is used.

.. versionadded:: 0.1
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping

    from vnla.record.dataset import Dataset
    from vnla.rules.checks import Report

__all__ = ["assert_consistent", "pytest_addoption", "pytest_report_header", "vnla_dataset", "vnla_texts"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--vnla-data`` and ``--vnla-texts`` and their ini options."""
    group = parser.getgroup("vnla", "vnla data checks")
    group.addoption(
        "--vnla-data",
        metavar="PATH",
        default=None,
        help="a vnla data file or folder to load (merged with the bundled data) for the vnla_dataset fixture",
    )
    group.addoption(
        "--vnla-texts",
        metavar="FOLDER",
        default=None,
        help="a folder with the full texts of sources (named by Source.file) for the vnla_texts fixture",
    )
    parser.addini("vnla_data", "like --vnla-data, relative to the rootdir", default="")
    parser.addini("vnla_texts", "like --vnla-texts, relative to the rootdir", default="")


def _path(config: pytest.Config, option: str) -> Path | None:
    given = config.getoption(option, default=None)
    if given:
        return Path(given)
    configured = config.getini(option)
    return config.rootpath / configured if configured else None


def pytest_report_header(config: pytest.Config) -> list[str]:
    """Say which vnla data the session checks, when it is not only the bundled data."""
    lines = []
    for option in ("vnla_data", "vnla_texts"):
        path = _path(config, option)
        if path is not None:
            lines.append(f"{option.replace('_', ' ')}: {path}")
    return lines


@pytest.fixture(scope="session")
def vnla_dataset(pytestconfig: pytest.Config) -> Dataset:
    """The bundled dataset, or the ``--vnla-data`` file or folder merged with it (loaded once)."""
    import vnla

    path = _path(pytestconfig, "vnla_data")
    return vnla.dataset() if path is None else vnla.load(path)


@pytest.fixture(scope="session")
def vnla_texts(pytestconfig: pytest.Config, vnla_dataset: Dataset) -> dict[str, str]:
    """The full texts of the sources found in ``--vnla-texts``, by source id (empty without it)."""
    from vnla.record.loading import texts_from_folder

    folder = _path(pytestconfig, "vnla_texts")
    return {} if folder is None else texts_from_folder(vnla_dataset, folder)


def assert_consistent(
    data: Dataset | str | os.PathLike[str],
    *,
    rules: Iterable[str] | str | None = None,
    texts: Mapping[str, str] | None = None,
    bundled: bool = True,
    warnings: bool = False,
) -> Report:
    """
    Fail the test, listing every error with its sources and quotes, if the data is inconsistent.

    The same as :func:`vnla.assert_consistent`, with pytest's
    traceback hidden, so the failure shows only the findings.

    >>> import vnla
    >>> assert_consistent(vnla.dataset(), rules="ordinals").ok
    True
    """
    __tracebackhide__ = True
    from vnla.testing.assertions import assert_consistent as check_and_assert

    options: dict[str, Any] = {"rules": rules, "texts": texts, "bundled": bundled, "warnings": warnings}
    return check_and_assert(data, **options)
