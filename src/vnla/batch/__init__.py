# SPDX-License-Identifier: MIT
"""
Checking archives: records of text in, flat finding rows out, in one process, in several, or on Dask.
Above the checker, below the CLI.
"""

from __future__ import annotations

__all__: list[str] = []
