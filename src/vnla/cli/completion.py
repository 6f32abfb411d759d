# SPDX-License-Identifier: MIT
"""
Shell completion for ``vnla``: ``vnla completion bash|zsh|fish`` prints a script.

The script is generated from the command line's own :mod:`argparse` parser, so it
offers exactly what the parser accepts: the commands, each command's options, the
choices of an option or argument (``--format`` offers what that command writes,
``--lang`` en, vi and lo) and file names where a path is expected.  Nothing is
written by hand for one command, so a new option completes as soon as it exists.

Install it once (see ``docs/reference/cli.md``)::

    vnla completion bash > ~/.local/share/bash-completion/completions/vnla
    vnla completion zsh > "${fpath[1]}/_vnla"
    vnla completion fish > ~/.config/fish/completions/vnla.fish

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="demo")
>>> commands = parser.add_subparsers(dest="command")
>>> run = commands.add_parser("run", help="run it")
>>> _ = run.add_argument("--format", choices=("text", "json"))
>>> script = completion_script(parser, "bash")
>>> "complete -F _demo_complete demo" in script and '"run --format"' in script
True

.. versionadded:: 0.2
"""

from __future__ import annotations

import argparse
import re
import shlex
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["SHELLS", "add_command", "completion_script"]

#: The shells ``vnla completion`` writes a script for.
SHELLS: Final = ("bash", "zsh", "fish")

#: A value whose metavar or name says it is a path is completed with file names.
_PATHLIKE: Final = re.compile(r"PATH|FILE|FOLDER|DIR|OUTPUT", re.IGNORECASE)


class _Option(NamedTuple):
    """One option as the shell sees it."""

    flags: tuple[str, ...]
    takes_value: bool
    choices: tuple[str, ...]
    files: bool
    help: str


class _Positional(NamedTuple):
    """One positional argument as the shell sees it."""

    choices: tuple[str, ...]
    files: bool


class _Command(NamedTuple):
    """A command: its name, its help line, its options and its positional arguments."""

    name: str
    help: str
    options: tuple[_Option, ...]
    positionals: tuple[_Positional, ...]


def _choices(action: argparse.Action) -> tuple[str, ...]:
    return tuple(str(c) for c in action.choices) if action.choices is not None else ()


def _pathlike(action: argparse.Action) -> bool:
    names = [action.dest]
    if isinstance(action.metavar, str):
        names.append(action.metavar)
    return action.choices is None and any(_PATHLIKE.search(name) for name in names)


def _help(action: argparse.Action) -> str:
    text = action.help if isinstance(action.help, str) and action.help != argparse.SUPPRESS else ""
    return " ".join(text.split())


def _options(parser: argparse.ArgumentParser) -> tuple[_Option, ...]:
    out: list[_Option] = []
    for action in parser._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        out.append(
            _Option(
                flags=tuple(action.option_strings),
                takes_value=action.nargs != 0,
                choices=_choices(action),
                files=_pathlike(action),
                help=_help(action),
            )
        )
    return tuple(out)


def _subcommands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _commands(parser: argparse.ArgumentParser) -> tuple[_Command, ...]:
    sub = _subcommands(parser)
    if sub is None:
        return ()
    helps = {choice.dest: _help(choice) for choice in sub._choices_actions}
    out = []
    for name, command in sub.choices.items():
        positionals = tuple(
            _Positional(choices=_choices(a), files=_pathlike(a))
            for a in command._actions
            if not a.option_strings and not isinstance(a, argparse._SubParsersAction)
        )
        out.append(_Command(name, helps.get(name, ""), _options(command), positionals))
    return tuple(out)


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """
    The completion script of ``shell`` for ``parser`` (a parser with subcommands, like vnla's).

    Raises:
        ValueError: a shell other than bash, zsh or fish.
    """
    prog = parser.prog
    top, commands = _options(parser), _commands(parser)
    if shell == "bash":
        return _bash(prog, top, commands)
    if shell == "zsh":
        return _zsh(prog, top, commands)
    if shell == "fish":
        return _fish(prog, top, commands)
    msg = f"no completion for the shell {shell!r}; expected one of {', '.join(SHELLS)}"
    raise ValueError(msg)


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add ``completion SHELL`` to a parser's commands (the caller prints :func:`completion_script`)."""
    about = "print a shell completion script for bash, zsh or fish"
    command = commands.add_parser(
        "completion",
        help=about,
        description=about + ", generated from vnla's own options. Install it with, for example, "
        "'vnla completion bash > ~/.local/share/bash-completion/completions/vnla'.",
    )
    command.add_argument("shell", choices=SHELLS, help="the shell: bash, zsh or fish")
    return command


# --------------------------------------------------------------------------- bash
def _words(words: Iterable[str]) -> str:
    return shlex.quote(" ".join(words))


def _function(prog: str) -> str:
    return "_" + re.sub(r"\W", "_", prog) + "_complete"


def _bash(prog: str, top: Sequence[_Option], commands: Sequence[_Command]) -> str:
    """A bash function (bash 3.2 or later: no associative arrays) and its ``complete`` line."""
    valued_top = [f for o in top if o.takes_value for f in o.flags]
    values: list[str] = []  # case branches: "<command> <option>") reply ;;
    for scope, options in (("", top), *((c.name, c.options) for c in commands)):
        for option in options:
            if not option.takes_value:
                continue
            if option.choices:
                reply = f'COMPREPLY=( $(compgen -W {_words(option.choices)} -- "$cur") )'
            elif option.files:
                reply = 'COMPREPLY=( $(compgen -f -- "$cur") ); compopt -o filenames 2>/dev/null'
            else:
                reply = ":"  # a free value (a date, a name): nothing to offer
            labels = "|".join(f'"{scope} {flag}"' for flag in option.flags)
            values.append(f"        {labels}) {reply}; return 0 ;;")
    per_command: list[str] = []
    for command in commands:
        flags = [f for o in command.options for f in o.flags]
        lines = [f'            if [[ "$cur" == -* ]]; then words={_words(flags)}']
        positional = command.positionals[0] if command.positionals else None
        if positional is not None and positional.choices:
            lines.append(f"            else words={_words(positional.choices)}")
        elif positional is not None and positional.files:
            lines.append(
                '            else COMPREPLY=( $(compgen -f -- "$cur") ); compopt -o filenames 2>/dev/null; '
                "return 0"
            )
        lines.append("            fi ;;")
        per_command.append(f"        {command.name})\n" + "\n".join(lines))
    function = _function(prog)
    skip = "|".join(valued_top) or "--"
    return f"""# bash completion for {prog}, generated from its options by `{prog} completion bash`.
{function}() {{
    local cur prev cmd words i w
    COMPREPLY=()
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    prev=""
    (( COMP_CWORD > 0 )) && prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    # --option=value: bash splits it at "="
    if [[ "$cur" == "=" ]]; then
        cur=""
    elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then
        prev="${{COMP_WORDS[COMP_CWORD-2]}}"
    fi
    # the command: the first word that is neither an option nor an option's value
    cmd=""
    for (( i = 1; i < COMP_CWORD; i++ )); do
        w="${{COMP_WORDS[i]}}"
        case "$w" in
            {skip}) (( i++ )) ;;
            -*) ;;
            *) cmd="$w"; break ;;
        esac
    done
    # the value of an option
    case "$cmd $prev" in
{chr(10).join(values)}
    esac
    words=""
    case "$cmd" in
        "")
            if [[ "$cur" == -* ]]; then words={_words(f for o in top for f in o.flags)}
            else words={_words(c.name for c in commands)}
            fi ;;
{chr(10).join(per_command)}
    esac
    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
    return 0
}}
complete -F {function} {prog}
"""


# --------------------------------------------------------------------------- zsh
def _zsh(prog: str, top: Sequence[_Option], commands: Sequence[_Command]) -> str:
    """zsh reads the bash script through its ``bashcompinit`` layer."""
    return (
        f"#compdef {prog}\n"
        f"# zsh completion for {prog}, generated from its options by `{prog} completion zsh`.\n"
        "autoload -U +X bashcompinit && bashcompinit\n"
        "autoload -U +X compinit && compinit -C\n" + _bash(prog, top, commands)
    )


# --------------------------------------------------------------------------- fish
def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish_option(prog: str, condition: str, option: _Option) -> str:
    parts = [f"complete -c {prog}", f"-n {_fish_text(condition)}"]
    for flag in option.flags:
        if flag.startswith("--"):
            parts.append(f"-l {flag[2:]}")
        elif len(flag) == 2:
            parts.append(f"-s {flag[1]}")
        else:
            parts.append(f"-o {flag[1:]}")
    if option.takes_value:
        if option.choices:
            parts.append(f"-x -a {_fish_text(' '.join(option.choices))}")
        elif option.files:
            parts.append("-r -F")
        else:
            parts.append("-x")
    if option.help:
        parts.append(f"-d {_fish_text(option.help[:80])}")
    return " ".join(parts)


def _fish(prog: str, top: Sequence[_Option], commands: Sequence[_Command]) -> str:
    lines = [
        f"# fish completion for {prog}, generated from its options by `{prog} completion fish`.",
        f"complete -c {prog} -f",
    ]
    lines += [_fish_option(prog, "__fish_use_subcommand", o) for o in top]
    for command in commands:
        about = f" -d {_fish_text(command.help[:80])}" if command.help else ""
        lines.append(f"complete -c {prog} -n '__fish_use_subcommand' -a {command.name}{about}")
    for command in commands:
        seen = f"__fish_seen_subcommand_from {command.name}"
        lines += [_fish_option(prog, seen, o) for o in command.options]
        for positional in command.positionals[:1]:
            if positional.choices:
                choices = _fish_text(" ".join(positional.choices))
                lines.append(f"complete -c {prog} -n {_fish_text(seen)} -x -a {choices}")
            elif positional.files:
                lines.append(f"complete -c {prog} -n {_fish_text(seen)} -F")
    return "\n".join(lines) + "\n"
