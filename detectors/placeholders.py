"""What a template leaves where a person's details go: a mail-merge field, a gap in
brackets, a picture of the format. A document made only of these is nobody's."""

from __future__ import annotations

import re

# "[Surname]", "[dd/mm/yyyy]", "<first name>", "{{name}}", "«Name»", "XXXX". Each form
# is bounded (40 characters, no line break) and opens with its own character, so no
# two ways of reading the same text: matching stays linear.
FIELD = r"(?:\[[^\]\n]{0,40}\]|<[^>\n]{0,40}>|\{\{[^}\n]{0,40}\}\}|«[^»\n]{0,40}»|\b(?i:x){2,}\b)"
# A cell or a value with nothing filled in: blank, a rule to write on, or fields.
EMPTY_RE = re.compile(rf"(?:[\s_.…\-]|{FIELD})*+")
# "Dear [Title] [Surname]," / "Dear <name>" / "Dear ____": a salutation to nobody yet.
TEMPLATE_SALUTATION_RE = re.compile(
    rf"[ \t]*dear(?:[ \t]+(?:{FIELD}|_{{2,}}))++[ \t]*[,:]?[ \t]*", re.I
)


def empty(value: str) -> bool:
    return EMPTY_RE.fullmatch(value) is not None


def template_salutation(line: str) -> bool:
    return TEMPLATE_SALUTATION_RE.fullmatch(line) is not None


def picture_digits(value: str, at_least: int = 4) -> bool:
    """A format's picture, not a number ("MES-000000", "99 99 99"): at least
    ``at_least`` digits, all noughts or all nines."""
    digits = {c for c in value if c.isdigit()}
    return digits in ({"0"}, {"9"}) and sum(c.isdigit() for c in value) >= at_least
