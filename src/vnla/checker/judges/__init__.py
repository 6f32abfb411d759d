# SPDX-License-Identifier: MIT
"""Judges: one per fact kind, each comparing a mention with the record and writing a draft finding."""

from __future__ import annotations

__all__: list[str] = []
