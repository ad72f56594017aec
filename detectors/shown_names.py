"""Names taken from the message, as a location may show them: identifiers masked.

A file name, an archive member's name, a sheet name, a forwarded subject or a
header's name is quoted in the location of every finding inside it, and every
output (the 550 reply, the log, the audit trail, the explanation, notices,
``mailgate check``) prints locations. So the name is masked once, here, where
the location is built: anything shaped like a NINO, a date, a postcode, an
email address (in names) or a run of five or more digits (account, sort code, phone,
reference) keeps its shape and loses its value. ``_``, ``.``, ``-`` and spaces
all separate words in file names.
"""

from __future__ import annotations

import re

from detectors.masking import DOT, dots, mask_email, mask_nino, mask_postcode

_SEP = r"[\s_.\-]"
_NOT_ALNUM_BEFORE = r"(?<![A-Za-z0-9])"
_NOT_ALNUM_AFTER = r"(?![A-Za-z0-9])"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Two letters, six digits in any grouping, an optional suffix letter A-D.
_NINO = re.compile(
    rf"{_NOT_ALNUM_BEFORE}(?P<p>[A-Za-z]{{2}}){_SEP}{{0,2}}+(?P<d>\d(?:{_SEP}?+\d){{5}})"
    rf"(?:{_SEP}{{0,2}}+(?P<s>[A-Da-d]))?{_NOT_ALNUM_AFTER}"
)
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}(?P<a>[\s_./\-])\d{1,2}(?P=a)(?:\d{4}|\d{2})"
    r"|\d{4}(?P<b>[\s_./\-])\d{1,2}(?P=b)\d{1,2})(?!\d)"
)
_WORD_DATE = re.compile(
    rf"(?i){_NOT_ALNUM_BEFORE}(?:\d{{1,2}}(?:st|nd|rd|th)?{_SEP}*+{_MONTH}[\s_.,\-]*+\d{{2,4}}"
    rf"|{_MONTH}{_SEP}*+\d{{1,2}}(?:st|nd|rd|th)?[\s_.,\-]*+\d{{4}}){_NOT_ALNUM_AFTER}"
)
_POSTCODE = re.compile(
    rf"{_NOT_ALNUM_BEFORE}[A-Za-z]{{1,2}}\d[A-Za-z\d]?{_SEP}?\d[A-Za-z]{{2}}{_NOT_ALNUM_AFTER}"
)
# Five or more digits, single separators (not spaces: "250 2.0.0") between them.
_DIGIT_RUN = re.compile(r"\d(?:[_./\-]?\d){4,}")


def _digits_hidden(text: str) -> str:
    return "".join(DOT if c.isdigit() else c for c in text)


def mask_location_name(name: str) -> str:
    """A name quoted in a location: email addresses and identifiers masked."""
    if "@" in name:
        name = _EMAIL.sub(lambda m: mask_email(m[0]), name)
    return mask_identifiers(name)


def mask_identifiers(text: str) -> str:
    """``text`` with every identifier-shaped value masked; everything else kept
    (addresses too: free text such as a header block needs them)."""
    if not any(c.isdigit() for c in text):
        return text
    text = _NINO.sub(lambda m: mask_nino(m["p"], m["s"]).replace(" ", ""), text)
    text = _NUMERIC_DATE.sub(lambda m: dots(m[0]), text)
    text = _WORD_DATE.sub(lambda m: _digits_hidden(m[0]), text)
    text = _POSTCODE.sub(lambda m: mask_postcode(re.sub(r"[_.\-]", " ", m[0])), text)
    return _DIGIT_RUN.sub(lambda m: _digits_hidden(m[0]), text)
