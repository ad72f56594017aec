"""Capital and small letters for the name patterns, accented Latin ones included.

Names are written with diacritics (Amélie, Siân, Zoë, Mícheál Ó Dónaill, Łukasz,
Dvořák): ``[A-Z][a-z]`` read none of them as a name. These are the bodies of regex
character classes, ``[{UPPER}]`` and ``[{LOWER}]``, built from Unicode's own case of
each letter in Latin-1 and Latin Extended-A/B, so the two never overlap (which keeps
the possessive name patterns splitting a word one way only).
"""

from __future__ import annotations

_LATIN = [chr(c) for c in range(0xC0, 0x250)]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
