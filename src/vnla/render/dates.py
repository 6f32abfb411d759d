# SPDX-License-Identifier: MIT
"""
One way to write a date: :func:`format_when` and :func:`format_day`, from :mod:`vnla.lang.dates`.

The date writer lives in the language room, so that the consistency rules (below
rendering) write dates as every command does; this module keeps the names where
0.2 put them.

>>> from datetime import date
>>> from vnla.model.records import When
>>> format_when(When.in_year(2026, qualifier="early"), "vi")
'đầu năm 2026'
>>> from vnla.lang import dates
>>> format_day is dates.format_day
True

.. versionadded:: 0.2
"""

from __future__ import annotations

from vnla.lang.dates import format_day, format_when

__all__ = ["format_day", "format_when"]
