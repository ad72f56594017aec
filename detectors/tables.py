"""Key–value ("form") tables: a label column with the value beside it.

A two-column table whose first column holds labels ("Name", "NI number",
"Date of birth", "Sort code"…) is one record, not a list: each label is the
context of the cell beside it, and the table is about one person. Four
columns read as two label/value pairs per row ("Name | … | DOB | …").
"""

from __future__ import annotations

import re

from detectors.model import Table

# Labels a form puts in its first column. A cell is a label when one of these
# makes up most of it (a short cell, no long digit run).
LABEL_RE = re.compile(
    r"\b(?:name|full\s+name|surname|forenames?|first\s+names?|given\s+names?|last\s+name|"
    r"family\s+name|title|initials?|nino|n\.?\s?i\.?(?:\s*(?:no|num|number))?|ni|"
    r"national\s+insurance(?:\s+(?:no|number))?|nat\.?\s+ins\.?(?:\s+no)?|"
    r"d\.?\s?o\.?\s?b|date\s+of\s+birth|birth\s*date|born|age|gender|sex|nationality|"
    r"address|postcode|post\s+code|town|city|county|tel(?:ephone)?|phone|mobile|e-?mail|"
    r"sort\s*code|s/c|account(?:\s+(?:no|number|name|holder))?|a/c(?:\s+no)?|acc(?:t)?\.?\s*no|"
    r"bank(?:\s+name)?|building\s+society|iban|bic|swift|card(?:\s+number)?|payee|"
    r"benefits?|claim(?:\s+type)?|reference|ref|id|start\s+date|date|employer|job(?:\s+title)?|"
    r"supplier|company|organisation|role|position|hours|wage|salary|pay|adviser|advisor|provider|notes?|comments?|"
    r"referral|programme|disability|health(?:\s+condition)?|signature|signed|declaration|"
    r"relationship|next\s+of\s+kin|emergency\s+contact|status|start|participant|claimant|"
    r"customer|candidate|client|applicant|learner|jobseeker|child(?:ren)?|son|daughter|"
    r"dependants?|parent|carer|guardian|availab(?:le|ility)|contact(?:\s+no)?|course|"
    r"sessions?|invoices?|change|effective(?:\s+date)?|reason|details?|outcome|item|field|"
    r"value|question|answer|description|summary|action|result)\b",
    re.I,
)
MAX_FORM_ROWS = 80
_LONG_DIGITS = re.compile(r"\d{3}")
# A label cell's own words: up to five, e.g. "Customer's NI number:".
_WORDS = re.compile(r"[A-Za-z][A-Za-z.'/\-]*")
NAME_LABEL_RE = re.compile(
    r"^(?:(?:customer|claimant|participant|applicant|candidate|client)'?s?\s+)?"
    r"(?:full\s+name|name|account\s+(?:name|holder)|payee(?:\s+name)?)$",
    re.I,
)
SURNAME_LABEL_RE = re.compile(r"^(?:surname|last\s+name|family\s+name)$", re.I)
FORENAME_LABEL_RE = re.compile(r"^(?:first\s+names?|forenames?|given\s+names?)$", re.I)


def is_label(cell: str) -> bool:
    """A known label word, any short words ending with a colon ("Start:"), or a
    form's question."""
    colon = cell.strip().endswith(":")
    c = cell.strip().rstrip(":?").strip()
    if not c or _LONG_DIGITS.search(c):
        return False
    # A form's question ("Do you have any unspent criminal convictions?") labels its answer.
    if cell.strip().endswith("?") and len(c) <= 160 and len(_WORDS.findall(c)) <= 25:
        return True
    if len(c) > 40:
        return False
    words = _WORDS.findall(c)
    return (0 < len(words) <= 5 and (colon or bool(LABEL_RE.search(c)))) or _sentence_case(words)


def _sentence_case(words: list[str]) -> bool:
    """A form's field name as forms write them ("Right to work in the UK", "Driving
    licence"): a capital first word, then lower-case words (short acronyms aside). A
    person's or a place's name capitalises every word, so it is never one."""
    if not 2 <= len(words) <= 8 or not words[0][0].isupper():
        return False
    rest = words[1:]
    return all(w.islower() or (w.isupper() and len(w) <= 3) for w in rest) and any(
        w.islower() for w in rest
    )


def label_columns(table: Table) -> list[int]:
    """Label columns of a form table (0, or 0 and 2); empty when it is not one.

    Every row (the header row too) is a record line: a table is a form when its
    rows are at most four cells and most non-empty cells of the label columns,
    including at least two rows below the header, are labels, each named once. A
    table of one row is a form's field when its label cells are labels with values.
    A list's first column ("John Smith", "AB…") holds values, not labels.
    """
    if len(table.rows) > MAX_FORM_ROWS:
        return []  # a long table is a list (and checking it costs)
    if record_heading(table):
        return [0]
    rows = [table.header, *table.rows]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows or max(len(r) for r in rows) > 4:
        return []
    width = max(len(r) for r in rows)
    cols = [0, 2] if width == 4 else [0]
    if len(rows) == 1:
        # One row: a form's field laid out as its own table ("Date of birth | 21 …"),
        # when each label cell is a label and has its value beside it.
        row = rows[0]
        ok = width >= 2 and all(
            j + 1 < len(row) and is_label(row[j]) and row[j + 1].strip() for j in cols
        )
        return cols if ok else []
    for j in cols:
        cells = [r[j] for r in rows if j < len(r) and r[j].strip()]
        labels = [c.strip().rstrip(":").lower() for c in cells if is_label(c)]
        below = sum(1 for r in table.rows if j < len(r) and is_label(r[j]))
        if below < min(2, len(table.rows)) or len(labels) * 3 < len(cells) * 2:
            return []
        # A form names each field once; a list's "type" column repeats its values.
        if len(set(labels)) * 4 < len(labels) * 3:
            return []
    return cols


def record_heading(table: Table) -> bool:
    """The table's first row is a record's name field with a person in it ("Name |
    Henry Miller"): a one-person record (a CV or an action plan laid out as a table)
    whose other rows are its fields, however they are labelled ("Goal 1",
    "Experience" three times). A list's first row heads its columns instead."""
    head = [c.strip().rstrip(":").strip() for c in table.header]
    return (
        len(head) == 2
        and bool(NAME_LABEL_RE.match(head[0]))
        and bool(PERSON_SHAPE.match(head[1]))
        and all(len(r) <= 2 for r in table.rows)
    )


def _value_columns(table: Table) -> list[tuple[int, int]]:
    """(label column, value column) pairs: every column right of a label column up to
    the next one ("Field | Applicant 1 | Applicant 2": two values for each label)."""
    cols = label_columns(table)
    if not cols:
        return []
    width = max(len(r) for r in [table.header, *table.rows])
    bounds = [*cols[1:], width]
    return [(j, k) for j, end in zip(cols, bounds, strict=True) for k in range(j + 1, end)]


def pairs(table: Table) -> list[tuple[int, str, str]]:
    """(row number, label, value) for each label cell and each value cell beside it.

    Row numbers count the header row as row 1, as the user sees the table."""
    out = []
    first = table.first_row - 1
    columns = _value_columns(table)
    for i, row in enumerate([table.header, *table.rows]):
        for j, k in columns:
            if k < len(row) and row[k].strip():
                out.append((first + i, row[j].strip().rstrip(":").strip(), row[k]))
    return out


def record_names(table: Table) -> list[str]:
    """The person of each value column of a form table (a couple's form gives two)."""
    rows = [table.header, *table.rows]
    names: list[str] = []
    for j, k in _value_columns(table):
        labelled = [
            (i, r[j].strip().rstrip(":").strip(), r[k])
            for i, r in enumerate(rows)
            if k < len(r) and r[k].strip()
        ]
        name = record_name(labelled)
        if name and name not in names:
            names.append(name)
    return names


# A form's subject under the word for them ("Candidate | Damian Harris").
PERSON_LABEL_RE = re.compile(
    r"^(?:candidate|participant|customer|claimant|client|applicant|learner|jobseeker|"
    r"parent(?:\s*/\s*carer)?|carer)$",
    re.I,
)


def record_name(labelled: list[tuple[int, str, str]]) -> str:
    """The person a form table is about: its name field, forename + surname, or a
    name-shaped value under the word for the person ("Candidate")."""
    fore = sur = ""
    for _row, label, value in labelled:
        if NAME_LABEL_RE.match(label) or (
            PERSON_LABEL_RE.match(label) and PERSON_SHAPE.match(value.strip())
        ):
            return value.strip()
        if SURNAME_LABEL_RE.match(label):
            sur = sur or value.strip()
        elif FORENAME_LABEL_RE.match(label):
            fore = fore or value.strip()
    return f"{fore} {sur}".strip()


# Column headers of lists whose rows are people under another word than "name".
PERSON_HEADER_RE = re.compile(
    r"^\W*(?:candidates?|payees?|learners?|applicants?|clients?|jobseekers?|persons?|people|"
    r"beneficiar(?:y|ies)|recipients?|starters?|attendees?|delegates?|trainees?|students?|"
    r"referrals?|tenants?|residents?|participants?|customers?|claimants?|service\s+users?|"
    r"patients?|members?|leavers?|complainants?|callers?|enquirers?|who)\W*$",
    re.I,
)
PERSON_SHAPE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,2}$"
)


def person_columns(table: Table) -> list[int]:
    """Columns headed by a person word ("Candidate", "Payee") whose cells read
    as people's names (two or three capitalised words) in at least half the rows."""
    out = []
    for j, h in enumerate(table.header):
        if not PERSON_HEADER_RE.match(h):
            continue
        cells = [r[j].strip() for r in table.rows if j < len(r) and r[j].strip()]
        shaped = sum(1 for c in cells if PERSON_SHAPE.match(c))
        if cells and shaped * 2 >= len(cells):
            out.append(j)
    return out
