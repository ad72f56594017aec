"""chunks → Scan: every detector over every chunk, then people and document kinds.

Cheap work (regex, phrase matching on the tokenizer's output) runs over all
text. spaCy's NER runs only where a name is likely to matter: lines of a body
with a claimant cue or a finding, the head of each document, the subject.
Every value is masked by the detector that found it; keys are salted with a
salt made for this call only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language

from detectors import (
    attribution,
    bank,
    benefits,
    children,
    contact,
    dob,
    doc_kinds,
    nino,
    people,
    special,
)
from detectors import nlp as nlp_mod
from detectors import tables as form_tables
from detectors.context import Regions, staff_regions
from detectors.masking import Keyer, mask_name
from detectors.model import (
    LOCATION_SEP,
    Category,
    Chunk,
    DocKind,
    DocKindFinding,
    Extraction,
    Finding,
    Scan,
    Table,
)
from detectors.terms import TermLists

BODY_SOURCES = {"body", "subject", "forwarded", "header"}
# Short texts of the message's own: read for identifiers, never a document to classify.
LINE_SOURCES = {"subject", "header"}
CUE_WORDS = frozenset(
    [
        "start",
        "attend",
        "attended",
        "claimant",
        "participant",
        "customer",
        "candidate",
        "client",
        "referral",
        "referred",
        "refer",
        "applicant",
        "jobseeker",
        "job",
        "starter",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "nino",
        "dob",
        "cv",
        "named",
        "called",
        "attached",
        "enclosed",
        "started",
        "starts",
        "interview",
        "placement",
        "offer",
    ]
)
CUE_RE = re.compile(r"\b(?:" + "|".join(sorted(CUE_WORDS)) + r")\b", re.I)
CAPITAL_PAIR_RE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")
INVOICE_RE = re.compile(r"\binvoice\b|\bremittance\b|\bstatement\s+of\s+account\b", re.I)
FORM_NAME_RE = re.compile(
    r"^[ \t]*(?:(?P<full>full\s+name|name|applicant'?s?\s+name|participant\s+name|claimant\s+name)"
    r"|(?P<sur>surname|last\s+name|family\s+name)|(?P<fore>first\s+names?|forenames?|given\s+names?))"
    r"[ \t]*:[ \t]*(?P<v>[^\n]{2,60})$",
    re.I | re.M,
)
PDF_NAME_RE = re.compile(
    r"^[ \t]*(?i:full\s+name|name|(?:claimant|participant|customer|applicant)'?s?\s+name)"
    r"[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){1,2})[ \t]*$",
    re.M,
)
CHILD_BEFORE_RE = re.compile(
    r"\b(?:son|daughter|child|stepson|stepdaughter|grandson|granddaughter|baby)s?\b[\s,:]*"
    r"(?:(?:called|named|is)\s+)?$",
    re.I,
)
# A capitalised name word: Smith, McDonald, O'Brien, Smith-Jones. Each part after the
# first starts with a capital or an apostrophe/hyphen, so a word splits into parts one
# way only: "[A-Z][a-z]*(?:['\-]?[A-Z]?[a-z]+)*" let "Abbbb…" split 2^n ways and took
# seconds on one company-registration footer. Same words, linear time.
_NAME_WORD = r"[A-Z][a-z]*+(?:(?:['\-][A-Z]?|[A-Z])[a-z]++)*"
NAME_LINE_RE = re.compile(
    r"^(?:(?i:name)\s*:\s*)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
    rf"(?P<n>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$"
)
TITLED_NAME_RE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?P<n>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)
NAME_ROW_RE = re.compile(
    r"^[ \t>*•\-]*(?:\d{1,4}[.)]?[ \t]+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
    rf"(?P<n>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"(?:[ \t]*[,\t|–\-(][^\n]{0,60})?[ \t]*$"
)
CUED_NAME_RE = re.compile(
    r"(?i:\b(?:referral\s+for|referring|referred|candidate|participant|claimant|customer|"
    r"applicant|client)\s+(?:called\s+|named\s+)?)"
    rf"(?P<n>{_NAME_WORD}\s+{_NAME_WORD})"
)
NUMBER_BEFORE_RE = re.compile(r"\d+[A-Za-z]?,?\s*$")
PAGE_SUFFIX_RE = re.compile(rf"{re.escape(LOCATION_SEP)}(?:page \d+|sheet .*|table \d+)$")
DOC_HEAD_FOR_NER = 300
MAX_NER_CHARS = 200_000  # per message
PERSON_DOCS = {
    DocKind.CV, DocKind.APPLICATION_FORM, DocKind.APPLICATION_FORM_COUPLE,
    DocKind.LETTER_INTERVIEW, DocKind.LETTER_JOB_OFFER, DocKind.LETTER_APPOINTMENT,
    DocKind.LETTER_OTHER, DocKind.UCNEA1, DocKind.GOOD_NEWS_STORY, DocKind.EXIT_REPORT,
    DocKind.CHANGE_OF_CIRCUMSTANCES, DocKind.COMPLIANCE_DOUBT,
    DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM, DocKind.ESF_14_20_FORM, DocKind.WHPS01,
}  # fmt: skip
LIST_DOCS = {DocKind.NAME_LIST, DocKind.NINO_LIST}

_matcher_cache: tuple[int, TermLists, special.SpecialMatcher] | None = None


def _special_matcher(nlp: Language, terms: TermLists) -> special.SpecialMatcher:
    global _matcher_cache
    if _matcher_cache is None or _matcher_cache[0] != id(nlp) or _matcher_cache[1] is not terms:
        _matcher_cache = (id(nlp), terms, special.SpecialMatcher(nlp, terms))
    return _matcher_cache[2]


@dataclass
class _Names:
    """Candidate people names, where each was first seen."""

    where: dict[str, str] = field(default_factory=dict)

    def add(self, raw: str, location: str) -> None:
        n = people.normalise(raw)
        if n and n not in self.where:
            self.where[n] = location


def _doc_key(chunk: Chunk) -> tuple[str, str]:
    if chunk.source in BODY_SOURCES:
        return (chunk.source, "")
    return (chunk.container or "", chunk.filename or PAGE_SUFFIX_RE.sub("", chunk.location))


def _doc_location(chunk: Chunk) -> str:
    return PAGE_SUFFIX_RE.sub("", chunk.location)


def _text_findings(
    text: str,
    location: str,
    keyer: Keyer,
    terms: TermLists,
    regions: Regions,
    staff_addresses: frozenset[str],
    business: bool,
    header: str = "",
) -> list[Finding]:
    out = nino.detect(text, location, keyer, header=header)
    out += dob.detect(text, location, keyer, header=header)
    out += bank.detect(text, location, keyer, header=header, business=business)
    out += children.detect(text, location, keyer, header=header)
    out += contact.detect(
        text, location, keyer, staff=regions, staff_addresses=staff_addresses,
        header=header, business=business,
    )  # fmt: skip
    if not header:
        out += benefits.detect(text, location, keyer, terms)
    return out


def scan(
    extraction: Extraction,
    *,
    mail_from: str,
    rcpt_tos: list[str],
    terms: TermLists,
    nlp: Language | None = None,
) -> Scan:
    nlp = nlp or nlp_mod.load()
    keyer = Keyer()
    matcher = _special_matcher(nlp, terms)

    chunks = list(extraction.chunks)
    if extraction.subject and not any(c.source == "subject" for c in chunks):
        chunks.insert(0, Chunk(location="subject", text=extraction.subject, source="subject"))

    # Staff: the sender and everyone in the headers, by address and by name.
    sender_addresses = {mail_from.lower()} | {
        a.address.lower()
        for a in extraction.addresses
        if a.header.lower() in ("from", "sender", "reply-to")
    }
    staff_names: set[str] = set()
    for a in extraction.addresses:
        staff_names |= people.names_from_address(a.name, a.address)
    for addr in [mail_from, *rcpt_tos]:
        staff_names |= people.names_from_address("", addr)
    staff_addresses = frozenset(sender_addresses)
    # Full names of staff from the headers, to find their signature blocks.
    header_staff = tuple(sorted(n for n in staff_names if " " in n))

    findings: list[Finding] = []
    child_names: set[str] = set()  # named with their ages: not data subjects
    names = _Names()
    ner_jobs: list[tuple[str, int, Regions, str]] = []  # text, offset, staff regions, location
    cue_jobs: list[tuple[tuple[str, str], tuple[str, int, Regions, str]]] = []
    documents: dict[tuple[str, str], list[Chunk]] = {}
    table_kinds: list[tuple[tuple[str, str], DocKindFinding]] = []
    doc_emails: set[str] = set()
    # Invoices and remittances: their bank details are the business's own.
    invoice_docs = {
        _doc_key(c) for c in chunks if c.table is None and INVOICE_RE.search(c.text[:3000])
    }

    for chunk in chunks:
        is_body = chunk.source in BODY_SOURCES
        text = chunk.text
        if chunk.table is not None and not text.strip():
            text = "\n".join("\t".join(r) for r in (chunk.table.header, *chunk.table.rows))
        # Signature blocks by staff name only in bodies: in an attachment the
        # recipient's name may be the document's subject (a CV sent to its owner).
        regions = staff_regions(
            text, letter=not is_body, staff_names=header_staff if is_body else ()
        )
        business = bool(INVOICE_RE.search(text[:3000]))
        if is_body:
            staff_names |= people.greeting_names(text)
        staff_names |= people.signature_names(text)
        documents.setdefault(_doc_key(chunk), []).append(chunk)
        child_names |= children.names(text)

        chunk_findings: list[Finding] = []
        if chunk.table is not None:
            business = business or _doc_key(chunk) in invoice_docs
            chunk_findings += _table_findings(chunk, keyer, terms, staff_addresses, names, business)
            # A form's label/value table is one record, never a list of people.
            kind = (
                None
                if form_tables.label_columns(chunk.table)
                else doc_kinds.classify_table(chunk.location, chunk.table)
                or _person_list(chunk.location, chunk.table)
            )
            if kind:
                table_kinds.append((_doc_key(chunk), kind))
        if chunk.table is None:
            chunk_findings += _text_findings(
                text, chunk.location, keyer, terms, regions, staff_addresses, business
            )
        else:  # identifiers were read cell by cell above, with their headers
            chunk_findings += benefits.detect(text, chunk.location, keyer, terms)
        words = set(special.WORD_RE.findall(text.lower()))
        candidates = special.candidate_text(text, matcher, words)
        if candidates:
            chunk_findings += special.detect(
                nlp.make_doc(candidates), chunk.location, keyer, matcher
            )
        seen: set[tuple[Category, str]] = set()
        for f in chunk_findings:
            if f.key and (f.category, f.key) in seen:
                continue
            seen.add((f.category, f.key))
            findings.append(f)

        if not is_body:
            doc_emails |= {addr for addr, pos in contact.emails(text) if not regions.contains(pos)}
        # Where the NER should look: the subject and the sender's own headers (not
        # display names: those are staff), and lines with a cue or a finding.
        if chunk.source in LINE_SOURCES:
            if CAPITAL_PAIR_RE.search(text) and not chunk.location.endswith("display names"):
                ner_jobs.append((text, 0, regions, chunk.location))
        elif chunk.table is None:
            cued = (
                bool(chunk_findings) or not CUE_WORDS.isdisjoint(words) or people.has_name_cue(text)
            )
            segments = (
                _cue_segments(text, regions, chunk.location, bool(chunk_findings)) if cued else []
            )
            cue_jobs.extend((_doc_key(chunk), seg) for seg in segments)

    findings += _file_name_findings(extraction, keyer)

    # Documents: what each file is, and the names the document itself gives.
    kinds: list[DocKindFinding] = []
    classified: set[tuple[str, str]] = set()
    for key, doc_chunks in documents.items():
        if key[0] in LINE_SOURCES:
            continue
        first = doc_chunks[0]
        text = "\n".join(c.text for c in doc_chunks if c.table is None)
        # A form's fields may all sit in its tables ("Partner's full name | …"). Only
        # tables short enough to be a form: a long list is never one, and not copied.
        tables = "\n".join(
            attribution.table_text(c)
            for c in doc_chunks
            if c.table is not None and len(c.table.rows) <= form_tables.MAX_FORM_ROWS
        )
        doc = doc_kinds.Document(
            _doc_location(first), first.filename, text, first.source, tables
        )
        found = doc_kinds.classify(doc, extraction.subject)
        if not found:
            found = _text_name_list(doc, names) or _text_nino_list(doc)
        if found:
            classified.add(key)
            kinds += found
            if first.source not in BODY_SOURCES:
                _names_from_document(text, doc.location, names, ner_jobs, found)
        elif first.source not in BODY_SOURCES and any(
            f.location.startswith(doc.location) for f in findings
        ):
            # An unnamed form ("Name: … / Sort code: …"): its name field is its subject.
            _form_fields(text, doc.location, names)
    for key, kind in table_kinds:
        if key in classified and kind.people <= 2:
            continue  # a form's label/value table, not a list
        kinds.append(kind)
    _kind_from_subject(extraction.subject, kinds, documents, classified)
    # A recognised document gives its own subject's name (heading, fields, greeting);
    # its other lines name referees, employers and staff.
    ner_jobs += [job for key, job in cue_jobs if key not in classified or key[0] in BODY_SOURCES]

    # People from the NER, less staff.
    # Bound the NER's work on hostile or huge messages: structure still counts.
    budget, kept = MAX_NER_CHARS, []
    for job in ner_jobs:
        if len(job[0]) <= budget:
            kept.append(job)
            budget -= len(job[0])
    ner_jobs = kept
    if ner_jobs:
        results = people.ner_names(nlp, [t for t, *_ in ner_jobs])
        for (_t, offset, regions, location), ents in zip(ner_jobs, results, strict=True):
            # spaCy's small model misses some titled names ("Ms Teresa Leach").
            ents = ents + [
                (m["n"], m.start("n"))
                for rx in (TITLED_NAME_RE, CUED_NAME_RE)
                for m in rx.finditer(_t)
            ]
            for raw, start in ents:
                if regions.contains(offset + start) or CHILD_BEFORE_RE.search(_t[:start]):
                    continue  # staff, or a child (reported by the children detector)
                if NUMBER_BEFORE_RE.search(_t[max(0, start - 8) : start]) or _in_address(_t, start):
                    continue  # "14 Shaw Drive", "Carolyn Expressway\nLeeds LS6 2AB": an address
                names.add(raw, location)
    # A recipient the content identifies as the data subject is not staff.
    rcpts = [r for r in rcpt_tos if r.lower() in doc_emails]
    for a in extraction.addresses:
        if a.address.lower() in {r.lower() for r in rcpts}:
            staff_names -= people.names_from_address(a.name, a.address)
    candidates = {
        n: loc
        for n, loc in names.where.items()
        if not people.is_staff(n, staff_names) and n not in child_names
    }
    merged = people.merge(candidates)
    for n in merged:
        findings.append(
            Finding(
                Category.PERSON_NAME, candidates[n], mask_name(n.title()), 0.8, "person name",
                keyer.key("name", n),
            )
        )  # fmt: skip

    # Special-category and benefit words about nobody (disclaimers, newsletters,
    # denials) are kept, marked, and not counted by the default policy.
    findings = attribution.attribute(chunks, findings, merged)
    subjects, evidence = _count_people(findings, kinds, len(merged))
    findings = _unattached_contacts(findings, subjects)
    return Scan(
        findings=findings,
        data_subjects=subjects,
        people_evidence=evidence,
        doc_kinds=kinds,
        opaque=list(extraction.opaque),
        attachments=list(extraction.attachments),
        encrypted=extraction.encrypted,
        subject=extraction.subject,
        message_id=extraction.message_id,
        recipients_identified=rcpts,
    )


def _table_findings(
    chunk: Chunk,
    keyer: Keyer,
    terms: TermLists,
    staff_addresses: frozenset[str],
    names: _Names,
    business: bool,
) -> list[Finding]:
    """Every cell, with its column header as context (a form table's label
    beside it); names from name columns, or a form's name field."""
    table = chunk.table
    assert table is not None
    out: list[Finding] = []
    empty = Regions()
    labelled = form_tables.pairs(table)
    if labelled:
        paired, pair_found = _bank_pair([(lb, v) for _r, lb, v in labelled], keyer, business)
        for i, (row, label, value) in enumerate(labelled):
            where = f"{chunk.location}{LOCATION_SEP}row {row}"
            found = _text_findings(
                value, where, keyer, terms, empty, staff_addresses, business, label
            )
            if i in paired:  # reported once, as a pair, at the sort code's row
                found = [f for f in found if f.category != Category.BANK]
                if i == min(paired):
                    found += [replace(f, location=where) for f in pair_found]
            out += found
        name = form_tables.record_name(labelled)
        if name:
            names.add(name, chunk.location)
        return out
    header = table.header
    name_cols = doc_kinds.person_columns(header) or form_tables.person_columns(table)
    # The header row may be data (a table without one): read it as plain text.
    for cell in header:
        if cell.strip():
            where = f"{chunk.location}{LOCATION_SEP}row {table.first_row - 1}"
            out += _text_findings(cell, where, keyer, terms, empty, staff_addresses, business)
    for i, row in enumerate(table.rows):
        where = f"{chunk.location}{LOCATION_SEP}row {table.first_row + i}"
        paired, pair_found = _bank_pair(list(zip(header, row, strict=False)), keyer, business)
        for j, cell in enumerate(row):
            if not cell or not cell.strip():
                continue
            h = header[j] if j < len(header) else ""
            found = _text_findings(cell, where, keyer, terms, empty, staff_addresses, business, h)
            if j in paired:
                found = [f for f in found if f.category != Category.BANK]
            out += found
        out += [replace(f, location=where) for f in pair_found]
        if name_cols:
            full = " ".join(row[j] for j in name_cols if j < len(row) and row[j].strip())
            if full:
                names.add(full, where)
    return out


def _bank_pair(
    cells: list[tuple[str, str]], keyer: Keyer, business: bool
) -> tuple[set[int], list[Finding]]:
    """A sort code and an account number in two cells of one record (a form's
    rows, a list's row): one bank detail, as the bank detector pairs them in
    text. Returns the cells used and the finding (location set by the caller)."""
    sort = next((i for i, (lb, _v) in enumerate(cells) if bank.SORT_LABEL_RE.search(lb)), None)
    acc = next(
        (
            i
            for i, (lb, v) in enumerate(cells)
            if i != sort and bank.ACCOUNT_LABEL_RE.search(lb) and bank.ACCOUNT_RE.search(v)
        ),
        None,
    )
    if sort is None or acc is None:
        return set(), []
    text = f"Sort code: {cells[sort][1]}\nAccount number: {cells[acc][1]}"
    found = bank.detect(text, "", keyer, business=business)
    if len(found) == 1 and found[0].context.endswith("with account number"):
        why = f'"{cells[sort][0].strip()}" with "{cells[acc][0].strip()}"'
        return {sort, acc}, [replace(found[0], context=why)]
    return set(), []


def _person_list(location: str, table: Table) -> DocKindFinding | None:
    """A list whose people are headed "Candidate", "Payee"…: one person per row."""
    cols = form_tables.person_columns(table)
    if not cols:
        return None
    people = sum(1 for r in table.rows if any(j < len(r) and r[j].strip() for j in cols))
    if not people:
        return None
    last = table.first_row + len(table.rows) - 1
    evidence = f"{people} rows with names (rows {table.first_row}–{last})"
    return DocKindFinding(DocKind.NAME_LIST, location, evidence, people, ("name",))


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
        text = name.replace("_", " ")
        where = f"{nino.mask_in(info.location)}{LOCATION_SEP}file name"
        out += nino.detect(text, where, keyer)
        out += dob.detect(text, where, keyer)
    return out


def _in_address(text: str, pos: int) -> bool:
    """The line holding ``pos`` carries a UK postcode, or is a short line (an
    address line) followed by one that does."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    if contact.POSTCODE_RE.search(text, start, end):
        return True
    nxt = text.find("\n", end + 1)
    nxt = len(text) if nxt == -1 else nxt
    return end - start <= 40 and bool(contact.POSTCODE_RE.search(text, end, nxt))


def _cue_segments(
    text: str, regions: Regions, location: str, has_findings: bool
) -> list[tuple[str, int, Regions, str]]:
    """Lines (with the line after) that carry a claimant cue; all lines near a
    finding when the chunk has findings. Adjacent spans are merged."""
    spans: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    for i, ln in enumerate(lines):
        if not ln.strip() or (
            regions.contains(starts[i]) and regions.contains(starts[i] + len(ln) - 1)
        ):
            continue  # wholly staff (entities in part-staff lines are filtered later)
        if (
            CUE_RE.search(ln)
            or people.has_name_cue(ln)
            or (has_findings and CAPITAL_PAIR_RE.search(ln))
        ):
            a = starts[i]
            b = starts[i + 1] + len(lines[i + 1]) if i + 1 < len(lines) else a + len(ln)
            if spans and a <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], b))
            else:
                spans.append((a, b))
    return [(text[a:b], a, regions, location) for a, b in spans]


def _form_fields(text: str, location: str, names: _Names) -> dict[str, str]:
    """Name fields typed as "Label: value" lines (or "Name  Jo Bloggs", as a PDF
    renders a two-column form); the person they name."""
    fields: dict[str, str] = {}
    for m in PDF_NAME_RE.finditer(text):
        fields.setdefault("full", m["v"].strip())
        names.add(m["v"], location)
    for m in FORM_NAME_RE.finditer(text):
        which = "full" if m["full"] else "sur" if m["sur"] else "fore"
        fields.setdefault(which, m["v"].strip())
        if which == "full":
            names.add(m["v"], location)
    if "sur" in fields or "fore" in fields:
        names.add(f"{fields.get('fore', '')} {fields.get('sur', '')}", location)
    return fields


def _names_from_document(
    text: str,
    location: str,
    names: _Names,
    ner_jobs: list[tuple[str, int, Regions, str]],
    kinds: list[DocKindFinding],
) -> None:
    """A form's name fields, a letter's addressee, a CV's heading."""
    fields = _form_fields(text, location, names)
    letters = [k for k in kinds if k.kind.value.startswith("letter")]
    if letters:
        for m in people.GREETING_RE.finditer(text):
            names.add(m["name"], location)
        return
    if fields:
        return
    # A CV or report usually opens with its subject's name on a line of its own:
    # take it without the NER; fall back to the NER over the head otherwise.
    for line in [ln.strip() for ln in text[:DOC_HEAD_FOR_NER].splitlines() if ln.strip()][:3]:
        m = NAME_LINE_RE.match(line)
        if m and people.normalise(m["n"]):
            names.add(m["n"], location)
            return
    regions = staff_regions(text, letter=True)
    ner_jobs.append((text[:DOC_HEAD_FOR_NER], 0, regions, location))


def _text_name_list(doc: doc_kinds.Document, names: _Names) -> list[DocKindFinding]:
    """Names typed one per line ("1. John Smith, AB…"): three or more in a row,
    outside greetings and signatures, make a list of names."""
    regions = staff_regions(doc.text, letter=doc.source not in BODY_SOURCES)
    best: list[str] = []
    run: list[str] = []
    pos = 0
    for line in [*doc.text.split("\n"), ""]:
        m = NAME_ROW_RE.match(line)
        if m and not regions.contains(pos):
            run.append(m["n"])
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


def _text_nino_list(doc: doc_kinds.Document) -> list[DocKindFinding]:
    """NINOs typed one per line and nothing else: a list of NINOs only."""
    lines = [ln.strip(" \t>*•-") for ln in doc.text.split("\n")]
    hits = [ln for ln in lines if (m := nino.NINO_RE.fullmatch(ln)) and nino.valid_prefix(m["p"])]
    if len(hits) < 3:
        return []
    # Only NINOs in the list part: a name-bearing line would make it a name list.
    evidence = f"{len(hits)} NINOs, one per line"
    return [DocKindFinding(DocKind.NINO_LIST, doc.location, evidence, len(hits), ("nino",))]


def _kind_from_subject(
    subject: str,
    kinds: list[DocKindFinding],
    documents: dict[tuple[str, str], list[Chunk]],
    classified: set[tuple[str, str]],
) -> None:
    """A subject naming a form ("UCNEA1 – J Smith") names the one unclassified
    attachment, or the body if there is none."""
    kind = doc_kinds.from_subject(subject) if subject else None
    if kind is None or any(k.kind == kind for k in kinds):
        return
    if kind == DocKind.CV:
        return  # a CV must look like one; the subject alone is not enough
    rest = [k for k in documents if k not in classified and k[0] not in BODY_SOURCES]
    if len(rest) == 1:
        loc = _doc_location(documents[rest[0]][0])
    elif not rest and ("body", "") in documents:
        loc = documents[("body", "")][0].location
    else:
        return
    kinds.append(DocKindFinding(kind, loc, f"subject names a {kind.value.replace('_', ' ')}"))


UNATTACHED_CONFIDENCE = 0.4


def _unattached_contacts(findings: list[Finding], subjects: int) -> list[Finding]:
    """A phone number or postcode in a message about nobody (an office number in
    the text, a venue's address) is not claimant data: keep it, but below the
    default policy threshold (0.5), so the audit still shows it."""
    if subjects or any(f.category not in (Category.PHONE, Category.ADDRESS) for f in findings):
        return findings
    return [
        replace(
            f, confidence=UNATTACHED_CONFIDENCE, context=f"{f.context}; no person in the message"
        )
        for f in findings
    ]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _count_people(
    findings: list[Finding], kinds: list[DocKindFinding], named: int
) -> tuple[int, str]:
    """The best-supported count: documents and list rows, distinct NINOs, or
    distinct names; the evidence says which."""
    options: list[tuple[int, int, str]] = []  # (count, preference, evidence)
    docs = [k for k in kinds if k.kind in PERSON_DOCS]
    # A body with a form's heading over the same form attached is a cover note
    # about that form: one person, counted once, from the attachment.
    attached = {k.kind for k in docs if not k.location.startswith(("body", "subject"))}
    docs = [k for k in docs if not (k.location.startswith("body") and k.kind in attached)]
    lists = [k for k in kinds if k.kind in LIST_DOCS]
    if docs or lists:
        parts = []
        if lists:
            parts += [f"{k.people} rows in {k.location}" for k in lists]
        if docs:
            by_kind: dict[str, int] = {}
            for k in docs:
                by_kind[k.kind.value] = by_kind.get(k.kind.value, 0) + k.people
            parts += [f"{v} from {k.replace('_', ' ')}" for k, v in sorted(by_kind.items())]
        total = sum(k.people for k in docs) + sum(k.people for k in lists)
        options.append((total, 3, "; ".join(parts)))
    ninos = {f.key for f in findings if f.category == Category.NINO}
    if ninos:
        options.append((len(ninos), 2, f"{_plural(len(ninos), 'distinct NINO')}"))
    if named:
        options.append((named, 1, f"{_plural(named, 'distinct name')} (staff excluded)"))
    if not options:
        return 0, "no people identified"
    count, _, why = max(options)
    return count, f"{count} {'person' if count == 1 else 'people'}: {why}"
