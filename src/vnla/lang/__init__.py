# SPDX-License-Identifier: MIT
"""
Language: folding text to comparison keys, each language's words as data, and the
grammar that reads amounts, dates and ordinals out of text. Imports only the model.
"""

from __future__ import annotations

__all__: list[str] = []
