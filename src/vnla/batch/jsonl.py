# SPDX-License-Identifier: MIT
"""
Finding rows as JSON Lines: one row a line, its keys those of
:data:`~vnla.batch.records.COLUMNS` in order, then the metadata; ``published`` an ISO date
and ``evidence`` a list of objects, as in the JSON that ``vnla check --format json`` writes.

Below both :mod:`vnla.batch.run`, whose workers write a chunk's lines where they check it, and
:mod:`vnla.batch.writers`, which writes them to a file.

>>> json_lines([{"id": "a", "published": date(2026, 1, 5)}, {"id": "b", "published": None}])
'{"id": "a", "published": "2026-01-05"}\\n{"id": "b", "published": null}\\n'

.. versionadded:: 0.2
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from vnla.batch.records import FindingRow

__all__ = ["json_line", "json_lines"]

_JSON: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def json_line(row: FindingRow | Mapping[str, Any]) -> str:
    """
    One row as a line of JSON (without the line break).

    >>> json_line({"id": "a", "text": "Lào", "published": date(2026, 1, 5)})
    '{"id": "a", "text": "Lào", "published": "2026-01-05"}'
    """
    published = row.get("published")
    if isinstance(published, date):
        row = {**row, "published": published.isoformat()}
    return _JSON.encode(row)


def json_lines(rows: Iterable[FindingRow | Mapping[str, Any]]) -> str:
    """The rows as JSON Lines: each row's line and a line break, one text."""
    return "".join([json_line(row) + "\n" for row in rows])
