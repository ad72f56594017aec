"""Fixed-width text tables: a header line of column names, rows aligned under it.

Exports from older systems ("SURNAME   FORENAME   NINO   REF") come as .txt with
columns padded by spaces. Read as plain text, a list of 60 people is 60 lines of prose;
read as a table, each row is a record with its column header, as a CSV would be.
"""

from __future__ import annotations

import itertools
import re

from detectors.model import Table

MIN_ROWS = 3
# Under a rule line ("-----" under the header) one row is a table already: a system's
# export of one record.
MIN_ROWS_UNDER_RULE = 1
_RULE = re.compile(r"[ \t]*+[-=_~]{3,}(?:[ \t]++[-=_~]{3,})*+[ \t]*+")
# A header cell starts after two or more spaces (or at the line's start).
_CELL_START = re.compile(r"(?:^|(?<=  ))(?=\S)")
_HEADER_CELL = re.compile(r"^[A-Za-z][A-Za-z .'/()#-]{0,30}$")


def read_table(text: str) -> Table | None:
    """The table the text is, or None. The first non-empty line must name at least two
    columns (words apart by two or more spaces), and nearly every later non-empty line
    must have text at each column's start and a space right before it (a rule line
    right under the header is skipped)."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln.strip()]
    ruled = len(lines) > 1 and bool(_RULE.fullmatch(lines[1]))
    if ruled:
        del lines[1]
    least = MIN_ROWS_UNDER_RULE if ruled else MIN_ROWS
    if len(lines) < least + 1 or "\t" in lines[0]:
        return None
    header_line = lines[0]
    starts = [m.start() for m in _CELL_START.finditer(header_line)]
    if len(starts) < 2:
        return None
    header = _cut(header_line, starts)
    if not all(_HEADER_CELL.match(h) for h in header):
        return None
    rows = lines[1:]
    aligned = [r for r in rows if _fits(r, starts)]
    if len(aligned) < least or len(aligned) * 10 < len(rows) * 9:
        return None
    rows_from = 3 if ruled else 2  # as the reader counts lines: the rule is line 2
    return Table(tuple(header), tuple(tuple(_cut(r, starts)) for r in aligned), rows_from)


def _fits(line: str, starts: list[int]) -> bool:
    for s in starts[1:]:
        if len(line) <= s:
            continue  # an empty last cell
        if line[s - 1] != " " or line[s] == " ":
            return False
    return True


def _cut(line: str, starts: list[int]) -> list[str]:
    bounds = [*starts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds)]
