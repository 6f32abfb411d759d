# SPDX-License-Identifier: MIT
"""
``vnla check --format sarif`` and ``--format claimreview``: valid against their published schemas
(vendored in tests/fixtures/schemas/, see its README), and saying what the JSON format says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnla.cli import main

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "fixtures" / "news"
SCHEMAS = ROOT / "tests" / "fixtures" / "schemas"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["check", *argv])
    out, _err = capsys.readouterr()
    return code, out


def errors(document: object, schema_file: str, validator: type) -> list[str]:
    schema = json.loads((SCHEMAS / schema_file).read_text(encoding="utf-8"))
    validator.check_schema(schema)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema).iter_errors(document)]


@pytest.fixture(scope="module")
def json_report() -> dict[str, object]:
    """What ``--format json`` says about the news corpus: the reference the other formats follow."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(NEWS), "--format", "json"])
    report: dict[str, object] = json.loads(out.getvalue())
    return report


def findings(report: dict[str, object], verdicts: set[str]) -> list[tuple[str, int, int, str]]:
    found = []
    for file in report["files"]:  # type: ignore[attr-defined]
        for f in file["findings"]:
            if f["verdict"] in verdicts:
                found.append((file["path"], f["line"], f["column"], f["rule"]))
    return found


def test_sarif_is_valid_sarif_2_1_0_with_a_result_for_each_contradiction_and_variant(
    capsys: pytest.CaptureFixture[str], json_report: dict[str, object]
) -> None:
    code, out = run(capsys, str(NEWS), "--format", "sarif")
    assert code == 1  # the corpus has planted contradictions
    log = json.loads(out)
    assert errors(log, "sarif-schema-2.1.0.json", jsonschema.Draft4Validator) == []
    assert log["version"] == "2.1.0"
    [run_] = log["runs"]
    assert run_["tool"]["driver"]["name"] == "vnla"
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    got = []
    for result in run_["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        got.append((uri, region["startLine"], region["startColumn"], result["ruleId"]))
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"error", "warning"}
        assert region["charLength"] == len(region["snippet"]["text"])
    assert got == findings(json_report, {"contradiction", "variant"})
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_sarif_levels_follow_the_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out = run(capsys, str(NEWS), "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    levels = {(r["properties"]["verdict"], r["level"]) for r in results}
    # a contradiction of warning severity (a congress's ordinal past the latest the record has,
    # "the 13th National Congress of the LPRP" in en-04) is a SARIF warning
    assert levels == {("contradiction", "error"), ("contradiction", "warning"), ("variant", "warning")}


def test_sarif_names_a_file_that_could_not_be_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    good = tmp_path / "good.txt"
    good.write_text("strategic bond", encoding="utf-8")
    code, out = run(capsys, str(bad), str(good), "--format", "sarif")
    assert code == 2
    log = json.loads(out)
    assert errors(log, "sarif-schema-2.1.0.json", jsonschema.Draft4Validator) == []
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert "not UTF-8" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("bad.txt")
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["framework.wording"]


def test_claimreview_is_a_valid_claim_review_for_each_contradiction(
    capsys: pytest.CaptureFixture[str], json_report: dict[str, object]
) -> None:
    code, out = run(capsys, str(NEWS), "--format", "claimreview")
    assert code == 1
    reviews = json.loads(out)
    assert errors(reviews, "claimreview.schema.json", jsonschema.Draft7Validator) == []
    contradictions = findings(json_report, {"contradiction"})
    assert len(reviews) == len(contradictions) > 0
    by_text = {}
    for file in json_report["files"]:  # type: ignore[attr-defined]
        for f in file["findings"]:
            if f["verdict"] == "contradiction":
                by_text[(file["path"], f["text"])] = f
    for review in reviews:
        finding = by_text[(review["itemReviewed"]["appearance"]["identifier"], review["claimReviewed"])]
        # the evidence is the review's basis, quote by quote; without evidence (a weekday that
        # is not its day's), the rule that found the slip, with its reasoning
        assert [(b["identifier"], b["text"]) for b in review["isBasedOn"]] == (
            [(e["source"], e["quote"]) for e in finding["evidence"]]
            or [(f"vnla:{finding['rule']}", finding["message"])]
        )
        if finding["canonical"]:
            assert finding["canonical"] in review["reviewBody"]


def test_the_schemas_catch_what_they_should(capsys: pytest.CaptureFixture[str]) -> None:
    """The vendored schemas are not vacuous: a broken document fails them."""
    _code, out = run(capsys, str(NEWS), "--format", "claimreview")
    review = json.loads(out)[0]
    del review["reviewRating"]
    assert errors([review], "claimreview.schema.json", jsonschema.Draft7Validator)
    _code, out = run(capsys, str(NEWS), "--format", "sarif")
    log = json.loads(out)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert errors(log, "sarif-schema-2.1.0.json", jsonschema.Draft4Validator)


def test_claimreview_uses_a_url_column_as_where_the_claim_appeared(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    line = {
        "id": "n1",
        "text": "Prime Minister Tran Thanh Man met the delegation.",
        "date": "2026-02-05",
        "url": "https://example.org/n1",
    }
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    code, out = run(
        capsys, str(source), "--format", "claimreview", "--date-column", "date", "--meta-column", "url"
    )
    assert code == 1
    [review] = json.loads(out)
    assert errors([review], "claimreview.schema.json", jsonschema.Draft7Validator) == []
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "identifier": "n1",
        "url": "https://example.org/n1",
        "datePublished": "2026-02-05",
    }
