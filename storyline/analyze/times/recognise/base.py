"""What a recognition rule is: a pattern, the handler that turns its match into a value, and
whether the value is relative (resolved against the reference) or anchored (resolved once the
other dates of the text are known, in a second pass)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.analyze.times.context import Context

# (type, value[, start, end[, duration]]): a handler may narrow its span, and a phrase counted
# from another moment ("two days after the vote") gives the length it counts beside its day
Hit = tuple[str, str] | tuple[str, str, int, int] | tuple[str, str, int, int, str]
Handler = Callable[[re.Match[str], Context], Hit | None]


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    relative: bool = True
    anchored: bool = False  # needs the dates found before it (second pass)


def registrar(
    rules: list[Rule],
) -> Callable[..., Callable[[Handler], Handler]]:
    """A decorator that appends each rule it wraps to ``rules``, in the order written: the
    order breaks ties between matches of the same length."""

    def rule(
        name: str, pattern: str, relative: bool = True, anchored: bool = False
    ) -> Callable[[Handler], Handler]:
        def wrap(fn: Handler) -> Handler:
            compiled = re.compile(r"(?<![\w])" + pattern + r"(?![\w])")
            rules.append(Rule(name, compiled, fn, relative, anchored))
            return fn

        return wrap

    return rule
