"""Document kinds: what each attachment (or the body) is, from its file name,
headings, form labels and letter structure, and how many people it is about.

A document is one file (an attachment, or a file inside an archive); its
chunks are read together. Lists come from tables with a name or NINO column.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from detectors import nino, people, placeholders
from detectors import tables as form_tables
from detectors.context import staff_regions
from detectors.lines import LinePattern
from detectors.model import BODY_SOURCES, Chunk, DocKind, DocKindFinding, Table

HEAD = 2500  # characters of a document's start where headings and form titles live

# Forms with an official title: matched in the file name, the subject or the head.
TITLED = [
    (DocKind.UCNEA1, re.compile(r"\bUC\s*[-_ ]?\s*NEA\s*[-_ ]?\s*1\b|\bucnea1\b", re.I)),
    (DocKind.WHPS01, re.compile(r"\bWHP\s*[-_ ]?\s*S\s*0?1\b", re.I)),
    (DocKind.ESF_14_20_FORM, re.compile(r"\bESF\s*[-_ ]?\s*14\s*[-–_ /]?\s*20\b", re.I)),
    (
        DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM,
        re.compile(r"employment[\s_\-]+business[\s_\-]+customer[\s_\-]+form", re.I),
    ),
    (DocKind.GOOD_NEWS_STORY, re.compile(r"good[\s_\-]+news[\s_\-]+stor(?:y|ies)", re.I)),
    (DocKind.EXIT_REPORT, re.compile(r"\bexit[\s_\-]+report\b", re.I)),
    (
        DocKind.CHANGE_OF_CIRCUMSTANCES,
        re.compile(r"change[\s_\-]+(?:of|in)[\s_\-]+circumstances?|\bCoC[\s_\-]+form\b", re.I),
    ),
    (
        DocKind.COMPLIANCE_DOUBT,
        re.compile(r"compliance[\s_\-]+doubt|doubt[\s_\-]+about[\s_\-]+compliance", re.I),
    ),
]
CV_NAME_RE = re.compile(
    r"(?:^|[\W_])(?:cv|resume|résumé|curriculum[\s_\-]*vitae)(?:[\W_]|$)"
    r"|(?-i:(?<=[a-z])CV)(?=[\W_]|$)",  # run on in camel case: "LorraineLloydCV.docx"
    re.I,
)
CV_SECTIONS_RE = LinePattern(
    r"[ \t]*(?:personal\s+(?:profile|statement|summary|details)|profile|summary|career\s+objective|"
    r"(?:work|employment|career)\s+(?:experience|history)|experience|"
    r"education(?:\s+(?:and|&)\s+(?:training|qualifications))?|"
    r"qualifications(?:\s+(?:and|&)\s+training)?|key\s+skills|"
    r"skills(?:\s+(?:and|&)\s+(?:qualifications|experience|abilities))?|interests|"
    r"hobbies(?:\s+(?:and|&)\s+interests)?|references|achievements|training|certificates|"
    r"volunteering|languages)[ \t]*:?[ \t]*$",
    re.I,
)
FORM_NAME_RE = re.compile(r"application[\s_\-]*form|(?:^|[\W_])applications?(?:[\W_]|$)", re.I)
# A form's own title on its first line ("Northstar CSCS course application",
# "Registration form"), which its identity fields then confirm.
FORM_TITLE_RE = re.compile(
    r"\bapplication\b|\b(?:registration|enrolment|enrollment|referral)\s+form\b", re.I
)
FORM_TITLE_FIELDS = 2
FORM_LABELS_RE = LinePattern(
    r"[ \t]*(?:surname|family\s+name|first\s+names?|forenames?|full\s+name|title|"
    r"date\s+of\s+birth|address|postcode|telephone|e-?mail|position\s+applied\s+for|"
    r"job\s+applied\s+for|vacancy|employment\s+history|declaration|signature|signed|"
    r"national\s+insurance\s+number|right\s+to\s+work|previous\s+employer)[ \t]*[:?]",
    re.I,
)
# A form's identity fields, as a PDF renders them too (no colon: "Full name Naomi Benson"):
# each bound copy of a form repeats them.
IDENTITY_LABELS_RE = LinePattern(
    r"[ \t]*(?:full\s+name|surname|last\s+name|first\s+names?|forenames?|date\s+of\s+birth"
    r"|national\s+insurance(?:\s+number)?|ni\s+(?:no|number)|(?:post|position|job)\s+applied\s+for"
    r"|home\s+address|address)\b",
    re.I,
)
COUPLE_RE = re.compile(
    r"partner'?s\s+(?:full\s+)?(?:details|name|surname|first\s+name|date\s+of\s+birth|age)|applicant\s*(?:2|two|b)\b|"
    r"second\s+applicant|joint\s+(?:claim|application|applicant)"
    r"|couple'?s?\s+(?:application|claim|form)",
    re.I,
)
# A letter opens with "Dear …" or "To whom it may concern".
DEAR_RE = LinePattern(r"[ \t]*(?:dear\s+\S|to\s+whom\s+it\s+may\s+concern)", re.I)
LETTER_CLOSE_RE = LinePattern(r"[ \t]*yours\s+(?:sincerely|faithfully|truly)\b", re.I)
OFFER_RE = re.compile(
    r"pleased\s+to\s+offer|offer\s+(?:you\s+)?(?:of\s+)?(?:employment|the\s+(?:position|role|post))|"
    r"job\s+offer|conditional\s+offer",
    re.I,
)
INTERVIEW_RE = re.compile(r"\binterview\b", re.I)
# An appointment the letter makes or confirms, not one mentioned in passing ("has
# attended every appointment" in a letter of support).
APPOINTMENT_RE = re.compile(
    r"\b(?:your|an|the|next|new)\s+appointment\s+(?:is|with|on|at|has|will|for|to)\b"
    r"|\b(?:booked|arranged|made|rearranged|invite\s+you\s+to)\s+(?:you\s+)?(?:an?\s+|your\s+)?"
    r"(?:new\s+)?appointment|\bappointment\s+(?:details|letter|confirmation|reminder|time|date)"
    r"|^\s*(?:re:\s*)?(?:your\s+)?appointment\b",
    re.I | re.M,
)
# A letter about an appointment already missed names the appointment too, but it is
# none of the kinds ¶24–28 allow: it is checked first. Past tense only: an invitation
# says "if you are unable to attend" and "failure to attend may affect your benefit".
NOT_ATTENDED_RE = re.compile(
    r"\byou\s+(?:did\s+not|didn[’']t|failed\s+to)\s+attend"
    r"|\byou\s+(?:missed|were\s+not\s+(?:present|at))\s+(?:your|the|an?|today)\b",
    re.I,
)
LETTER_NAME_RE = re.compile(r"letter|reference|testimonial", re.I)  # the file says what it is

NAME_HEADER_RE = re.compile(
    r"\bname\b|surname|forename|first\s*name|last\s*name|given\s+name|initials?|participant|"
    r"claimant|customer"
    # A column headed by the word for the person holds their names ("Client"), not
    # their numbers ("Client ref").
    r"|\b(?:client|learner|candidate|applicant|jobseeker)s?\b(?![ \t]*(?:ref|id|no|number|#))",
    re.I,
)
NOT_PERSON_HEADER_RE = re.compile(
    r"adviser|advisor|staff|employer|company|organisation|provider|manager|contact|team|"
    r"office|site|product|file|course|user|officer|coach|agent",
    re.I,
)
NINO_HEADER_RE = re.compile(r"\bnino\b|\bni\b|\bn\.i\.|national\s+insurance|\bnins?\b", re.I)
COLUMN_KINDS = [
    ("nino", NINO_HEADER_RE),
    ("dob", re.compile(r"\bd\.?o\.?b\b|birth", re.I)),
    ("surname", re.compile(r"surname|last\s*name|family\s+name", re.I)),
    ("forename", re.compile(r"forename|first\s*name|given\s+name", re.I)),
    ("initials", re.compile(r"initial", re.I)),
    ("name", re.compile(r"\bname\b|participant|claimant|customer", re.I)),
    ("bank", re.compile(r"sort\s*code|account|\bbank|\biban\b|\ba/c\b", re.I)),
    ("reference", re.compile(r"\bref|\bid\b|number", re.I)),
    ("address", re.compile(r"address|postcode", re.I)),
    ("phone", re.compile(r"phone|tel|mobile", re.I)),
    ("email", re.compile(r"e-?mail", re.I)),
    ("date", re.compile(r"date", re.I)),
    # A benefit's amount under its own name: "UC award", "ESA (£)", "PIP rate".
    (
        "benefit",
        re.compile(
            r"benefit|amount|payment|£|award|allowance|\buc\b|universal\s+credit|\b(?:jsa|esa|pip|hb)\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class Document:
    """One file's text, read together."""

    location: str
    filename: str | None
    text: str
    source: str
    # Its tables' text, where a form may keep all its fields (read for the couple test).
    tables: str = ""


def _column_kinds(header: tuple[str, ...]) -> tuple[str, ...]:
    kinds = []
    for h in header:
        for kind, rx in COLUMN_KINDS:
            if rx.search(h):
                # "Adviser name", "Employer name": not a claimant's name.
                kinds.append("other" if kind == "name" and NOT_PERSON_HEADER_RE.search(h) else kind)
                break
        else:
            kinds.append("other")
    return tuple(kinds)


# A column that only a directory of staff or business contacts has: the employer a
# contact works for, or the role or department of the person named. (Not "Title":
# a claimant list has Mr/Mrs; not "Office" or "Site": a caseload has those too.)
BUSINESS_HEADER_RE = re.compile(
    r"\s*(?:employer|company|organi[sz]ation|business|firm)(?:\s+name)?\s*", re.I
)
DIRECTORY_HEADER_RE = re.compile(
    r"\s*(?:role|job\s+title|position|department|grade)\s*",
    re.I,
)


def directory_table(header: tuple[str, ...]) -> bool:
    """A directory of staff or business contacts ("Employer | Contact | Phone", "Name |
    Role | Mobile"), not a list of claimants: it says whom each person works for, or
    their role."""
    return any(BUSINESS_HEADER_RE.fullmatch(h) or DIRECTORY_HEADER_RE.fullmatch(h) for h in header)


def person_columns(header: tuple[str, ...]) -> list[int]:
    """Indexes of columns that hold claimants' names (not staff, employers…)."""
    if directory_table(header):
        return []
    return [
        i
        for i, h in enumerate(header)
        if NAME_HEADER_RE.search(h) and not NOT_PERSON_HEADER_RE.search(h)
    ]


# A table of one person is that person's record, not a list of names (the list
# exemptions of ¶29–31 are for lists).
MIN_LIST_ROWS = 2


def classify_table(location: str, table: Table) -> DocKindFinding | None:
    """A name list (one person per row with a name) or a list of NINOs only."""
    kinds = _column_kinds(table.header)
    names = person_columns(table.header)
    rows = [r for r in table.rows if any(c.strip() for c in r)]
    if names:
        count = sum(1 for r in rows if any(i < len(r) and r[i].strip() for i in names))
        if count >= MIN_LIST_ROWS:
            last = table.first_row + len(table.rows) - 1
            evidence = f"{count} rows with names (rows {table.first_row}–{last})"
            cols = tuple(k for k in kinds if k != "other")
            return DocKindFinding(DocKind.NAME_LIST, location, evidence, count, cols)
    if "nino" in kinds:
        i = kinds.index("nino")
        count = len(
            {r[i].strip().upper().replace(" ", "") for r in rows if i < len(r) and r[i].strip()}
        )
        if count >= MIN_LIST_ROWS:
            meaningful = {k for k in kinds if k not in ("other", "reference")}
            kind = DocKind.NINO_LIST if meaningful == {"nino"} else DocKind.NAME_LIST
            cols = tuple(k for k in kinds if k != "other")
            return DocKindFinding(
                kind, location, f'{count} NINOs in column "{table.header[i]}"', count, cols
            )
    return None


BODY_CV_SECTIONS = 4


def _copies(text: str, headings: LinePattern) -> int:
    """How many documents of one kind are bound together."""
    return max(_copy_counts(text, headings))


def _copy_counts(text: str, headings: LinePattern) -> tuple[int, int]:
    """(by headings, by title). Each bound document repeats its headings ("Education",
    "Full name:"), so the second most repeated heading counts them (the most repeated
    one may recur within one document: "Experience" twice in one CV); a title that
    opens the file and opens each copy counts them too."""
    counts = Counter(
        re.sub(r"\s+", " ", m[0].strip(" :?\t").lower()) for m in headings.finditer(text)
    )
    top = sorted(counts.values(), reverse=True)
    by_headings = top[1] if len(top) >= 2 and top[1] >= 2 else 1
    raw = [ln.strip() for ln in text.split("\n")]
    title = next((ln for ln in raw if ln), "")
    # A title repeated on the very next line (an ODT's title above its first heading,
    # the same words) opens one copy, not two; copies apart, even by a blank line
    # where a table was lifted out, each count.
    by_title = (
        sum(1 for i, ln in enumerate(raw) if ln == title and (i == 0 or raw[i - 1] != ln))
        if len(title) >= 8
        else 1
    )
    return by_headings, by_title


def _forms(doc: Document, why: str, couple: bool) -> list[DocKindFinding]:
    """The application forms of one file, single or a couple's. Where each copy opens
    with the file's title and there are more applicants' sections than copies, the
    sections count people: a bundle of couples' and single forms."""
    by_headings, by_title = _copy_counts(f"{doc.text}\n{doc.tables}", IDENTITY_LABELS_RE)
    if not couple:
        return _each(DocKind.APPLICATION_FORM, doc, why, max(by_headings, by_title))
    couple_why = f"{why}, partner's details"
    if by_title >= 2 and by_headings > by_title:
        couples = min(by_headings - by_title, by_title)
        bound = f"; {by_title} bound together ({by_headings} applicants)"
        return [
            DocKindFinding(DocKind.APPLICATION_FORM_COUPLE, f"{doc.location} › form {i}",
                           couple_why + bound, 2)
            if i <= couples
            else DocKindFinding(DocKind.APPLICATION_FORM, f"{doc.location} › form {i}",
                                why + bound, 1)
            for i in range(1, by_title + 1)
        ]  # fmt: skip
    return _each(DocKind.APPLICATION_FORM_COUPLE, doc, couple_why, max(by_headings, by_title), 2)


def _each(kind: DocKind, doc: Document, why: str, n: int, people: int = 1) -> list[DocKindFinding]:
    """One finding per bound document ("… › CV 3"), or one for the file."""
    if n <= 1:
        return [DocKindFinding(kind, doc.location, why, people)]
    label = "form" if kind.value.startswith("application") else kind.value.replace("_", " ")
    why = f"{why}; {n} bound together (headings repeat)"
    return [
        DocKindFinding(kind, f"{doc.location} › {label} {i}", why, people) for i in range(1, n + 1)
    ]


def classify(doc: Document, subject: str = "") -> list[DocKindFinding]:
    """What one document is. Body text is only checked for titled forms and pasted CVs."""
    name = doc.filename or ""
    head = doc.text[:HEAD]
    found: list[DocKindFinding] = []
    for kind, rx in TITLED:
        if name and rx.search(name):
            # The location already names the file (which may carry a person's name).
            return [DocKindFinding(kind, doc.location, f'file name says "{rx.search(name)[0]}"')]
        # In a body, a title on a line of its own anywhere in the head (a forwarded
        # record's title under its "Subject:" line), not a mention in a sentence.
        for m in rx.finditer(head):
            if doc.source != "body" or _is_heading(head, m.start()):
                return [DocKindFinding(kind, doc.location, f'heading "{m[0]}"')]
    if doc.source == "body":
        # A CV pasted into the body: its section headings, each on a line of its own.
        # One more than an attachment needs, as a mail's own headings may use a few.
        headings = list(CV_SECTIONS_RE.finditer(doc.text))
        sections = {m[0].strip(" :\t").lower() for m in headings}
        # One fewer where the mail calls it a CV, in its subject or above the headings
        # ("I've pasted Ann's CV below"): a mail's own headings do not come with that.
        said_cv = bool(headings) and bool(
            CV_NAME_RE.search(subject) or CV_NAME_RE.search(doc.text, 0, headings[0].start())
        )
        if len(sections) >= BODY_CV_SECTIONS - said_cv:
            why = f"CV sections in the body: {', '.join(sorted(sections)[:4])}"
            return [DocKindFinding(DocKind.CV, doc.location, why)]
        return found
    labels = {
        re.sub(r"\s+", " ", m[0].strip(" :?\t").lower()) for m in FORM_LABELS_RE.finditer(doc.text)
    }
    cv_sections = {
        re.sub(r"\s+", " ", m[0].strip(" :\t").lower()) for m in CV_SECTIONS_RE.finditer(doc.text)
    }
    first_line = next((ln for ln in head.splitlines() if ln.strip()), "")
    is_form = bool(
        FORM_NAME_RE.search(name)
        or re.search(r"application\s+(?:form|for\s+(?:employment|a\s+job|work))", head, re.I)
        or (
            FORM_TITLE_RE.search(first_line)
            and len(first_line) <= 80
            and sum(1 for _ in IDENTITY_LABELS_RE.finditer(f"{doc.text}\n{doc.tables}"))
            >= FORM_TITLE_FIELDS
        )
    )
    if is_form or (len(labels) >= 5 and len(cv_sections) < 3):
        couple = bool(COUPLE_RE.search(doc.text) or COUPLE_RE.search(doc.tables))
        why = "file name" if FORM_NAME_RE.search(name) else f"{len(labels)} form labels"
        return _forms(doc, why, couple)
    # A CV laid out as a table keeps its headings in cells ("Profile | …").
    sections = cv_sections | _table_sections(doc.tables)
    if (
        CV_NAME_RE.search(name)
        or re.search(r"curriculum\s+vitae", head, re.I)
        or len(sections) >= 3
    ):
        why = (
            "file name says CV"
            if CV_NAME_RE.search(name)
            else f"CV sections: {', '.join(sorted(sections)[:4])}"
        )
        return _each(DocKind.CV, doc, why, _copies(doc.text, CV_SECTIONS_RE))
    return _letters(doc, name)


def _table_sections(tables: str) -> set[str]:
    """CV headings standing alone in a table's cells (or on a line of a cell)."""
    return {
        re.sub(r"\s+", " ", cell.strip(" :\t").lower())
        for cell in re.split(r"[\t\n]", tables)
        if len(cell) <= 60 and CV_SECTIONS_RE.match(cell)
    }


def _letters(doc: Document, name: str) -> list[DocKindFinding]:
    """One letter per "Dear …" that is closed by "Yours sincerely/faithfully"."""
    opens = [m.start() for m in DEAR_RE.finditer(doc.text)]
    closes = [m.start() for m in LETTER_CLOSE_RE.finditer(doc.text)]
    if not opens or not (closes or LETTER_NAME_RE.search(name)):
        return []
    out = []
    for i, start in enumerate(opens):
        end = opens[i + 1] if i + 1 < len(opens) else len(doc.text)
        if closes and not any(start < c < end for c in closes):
            continue
        line_end = doc.text.find("\n", start)
        if placeholders.template_salutation(doc.text[start : line_end if line_end >= 0 else None]):
            continue  # a template's letter: to no one yet
        # The letter's own heading ("Re: Interview…") is in the 600 characters before
        # "Dear", but no further back than the previous letter's close.
        before = [c for c in closes if c < start]
        body = doc.text[max(0, start - 600, before[-1] if before else 0) : end]
        if NOT_ATTENDED_RE.search(doc.text, start, end):
            kind, why = DocKind.LETTER_OTHER, "letter about a missed appointment or a warning"
        elif OFFER_RE.search(body):
            kind, why = DocKind.LETTER_JOB_OFFER, "letter offering a job"
        elif INTERVIEW_RE.search(body):
            kind, why = DocKind.LETTER_INTERVIEW, "letter inviting to interview"
        elif APPOINTMENT_RE.search(body):
            kind, why = DocKind.LETTER_APPOINTMENT, "letter about an appointment"
        else:
            kind, why = DocKind.LETTER_OTHER, "letter (Dear … Yours sincerely)"
        where = doc.location if len(opens) == 1 else f"{doc.location} › letter {i + 1}"
        out.append(DocKindFinding(kind, where, why))
    return out


def from_subject(subject: str) -> DocKind | None:
    for kind, rx in TITLED:
        if rx.search(subject):
            return kind
    if CV_NAME_RE.search(subject):
        return DocKind.CV
    return None


def _is_heading(text: str, pos: int) -> bool:
    """The match starts a line of its own (a title), not a mention in a sentence."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    return text[start:pos].strip(" \t#*-:") == "" and len(line.strip()) <= 80


def person_list(location: str, table: Table) -> DocKindFinding | None:
    """A list whose people are headed "Candidate", "Payee"…: one person per row."""
    cols = [] if directory_table(table.header) else form_tables.person_columns(table)
    if not cols:
        return None
    count = sum(1 for r in table.rows if any(j < len(r) and r[j].strip() for j in cols))
    if count < MIN_LIST_ROWS:
        return None
    last = table.first_row + len(table.rows) - 1
    evidence = f"{count} rows with names (rows {table.first_row}–{last})"
    return DocKindFinding(DocKind.NAME_LIST, location, evidence, count, ("name",))


def text_name_list(doc: Document, names: people.Names) -> list[DocKindFinding]:
    """Names typed one per line ("1. John Smith, AB…"): three or more in a row,
    outside greetings and signatures, make a list of names."""
    regions = staff_regions(doc.text, letter=doc.source not in BODY_SOURCES)
    guests = people.invitees(doc.text)  # a calendar's guest list: invited, not listed
    best: list[str] = []
    run: list[str] = []
    pos = 0
    for line in [*doc.text.split("\n"), ""]:
        name = people.row_name(line)
        if name and not regions.contains(pos) and people.normalise(name) not in guests:
            run.append(name)
        else:
            if len(run) > len(best):
                best = run
            run = []
        pos += len(line) + 1
    good = [raw for raw in best if people.normalise(raw)]
    if len(best) < 3 or len(good) * 2 < len(best):
        return []
    for raw in good:
        names.add(raw, doc.location)
    evidence = f"{len(best)} names, one per line"
    return [DocKindFinding(DocKind.NAME_LIST, doc.location, evidence, len(best), ("name",))]


def text_nino_list(doc: Document) -> list[DocKindFinding]:
    """NINOs typed one per line and nothing else: a list of NINOs only."""
    lines = [ln.strip(" \t>*•-") for ln in doc.text.split("\n")]
    hits = [ln for ln in lines if (m := nino.NINO_RE.fullmatch(ln)) and nino.valid_prefix(m["p"])]
    if len(hits) < 3:
        return []
    # Only NINOs in the list part: a name-bearing line would make it a name list.
    evidence = f"{len(hits)} NINOs, one per line"
    return [DocKindFinding(DocKind.NINO_LIST, doc.location, evidence, len(hits), ("nino",))]


# A list row typed in a body: a name-like start ("COLE, Sam", "Cole  S"), then a NINO.
_ROW_START_RE = re.compile(r"[ \t>*•\-]*(?:\d{1,4}[.)]?[ \t]+)?[A-Za-z][A-Za-z'’\- ,.\t]{1,60}$")


def text_nino_rows(doc: Document) -> list[DocKindFinding]:
    """People typed one per line with their NINOs ("COLE, Sam  TR •• •• •• A"):
    three or more such lines in a row make a list of names and NINOs."""
    best = run = 0
    for line in [*doc.text.split("\n"), ""]:
        m = nino.NINO_RE.search(line) if len(line) <= 200 else None
        if (
            m
            and m["x"]
            and nino.valid_prefix(m["p"])
            and _ROW_START_RE.fullmatch(line, 0, m.start())
        ):
            run += 1
        else:
            best, run = max(best, run), 0
    if best < 3:
        return []
    evidence = f"{best} people with NINOs, one per line"
    return [DocKindFinding(DocKind.NAME_LIST, doc.location, evidence, best, ("name", "nino"))]


def kind_from_subject(
    subject: str,
    kinds: list[DocKindFinding],
    documents: dict[tuple[str, str], list[Chunk]],
    classified: set[tuple[str, str]],
) -> None:
    """A subject naming a form ("UCNEA1 – J Smith") names the one unclassified
    attachment, or the body if there is none."""
    kind = from_subject(subject) if subject else None
    if kind is None or any(k.kind == kind for k in kinds):
        return
    if kind == DocKind.CV:
        return  # a CV must look like one; the subject alone is not enough
    rest = [k for k in documents if k not in classified and k[0] not in BODY_SOURCES]
    if len(rest) == 1:
        loc = documents[rest[0]][0].doc_location
    elif not rest and ("body", "") in documents:
        loc = documents[("body", "")][0].location
    else:
        return
    kinds.append(DocKindFinding(kind, loc, f"subject names a {kind.value.replace('_', ' ')}"))
