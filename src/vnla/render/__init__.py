# SPDX-License-Identifier: MIT
"""
Rendering: records, dates, sums and names written out in English, Vietnamese or Lao through
babel (CLDR).
"""

from __future__ import annotations

from vnla.render.formatting import format as format
from vnla.render.formatting import format_money as format_money

__all__ = [
    "format",
    "format_money",
]
