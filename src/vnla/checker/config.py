# SPDX-License-Identifier: MIT
"""
The configuration stage: a house style (:class:`CheckConfig`) and the file it is read from.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from typing import TYPE_CHECKING, Any, Final

from attrs import field, frozen

from vnla.checker.report import _RULES, Verdict
from vnla.model.errors import VnlaError
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["CheckConfig", "ConfigError", "load_config"]


class ConfigError(VnlaError, ValueError):
    """A house-style file with problems; ``problems`` lists every one, ``path`` names the file."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{path}: {len(self.problems)} problem(s) in the configuration:\n{lines}")


def _verdicts(values: Iterable[Verdict | str]) -> tuple[Verdict, ...]:
    return tuple(Verdict(v) for v in values)


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _levels(values: Iterable[tuple[str, Severity]]) -> tuple[tuple[str, Severity], ...]:
    return tuple(values)


@frozen(kw_only=True)
class CheckConfig:
    """
    House style for :func:`check_text`: preferred terms, rules to ignore, severities.

    ``prefer`` lists wordings (recorded names, in any language) to use instead
    of the other names of the same record in that language: with
    ``prefer=("strategic alignment",)`` every other English wording of the
    framework's fourth element, "strategic cohesion" included, is a variant.
    ``ignore`` lists rules (or ``fnmatch`` patterns such as ``"dates.*"``)
    whose findings are dropped.  ``severity`` maps a rule, a pattern or a
    verdict to a severity; ``fail_on`` is the lowest severity that makes a
    check fail; ``show`` the verdicts the text output lists.

    >>> from vnla.checker import check_text
    >>> config = CheckConfig(prefer=("strategic alignment",))
    >>> [(f.verdict.value, f.canonical) for f in check_text("strategic cohesion", config=config).findings]
    [('variant', 'strategic alignment')]
    """

    prefer: tuple[str, ...] = field(default=(), converter=_texts)
    ignore: tuple[str, ...] = field(default=(), converter=_texts)
    severity: tuple[tuple[str, Severity], ...] = field(default=(), converter=_levels)
    fail_on: Severity = Severity.ERROR
    show: tuple[Verdict, ...] = field(default=(Verdict.CONTRADICTION, Verdict.VARIANT), converter=_verdicts)
    path: str | None = None

    def ignores(self, rule: str) -> bool:
        """Whether findings of ``rule`` are dropped."""
        return any(fnmatch.fnmatchcase(rule, pattern) for pattern in self.ignore)

    def severity_of(self, rule: str, verdict: Verdict, default: Severity) -> Severity:
        """The severity of a finding: the exact rule, then a pattern, then its verdict, then ``default``."""
        if verdict is Verdict.OK:
            return Severity.INFO
        overrides = dict(self.severity)
        if rule in overrides:
            return overrides[rule]
        for key, value in self.severity:
            if key not in _VERDICT_NAMES and fnmatch.fnmatchcase(rule, key):
                return value
        return overrides.get(verdict.value, default)


_VERDICT_NAMES: Final = frozenset(v.value for v in Verdict)
_CONFIG_KEYS: Final = ("schema_version", "prefer", "ignore", "severity", "fail-on", "show")


def load_config(path: str | os.PathLike[str]) -> CheckConfig:
    """
    Read a house-style file (TOML); every problem is listed in one :class:`ConfigError`.

    The file has up to five keys::

        prefer = ["strategic cohesion", "Viet Nam"]     # preferred wordings
        ignore = ["dates.date", "names.*"]              # rules to drop
        fail-on = "error"                               # or "warning", "info"
        show = ["contradiction", "variant"]             # verdicts the text output lists
        [severity]                                      # rule, pattern or verdict -> severity
        "framework.wording" = "error"

    Args:
        path: the TOML file.

    Returns:
        The :class:`CheckConfig`.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or has unknown keys or values.

    >>> import tempfile, pathlib
    >>> style = pathlib.Path(tempfile.mkdtemp()) / "style.toml"
    >>> _ = style.write_text('prefer = ["strategic cohesion"]\\nfail-on = "warning"\\n', encoding="utf-8")
    >>> config = load_config(style)
    >>> config.prefer, config.fail_on.value
    (('strategic cohesion',), 'warning')
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(name, [f"cannot read: {error.strerror or error}"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(name, [f"not valid TOML: {error}"]) from None
    problems: list[str] = []
    for key in raw:
        if key not in _CONFIG_KEYS:
            problems.append(f"unknown key {key!r}; expected one of {', '.join(_CONFIG_KEYS)}")
    prefer = _strings_of(raw, "prefer", problems)
    ignore = _strings_of(raw, "ignore", problems)
    for pattern in ignore:
        if not _rule_pattern_known(pattern):
            problems.append(f"ignore: {pattern!r} matches no rule; rules are {', '.join(_RULES)}")
    severity: list[tuple[str, Severity]] = []
    table = raw.get("severity", {})
    if not isinstance(table, dict):
        problems.append(f"severity must be a table of rule = severity, got {table!r}")
        table = {}
    for key, value in table.items():
        if key not in _VERDICT_NAMES and not _rule_pattern_known(key):
            problems.append(f"severity: {key!r} is no rule, rule pattern or verdict")
        level = _severity(value)
        if level is None:
            problems.append(f"severity: {key!r} = {value!r}; expected 'error', 'warning' or 'info'")
        else:
            severity.append((key, level))
    fail_on = _severity(raw.get("fail-on", "error"))
    if fail_on is None:
        problems.append(f"fail-on = {raw.get('fail-on')!r}; expected 'error', 'warning' or 'info'")
    show = _strings_of(raw, "show", problems) if "show" in raw else ["contradiction", "variant"]
    for verdict in show:
        if verdict not in _VERDICT_NAMES:
            problems.append(f"show: {verdict!r} is no verdict; expected some of {', '.join(_VERDICT_NAMES)}")
    if problems:
        raise ConfigError(name, problems)
    return CheckConfig(
        prefer=prefer,
        ignore=ignore,
        severity=severity,
        fail_on=fail_on or Severity.ERROR,
        show=show,
        path=name,
    )


def _strings_of(raw: dict[str, Any], key: str, problems: list[str]) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{key} must be a list of strings, got {value!r}")
        return []
    return value


def _rule_pattern_known(pattern: str) -> bool:
    return any(fnmatch.fnmatchcase(rule, pattern) for rule in _RULES)


def _severity(value: object) -> Severity | None:
    try:
        return Severity(value)
    except ValueError:
        return None
