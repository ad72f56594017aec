"""The shared text facts and line patterns give exactly what the slow forms gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.context import CLOSING_RE, GREETING_RE, QUOTE_HEADER_RE
from detectors.lines import LinePattern
from detectors.textfacts import (
    digit_lines,
    finditer_digit_lines,
    finditer_near_digits,
    has_as_words,
    has_digit,
    lowered,
    words_of,
)

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
     "UK GDPR", "we accept no liability", "Views expressed are mine", "Unsubscribe", "Ä",
     "_____", "DISCLAIMER: ", "She has anxiety. "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(DISCLAIMER_PIECES, max_size=30).map("".join))
def test_disclaimer_zones_need_only_the_paragraphs_holding_a_cue_word(text):
    from detectors import attribution

    slow = []
    for s, e in attribution.paragraphs(text):
        cue = attribution.DISCLAIMER_RE.search(text, s, e)
        if cue:
            start = attribution.sentence_bounds(text, cue.start(), cue.end())[0]
            if attribution._footer_paragraph(text, s, slow):
                start = s
            elif (label := attribution._notice_line(text, s, start)) is not None:
                start = label
            slow.append((start, e))
    attribution.zones.cache_clear()
    attribution._cue_paragraphs.cache_clear()
    assert attribution.zones(text, False).disclaimers == tuple(attribution._merge(slow))


# Pieces of the numbers and labels the digit-line patterns look for, with the
# characters at their edges (letters, separators, newlines, Unicode digits).
NUMBER_PIECES = st.sampled_from(
    ["\n", " ", "-", "/", "(", "+44", "0", "07700 900", "123", "4", "M1 1AE", "SW1A", "2AA",
     "case ref", "Participant ID:", "QR-", "prap", "x", "A", "١٢", "é", "\t", ":", "AS (", ")",
     "TR-61375", "DWP"]
)  # fmt: skip
NUMBER_TEXTS = st.lists(NUMBER_PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(NUMBER_TEXTS)
def test_digit_line_search_finds_what_a_whole_text_search_finds(text):
    from detectors.contact import PHONE_HINT_RE, POSTCODE_RE
    from detectors.nino import _SIX_DIGITS as NINO_DIGITS
    from detectors.reference import INITIALS_REF_RE, LABELLED_RE

    for pattern in (PHONE_HINT_RE, POSTCODE_RE, LABELLED_RE, INITIALS_REF_RE, NINO_DIGITS):
        want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        got = [(m.span(), m.groups()) for m in finditer_digit_lines(pattern, text)]
        assert got == want, pattern.pattern


# Numbers, the words around them and line breaks, with short runs of white space: what
# an age, a sort code or an account number looks like when a mail program wraps it.
NEAR_PIECES = st.sampled_from(
    ["\n", " ", "\t", "aged", "age", "Aged", " old", "years", "yrs", "-year-old", ":", "-",
     "12", "3", "45 67", "89.", "  ", "or over", "to 30", "manager", "told", "olden", "x",
     "a/c", "١٢", "é", "_", "2-year-olds"]
)  # fmt: skip
NEAR_TEXTS = st.lists(NEAR_PIECES, max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(NEAR_TEXTS)
def test_a_search_near_the_digits_finds_what_a_whole_text_search_finds(text):
    # Patterns whose matches may cross a line break near their number: the windows
    # around the digit lines must hold every match the whole text gives.
    from detectors.bank import _SIX_DIGITS as BANK_DIGITS
    from detectors.bank import _SIX_REACH
    from detectors.dob import AGE_RE, AGE_REACH

    for pattern, before, after in ((AGE_RE, AGE_REACH, AGE_REACH), (BANK_DIGITS, 0, _SIX_REACH)):
        want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        got = [(m.span(), m.groups()) for m in finditer_near_digits(pattern, text, before, after)]
        assert got == want, pattern.pattern


def test_digit_lines_are_the_lines_with_a_digit():
    text = "no digits\nRef 12\n\nend 3"
    assert [text[lo:hi] for lo, hi in digit_lines(text)] == ["Ref 12", "end 3"]


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_lowered_is_lower(text):
    assert lowered(text) == text.lower()


def test_a_context_moved_to_a_cell_keeps_everything_but_place_and_label():
    from dataclasses import fields, replace

    from detectors.context import Regions
    from detectors.detector import Context
    from detectors.masking import Keyer

    ctx = Context(
        "body", Keyer(), "old", Regions(((1, 2),)), frozenset({"a@b.test"}), business=True
    )
    moved = ctx.at("sheet › row 3", "NI number")
    assert moved == replace(ctx, location="sheet › row 3", header="NI number")
    assert ctx.at("row 4") == replace(ctx, location="row 4", header="")
    assert len(fields(Context)) == 9  # a new field must be carried over by Context.at too
