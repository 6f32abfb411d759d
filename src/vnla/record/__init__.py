# SPDX-License-Identifier: MIT
"""
The record: the :class:`~vnla.record.dataset.Dataset` and its queries, loading TOML and JSON,
the JSON snapshot, the converter and the JSON Schema.
"""

from __future__ import annotations

__all__: list[str] = []
