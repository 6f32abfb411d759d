# SPDX-License-Identifier: MIT
"""
The denials reader: the words that deny the claim right after them ("not from January 25 to
26", "chứ không phải", "ບໍ່ແມ່ນ"; the word files' ``sentences.denials``), which the matcher
finds; those that start words denying nothing ("not only", ``sentences.not_denials``) are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.mentions import DenialMention

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[DenialMention]:
    """Each denial, in order; one inside a longer one ("không phải" in "chứ không phải") is that one."""
    anchors = ctx.scan.anchors
    if not anchors:
        return []
    undenied = {start for start, _end, anchor in anchors if anchor == "not-denial"}
    found = sorted(
        (start, -end) for start, end, anchor in anchors if anchor == "denial" and start not in undenied
    )
    out: list[DenialMention] = []
    for start, negative_end in found:
        if out and start < out[-1].span[1]:
            continue
        out.append(DenialMention((start, -negative_end)))
    return out
