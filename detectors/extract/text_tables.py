"""Tables typed into a plain-text body: with pipes (Markdown, or a pasted export), or
lined up in columns with spaces (a report pasted from a system).

``| Surname | Forename | DOB |`` over ``|---|---|---|`` and a row per person is a table as
much as an HTML ``<table>``: read as prose, the "DOB" header is lines away from the
dates under it. A block of consecutive lines that split into the same number of cells
(two or more) at ``|`` is one table when every line is framed by pipes or a rule line
(``|---|:--:|``) stands under its header; the first line is the header, rule lines
are skipped. A signature's "Team | Organisation" lines are neither. Each line is split
once: linear in the text.

A paragraph (lines between blank lines) whose first line names two or more columns
apart by two or more spaces, with nearly every line under it aligned to them, is a
fixed-width table, read as a fixed-width .txt export is (``fixedwidth.read_table``).
"""

from __future__ import annotations

import re

from detectors.model import Table

from .fixedwidth import read_table

_RULE_CELL = re.compile(r"[ \t:+=\-]*")  # the cells of "|---|:---:|"
MIN_CELLS = 2


def _cells(line: str) -> tuple[list[str], bool] | None:
    s = line.strip()
    framed = len(s) > 1 and s.startswith("|") and s.endswith("|")
    if framed:
        s = s[1:-1]
    cells = [c.strip() for c in s.split("|")]
    return (cells, framed) if len(cells) >= MIN_CELLS else None


def _is_rule(cells: list[str]) -> bool:
    return all(_RULE_CELL.fullmatch(c) for c in cells) and any(cells)


def _table(block: list[tuple[list[str], bool]]) -> Table | None:
    ruled = len(block) > 1 and _is_rule(block[1][0])
    if not (ruled or all(framed for _c, framed in block)):
        return None
    rows = [cells for cells, _f in block if not _is_rule(cells)]
    if len(rows) < 2 or not any(rows[0]):
        return None
    return Table(header=tuple(rows[0]), rows=tuple(tuple(r) for r in rows[1:]))


def pipe_tables(text: str) -> list[Table]:
    """The pipe tables of ``text``, in order."""
    out: list[Table] = []
    block: list[tuple[list[str], bool]] = []
    # A last empty line closes the last block.
    for line in [*text.split("\n"), ""]:
        got = _cells(line) if "|" in line else None
        if block and (got is None or len(got[0]) != len(block[0][0])):
            if (table := _table(block)) is not None:
                out.append(table)
            block = []
        if got is not None:
            block.append(got)
    return out


def aligned_tables(text: str) -> list[Table]:
    """The paragraphs of ``text`` that are fixed-width tables, in order."""
    out: list[Table] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line)
            continue
        if len(block) > 1 and "  " in block[0] and (table := read_table("\n".join(block))):
            out.append(table)
        block = []
    return out
