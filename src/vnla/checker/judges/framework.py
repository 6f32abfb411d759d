# SPDX-License-Identifier: MIT
"""
The framework judge: a wording that ends a listing of the framework but is no element's is
unknown.  (Recorded wordings are names, judged with them: a translation variant is a variant.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.render.messages import Message

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import UnknownWordingMention

__all__ = ["judge"]


def judge(ctx: Context, mention: UnknownWordingMention, out: list[_Proto]) -> None:
    """An unknown wording at the end of a listing: ``unknown``."""
    del ctx  # the verdict needs nothing else
    start, end = mention.span
    out.append(
        _Proto(
            start,
            end,
            "framework",
            Verdict.UNKNOWN,
            "framework.unknown-wording",
            message=Message("ends a listing of the framework, but no framework element has this wording"),
        )
    )
