# SPDX-License-Identifier: MIT
"""The command line, as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vnla
from vnla.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI; CLDR's narrow and no-break spaces are read as plain spaces."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, re.sub(r"[\u00a0\u2009\u202f]", " ", out), err


def test_summary_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summary")
    assert code == 0
    assert "great friendship, special solidarity, comprehensive cooperation, and strategic cohesion" in out
    assert "Dec 1 – 2, 2025 · State visit of General Secretary To Lam to Laos" in out
    assert "$10 billion" in out


def test_summary_in_vietnamese_and_lao(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "vi", "summary")
    assert code == 0
    assert "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện và gắn kết chiến lược" in out
    assert "10 tỷ US$" in out
    code, out, _ = run(capsys, "--lang", "lo", "events", "--kind", "state-visit")
    assert code == 0 and "5 ກຸມພາ 2026" in out


def test_summary_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summary", "--format", "json")
    payload = json.loads(out)
    assert code == 0 and payload["counts"]["events"] > 10
    assert [v["id"] for v in payload["visits"]][-1] == "visit-2026-02-laos"


def test_show_by_id_and_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "target-trade-5bn-usd")
    assert code == 0 and "5000000000" in out and "near-term" in out
    code, out, _ = run(capsys, "show", "Tô Lâm", "--format", "json")
    assert code == 0 and json.loads(out)["record"]["id"] == "to-lam"


def test_show_writes_a_figure_in_the_readers_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "vi", "show", "trade-2025-jan-oct-almost-2.5bn")
    assert code == 0
    head, *lines = out.splitlines()
    assert head.replace("\xa0", " ").endswith("gần 2,5 tỷ US$")
    assert "  giá trị: 2.500.000.000" in lines  # the locale's digits, not "[en: 2500000000]"
    assert "  cách ghi của nguồn: 2,5" in lines  # the number as its source wrote it, unmarked
    assert "  từ hạn định: gần" in lines and "    - loại: tăng" in lines
    assert "[en: 2" not in out


def test_show_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "Nobody Atall")
    assert code == 2 and "Nobody Atall" in err


def test_events_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "events", "--from", "2026-01-01", "--to", "2026-01-31", "--with", "Thongloun Sisoulith"
    )
    assert code == 0 and "talks-2026-01-26-hanoi" in out and "2025-12" not in out
    code, out, _ = run(capsys, "events", "--kind", "state-visit", "--format", "json")
    assert [e["id"] for e in json.loads(out)][-3:] == [
        "visit-2025-12-laos",
        "visit-2026-01-vietnam",
        "visit-2026-02-laos",
    ]


def test_events_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["events", "--from", "yesterday"])
    assert info.value.code == 2
    assert (
        "expected an ISO date like '2026-01-26', '2026-01' or '2026', got 'yesterday'"
        in capsys.readouterr().err
    )
    # a period that ends before it starts holds no day: said, where it used to list nothing
    code, out, err = run(capsys, "events", "--from", "2026-03", "--to", "2026-01")
    assert (code, out) == (2, "")
    assert "--from 2026-03-01 is after --to 2026-01-31: no day is in that period" in err


def test_export_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import vnla

    target = tmp_path / "all.json"
    code, _, _ = run(capsys, "export", "--format", "json", "-o", str(target))
    assert code == 0
    assert vnla.from_json(target.read_text(encoding="utf-8"), vnla.Dataset) == vnla.dataset()


def test_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    unsourced = '[[events]]\nid = "mine"\nkind = "talks"\ntitle = "t"\nwhen = 2026-03-01\nplace = "hanoi"\n'
    notes = (
        '[[sources]]\nid = "my-notes"\ntitle = "My notes"\nkind = "reference-notes"\npublished = "2026-03"\n'
    )
    good.write_text(
        notes + unsourced + 'evidence = [{ source = "my-notes", note = "talks in the capital" }]\n'
    )
    code, out, _ = run(capsys, "validate", str(good))
    bundled = len(list(vnla.dataset()))  # the bundled records, and the file's source and event
    assert code == 0 and out.endswith(f"good.toml: {bundled + 2} records loaded\n")
    # the same event with no evidence: a fact no source states
    good.write_text(unsourced)
    code, out, _ = run(capsys, "validate", str(good))
    assert code == 1
    assert "error evidence.present [mine $.evidence]: event 'mine' has no evidence" in out
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[events]]\nid = "mine"\nkind = "talks"\ntitle = "t"\nwhen = 2026-03-01\nplace = "atlantis"\n'
    )
    code, out, _ = run(capsys, "validate", str(bad), "--format", "json")
    payload = json.loads(out)
    assert code == 1 and payload["ok"] is False
    assert payload["problems"][0]["path"] == "$.events[0].place"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"] == "vnla data file"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnla", "events", "--kind", "congress"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "congress-cpv-14" in result.stdout


def test_validate_runs_the_consistency_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0
    assert out.splitlines()[-2:] == [
        "consistency: 0 errors, 0 warnings, 33 info (27 rules)",
        f"bundled data: {len(list(vnla.dataset()))} records loaded",
    ]
    code, out, _ = run(capsys, "validate", "--min-severity", "info", "--rule", "errata")
    assert code == 0 and out.count("info errata.recorded") == 20  # of the others, one is a derived date
    code, out, _ = run(capsys, "validate", "--min-severity", "info", "--rule", "figures")
    assert code == 0 and out.count("info figures.") == 10  # the trade figures the sources give differently
    # a banquet said to be part of the one-day visit of 5 February 2026, dated two days later
    late = tmp_path / "late.toml"
    late.write_text(
        '[[events]]\nid = "my-banquet"\nkind = "ceremony"\ntitle = "State banquet"\n'
        'when = 2026-02-07\nparent = "visit-2026-02-laos"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "validate", str(late))
    assert code == 1
    assert out.startswith("error dates.subevent-within-parent [my-banquet, visit-2026-02-laos $.when]")
    code, out, _ = run(capsys, "validate", str(late), "--format", "json", "--rule", "dates")
    payload = json.loads(out)
    assert code == 1 and payload["ok"] is False and payload["problems"] == []
    assert payload["counts"]["error"] == 1 and payload["records"]["events"] > 1
    assert [f["rule"] for f in payload["findings"]] == ["dates.subevent-within-parent"]
    assert payload["rules"][0].startswith("dates.")


def test_validate_reads_source_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quote missing from the full text given with --texts is an error; the real text is fine."""
    seeds = Path(__file__).parent / "fixtures" / "seeds"
    code, _, _ = run(capsys, "validate", "--texts", str(seeds), "--rule", "evidence.quote-in-source")
    assert code == 0
    changed = tmp_path / "texts"
    changed.mkdir()
    for seed in seeds.glob("*.txt"):
        text = seed.read_text(encoding="utf-8")
        (changed / seed.name).write_text(text.replace("10 billion", "12 billion"), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--texts", str(changed), "--rule", "evidence")
    assert code == 1 and "evidence.quote-in-source" in out
    code, _, err = run(capsys, "validate", "--rule", "no-such-rule")
    assert code == 2 and "unknown rule 'no-such-rule'" in err


def test_events_take_a_month_or_a_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "events", "--from", "2026-01", "--to", "2026-01")
    assert code == 0
    assert "congress-cpv-14" in out and "visit-2026-01-vietnam" in out
    assert "2025" not in out and "visit-2026-02-laos" not in out
    with pytest.raises(SystemExit) as info:
        main(["events", "--from", "2026-13"])
    assert info.value.code == 2
    assert "no such day '2026-13'" in capsys.readouterr().err
