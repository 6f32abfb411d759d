# SPDX-License-Identifier: MIT
"""
Rendering: records, dates, sums and names written out in English, Vietnamese or Lao through
babel (CLDR).
"""

from __future__ import annotations

from vnla.render.dates import format_day as format_day
from vnla.render.dates import format_when as format_when
from vnla.render.formatting import format as format
from vnla.render.formatting import format_money as format_money
from vnla.render.formatting import to_text as to_text

# ``format`` (the 0.1 name of to_text) stays importable, but out of ``import *``: it shadows the builtin.
__all__ = [
    "format_day",
    "format_money",
    "format_when",
    "to_text",
]
