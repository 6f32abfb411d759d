# SPDX-License-Identifier: MIT
"""
Finding rows as the standard documents other tools read: SARIF 2.1.0 and schema.org ClaimReview.

:class:`SarifWriter` writes one SARIF 2.1.0 log (OASIS, the format code-scanning
services annotate from): one run of the tool ``vnla``, its rules from
:func:`vnla.checker.rules`, one result per finding shown, located by line and
column (``columnKind`` is ``unicodeCodePoints``, as the checker counts), and
every record that could not be checked as an error notification of the run.

:class:`ClaimReviewWriter` writes a JSON array of schema.org ``ClaimReview``
objects in JSON-LD (https://schema.org/ClaimReview), one per contradiction: the
words of the text are the claim reviewed, the record's form is in the review's
body, and the evidence (each source with its quote) is what the review is
based on (``isBasedOn``); a slip no source is needed for (a weekday that is not its day's) is
based on the rule that found it, with its reasoning.

Both write as the rows come, so a long run needs no more memory than a short one.

>>> import io, json
>>> from datetime import date
>>> from vnla.batch import Record, check_records
>>> out = io.StringIO()
>>> writer = ClaimReviewWriter(out)
>>> for row in check_records(
...     [Record(id="a", text="Prime Minister Tran Thanh Man", published=date(2026, 2, 5))]
... ):
...     writer.row(row)
>>> writer.close()
>>> review = json.loads(out.getvalue())[0]
>>> review["@type"], review["claimReviewed"], review["reviewRating"]["alternateName"]
('ClaimReview', 'Prime Minister Tran Thanh Man', 'Contradicts the record')

.. versionadded:: 0.2
"""

from __future__ import annotations

import json
import os
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TextIO
from urllib.parse import quote

from vnla.checker import Verdict, rules

if TYPE_CHECKING:
    from collections.abc import Collection

    from vnla.batch.records import FindingRow

__all__ = ["ClaimReviewWriter", "SarifWriter"]

#: The SARIF level of each severity.
_LEVEL: Final = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vnla")
    except PackageNotFoundError:  # a source tree that is not installed
        return "0.0.0"


def _uri(record_id: str) -> str:
    """A record's id as a URI reference: a path with forward slashes, escaped; a URL as it is."""
    if "://" in record_id:
        return record_id
    return quote(record_id.replace(os.sep, "/"), safe="/:@!$&'()*+,;=-._~")


def _region(row: FindingRow) -> dict[str, Any]:
    text = row["text"] or ""
    line, column = row["line"] or 1, row["column"] or 1
    breaks = text.count("\n")
    end_column = (len(text) - text.rfind("\n")) if breaks else column + len(text)
    start, end = row["start"] or 0, row["end"] or 0
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": line + breaks,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": end - start,
        "snippet": {"text": text},
    }


class SarifWriter:
    """
    A SARIF 2.1.0 log of the findings of ``show`` (default: contradictions and variants), written as it goes.

    Call :meth:`row` for each row, then :meth:`close`.  ``successful`` after
    closing is ``False`` when a record could not be checked.
    """

    def __init__(self, out: TextIO, show: Collection[Verdict | str] = ("contradiction", "variant")) -> None:
        self.out = out
        self.show = frozenset(Verdict(v)._value_ for v in show)
        self.rule_index = {rule: i for i, rule in enumerate(rules())}
        self.first = True
        self.notifications: list[dict[str, Any]] = []
        driver = {
            "name": "vnla",
            "semanticVersion": _version(),
            "rules": [
                {"id": rule, "shortDescription": {"text": text}, "properties": {"tags": ["vnla"]}}
                for rule, text in rules().items()
            ],
        }
        head = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints"}
        start = json.dumps(head, ensure_ascii=False)[:-1]
        out.write(f'{{"$schema": "{SARIF_SCHEMA}", "version": "2.1.0", "runs": [{start}, "results": [')

    def row(self, row: FindingRow) -> None:
        """Add one row: a result when its verdict is shown, a notification when it is an error row."""
        if row.get("error") is not None:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{row['id']}: not checked: {row['error']}"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(row["id"])}}}],
                }
            )
            return
        if row["verdict"] not in self.show:
            return
        rule = row["rule"] or ""
        shown = f" -> {row['canonical']}" if row["canonical"] else ""
        result: dict[str, Any] = {
            "ruleId": rule,
            "level": _LEVEL.get(row["severity"] or "", "note"),
            "kind": "fail",
            "message": {"text": f"{row['verdict']}: {row['text']!r}{shown}: {row['message']}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(row["id"])},
                        "region": _region(row),
                    }
                }
            ],
            "properties": {
                "verdict": row["verdict"],
                "kind": row["kind"],
                "canonical": row["canonical"],
                "record": row["record"],
                "evidence": row["evidence"] or [],
            },
        }
        if rule in self.rule_index:
            result["ruleIndex"] = self.rule_index[rule]
        self.out.write(("\n" if self.first else ",\n") + json.dumps(result, ensure_ascii=False))
        self.first = False

    @property
    def successful(self) -> bool:
        """Whether every record was checked."""
        return not self.notifications

    def close(self) -> None:
        """End the log: the invocation, with a notification for each record not checked."""
        invocation = {
            "executionSuccessful": self.successful,
            "toolExecutionNotifications": self.notifications,
        }
        self.out.write(f'\n], "invocations": [{json.dumps(invocation, ensure_ascii=False)}]}}]}}\n')


class ClaimReviewWriter:
    """
    A JSON array of schema.org ``ClaimReview`` objects (JSON-LD), one per contradiction, written as it goes.

    ``reviewed`` is the review's ``datePublished`` (default: today).  A row
    whose metadata has a ``url`` gets it as the address where the claim appeared.
    """

    def __init__(self, out: TextIO, *, reviewed: date | None = None, author: str = "vnla") -> None:
        self.out = out
        self.reviewed = (reviewed or date.today()).isoformat()
        self.author = author
        self.first = True
        out.write("[")

    def row(self, row: FindingRow) -> None:
        """Add one row: a review when it is a contradiction; other rows are left out."""
        if row.get("error") is not None or row["verdict"] != "contradiction":
            return
        appearance: dict[str, Any] = {"@type": "CreativeWork", "identifier": row["id"]}
        url = row.get("url")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            appearance["url"] = url
        published = row.get("published")
        if isinstance(published, date):
            appearance["datePublished"] = published.isoformat()
        record = f" The record: {row['canonical']}." if row["canonical"] else ""
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": f"{row['id']}#{row['finding']}",
            "claimReviewed": row["text"],
            "datePublished": self.reviewed,
            "author": {"@type": "Organization", "name": self.author},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 1,
                "worstRating": 1,
                "bestRating": 5,
                "alternateName": "Contradicts the record",
            },
            "reviewBody": f"{row['message']}.{record}".replace("..", "."),
            "itemReviewed": {
                "@type": "Claim",
                "appearance": appearance,
                **({"inLanguage": row["lang"]} if row.get("lang") else {}),
            },
            "isBasedOn": [
                {"@type": "CreativeWork", "identifier": e["source"], "text": e["quote"]}
                for e in row["evidence"] or []
            ]
            # a slip no source is needed for (a weekday that is not its day's): the rule's reasoning
            or [{"@type": "CreativeWork", "identifier": f"vnla:{row['rule']}", "text": row["message"] or ""}],
        }
        self.out.write(("\n" if self.first else ",\n") + json.dumps(review, ensure_ascii=False))
        self.first = False

    def close(self) -> None:
        """End the array."""
        self.out.write("\n]\n")
