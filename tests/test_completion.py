# SPDX-License-Identifier: MIT
"""``vnla completion bash|zsh|fish``: scripts generated from the parser, driven in a real bash."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from vnla.cli import main
from vnla.cli.app import FORMATS, LANGS, _parser
from vnla.cli.completion import SHELLS, completion_script

BASH = shutil.which("bash")


def _script(capsys: pytest.CaptureFixture[str], shell: str) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


def complete(script: str, *words: str, tmp_path: Path) -> list[str]:
    """What bash offers for the last of ``words`` (``COMP_WORDS``/``COMP_CWORD`` as bash sets them)."""
    assert BASH is not None
    source = tmp_path / "vnla.bash"
    source.write_text(script, encoding="utf-8")
    driver = (
        f"source {source}\n"
        'COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()\n'
        "$(complete -p vnla | sed -E 's/.*-F ([^ ]+) .*/\\1/')\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        [BASH, "--norc", "--noprofile", "-c", driver, "bash", *words],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        timeout=30,
    )
    assert done.stderr == "", done.stderr
    return done.stdout.split()


needs_bash = pytest.mark.skipif(BASH is None, reason="bash is not installed")


@needs_bash
def test_bash_completes_a_command_from_its_first_letters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    script = _script(capsys, "bash")
    assert complete(script, "vnla", "ch", tmp_path=tmp_path) == ["check"]
    assert complete(script, "vnla", "s", tmp_path=tmp_path) == ["summary", "show", "schema"]
    commands = complete(script, "vnla", "", tmp_path=tmp_path)
    assert set(commands) == {*FORMATS, "completion"}


@needs_bash
@pytest.mark.parametrize("command", sorted(FORMATS))
def test_bash_offers_the_formats_the_command_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    script = _script(capsys, "bash")
    assert complete(script, "vnla", command, "--format", "", tmp_path=tmp_path) == list(FORMATS[command])
    # after global options before the command too, and with "--format=" (bash splits at "=")
    words = ("vnla", "--lang", "vi", command, "--format", "=", "")
    assert complete(script, *words, tmp_path=tmp_path) == list(FORMATS[command])


@needs_bash
def test_bash_completes_check_format_and_other_choices(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    script = _script(capsys, "bash")
    assert complete(script, "vnla", "check", "--format", "", tmp_path=tmp_path) == [
        "text",
        "json",
        "jsonl",
        "parquet",
        "sarif",
        "claimreview",
    ]
    assert complete(script, "vnla", "check", "--format", "s", tmp_path=tmp_path) == ["sarif"]
    assert complete(script, "vnla", "--lang", "", tmp_path=tmp_path) == list(LANGS)
    assert complete(script, "vnla", "check", "--text-lang", "", tmp_path=tmp_path) == [
        "auto",
        "en",
        "vi",
        "lo",
    ]
    assert complete(script, "vnla", "completion", "", tmp_path=tmp_path) == list(SHELLS)
    assert "--published" in complete(script, "vnla", "check", "--", tmp_path=tmp_path)
    assert complete(script, "vnla", "events", "--from", "", tmp_path=tmp_path) == []  # a date: nothing
    (tmp_path / "article.txt").write_text("x", encoding="utf-8")
    assert complete(script, "vnla", "check", "art", tmp_path=tmp_path) == ["article.txt"]
    assert complete(script, "vnla", "check", "--config", "art", tmp_path=tmp_path) == ["article.txt"]


@needs_bash
def test_the_script_follows_the_parser(tmp_path: Path) -> None:
    """A new option completes as soon as the parser has it: nothing is written per command."""
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands.choices["check"].add_argument("--tone", choices=("calm", "curt"))
    assert complete(completion_script(parser, "bash"), "vnla", "check", "--tone", "", tmp_path=tmp_path) == [
        "calm",
        "curt",
    ]


def test_zsh_and_fish_scripts_name_every_command_and_choice(capsys: pytest.CaptureFixture[str]) -> None:
    zsh = _script(capsys, "zsh")
    assert zsh.startswith("#compdef vnla\n") and "bashcompinit" in zsh and "complete -F" in zsh
    fish = _script(capsys, "fish")
    for command in (*FORMATS, "completion"):
        assert f"__fish_use_subcommand' -a {command}" in fish
    assert (
        "-n '__fish_seen_subcommand_from check' -l format -x -a 'text json jsonl parquet sarif claimreview'"
        in fish
    )
    assert "-n '__fish_seen_subcommand_from completion' -x -a 'bash zsh fish'" in fish


@pytest.mark.parametrize("shell", [s for s in SHELLS if shutil.which(s)])
def test_each_script_is_valid_for_its_shell(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shell: str
) -> None:
    path = tmp_path / f"vnla.{shell}"
    path.write_text(_script(capsys, shell), encoding="utf-8")
    subprocess.run([shell, "-n", str(path)], check=True, timeout=30)


def test_an_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["completion", "powershell"])
    assert exit_.value.code == 2
    assert "invalid choice: 'powershell'" in capsys.readouterr().err
    with pytest.raises(ValueError, match="no completion for the shell 'tcsh'"):
        completion_script(_parser(), "tcsh")
