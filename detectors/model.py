"""The plain data that crosses from extraction to detection to policy.

Everything here is a dataclass of builtins so it pickles cheaply across the
worker-process boundary. No unmasked personal value is ever stored in a
Finding: detectors mask before they build one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

# Joins the steps of a location: 'attachment "letters.zip" › "letter3.pdf" › page 2'.
LOCATION_SEP = " › "
# The message's own text: the subject, bodies, forwarded bodies, headers the sender wrote.
BODY_SOURCES = frozenset({"body", "subject", "forwarded", "header"})
# Short texts of the message's own: read for identifiers, never a document to classify.
LINE_SOURCES = frozenset({"subject", "header"})
# A location's last step when it is a part of a file (a page, a sheet, a table).
_PART_SUFFIX_RE = re.compile(rf"{re.escape(LOCATION_SEP)}(?:page \d+|sheet .*|table \d+)$")


@dataclass(frozen=True, slots=True)
class Table:
    """A table that kept its shape: a header row and numbered data rows.

    ``first_row`` is the row number (as the user sees it: spreadsheet row, CSV
    line) of ``rows[0]``, so a finding can say "rows 2–501".
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_row: int = 2


@dataclass(frozen=True, slots=True)
class Chunk:
    """One piece of readable text and where it came from.

    ``location`` is written for a sender: ``subject``, ``body (text/plain)``,
    ``attachment "cv-jsmith.docx"``, ``attachment "list.xlsx" › sheet "Referrals"``.
    ``filename`` is the innermost file name the text came from (None for the
    subject and bodies); ``container`` the outermost attachment name, if any.
    ``source`` says what kind of part it is: subject, body, attachment,
    forwarded (text of a nested message's body).
    """

    location: str
    text: str
    source: str = "body"
    filename: str | None = None
    container: str | None = None
    content_type: str | None = None
    page: int | None = None
    table: Table | None = None

    @property
    def full_text(self) -> str:
        """The chunk's text; for a table that came without one, its rows joined by tabs."""
        if self.table is None or self.text.strip():
            return self.text
        return "\n".join("\t".join(r) for r in (self.table.header, *self.table.rows))

    @property
    def is_body(self) -> bool:
        return self.source in BODY_SOURCES

    @property
    def doc_key(self) -> tuple[str, str]:
        """Which document the chunk is part of: each body source is one, and each
        file (its pages, sheets and tables together) is one."""
        if self.source in BODY_SOURCES:
            return (self.source, "")
        return (self.container or "", self.filename or _PART_SUFFIX_RE.sub("", self.location))

    @property
    def doc_location(self) -> str:
        """The document's location: the chunk's, less its page, sheet or table."""
        return _PART_SUFFIX_RE.sub("", self.location)


@dataclass(frozen=True, slots=True)
class ForwardedMail:
    """Mail a message passes on: where its text is, and its sender's domain (the
    address is not kept)."""

    location: str
    domain: str


@dataclass(frozen=True, slots=True)
class Opaque:
    """A part that could not be read, and why.

    reason is one of: ``password-protected``, ``corrupt``, ``no-text``,
    ``inline-image`` (a small image shown in the body, e.g. a signature logo),
    ``encrypted:smime``, ``encrypted:pgp``, ``unsupported:<type>``,
    ``limit:<which>`` (``limit:depth``, ``limit:members``, ``limit:ratio``,
    ``limit:bytes``, ``limit:text``, ``limit:time``, ``limit:parts``).
    """

    location: str
    reason: str
    filename: str | None = None
    content_type: str | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """What the audit trail keeps about each attachment: never its content."""

    location: str
    filename: str | None
    declared_type: str | None
    content_type: str | None  # sniffed by libmagic
    size: int


@dataclass(frozen=True, slots=True)
class Address:
    """A display name and address from the message headers (From, To, Cc, …)."""

    name: str
    address: str
    header: str


@dataclass(slots=True)
class Extraction:
    """Everything readable in one message, and everything that was not.

    ``encrypted`` is set when the message as a whole is already encrypted
    (``smime``, ``pgp-mime``, ``pgp-inline``): its content cannot be read and
    is already protected.
    """

    subject: str = ""
    chunks: list[Chunk] = field(default_factory=list)
    opaque: list[Opaque] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    message_id: str | None = None
    encrypted: str | None = None


class Category(StrEnum):
    """What a finding is. The policy speaks in these names."""

    NINO = "nino"
    DOB = "dob"
    BANK = "bank"
    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_MISUSE = "substance_misuse"
    CRIMINAL_RECORD = "criminal_record"
    ETHNICITY = "ethnicity"
    SEXUAL_ORIENTATION = "sexual_orientation"
    RELIGION = "religion"
    TRADE_UNION = "trade_union"
    BENEFIT_PAYMENT = "benefit_payment"
    CHILDREN = "children"
    ADDRESS = "address"
    PHONE = "phone"
    PERSONAL_EMAIL = "personal_email"
    AGE = "age"
    PERSON_NAME = "person_name"
    REFERENCE = "reference"  # a participant, case or referral number (¶18 "identifiers")


# Categories RULES.md calls "special categories" (¶25–26, ¶32, 003 ¶8–9).
SPECIAL_CATEGORIES = frozenset(
    {
        Category.HEALTH,
        Category.MENTAL_HEALTH,
        Category.SUBSTANCE_MISUSE,
        Category.CRIMINAL_RECORD,
        Category.ETHNICITY,
        Category.SEXUAL_ORIENTATION,
        Category.RELIGION,
        Category.TRADE_UNION,
    }
)
CONTACT_CATEGORIES = frozenset({Category.ADDRESS, Category.PHONE, Category.PERSONAL_EMAIL})
# RULES.md: these count only where said about someone the message identifies.
ATTRIBUTED = SPECIAL_CATEGORIES | {Category.BENEFIT_PAYMENT, Category.CHILDREN}


class DocKind(StrEnum):
    CV = "cv"
    APPLICATION_FORM = "application_form"
    APPLICATION_FORM_COUPLE = "application_form_couple"
    LETTER_INTERVIEW = "letter_interview"
    LETTER_JOB_OFFER = "letter_job_offer"
    LETTER_APPOINTMENT = "letter_appointment"
    LETTER_OTHER = "letter_other"
    NAME_LIST = "name_list"
    NINO_LIST = "nino_list"
    UCNEA1 = "ucnea1"
    GOOD_NEWS_STORY = "good_news_story"
    EXIT_REPORT = "exit_report"
    CHANGE_OF_CIRCUMSTANCES = "change_of_circumstances"
    COMPLIANCE_DOUBT = "compliance_doubt"
    WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM = "whp_employment_business_customer_form"
    ESF_14_20_FORM = "esf_14_20_form"
    WHPS01 = "whps01"


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of claimant data, masked.

    ``masked`` shows shape only (``AB •• •• •• C``, ``••/••/1985``).
    ``key`` lets a scan count distinct values (two mentions of one NINO are
    one NINO) without keeping the value: a salted digest whose salt lives only
    for one scan, so it cannot be reversed or joined across messages.
    ``context`` is the evidence that decided it: a label, a column header,
    the matched term.
    """

    category: Category
    location: str
    masked: str
    confidence: float
    context: str
    key: str = ""
    # Empty when the finding may be about a person; otherwise why it is about nobody
    # ("disclaimer", "signature", "general", "negated", "hypothetical", "no one
    # identified"). Only special-category, benefit and child findings are ever
    # marked (ATTRIBUTED); identifiers always count.
    about_nobody: str = ""

    @property
    def about_someone(self) -> bool:
        return not (self.about_nobody and self.category in ATTRIBUTED)


@dataclass(frozen=True, slots=True)
class DocKindFinding:
    """A recognised document and how many people it is about."""

    kind: DocKind
    location: str
    evidence: str
    people: int = 1
    # For lists: which columns the list carries ("surname", "nino", "dob", …),
    # so the policy can tell a bare NINO list from a list with extra details.
    columns: tuple[str, ...] = ()


@dataclass(slots=True)
class Scan:
    """What one message carries, ready for the policy."""

    findings: list[Finding] = field(default_factory=list)
    data_subjects: int = 0
    people_evidence: str = ""
    doc_kinds: list[DocKindFinding] = field(default_factory=list)
    opaque: list[Opaque] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    encrypted: str | None = None
    subject: str = ""
    message_id: str | None = None
    # Envelope recipients that the content itself identifies as the data
    # subject (e.g. the address in a CV's contact line sent to that address).
    recipients_identified: list[str] = field(default_factory=list)
    # Envelope recipients the content shows are someone else (the greeted reader
    # whose name is in the address is none of the people the message is about).
    recipients_someone_else: list[str] = field(default_factory=list)
    # Forwarded or quoted mail the message passes on, with its sender's domain
    # (C15 ¶53: DWP's own mail, passed on). The policy decides whose domains they are.
    forwarded: list[ForwardedMail] = field(default_factory=list)

    def category_counts(self, about_nobody: bool = False) -> dict[str, int]:
        """Distinct values per category (by key; unkeyed findings count once each) among
        the findings about someone, or with ``about_nobody`` among those about nobody."""
        seen: dict[str, set[str]] = {}
        for i, f in enumerate(self.findings):
            if f.about_someone != about_nobody:
                seen.setdefault(f.category.value, set()).add(f.key or f"#{i}")
        return {cat: len(keys) for cat, keys in sorted(seen.items())}

    def kind_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(d.kind.value for d in self.doc_kinds).items()))

    def categories(self) -> set[Category]:
        return {f.category for f in self.findings if f.about_someone}
