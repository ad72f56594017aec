"""The shared text facts and line patterns give exactly what the slow forms gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.context import CLOSING_RE, GREETING_RE, QUOTE_HEADER_RE
from detectors.lines import LinePattern
from detectors.textfacts import has_as_words, has_digit, words_of

# Text made of the pieces those patterns care about, in any order.
PIECES = st.sampled_from(
    ["\n", " ", "\t", ">", "Kind regards", "Dear Ann Lee", "From: x", "On Mon, Jo wrote:",
     "regards,", "Hi", "--", "café", "ß", "\u00a0", "١٢", "AB 12", "x_y", "İ", "\udc80"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_words_of_is_findall_of_the_lower_case_text(text):
    assert words_of(text) == frozenset(re.findall(r"[a-z0-9]+", text.lower()))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_has_digit_counts_any_unicode_digit(text):
    assert has_digit(text) == bool(re.search(r"\d", text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_line_patterns_match_where_a_multiline_caret_matches(text):
    for pattern in (CLOSING_RE, GREETING_RE, QUOTE_HEADER_RE):
        slow = re.compile(pattern.pattern, re.I | re.M)
        want = [(m.start(), m.end(), m[0]) for m in slow.finditer(text)]
        assert [(m.start(), m.end(), m[0]) for m in pattern.finditer(text)] == want
        first = pattern.search(text)
        assert (first.start() if first else None) == (want[0][0] if want else None)


NAME_PIECES = st.sampled_from(
    ["ann", "ann lee", "lee", " ", "-", "_", "é", "1", "'", "\n", ".", "x"]
)
NAME_TEXTS = st.lists(NAME_PIECES, max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(NAME_TEXTS, st.lists(NAME_PIECES, max_size=4).map("".join))
def test_has_as_words_is_a_search_between_word_boundaries(text, phrase):
    want = bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", text) is not None
    assert has_as_words(text, phrase) == want


def test_line_match_groups_are_in_the_texts_own_coordinates():
    rx = LinePattern(r"[ \t]*name:[ \t]*(?P<v>\w+)", re.I)
    text = "intro\n  Name: Jo\nname: Al"
    got = [(m.start(), m.start("v"), m.end("v"), m["v"], m[0]) for m in rx.finditer(text)]
    assert got == [(6, 14, 16, "Jo", "  Name: Jo"), (17, 23, 25, "Al", "name: Al")]
    assert text[14:16] == "Jo" and text[23:25] == "Al"
    assert rx.match(text, 6) and not rx.match(text, 7)


DISCLAIMER_PIECES = st.sampled_from(
    ["\n\n", "\n", " ", "This email is confidential.", "intended recipient", "Company No 123",
     "Call 116 123", "support line is open", "Registered office: 1 Mill St", "hello there",
     "UK GDPR", "we accept no liability", "Views expressed are mine", "Unsubscribe", "Ä"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(DISCLAIMER_PIECES, max_size=30).map("".join))
def test_disclaimer_zones_need_only_the_paragraphs_holding_a_cue_word(text):
    from detectors import attribution

    slow = []
    for s, e in attribution.paragraphs(text):
        cue = attribution.DISCLAIMER_RE.search(text, s, e)
        if cue:
            slow.append((attribution.sentence_bounds(text, cue.start(), cue.end())[0], e))
    attribution.zones.cache_clear()
    attribution._cue_paragraphs.cache_clear()
    assert attribution.zones(text, False).disclaimers == tuple(attribution._merge(slow))
