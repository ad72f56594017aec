"""Patterns anchored at the start of a line, found without trying every position.

``re.compile("^…", re.M)`` makes the engine try ``^`` at every character of the text:
on a long body that is most of the cost of a pattern that matches a few lines.
``LinePattern`` searches for ``"\\n…"`` instead, in the text with a newline put in
front, so the engine jumps from newline to newline (a literal prefix is searched
fast), and hands back matches whose positions and groups are the text's own, as
``^…`` with ``re.M`` would have given them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator


class LineMatch:
    """A match of a LinePattern, in the coordinates of the text searched."""

    __slots__ = ("_m",)

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def start(self, group: int | str = 0) -> int:
        # The padded text is one longer; group 0 starts on the newline before the line.
        return self._m.start() if group == 0 else self._m.start(group) - 1

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group) - 1

    def __getitem__(self, group: int | str) -> str:
        s = self._m[group]
        return s[1:] if group == 0 else s


class LinePattern:
    """``^body`` with ``re.M``: ``finditer`` and ``search`` fast, ``match`` at a line start."""

    def __init__(self, body: str, flags: int = 0) -> None:
        self.anchored = re.compile("^" + body, flags | re.M)
        self._scan = re.compile("\n" + body, flags | re.M)
        self.pattern = self.anchored.pattern
        # Several rooms ask one pattern for the lines of the same chunk (sign-offs,
        # greetings, quoted headers): each pattern finds a chunk's matches once. A str
        # caches its hash, so asking again costs no pass over the text.
        self._all = functools.lru_cache(maxsize=4)(self._find_all)

    def finditer(self, text: str) -> Iterator[LineMatch]:
        return iter(self._all(text))

    def _find_all(self, text: str) -> tuple[LineMatch, ...]:
        return tuple(LineMatch(m) for m in self._scan.finditer("\n" + text))

    def search(self, text: str) -> LineMatch | None:
        m = self._scan.search("\n" + text)
        return LineMatch(m) if m else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A match starting at ``pos``, which must be a line start to match at all."""
        return self.anchored.match(text, pos)
