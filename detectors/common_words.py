"""Common English words, to tell a heading word the NER took for a person from a name.

spaCy's small NER calls a lone capitalised word at the head of a line a PERSON now and
then ("Agenda", "Remittance", "Bulletin", "Draft"). Webster's Second (the ``web2`` list
of the ``english-words`` package) keeps its capitals: a word it lists only in lower case
is a common word; one it also lists capitalised ("Mark", "Dean", "Jordan", "Will") may
be a first name. Loaded once per process, like the spaCy pipeline.
"""

from __future__ import annotations

from functools import cache


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], alpha=True)
    lower = frozenset(w for w in words if w.islower())
    capitalised = frozenset(w.lower() for w in words if w[:1].isupper())
    return lower, capitalised


def load() -> None:
    _lists()


def is_common_word(word: str) -> bool:
    """``word`` is an ordinary English word and never a proper noun in the dictionary."""
    lower, capitalised = _lists()
    w = word.strip().lower()
    return w in lower and w not in capitalised
