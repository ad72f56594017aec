"""Cheap facts about a text that several detectors ask for: computed once per text.

The scan hands one chunk's text to every detector; each used to make its own pass
for "any digit?" and "which words?". These are cached on the text itself (a str
caches its hash, so asking again costs no pass over it), which keeps each detector
a pure function of ``(text, ctx)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")
# Every byte that is not [a-z0-9] becomes a space, so split() gives the words that
# re.findall("[a-z0-9]+", lowered) gives (a non-ASCII character, whose UTF-8 bytes are
# all >= 0x80, separates words as it does there), several times faster.
_WORD_BYTES = bytes(b if (0x61 <= b <= 0x7A or 0x30 <= b <= 0x39) else 0x20 for b in range(256))


_ASCII_DIGITS = "0123456789"


@functools.lru_cache(maxsize=8)
def has_digit(text: str) -> bool:
    """Any digit at all (Unicode digits too): no identifier is found without one."""
    # Ten substring scans are several times faster than one \d scan of a long text;
    # the pattern is needed only where a non-ASCII (perhaps Unicode) digit can be.
    if any(d in text for d in _ASCII_DIGITS):
        return True
    return not text.isascii() and _DIGIT.search(text) is not None


@functools.lru_cache(maxsize=8)
def digit_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line of ``text`` that holds a digit, the newline left out.

    A pattern whose every match has a digit and stays on one line finds the same
    matches run over these lines alone (what is before a line still counts for a
    look-behind; a line's end, like its newline, is no word character): a long body
    with a few numbers is not tried at every character.
    """
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    # \d tests each character's Unicode category; an ASCII text's digits are 0-9 (2x).
    digit = _ASCII_DIGIT if text.isascii() else _DIGIT
    while (m := digit.search(text, pos)) is not None:
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.start())
        hi = n if hi == -1 else hi
        out.append((lo, hi))
        pos = hi + 1
    return tuple(out)


def finditer_digit_lines(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each of whose matches holds a digit and
    no newline (see ``digit_lines``)."""
    for lo, hi in digit_lines(text):
        yield from pattern.finditer(text, lo, hi)


def finditer_near_digits(
    pattern: re.Pattern[str], text: str, before: int, after: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each of whose matches holds a digit,
    starts at most ``before`` characters before the line of that digit and ends at
    most ``after`` characters past that line's end ("aged⏎34", "12 34⏎56 78 90").
    The pattern runs over those windows of the digit lines only, each window's end
    moved past the word it would cut (so a ``\b`` there is the text's own)."""
    n = len(text)
    windows: list[list[int]] = []
    for lo, hi in digit_lines(text):
        a, b = max(0, lo - before), min(n, hi + after)
        while b < n and _word_char(text[b - 1]) and _word_char(text[b]):
            b += 1
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    for a, b in windows:
        yield from pattern.finditer(text, a, b)


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text.lower()``, once per text however many rooms ask."""
    return text.lower()


def term_words(text: str) -> frozenset[str]:
    """The lower-case words ([a-z0-9]+) of ``text``, not cached: for a term list's
    entries, compiled once, which would push the chunks out of ``words_of``'s cache."""
    lowered = text.lower().encode("utf-8", "replace")
    return frozenset(lowered.translate(_WORD_BYTES).decode("ascii").split())


@functools.lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str]:
    """The lower-case words ([a-z0-9]+) of ``text``, once per text."""
    return term_words(text)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w is to re on str


def has_as_words(text: str, phrase: str) -> bool:
    """``re.search(rf"\\b{re.escape(phrase)}\\b", text)`` with no pattern compiled:
    asked once per candidate name, a pattern each overflowed re's cache."""
    if not phrase:
        return False
    first, last = _word_char(phrase[0]), _word_char(phrase[-1])
    i = text.find(phrase)
    while i != -1:
        j = i + len(phrase)
        before = i > 0 and _word_char(text[i - 1])
        after = j < len(text) and _word_char(text[j])
        if before != first and after != last:
            return True
        i = text.find(phrase, i + 1)
    return False
