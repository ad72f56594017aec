"""Cheap facts about a text that several detectors ask for: computed once per text.

The scan hands one chunk's text to every detector; each used to make its own pass
for "any digit?" and "which words?". These are cached on the text itself (a str
caches its hash, so asking again costs no pass over it), which keeps each detector
a pure function of ``(text, ctx)``.
"""

from __future__ import annotations

import functools
import re

_DIGIT = re.compile(r"\d")
# Every byte that is not [a-z0-9] becomes a space, so split() gives the words that
# re.findall("[a-z0-9]+", lowered) gives (a non-ASCII character, whose UTF-8 bytes are
# all >= 0x80, separates words as it does there), several times faster.
_WORD_BYTES = bytes(b if (0x61 <= b <= 0x7A or 0x30 <= b <= 0x39) else 0x20 for b in range(256))


@functools.lru_cache(maxsize=8)
def has_digit(text: str) -> bool:
    """Any digit at all (Unicode digits too): no identifier is found without one."""
    return _DIGIT.search(text) is not None


@functools.lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str]:
    """The lower-case words ([a-z0-9]+) of ``text``."""
    lowered = text.lower().encode("utf-8", "replace")
    return frozenset(lowered.translate(_WORD_BYTES).decode("ascii").split())


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
