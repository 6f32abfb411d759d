# SPDX-License-Identifier: MIT
"""Readers: one per fact kind, each turning the matcher's candidates into typed mentions."""

from __future__ import annotations

__all__: list[str] = []
