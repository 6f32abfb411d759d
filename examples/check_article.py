# SPDX-License-Identifier: MIT
"""
Check a short article against the record and print what disagrees: ``python examples/check_article.py``.

The article has three planted errors (a title, a figure, a date) and one
translation variant of the framework's fourth element.
"""

from __future__ import annotations

from datetime import date

from vnla.checker import Verdict, check_text

ARTICLE = """\
Vientiane — General Secretary To Lam and General Secretary and President Thongloun Sisoulith held \
talks in Vientiane on February 5. Attending the talks were Prime Minister Pham Minh Chinh and \
Prime Minister Tran Thanh Man.
The two sides agreed to raise bilateral trade to 12 billion USD in the coming period and to deepen \
the great friendship, special solidarity, comprehensive cooperation and strategic connectivity \
between Vietnam and Laos.
Hai bên nhất trí nâng kim ngạch thương mại song phương lên 10 tỷ USD.
They recalled the high-level meeting between the two Parties in Vientiane on December 3, 2025.
"""


def main() -> None:
    report = check_text(ARTICLE, published=date(2026, 2, 6))
    for finding in report.findings:
        if finding.verdict is Verdict.OK:
            continue
        print(
            f"{finding.line}:{finding.column}  {finding.verdict.value:<13} {finding.kind:<9} {finding.text!r}"
        )
        print(f"      the record: {finding.canonical}  ({finding.record})")
        for evidence in finding.evidence[:1]:
            print(f"      {evidence.source}: {evidence.quote!r}")
    counts = ", ".join(f"{n} {verdict}" for verdict, n in report.counts().items())
    print(f"{len(report.findings)} findings: {counts}")


if __name__ == "__main__":
    main()
