# SPDX-License-Identifier: MIT
"""
The machinery of the complexity harness (tests/test_complexity.py) and the static ReDoS scan
(tests/test_redos.py): find every compiled pattern of the package, build adversarial input
from each pattern's own pieces, and measure cost at two sizes.

Finding the patterns
    Every ``vnla`` module is imported; a pattern is any ``re.Pattern`` reachable from a
    module's globals, from class attributes, from containers in either, and from what a cached
    builder (``functools.cache``/``lru_cache`` without required arguments, or with one
    ``lang`` argument, called for each language) returns.  A new reader, a new language's
    words or a new cached builder is found without touching the harness.

How a pattern is used
    A pattern's name (``_NAME``, or an attribute ``grammar().flow_after``) is searched for in
    the package's source: if it is only ever called with ``.match``/``.fullmatch`` (anchored)
    it is pumped that way; any other use (``search``, ``finditer``, ``sub``...) or an unknown
    use pumps it with ``finditer`` over the whole text, the worst case.

The unit of cost
    CPython does not expose the regex engine's step count, and ``sys.setprofile`` sees one
    C call per match whatever its work, so cost is CPU time (``time.process_time``, the time
    this process ran, not the wall clock: other processes on a shared machine do not count),
    the best of N runs (interference only adds time, so the minimum is the most stable
    estimate; on a virtual machine, time stolen by the host can be charged to the process,
    which the minimum filters too), the small calls repeated to last at least
    :data:`MIN_RUN` seconds, and a floor below which a time is taken as the floor.  The
    garbage collector is off while a call runs (reference counting still frees what a call drops): a full collection walks
    every object of the process, whose number depends on what ran before, not on the call.  A
    quick screen (best of 2 at each size) passes what is clearly linear; anything whose
    screen ratio exceeds :data:`SUSPECT` is measured again carefully (best of
    :data:`BEST_OF`, the sizes interleaved), and a superlinear result is measured once more
    before it counts.  Before all this, a call climbs a ladder of sizes (1 K, 3 K, 10 K) and
    stops where it grows much faster than its input: a cubic pattern would take minutes at
    100 K.  A run far longer than the limit allows is also stopped by a wall-clock alarm
    (``SIGALRM``: the regex engine checks for signals in most loops), generous because the
    wall clock runs faster than CPU time under load.  (A CPU-time timer, ``ITIMER_PROF``,
    would be the natural alarm, but while one is armed Linux reports the process's CPU time
    only to the scheduler's tick, 4 ms.)
"""

from __future__ import annotations

import functools
import gc
import importlib
import inspect
import math
import os
import pkgutil
import re
import signal
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from re import _constants as C  # noqa: N812  (the parser's opcodes)
from re import _parser as sre_parse
from typing import Any, Final

import vnla

#: The two sizes, in characters.
SMALL = 10_000
LARGE = 100_000
#: The largest ratio of cost allowed between the large and the small size (linear: about 10).
LIMIT = 15.0
#: A screen ratio above this is measured again carefully (linear work gives about 10).
SUSPECT = 12.0
#: Runs per careful measurement.
BEST_OF = 7
#: The shortest run measured, in seconds of CPU time (calls are repeated to last this long).
MIN_RUN = 0.002
#: CPU seconds one call at the small size may take: linear work on 10 K characters takes milliseconds.
SMALL_BUDGET = 2.0
#: Wall-clock seconds after which a large run is stopped whatever the small one cost: a hang.
HANG = 20.0
#: Times below this (seconds) count as this: noise, not cost.
FLOOR = 0.0005

LANGUAGES = ("en", "vi", "lo")
SOURCE_ROOT = os.path.dirname(vnla.__file__)


# --------------------------------------------------------------------------- finding patterns


def vnla_modules() -> list[Any]:
    """Every module of the package, imported (optional extras that are missing left out)."""
    out = [vnla]
    for info in pkgutil.walk_packages(vnla.__path__, "vnla."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the 0.1 paths warn on import
                out.append(importlib.import_module(info.name))
        except ImportError:  # an optional dependency (Arrow, Dask) is not installed
            continue
    return out


def _walk(value: Any, where: str, depth: int, seen: set[int]) -> Iterator[tuple[str, re.Pattern[str]]]:
    if id(value) in seen or depth > 4:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield where, value
        return
    if isinstance(value, (str, bytes, int, float, type(None))):
        return
    if isinstance(value, Mapping):
        for i, (k, v) in enumerate(list(value.items())[:5000]):
            yield from _walk(k, f"{where}[{i}]", depth + 1, seen)
            yield from _walk(v, f"{where}[{k!r}]" if isinstance(k, str) else f"{where}[{i}]", depth + 1, seen)
        return
    if isinstance(value, (tuple, list, set, frozenset)):
        for i, v in enumerate(list(value)[:5000]):
            yield from _walk(v, f"{where}[{i}]", depth + 1, seen)
        return
    module = getattr(type(value), "__module__", "") or ""
    if module.startswith("vnla") and not isinstance(value, type):
        fields: dict[str, Any] = {}
        for slot in getattr(type(value), "__slots__", ()):
            if hasattr(value, slot):
                fields[slot] = getattr(value, slot)
        fields.update(getattr(value, "__dict__", {}))
        for name, v in fields.items():
            yield from _walk(v, f"{where}.{name}", depth + 1, seen)


def _is_cached_builder(value: Any) -> bool:
    return callable(value) and hasattr(value, "cache_info") and hasattr(value, "__wrapped__")


def _builder_calls(fn: Any) -> list[tuple[str, Callable[[], Any]]]:
    """How to call a cached builder: without arguments, or once per language."""
    try:
        params = [
            p
            for p in inspect.signature(fn).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
    except (TypeError, ValueError):
        return []
    if not params:
        return [("()", fn)]
    if len(params) == 1 and params[0].name in {"lang", "language"}:
        return [(f"({lang!r})", functools.partial(fn, lang)) for lang in LANGUAGES]
    return []


@functools.cache
def all_patterns() -> dict[str, re.Pattern[str]]:
    """Every distinct pattern of the package, by where it was first found."""
    found: dict[str, re.Pattern[str]] = {}
    seen_patterns: set[tuple[str, int]] = set()
    seen: set[int] = set()

    def add(items: Iterable[tuple[str, re.Pattern[str]]]) -> None:
        for where, pattern in items:
            key = (pattern.pattern, pattern.flags)
            if key not in seen_patterns:
                seen_patterns.add(key)
                found[where] = pattern

    for module in vnla_modules():
        for name, value in list(vars(module).items()):
            if getattr(value, "__module__", module.__name__) != module.__name__ and not isinstance(
                value, (re.Pattern, tuple, list, dict, frozenset)
            ):
                continue  # defined elsewhere: walked in its own module
            where = f"{module.__name__}.{name}"
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, v in list(vars(value).items()):
                    add(_walk(v, f"{where}.{attr}", 1, seen))
                    if _is_cached_builder(v):
                        for args, call in _builder_calls(v):
                            add(_walk(call(), f"{where}.{attr}{args}", 1, seen))
            elif _is_cached_builder(value):
                for args, call in _builder_calls(value):
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        result = call()
                    add(_walk(result, f"{where}{args}", 1, seen))
            else:
                add(_walk(value, where, 1, seen))
    return found


@functools.cache
def _sources() -> str:
    texts = []
    for folder, _dirs, files in os.walk(SOURCE_ROOT):
        for file in files:
            if file.endswith(".py"):
                with open(os.path.join(folder, file), encoding="utf-8") as handle:
                    texts.append(handle.read())
    return "\n".join(texts)


#: The methods of a pattern that run it (a bound method may be kept: ``match = _P.match``).
_METHODS: Final = frozenset({"match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split"})


def usage(where: str) -> frozenset[str]:
    """
    How the pattern named by ``where`` is called in the package: ``{"match", "fullmatch"}``
    or a part of it when it is only ever matched at a position, else ``{"search"}``.
    """
    name = where.rsplit(".", 1)[-1]
    if not name.isidentifier():
        return frozenset({"search"})  # found inside a container: assume the worst
    methods = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\b", _sources())) & _METHODS
    if methods and methods <= {"match", "fullmatch"}:
        return frozenset(methods)
    return frozenset({"search"})


# --------------------------------------------------------------------------- adversarial input

_CATEGORY_CHAR = {
    C.CATEGORY_DIGIT: "7",
    C.CATEGORY_NOT_DIGIT: "a",
    C.CATEGORY_SPACE: " ",
    C.CATEGORY_NOT_SPACE: "a",
    C.CATEGORY_WORD: "a",
    C.CATEGORY_NOT_WORD: " ",
    C.CATEGORY_LINEBREAK: "\n",
    C.CATEGORY_NOT_LINEBREAK: "a",
    C.CATEGORY_UNI_DIGIT: "7",
    C.CATEGORY_UNI_NOT_DIGIT: "a",
    C.CATEGORY_UNI_SPACE: " ",
    C.CATEGORY_UNI_NOT_SPACE: "a",
    C.CATEGORY_UNI_WORD: "a",
    C.CATEGORY_UNI_NOT_WORD: " ",
    C.CATEGORY_UNI_LINEBREAK: "\n",
    C.CATEGORY_UNI_NOT_LINEBREAK: "a",
}


def _class_chars(items: list[tuple[Any, Any]]) -> list[str]:
    """A few characters a character class matches (or, negated, some it does not)."""
    negate = any(op is C.NEGATE for op, _ in items)
    chars: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.RANGE:
            chars.append(chr(av[0]))
        elif op is C.CATEGORY:
            chars.append(_CATEGORY_CHAR.get(av, "a"))
    if negate:
        return [c for c in "a 7,.-\n" if c not in chars][:2] or ["a"]
    return chars or ["a"]


def _one(items: Any) -> str:
    """A short string the (sub)pattern matches, as far as a simple walk can tell."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append("a" if chr(av) != "a" else "b")
        elif op is C.IN:
            out.append(_class_chars(av)[0])
        elif op is C.ANY:
            out.append("x")
        elif op is C.BRANCH:
            out.append(_one(av[1][0]))
        elif op is C.SUBPATTERN:
            out.append(_one(av[-1]))
        elif op is C.ATOMIC_GROUP:
            out.append(_one(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, body = av
            out.append(_one(body) * max(lo, 0))
    return "".join(out)


def _pieces(items: Any, prefix: str, out: dict[str, list[str]]) -> None:
    """Collect literals (words), class characters and (prefix, unit) pairs of repeats."""
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if len(run) >= 2:
            out["words"].append(run)
        run = ""
        if op is C.IN:
            out["chars"].extend(_class_chars(av))
        elif op is C.BRANCH:
            for branch in av[1]:
                _pieces(branch, prefix, out)
        elif op is C.SUBPATTERN:
            _pieces(av[-1], prefix, out)
        elif op is C.ATOMIC_GROUP:
            _pieces(av, prefix, out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _lo, hi, body = av
            unit = _one(body) or "a"
            if hi is C.MAXREPEAT or hi > 8:
                out["pumps"].append(prefix + _one_prefix_done(items, op, av))
                out["units"].append(unit)
                for char in _first_chars(body):
                    out["units"].append(char)
            _pieces(body, prefix, out)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _pieces(av[1], prefix, out)
    if len(run) >= 2:
        out["words"].append(run)


def _one_prefix_done(items: Any, op: Any, av: Any) -> str:
    """What comes before a repeat in its sequence, written as a short matching string."""
    before = []
    for item in items:
        if item == (op, av):
            break
        before.append(item)
    return _one(before)


def _first_chars(items: Any) -> list[str]:  # noqa: PLR0911 (one return per opcode)
    for op, av in items:
        if op is C.IN:
            return _class_chars(av)
        if op is C.LITERAL:
            return [chr(av)]
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return _first_chars(av[2])
        if op is C.SUBPATTERN:
            return _first_chars(av[-1])
        if op is C.BRANCH:
            return [c for branch in av[1] for c in _first_chars(branch)][:6]
        if op is C.ANY:
            return ["x"]
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        return []
    return []


def pump_units(pattern: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """
    (prefix, unit, suffix) triples: input is ``prefix + unit * k + suffix``.

    Built from the pattern: each unbounded repeat's body after what precedes it, each class's
    characters as runs, the pattern's words repeated with spaces and commas (cue words,
    titles, list items), and a character nothing expects at the end (so matches fail late).
    """
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    out: dict[str, list[str]] = {"words": [], "chars": [], "pumps": [], "units": []}
    _pieces(list(tree), "", out)
    whole = _one(list(tree))
    triples: list[tuple[str, str, str]] = []
    for prefix, unit in zip(out["pumps"], out["units"], strict=False):
        triples.append((prefix, unit, "\x01"))
    for unit in dict.fromkeys(out["units"]):
        triples.append(("", unit, "\x01"))
    for char in list(dict.fromkeys(out["chars"]))[:6]:
        triples.append(("", char, "\x01"))
    words = sorted(dict.fromkeys(out["words"]), key=len, reverse=True)[:4]
    for word in words:
        triples.append(("", word + " ", "\x01"))
        triples.append(("", word + ", ", "\x01"))
    if whole:
        triples.append(("", whole, "\x01"))
        triples.append(("", whole + " ", "\x01"))
    triples += [("", " ", "\x01"), ("", "7", "\x01"), ("", ", ", "\x01"), ("", "a", "\x01")]
    return list(dict.fromkeys(t for t in triples if t[1]))[:12]


def build(prefix: str, unit: str, suffix: str, size: int) -> str:
    k = max(1, (size - len(prefix) - len(suffix)) // len(unit))
    return prefix + unit * k + suffix


# --------------------------------------------------------------------------- measuring


class TooSlowError(Exception):
    """A run took far more CPU time than the limit allows."""


def _alarm(_signum: int, _frame: Any) -> None:
    raise TooSlowError


def _cpu(call: Callable[[], object], repeat: int, budget: float | None) -> float:
    """CPU seconds of ``repeat`` calls; ``TooSlowError`` past ``budget`` CPU seconds."""
    gc.disable()  # a full collection walks the whole heap (the dataset...): not the call's cost
    old = signal.signal(signal.SIGALRM, _alarm)
    if budget is not None:
        signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        start = time.process_time()
        for _ in range(repeat):
            call()
        return time.process_time() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        gc.enable()


def best(call: Callable[[], object], runs: int, repeat: int, budget: float | None) -> float:
    return min(_cpu(call, repeat, budget) for _ in range(runs))


def ratio(small: Callable[[], object], large: Callable[[], object], *, careful: bool = False) -> float:
    """
    Cost of ``large`` over cost of ``small``, in CPU time: the best run of each.

    A screen (``careful=False``) takes the best of 2 runs at each size.  A careful measurement
    the best of :data:`BEST_OF`, the two sizes interleaved (so that both sample the same
    spells of load), each small run repeating the call to last :data:`MIN_RUN`.  Returns
    ``inf`` when a run is stopped for taking far too long.
    """
    runs = BEST_OF if careful else 2
    try:
        once = max(_cpu(small, 1, SMALL_BUDGET), 1e-6)
        repeat = max(1, min(20, int(MIN_RUN / once) + 1)) if careful else 1
        small_costs, large_costs = [], []
        for _ in range(runs):
            small_costs.append(_cpu(small, repeat, SMALL_BUDGET * repeat) / repeat)
            budget = max(LIMIT * 40 * max(min(small_costs), FLOOR), HANG)
            large_costs.append(_cpu(large, 1, budget))
    except TooSlowError:
        return float("inf")
    return max(min(large_costs), FLOOR) / max(min(small_costs), FLOOR)


#: Sizes a call climbs through before the 10 K / 100 K measurement, stopping at the first step
#: that grows faster than :data:`LADDER_SLACK` times the size: a cubic call would take minutes
#: at 100 K, and the regex engine does not always check for the alarm.
LADDER = (1_000, 3_162, SMALL)
LADDER_SLACK = 2.5
#: A rung cheaper than this (seconds) never stops the climb: it is far from catastrophic.
LADDER_MIN = 0.01


def superlinear(make: Callable[[int], Callable[[], object]]) -> float | None:
    """
    The cost ratio of ``make(LARGE)`` over ``make(SMALL)`` if it exceeds :data:`LIMIT`, else ``None``.

    ``make(n)`` returns the call on input of about ``n`` characters.  The call first climbs
    :data:`LADDER` (best of 2 per size; a step costing over :data:`LADDER_MIN` and more than :data:`LADDER_SLACK` times its size
    ratio stops the climb, reported as that step's cost ratio scaled to 10 K -> 100 K); then a
    screen, and a careful measurement if the screen exceeds :data:`SUSPECT`.
    """
    before = None
    for size in LADDER:
        try:
            cost = max(best(make(size), 2, 1, SMALL_BUDGET), FLOOR)
        except TooSlowError:
            return float("inf")
        if before is not None:
            grown, step = cost / before[1], size / before[0]
            if cost > LADDER_MIN and grown > LADDER_SLACK * step:
                return grown ** (1 / math.log10(step))  # as if the same exponent held up to 100 K
        before = (size, cost)
    small, large = make(SMALL), make(LARGE)
    if ratio(small, large) <= SUSPECT:
        return None
    careful = ratio(small, large, careful=True)
    if careful > LIMIT:  # confirmed twice: a spell of load on a shared machine is seldom that long
        careful = min(careful, ratio(small, large, careful=True))
    return careful if careful > LIMIT else None


def pattern_calls(pattern: re.Pattern[str], modes: frozenset[str], text: str) -> Callable[[], object]:
    """A call of ``pattern`` on ``text`` the way the package calls it (``search``: every match)."""
    match = "match" in modes
    fullmatch = "fullmatch" in modes
    search = "search" in modes

    def run() -> object:
        found = 0
        if match:
            found += pattern.match(text) is not None
            found += pattern.match(text, 1) is not None
        if fullmatch:
            found += pattern.fullmatch(text) is not None
        if search:
            found += sum(1 for _ in pattern.finditer(text))
        return found

    return run


# --------------------------------------------------------------------------- static scan

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


def _first(items: Any) -> tuple[frozenset[str], bool]:  # noqa: PLR0911 (one return per opcode)
    """The characters a sequence may start with (sampled) and whether it may match empty."""
    chars: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            return frozenset(chars | {chr(av)}), False
        if op is C.NOT_LITERAL:
            return frozenset(chars | {c for c in _SAMPLE if c != chr(av)}), False
        if op is C.IN:
            return frozenset(chars | _class_set(av)), False
        if op is C.ANY:
            return frozenset(chars | set(_SAMPLE) - {"\n"}), False
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            sub, empty = _first(av[2])
            chars |= sub
            if av[0] > 0 and not empty:
                return frozenset(chars), False
            continue
        if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            sub, empty = _first(av[-1] if op is C.SUBPATTERN else av)
            chars |= sub
            if not empty:
                return frozenset(chars), False
            continue
        if op is C.BRANCH:
            any_empty = False
            for branch in av[1]:
                sub, empty = _first(branch)
                chars |= sub
                any_empty |= empty
            if not any_empty:
                return frozenset(chars), False
            continue
        if op is C.GROUPREF:
            return frozenset(chars | set(_SAMPLE)), True
    return frozenset(chars), True


#: Characters standing for every kind a class may hold: spaces, digits, letters, signs, Lao, Vietnamese.
_SAMPLE = " \t\n\u00a07aZé,.:;-–'’()/|·$%&\u0e81\u1ea1_x"


def _class_set(items: Any) -> set[str]:
    compiled = re.compile("[" + "".join(_class_source(items)) + "]")
    return {c for c in _SAMPLE if compiled.match(c)}


def _class_source(items: Any) -> Iterator[str]:
    for op, av in items:
        if op is C.NEGATE:
            yield "^"
        elif op is C.LITERAL:
            yield re.escape(chr(av))
        elif op is C.RANGE:
            yield f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
        elif op is C.CATEGORY:
            yield {
                "DIGIT": r"\d",
                "NOT_DIGIT": r"\D",
                "SPACE": r"\s",
                "NOT_SPACE": r"\S",
                "WORD": r"\w",
                "NOT_WORD": r"\W",
            }.get(str(av).split("CATEGORY_")[-1].replace("UNI_", ""), r"\w")


def _chars(items: Any) -> frozenset[str]:
    """Every character a (sub)pattern may consume, sampled from :data:`_SAMPLE`."""
    return frozenset(c for c in _SAMPLE if _any_char(items, c))


def _any_char(items: Any, char: str) -> bool:  # noqa: PLR0911 (one return per opcode)
    for op, av in items:
        if op is C.LITERAL and chr(av) == char:
            return True
        if op is C.NOT_LITERAL and chr(av) != char:
            return True
        if op is C.IN and char in _class_set(av):
            return True
        if op is C.ANY and char != "\n":
            return True
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT) and _any_char(av[2], char):
            return True
        if op is C.SUBPATTERN and _any_char(av[-1], char):
            return True
        if op is C.ATOMIC_GROUP and _any_char(av, char):
            return True
        if op is C.BRANCH and any(_any_char(b, char) for b in av[1]):
            return True
    return False


def _unbounded(av: Any) -> bool:
    return av[1] is C.MAXREPEAT or av[1] > 64


_Open = list[tuple[str, frozenset[str]]]


def redos_findings(pattern: str, flags: int = 0) -> list[str]:
    """
    Backtracking hazards of a pattern, found statically on its parse tree.

    * **Adjacent**: two unbounded backtracking repeats of overlapping characters with only
      optional items, or items of those same characters, between them (``[ \\t]*:?[ \\t]+``,
      ``\\s*x?\\s*``): each extra repeat multiplies the cost by the length of the run
      (quadratic, cubic).
    * **Nested**: the body of an unbounded repeat, followed by itself, has adjacent repeats
      (``(a+)+``, ``(?:\\s*x?)*``, ``(?:\\s+\\w|\\s+)*``): exponential.
    Alternatives that overlap (``(?:a|ab|bc)*``) are left to the harness, which pumps each
    pattern's words: telling them apart needs more than first characters.

    Possessive repeats (``*+``) and atomic groups (``(?>...)``) are not backtracked into;
    a repeat bounded by 64 or fewer is not unbounded.

    >>> redos_findings("[ ]*:?[ ]+x")
    ["adjacent repeats overlap on ' '"]
    >>> redos_findings("(?:[ ]*+:)?[ ]++x")
    []
    """
    tree = sre_parse.parse(pattern, flags)
    out: dict[str, None] = {}
    _seq(list(tree), [], out)
    return list(out)


def _seq(items: list[Any], open_: _Open, out: dict[str, None]) -> _Open:
    for item in items:
        open_ = _node(item, open_, out)
    return open_


def _flag(label: str, chars: frozenset[str], open_: _Open, out: dict[str, None]) -> None:
    for _other, other_chars in open_:
        common = chars & other_chars
        if common:
            out[f"adjacent repeats overlap on {''.join(sorted(common))!r}"] = None


def _node(item: tuple[Any, Any], open_: _Open, out: dict[str, None]) -> _Open:  # noqa: PLR0911 (one return per opcode)
    op, av = item
    if op in (C.AT,):
        return open_
    if op in (C.ASSERT, C.ASSERT_NOT):
        _seq(list(av[1]), [], out)
        return open_
    if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.GROUPREF):
        chars = _chars([item])
        return [(o, c) for o, c in open_ if c & chars]
    if op in _REPEATS and _unbounded(av):
        lo, _hi, body = av
        chars = _chars(body)
        label = _where(item)
        _flag(label, _first(list(body))[0], open_, out)
        body = list(body)
        ends = _seq(body, [], out)
        _seq(body, [(f"{label}'", e) for _l, e in ends], out)  # the body after itself: nested ambiguity
        mine = [(label, _first(body)[0]), *ends]
        return [*open_, *mine] if lo == 0 else [*(o for o in open_ if o[1] & chars), *mine]
    if op in _REPEATS:  # bounded
        lo, _hi, body = av
        after = _seq(list(body), open_, out)
        return _union(open_, after) if lo == 0 else after
    if op is C.POSSESSIVE_REPEAT or op is C.ATOMIC_GROUP:
        body = list(av[2] if op is C.POSSESSIVE_REPEAT else av)
        chars = _chars(body)
        _flag(_where(item), _first(body)[0], open_, out)
        _seq(body, [], out)
        empty = av[0] == 0 if op is C.POSSESSIVE_REPEAT else _first(body)[1]
        return open_ if empty else [o for o in open_ if o[1] & chars]
    if op is C.SUBPATTERN:
        body = list(av[-1])
        after = _seq(body, open_, out)
        return _union(open_, after) if _first(body)[1] else after
    if op is C.BRANCH:
        result: _Open = []
        for branch in av[1]:
            result = _union(result, _seq(list(branch), open_, out))
        return result
    return []


_LABELS: dict[int, str] = {}


def _where(item: Any) -> str:
    return _LABELS.setdefault(id(item[1]), str(len(_LABELS)))


def _union(a: _Open, b: _Open) -> _Open:
    return list(dict.fromkeys([*a, *b]))
