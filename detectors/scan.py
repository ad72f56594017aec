"""chunks → Scan: the conductor of the detection wing.

It runs a tuple of detectors (each ``detect(text, ctx)``, see ``detector.py``) over
every chunk, and over every table cell with its column header (a form row with its
label) as context; then it asks ``doc_kinds`` what each document is, ``people`` who
is named, ``attribution`` whom each finding is about and ``subjects`` how many
people the message is about. The heuristics live in those modules; this one only
says in what order they run and what each is handed.

Cheap work (regex, phrase matching on the tokenizer's output) runs over all text.
spaCy's NER runs only where a name is likely to matter: lines of a body with a
claimant cue or a finding, the head of each document, the subject. Every value is
masked by the detector that found it; keys are salted with a salt made for this
call only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from email.utils import getaddresses

from spacy.language import Language

from detectors import (
    attribution,
    bank,
    benefits,
    children,
    contact,
    dob,
    doc_kinds,
    forwarded,
    nino,
    people,
    placeholders,
    reference,
    special,
    subjects,
    textfacts,
)
from detectors import nlp as nlp_mod
from detectors import tables as form_tables
from detectors.context import Regions, staff_regions
from detectors.detector import Context, Detector
from detectors.masking import Keyer, mask_name
from detectors.model import (
    BODY_SOURCES,
    LINE_SOURCES,
    LOCATION_SEP,
    Category,
    Chunk,
    DocKind,
    DocKindFinding,
    Extraction,
    Finding,
    Scan,
)
from detectors.subjects import PERSON_DOCS
from detectors.terms import TermLists

# Running text: every detector. A labelled cell or form value: identifiers only (benefit
# words are read over the whole table's text, where the amount beside them is).
TEXT_DETECTORS: tuple[Detector, ...] = (
    nino.detect, dob.detect, bank.detect, children.detect, contact.detect, reference.detect,
    benefits.detect,
)  # fmt: skip
CELL_DETECTORS: tuple[Detector, ...] = TEXT_DETECTORS[:-1]
# Identifiers a file name can carry ("CV_Name_AB…C.pdf").
FILE_NAME_DETECTORS: tuple[Detector, ...] = (nino.detect, dob.detect)
INVOICE_RE = re.compile(r"\binvoice\b|\bremittance\b|\bstatement\s+of\s+account\b", re.I)

DocKey = tuple[str, str]


def _run(detectors: tuple[Detector, ...], text: str, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for detect in detectors:
        out += detect(text, ctx)
    return out


def _value_findings(text: str, ctx: Context) -> list[Finding]:
    return _run(CELL_DETECTORS if ctx.header else TEXT_DETECTORS, text, ctx)


@dataclass
class _Reading:
    """What the pass over the chunks gathers for the later steps."""

    staff_names: set[str]
    findings: list[Finding] = field(default_factory=list)
    child_names: set[str] = field(default_factory=set)  # named with ages: not data subjects
    names: people.Names = field(default_factory=people.Names)
    ner_jobs: list[people.NerJob] = field(default_factory=list)
    cue_jobs: list[tuple[DocKey, people.NerJob]] = field(default_factory=list)
    documents: dict[DocKey, list[Chunk]] = field(default_factory=dict)
    table_kinds: list[tuple[DocKey, DocKindFinding]] = field(default_factory=list)
    doc_emails: set[str] = field(default_factory=set)  # addresses the documents give
    greeted: set[str] = field(default_factory=set)  # names the bodies' greetings give
    # keys of the phone numbers and postcodes in signatures and footers: staff's own
    staff_contacts: set[str] = field(default_factory=set)
    told_own_contact: list[tuple[str, str]] = field(default_factory=list)  # (name, where)
    readers: dict[str, str] = field(default_factory=dict)  # a body's location: its one reader
    copies: set[str] = field(default_factory=set)  # HTML bodies saying what their text says


def scan(
    extraction: Extraction,
    *,
    mail_from: str,
    rcpt_tos: list[str],
    terms: TermLists,
    nlp: Language | None = None,
) -> Scan:
    nlp = nlp or nlp_mod.load()
    # A body's forwarded mail is a chunk of its own, apart from the covering text.
    chunks, forwards = forwarded.split(list(extraction.chunks))
    if extraction.subject and not any(c.source == "subject" for c in chunks):
        chunks.insert(0, Chunk(location="subject", text=extraction.subject, source="subject"))

    staff_names, staff_addresses = _staff(extraction, mail_from, rcpt_tos)
    staff_names |= _nested_correspondents(chunks)
    # A recipient invited by the message (an invitation's attendee, "Reply for …"):
    # their own address in it tells them nothing. Another attendee's address still counts.
    invited = {a for c in chunks for a in people.invitee_addresses(c.text)}
    staff_addresses |= {a.lower() for a in rcpt_tos if a.lower() in invited}
    base = Context(
        "", Keyer(), staff_addresses=staff_addresses, terms=terms,
        special=special.matcher_for(nlp, terms), recipients=frozenset(a.lower() for a in rcpt_tos),
    )  # fmt: skip
    reading = _Reading(staff_names, copies=_html_copies(chunks))
    # Full names of staff from the headers, to find their signature blocks.
    header_staff = tuple(sorted(n for n in staff_names if " " in n))
    # Invoices and remittances: their bank details are the business's own.
    invoices = {c.doc_key for c in chunks if c.table is None and INVOICE_RE.search(c.text[:3000])}
    for chunk in chunks:
        _read_chunk(chunk, base, reading, header_staff, chunk.doc_key in invoices)
    reading.findings += _file_name_findings(extraction, base.keyer)
    # A staff member's number or office postcode written again in the text is still theirs.
    reading.findings = [
        f
        for f in reading.findings
        if not (
            f.category in (Category.PHONE, Category.ADDRESS) and f.key in reading.staff_contacts
        )
    ]

    kinds = _documents(reading, extraction.subject)
    # A recipient the content identifies as the data subject (a CV's own address).
    identified = [
        a
        for a in rcpt_tos
        if a.lower() in reading.doc_emails or _named_in_attachments(a, extraction, chunks)
    ]
    org_words = people.organisation_words(
        [mail_from, *rcpt_tos, *(a.address for a in extraction.addresses)]
    )
    named = _people(reading, nlp, extraction, identified, base.special, org_words)
    if rcpt_tos and all(map(_personal_mailbox, rcpt_tos)):
        # Mail to a personal address that tells the reader it greets their own address
        # ("Hi Geoffrey, we still have you at … SS1 7LP"): the reader is its subject.
        for name, where in reading.told_own_contact:
            if name not in named:
                reading.names.where.setdefault(name, where)
                named.append(name)
    findings = reading.findings
    findings += [_name_finding(n, reading.names.where[n], base.keyer) for n in named]

    # Special-category and benefit words about nobody (disclaimers, newsletters,
    # denials) are kept, marked, and not counted by the default policy.
    findings = attribution.attribute(
        chunks, findings, named, tuple(sorted(reading.greeted)), header_staff
    )
    findings = attribution.documents_about_nobody(
        chunks, findings, named, kinds, tuple(sorted(reading.greeted))
    )
    if not named and rcpt_tos and all(map(_personal_mailbox, rcpt_tos)):
        # A benefit amount told to the one reader as theirs ("Dear Kerry, … your
        # Universal Credit would drop to £301"), to their own mailbox: they are its subject.
        reader = _reader_told_own_benefit(findings, reading.readers)
        if reader is not None:
            named.append(reader[0])
            findings.append(_name_finding(*reader, base.keyer))
    count, evidence = subjects.count(findings, kinds, len(named))
    return Scan(
        findings=subjects.unattached_contacts(findings, count),
        data_subjects=count,
        people_evidence=evidence,
        doc_kinds=kinds,
        opaque=list(extraction.opaque),
        attachments=list(extraction.attachments),
        encrypted=extraction.encrypted,
        subject=extraction.subject,
        message_id=extraction.message_id,
        recipients_identified=identified,
        recipients_someone_else=people.someone_else(
            rcpt_tos,
            identified,
            reading.greeted,
            reading.names.where,
            [k.location for k in kinds if k.kind is DocKind.CV],
        ),
        forwarded=forwards,
    )


def _name_finding(name: str, where: str, keyer: Keyer) -> Finding:
    return Finding(
        Category.PERSON_NAME, where, mask_name(name.title()), 0.8, "person name",
        keyer.key("name", name),
    )  # fmt: skip


def _reader_told_own_benefit(
    findings: list[Finding], readers: dict[str, str]
) -> tuple[str, str] | None:
    """The one reader of a body with a benefit payment detail about someone in it (the
    attribution has found it said to them as theirs), and where."""
    for f in findings:
        reader = readers.get(f.location)
        if reader and f.category is Category.BENEFIT_PAYMENT and f.about_someone:
            return reader, f.location
    return None


def _staff(
    extraction: Extraction, mail_from: str, rcpt_tos: list[str]
) -> tuple[set[str], frozenset[str]]:
    """Staff: the sender and everyone in the headers, by name, and the sender's
    own addresses."""
    addresses = {mail_from.lower()} | {
        a.address.lower()
        for a in extraction.addresses
        if a.header.lower() in ("from", "sender", "reply-to")
    }
    names: set[str] = set()
    for a in extraction.addresses:
        names |= people.names_from_address(a.name, a.address)
        if a.header.lower() in ("from", "sender", "reply-to"):
            names |= people.team_words(a.name)
    for addr in [mail_from, *rcpt_tos]:
        names |= people.names_from_address("", addr)
    return names, frozenset(addresses)


def _personal_mailbox(address: str) -> bool:
    return address.rpartition("@")[2].lower() in contact.FREEMAIL


def _named_in_attachments(address: str, extraction: Extraction, chunks: list[Chunk]) -> bool:
    """A recipient at a personal mailbox whose full name an attached document gives
    ("Action plan - June Williams" to june_williams82@…): the document is about them."""
    if not _personal_mailbox(address):
        return False
    full = {
        n
        for a in extraction.addresses
        if a.address.lower() == address.lower()
        for n in people.names_from_address(a.name, a.address)
        if " " in n
    }
    if not full:
        return False
    return any(
        textfacts.has_as_words(textfacts.lowered(c.full_text), n)
        for c in chunks
        if c.source == "attachment"
        for n in full
    )


# The header lines a forwarded block opens with ("From: Name <addr>", "To: …").
FORWARD_HEAD_LINES = 12


def _nested_correspondents(chunks: list[Chunk]) -> set[str]:
    """The names in a nested message's own From/To/Cc lines: its correspondents, staff
    like the mail's own (a DWP work coach's referral, signed with their name). In a
    forwarded block pasted into a body, only those at an organisation's address: a
    claimant who wrote from a personal mailbox may be what the block is about."""
    names: set[str] = set()
    for chunk in chunks:
        nested = chunk.source == "forwarded" and chunk.location.endswith("headers")
        inline = chunk.location.endswith(forwarded.FORWARDED_SUFFIX)
        if not (nested or inline):
            continue
        lines = chunk.text.splitlines()[: None if nested else FORWARD_HEAD_LINES]
        values = [
            line.lstrip(" >*").partition(":")[2]
            for line in lines
            if line.lstrip(" >*").lower().startswith(("from:", "to:", "cc:"))
        ]
        for name, address in getaddresses(values):
            if nested or (address and not _personal_mailbox(address)):
                names |= people.names_from_address(name, address)
    return names


_NOT_WORDS_RE = re.compile(r"https?://\S+|mailto:\S+|\[cid:[^\]\n]{0,200}\]|\W+")


def _html_copies(chunks: list[Chunk]) -> set[str]:
    """HTML bodies whose words are word for word their plain-text alternative's (as
    Outlook sends them): the names are looked for once, in the plain text, whose line
    and column layout the HTML lost ("Ethnic group   Starts  Job outcomes" collapses
    to one line of capitalised words). Every detector still reads both copies."""
    plain = {c.location: c.text for c in chunks if c.table is None and c.is_body}

    def words(text: str) -> str:
        return " ".join(_NOT_WORDS_RE.sub(" ", text).lower().split())

    return {
        where
        for where, text in plain.items()
        if "(html)" in where
        and (twin := plain.get(where.replace("(html)", "(text/plain)"))) is not None
        and words(twin) == words(text)
    }


def _read_chunk(
    chunk: Chunk, base: Context, r: _Reading, header_staff: tuple[str, ...], invoice: bool
) -> None:
    """Every detector over one chunk; its staff names, child names and document;
    where the NER should look in it."""
    text = chunk.full_text
    # Signature blocks by staff name only in bodies: in an attachment the
    # recipient's name may be the document's subject (a CV sent to its owner).
    regions = staff_regions(
        text, letter=not chunk.is_body, staff_names=header_staff if chunk.is_body else ()
    ).plus(attribution.legal_footers(text))  # a footer's phone and address: the organisation's
    if chunk.is_body:  # a signature block without a closing ("Adam Barrett / Officer / T: …")
        regions = regions.plus(tuple((s, e) for s, e, _n in people.shaped_signatures(text)))
    business = bool(INVOICE_RE.search(text[:3000]))
    if chunk.is_body:
        r.greeted |= people.greeting_names(text)
        r.staff_names |= r.greeted
    r.staff_names |= people.signature_names(text) | people.invitees(text)
    r.documents.setdefault(chunk.doc_key, []).append(chunk)
    r.child_names |= children.names(text)
    ctx = replace(base, location=chunk.location, staff=regions, business=business)
    if chunk.source == "header":
        # A header's name labels its value ("X-Case-Participant-Id: QR-518204").
        ctx = replace(ctx, header=chunk.location.removeprefix("header "))
    if chunk.is_body:
        r.staff_contacts |= contact.staff_contact_keys(text, regions, base.keyer)
        reader = attribution.one_reader(text)
        if reader is not None:
            r.readers[chunk.location] = reader
            if attribution.told_own_contact(text, regions):
                r.told_own_contact.append((reader, chunk.location))

    found: list[Finding] = []
    if chunk.table is not None:
        ctx = replace(ctx, business=business or invoice)
        found += _table_findings(chunk, ctx, r.names)
        found += benefits.detect(text, ctx)  # identifiers were read cell by cell
        found += special.column_findings(chunk.table.header, chunk.table.rows, ctx)
        # A form's label/value table is one record, never a list of people.
        if not form_tables.label_columns(chunk.table):
            kind = doc_kinds.classify_table(chunk.location, chunk.table) or doc_kinds.person_list(
                chunk.location, chunk.table
            )
            if kind:
                r.table_kinds.append((chunk.doc_key, kind))
    else:
        found += _run(TEXT_DETECTORS, text, ctx)
    found += special.detect(text, ctx)
    seen: set[tuple[Category, str]] = set()
    for f in found:
        if f.key and (f.category, f.key) in seen:
            continue
        seen.add((f.category, f.key))
        r.findings.append(f)

    if not chunk.is_body:
        # A document's own addresses (a CV's contact line), not the people it invites.
        invited = people.invitee_addresses(text)
        r.doc_emails |= {
            a for a, pos in contact.emails(text) if not regions.contains(pos) and a not in invited
        }
    # Where the NER should look: the subject and the sender's own headers (not
    # display names: those are staff), and lines with a cue or a finding.
    if chunk.source in LINE_SOURCES:
        if people.CAPITAL_PAIR_RE.search(text) and not chunk.location.endswith("display names"):
            r.ner_jobs.append((text, 0, regions, chunk.location))
    elif chunk.table is None and chunk.location not in r.copies:
        jobs = people.cue_jobs(text, regions, chunk.location, bool(found))
        r.cue_jobs.extend((chunk.doc_key, job) for job in jobs)


_FIELD_LINE_RE = re.compile(r"^[^:\n]{1,60}:[ \t]*+([^\n]*)", re.M)


def _blank_form(chunks: list[Chunk], findings: list[Finding], location: str) -> bool:
    """A document of field labels with no answers: its tables' value cells are empty
    (or rules to write on, or a template's fields), no "Label: value" line has a
    value, and no identifier, contact or name was found in it."""
    tables = [c.table for c in chunks if c.table is not None]
    if not tables:
        return False
    for t in tables:
        for row in (t.header, *t.rows):
            if any(not placeholders.empty(cell) for cell in row[1:]):
                return False
    for c in chunks:
        if c.table is None and any(
            not placeholders.empty(m[1]) for m in _FIELD_LINE_RE.finditer(c.text)
        ):
            return False
    inside = location + LOCATION_SEP
    return not any(
        (f.location == location or f.location.startswith(inside))
        and f.category in attribution.PERSON_EVIDENCE
        for f in findings
    )


def _documents(r: _Reading, subject: str) -> list[DocKindFinding]:
    """What each document is, and the names the document itself gives."""
    kinds: list[DocKindFinding] = []
    classified: set[DocKey] = set()
    blank = False  # a blank form is attached: the subject's form name is that template's
    for key, doc_chunks in r.documents.items():
        if key[0] in LINE_SOURCES:
            continue
        first = doc_chunks[0]
        text = "\n".join(c.text for c in doc_chunks if c.table is None)
        # A form's fields may all sit in its tables ("Partner's full name | …"). Only
        # tables short enough to be a form: a long list is never one, and not copied.
        tables = "\n".join(
            c.full_text
            for c in doc_chunks
            if c.table is not None and len(c.table.rows) <= form_tables.MAX_FORM_ROWS
        )
        doc = doc_kinds.Document(first.doc_location, first.filename, text, first.source, tables)
        found = doc_kinds.classify(doc, subject)
        if not found:
            found = (
                doc_kinds.text_name_list(doc, r.names)
                or doc_kinds.text_nino_list(doc)
                or doc_kinds.text_nino_rows(doc)
            )
        if found and not first.is_body and _blank_form(doc_chunks, r.findings, doc.location):
            # A template's field labels with nothing filled in: the form of no one (and
            # not to be named a form from the subject line either).
            found = [k for k in found if k.kind not in subjects.PERSON_DOCS]
            classified.add(key)
            blank = True
        if found:
            classified.add(key)
            kinds += found
            if not first.is_body:
                people.names_from_document(text, doc.location, r.names, r.ner_jobs, found)
        elif not first.is_body and any(f.location.startswith(doc.location) for f in r.findings):
            # An unnamed form ("Name: … / Sort code: …"): its name field is its subject.
            people.form_fields(text, doc.location, r.names)
    for key, kind in r.table_kinds:
        if key in classified and kind.people <= 2:
            continue  # a form's label/value table, not a list
        kinds.append(kind)
    if not blank:
        doc_kinds.kind_from_subject(subject, kinds, r.documents, classified)
    # A body with a form's heading over the same form attached ("UCNEA1" above
    # UCNEA1.docx) is a cover note about that form: one record, the attachment.
    # So is a nested message's subject or body over the same form attached to it.
    attached = {(_message_of(k.location), k.kind) for k in kinds if not _cover_part(k.location)}
    kinds = [
        k
        for k in kinds
        if not (
            _cover_part(k.location)
            and (_message_of(k.location), k.kind) in attached
            and k.kind in PERSON_DOCS
        )
    ]
    # A body listing the candidates whose CVs or forms are attached ("• Rita Patterson")
    # names those people again: a cover list, not more people.
    attached_people = sum(
        k.people for k in kinds if k.kind in PERSON_DOCS and not k.location.startswith("body")
    )
    kinds = [
        k
        for k in kinds
        if not (
            k.kind is DocKind.NAME_LIST
            and k.location.startswith("body")
            and k.columns == ("name",)
            and 0 < k.people <= attached_people
        )
    ]
    # A recognised document gives its own subject's name (heading, fields, greeting);
    # its other lines name referees, employers and staff.
    cv_bodies = {
        key: _pasted_cv_start(r.documents[key])
        for key in classified
        if key[0] in BODY_SOURCES
        and any(
            k.kind is DocKind.CV and k.location == r.documents[key][0].doc_location for k in kinds
        )
    }
    for key, job in r.cue_jobs:
        if key in cv_bodies:
            job = _covering_part(job, cv_bodies[key])
            if job is None:
                continue
        elif key in classified and key[0] not in BODY_SOURCES:
            continue
        r.ner_jobs.append(job)
    for key, start in cv_bodies.items():
        # Its name line names its subject; no NER over its head, which would read the
        # referees as well: the CV counts as its one person either way.
        first = r.documents[key][0]
        people.names_from_document(first.text[start:], first.doc_location, r.names, [], [])
    return kinds


# The lines above a pasted CV's first heading that belong to the CV: its name and contact line.
CV_HEAD_LINES = 3


_NESTED = 'forwarded message "'


def _message_of(location: str) -> str:
    """The nested message a location is inside ("" for the mail itself)."""
    i = location.rfind(_NESTED)
    if i < 0:
        return ""
    end = location.find(LOCATION_SEP, i)
    return location if end < 0 else location[:end]


def _cover_part(location: str) -> bool:
    """A message's own body, or a nested message's subject or body: not an attachment."""
    message = _message_of(location)
    own = location[len(message) :].removeprefix(LOCATION_SEP)
    return own.startswith(("body", "subject") if message else "body")


def _pasted_cv_start(doc_chunks: list[Chunk]) -> int:
    """Where a CV pasted into a body begins: its name and contact lines, the block of
    (at most a few) lines right above its first section heading."""
    text = doc_chunks[0].text
    first = doc_kinds.CV_SECTIONS_RE.search(text)
    if first is None:
        return 0
    start, taken = first.start(), 0
    while start > 0 and taken < CV_HEAD_LINES:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if text[line_start : start - 1].strip():
            taken += 1
        elif taken:
            break  # the blank line above the name: the covering note ends there
        start = line_start
    return start


def _covering_part(job: people.NerJob, cv_start: int) -> people.NerJob | None:
    """The part of a body's NER job above the pasted CV: the covering note, whose names
    may be others; the CV's own lines name referees and employers."""
    text, offset, regions, location = job
    if offset >= cv_start:
        return None
    return (text[: cv_start - offset], offset, regions, location)


def _people(
    r: _Reading,
    nlp: Language,
    extraction: Extraction,
    identified: list[str],
    matcher: special.SpecialMatcher | None,
    org_words: frozenset[str] = frozenset(),
) -> list[str]:
    """The distinct people named, less staff, children, the mail's organisations
    ("Bridgeway" beside bridgeway-support.org.uk) and special-category terms the
    NER took for a name."""
    people.names_from_ner(nlp, r.ner_jobs, r.names)
    # A recipient the content identifies as the data subject is not staff.
    subjects_own = {a.lower() for a in identified}
    staff = set(r.staff_names)
    for a in extraction.addresses:
        if a.address.lower() in subjects_own:
            staff -= people.names_from_address(a.name, a.address)
    terms = matcher.canonical if matcher is not None else {}
    boiler = _boilerplate(r)
    return people.merge(
        n
        for n in r.names.where
        if not people.is_staff(n, staff)
        and n not in r.child_names
        and n not in terms
        and not people.is_organisation(n, org_words)
        and not textfacts.has_as_words(boiler, n)
    )


def _boilerplate(r: _Reading) -> str:
    """The signature blocks and disclaimers of the message's bodies, in lower case: a
    name the NER finds there ("Cam Nesaf", a programme's name) is the organisation's or
    staff's wherever else it stands."""
    parts = []
    for key, chunks in r.documents.items():
        if key[0] in ("body", "forwarded"):
            for c in chunks:
                z = attribution.zones(c.text, True)
                # Signature blocks only (letter=True): not greetings or quoted headers.
                spans = (*z.signatures, *z.disclaimers, *staff_regions(c.text, letter=True).ranges)
                parts += [c.text[s:e] for s, e in spans]
    return "\n".join(parts).lower()


def _table_findings(chunk: Chunk, ctx: Context, names: people.Names) -> list[Finding]:
    """Every cell, with its column header as context (a form table's label
    beside it); names from name columns, or a form's name field."""
    table = chunk.table
    assert table is not None
    out: list[Finding] = []
    cell = replace(ctx, staff=Regions())  # a cell has no signature block
    labelled = form_tables.pairs(table)
    if labelled:
        paired, pair_found = bank.pair_cells(
            [(lb, v) for _r, lb, v in labelled], ctx.keyer, ctx.business
        )
        for i, (row, label, value) in enumerate(labelled):
            where = f"{chunk.location}{LOCATION_SEP}row {row}"
            found = _value_findings(value, cell.at(where, label))
            if i in paired:  # reported once, as a pair, at the sort code's row
                found = [f for f in found if f.category != Category.BANK]
                if i == min(paired):
                    found += [replace(f, location=where) for f in pair_found]
            out += found
        for name in form_tables.record_names(table):
            names.add(name, chunk.location)
        return out
    header = table.header
    # A table that pays the people it names ("Name | Business | Pay to IBAN": sole
    # traders' start-up grants) is not a directory of business contacts.
    directory = doc_kinds.directory_table(header) and not any(map(bank.bank_column, header))
    if directory:
        # Staff's or businesses' own numbers, addresses and names: not claimants'.
        cell = replace(cell, business=True)
    name_cols = (
        [] if directory else doc_kinds.person_columns(header) or form_tables.person_columns(table)
    )
    # The header row may be data (a table without one): read it as plain text.
    for text in header:
        if text.strip():
            where = f"{chunk.location}{LOCATION_SEP}row {table.first_row - 1}"
            out += _value_findings(text, cell.at(where))
    # A list repeats its cells ("Yes", a programme's name, a start date): a cell's
    # findings depend only on its text and column header, so each pair is read once.
    read: dict[tuple[str, str], list[Finding]] = {}
    for i, row in enumerate(table.rows):
        where = f"{chunk.location}{LOCATION_SEP}row {table.first_row + i}"
        paired, pair_found = bank.pair_cells(
            list(zip(header, row, strict=False)), ctx.keyer, ctx.business
        )
        for j, text in enumerate(row):
            if not text or not text.strip():
                continue
            h = header[j] if j < len(header) else ""
            found = read.get((h, text))
            if found is None:
                found = read[h, text] = _value_findings(text, cell.at("", h))
            found = [replace(f, location=where) for f in found]
            if j in paired:
                found = [f for f in found if f.category != Category.BANK]
            out += found
        out += [replace(f, location=where) for f in pair_found]
        if name_cols:
            full = " ".join(row[j] for j in name_cols if j < len(row) and row[j].strip())
            # A blank form under a "Participant name" heading lists its field labels
            # ("National Insurance number", "Hours per week") where names would go.
            if full and not form_tables.is_label(full):
                names.add(full, where)
        elif not directory:
            # A titled name in any cell ("Ms J. Sutton (FW-176136)") is a person's,
            # unless its column is a role's ("Adviser": staff).
            for j, text in enumerate(row):
                h = header[j] if j < len(header) else ""
                if (m := people.TITLED_CELL_RE.match(text)) and not people.ROLE_BEFORE_RE.search(h):
                    names.add(m["n"], where)
    return out


def _file_name_findings(extraction: Extraction, keyer: Keyer) -> list[Finding]:
    """Identifiers in attachment file names ("CV_Name_AB…C.pdf"): underscores
    and hyphens separate words there."""
    out: list[Finding] = []
    seen: set[str] = set()
    for info in extraction.attachments:
        name = info.filename
        if not name or name in seen:
            continue
        seen.add(name)
        where = f"{nino.mask_in(info.location)}{LOCATION_SEP}file name"
        out += _run(FILE_NAME_DETECTORS, name.replace("_", " "), Context(where, keyer))
    return out
