"""Person names: PERSON entities from spaCy's NER, normalised and merged, with
staff left out.

Normalising drops titles, possessives and case; merging folds a lone first name
or surname, or an initial plus surname, into the one full name it belongs to.
Staff (sender, recipients, greeting and signature names) are not data subjects.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from detectors import common_words, contact
from detectors.context import (
    CLOSING_RE,
    GREETING_RE,
    Regions,
    staff_regions,
    without_trailing_note,
)
from detectors.letters import LOWER, UPPER
from detectors.lines import LinePattern
from detectors.model import DocKindFinding
from detectors.special import OCCUPATIONS
from detectors.textfacts import words_of

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "master", "rev", "madam"}
# Words spaCy's small model sometimes tags PERSON that are never names here.
_DAYS_AND_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip
NOT_NAMES = _DAYS_AND_MONTHS | {
    "universal", "credit", "jobcentre", "plus", "dwp", "nino", "dob", "cv", "regards", "kind",
    "best", "thanks", "dear", "hi", "hello", "team", "manager", "adviser", "advisor", "ltd",
    "limited", "plc", "council", "nhs", "jsa", "esa", "pip", "benefit", "allowance", "the",
    "curriculum", "vitae", "employment", "support", "work", "health", "programme", "mailgate",
    "references", "education", "skills", "profile", "interview",
    "address", "email", "phone", "mobile", "tel", "date", "birth", "name", "surname", "sort",
    "code", "account", "ref", "reference", "form", "letter", "report", "story", "news",
    # DWP programmes, and a meeting invitation's links ("Download Teams | Join on the web")
    "restart", "download", "join", "click", "teams", "zoom", "meeting",
    # what mail systems put in a subject ("Return Receipt", "Delivery Notification")
    "receipt", "notification", "undeliverable", "undelivered", "automatic", "delivery",
}  # fmt: skip
# Months that are first names too ("June Lee", "April Shaw").
_MONTH_NAMES = frozenset({"april", "may", "june", "august"})


def _month_named(words: list[str]) -> int:
    """1 when the first word is a month that is also a first name and a surname follows
    ("June Lee"; not "June Review", whose second word is a word names never have)."""
    return int(len(words) >= 2 and words[0] in _MONTH_NAMES and words[1] not in _AFTER_A_MONTH)


# What follows a month in a title, never a surname ("June Review", "May Day").
_AFTER_A_MONTH = frozenset(
    {"review", "reviews", "meeting", "update", "newsletter", "bulletin", "intake", "cohort",
     "day", "half", "term", "starters", "starts", "payroll", "deadline", "figures", "event",
     "events", "fair", "round", "returns", "claims", "invoice", "rota", "holiday", "bank"}
)  # fmt: skip


# What ends a dated title ("Team Newsletter - May").
_DATE_WORDS = _DAYS_AND_MONTHS | {"spring", "summer", "autumn", "winter"}
# Last words that make a capitalised pair a place or an organisation.
PLACE_WORDS = {
    "road", "rd", "street", "avenue", "ave", "close", "drive", "crescent", "gardens", "terrace",
    "mews", "flat", "studio", "station", "college", "school", "university", "inc", "llc", "ltd",
    "plc", "group", "house", "centre", "center", "hospital", "trust", "via", "passage", "corners",
    "fords", "shores", "burgs", "lights", "extension", "junction", "junctions", "motorway",
    "crest", "trail", "spurs", "vista", "prairie", "mall", "route", "rue", "stravenue",
    "causeway", "expressway", "turnpike", "oval", "locks", "mills", "square", "parade",
    # rooms and venues ("Itchen Suite", "Solent Room"; not "hall": a surname too)
    "suite", "room", "lounge", "auditorium", "pavilion", "venue", "depot", "warehouse", "office",
}  # fmt: skip
# Last words that make a capitalised run a job or a role ("Warehouse Operative").
JOB_WORDS = OCCUPATIONS | {
    "operative", "mentor", "driver", "cleaner", "porter", "picker", "packer", "chef", "cook",
    "receptionist", "provider", "partner", "coach", "champion", "apprentice", "apprenticeship",
    "operator", "supervisor", "steward", "attendant", "labourer", "handler", "agent", "team",
}  # fmt: skip
_NORMAL_WORD_RE = re.compile(rf"^[{UPPER}{LOWER}][{UPPER}{LOWER}'\-]*\.?$")

# Where prose names the person a message is about: a capitalised pair after a
# word that introduces a person ("about Sarah Khan", "Re: Daniel Price",
# "candidate: Tom Hughes"), or followed by a possessive or a verb a person does
# ("Sarah Khan's", "Ellie Chadwick is 40", "Tom Hughes missed…"). The scan runs
# the NER only on lines with such a cue, so clean mail stays cheap; the NER
# still decides what is a name.
# Smith, McKay, O'Brien, Smith-Jones; starting with a plain capital keeps the scan fast.
_CAP = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?"
_PAIR = rf"{_CAP}\s+{_CAP}"
_PAIR_RE = re.compile(_PAIR)
_CUE_BEFORE_RE = re.compile(
    r"\b(?i:about|re|regarding|concerning|for|candidate|participant|customer|client|claimant|"
    r"applicant|referral|referring|named|called|name|supporting|helping|with)"
    r"[ \t]*[:\-–]?[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?$"
)
_CUE_AFTER_RE = re.compile(
    # Whitespace runs are possessive and the comma splits them: "[ \t]*,?[ \t]+" made
    # every split of a long run a new try (cubic in the run's length).
    r"['’]s\b|(?:[ \t]*+,[ \t]++|[ \t]++)(?:is|has|was|who|will|would|did|does|had|can|cannot|"
    r"can't|isn't|hasn't|wasn't|didn't|started|starts|attended|missed|needs|wants|lives|"
    r"moved|told|said|called|rang|phoned|emailed|came|got|left|asked|finished|completed|"
    r"passed|failed|works|worked|applied|won't|wont|doesn't|couldn't|can't|cant|should|might|"
    r"could|may|mentioned|went|goes|says|feels|felt)\b"
)


def has_name_cue(text: str) -> bool:
    """Whether ``text`` (a line, a subject) names a person in a way worth the NER."""
    for m in _PAIR_RE.finditer(text):
        if _CUE_AFTER_RE.match(text, m.end()):
            return True
        if _CUE_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


# Only from the start of a whitespace run: a try from inside the run finds nothing new.
_SEPARATOR = re.compile(r"(?<!\s)\s++[-–—|/]\s++")


def normalise(raw: str) -> str | None:
    """'Mr John SMITH's' → 'john smith'; None if it does not look like a name.

    The NER sometimes runs a name on over a spaced dash ("Diane Robinson - Barclays",
    "Danny Stevenson - sort code", "Wendy - Victoria Watson"): the name is the first
    part that is a full name."""
    parts = _SEPARATOR.split(raw.strip())
    if len(parts) > 1 and parts[-1].strip(" .").lower() in _DATE_WORDS:
        return None  # a dated title ("Team Newsletter - May"), not a person
    if len(parts) > 1:
        # "Wendy - Victoria Watson had …": a greeting's name before the dash; the
        # person it is about after it. The first part that is a full name wins.
        full = [n for n in map(_normalise, parts) if n and " " in n]
        return full[0] if full else _normalise(parts[0])
    return _normalise(raw)


def _normalise(raw: str) -> str | None:
    text = re.sub(r"['’]s\b", "", raw.strip())
    text = re.sub(r"[,;:()\"<>\[\]]", " ", text)
    words = [w.strip(".").lower() for w in text.split()]
    words = [w for w in words if w and w not in TITLES]
    if not 1 <= len(words) <= 4:
        return None
    if any(not _NORMAL_WORD_RE.match(w) or w in NOT_NAMES for w in words[_month_named(words) :]):
        return None
    if all(len(w) == 1 for w in words) or words[-1] in NO_PERSONS_LAST_WORD:
        return None  # "Carolyn Expressway", "Warehouse Operative", "Kernow Recovery Hub"
    return " ".join(words)


def names_from_address(name: str, address: str) -> set[str]:
    """A header's display name and the name in its local part (john.smith@…)."""
    out = set()
    if name and (n := normalise(name)):
        out.add(n)
    local = address.partition("@")[0]
    parts = [p for p in re.split(r"[._\-]", local) if p.isalpha()]
    if len(parts) >= 2 and (n := normalise(" ".join(parts))):
        out.add(n)
    return out


def team_words(name: str) -> set[str]:
    """A team mailbox's display name ("Restart Norwich", "Jobcentre Plus Leeds"), which
    is no person's name: its other words, each the team's own (the NER may take
    "Norwich" on the team's sign-off line for a person)."""
    if not name or normalise(name):
        return set()
    return {n for w in name.split() if (n := normalise(w)) and " " not in n}


# A calendar invitation's organiser and attendees: people invited to a meeting (staff,
# partners, employers), not the people a message is about.
_INVITEE_RE = LinePattern(
    r"[ \t]*(?:(?:organi[sz]er|attendees?|required|optional):|reply[ \t]+for)[ \t]*"
    r"(?P<n>[^<\n]{1,80})",
    re.I,
)


# A calendar's own rendering of them: a "Guests" (or "Attendees", "Who") heading, then
# one name per line ("Zoë Hart - organiser"), to the first blank line.
_GUESTS_HEADING_RE = LinePattern(r"[ \t]*(?i:guests|attendees|invitees|who)[ \t]*:?[ \t]*$")
_GUEST_ROLE_RE = re.compile(r"[ \t]+[-–][ \t]+(?i:organi[sz]er|optional|creator)[ \t]*$")
MAX_GUEST_LINES = 60


def invitees(text: str) -> set[str]:
    out = {n for m in _INVITEE_RE.finditer(text) if (n := normalise(m["n"]))}
    for heading in _GUESTS_HEADING_RE.finditer(text):
        lines = text[heading.end() + 1 :].split("\n", MAX_GUEST_LINES)[:MAX_GUEST_LINES]
        for line in lines:
            if not line.strip():
                break
            if n := normalise(_GUEST_ROLE_RE.sub("", line)):
                out.add(n)
    return out


def invitee_addresses(text: str) -> set[str]:
    """The addresses on an invitation's organiser and attendee lines."""
    out = set()
    for m in _INVITEE_RE.finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        out |= {a for a, _pos in contact.emails(rest)}
    return out


def greeting_names(text: str) -> set[str]:
    out = set()
    for m in GREETING_RE.finditer(text):
        for part in re.split(r"\s+and\s+|&|/", m["name"]):
            if n := normalise(part):
                out.add(n)
    return out


SIGNATURE_SPAN = 400  # characters after a closing in which its name lines stand


# A signature block without a closing: a name line ("Adam Barrett", "Vincent"), then a
# job title ("Internal Communications Officer | Communications"), then within a few lines
# a contact line or the organisation ("T: 0161 …", "Ribble & Mersey … Partnership").
_NAME_ONLY_RE = re.compile(
    rf"[{UPPER}][{LOWER}'’\-]{{1,20}}(?: [{UPPER}][{LOWER}'’\-]{{1,20}}){{0,2}}"
)
_CONTACT_LINE_RE = re.compile(r"@|www\.|(?:\d[ \t\-()]?){9,}")
_TITLE_SPLIT_RE = re.compile(r"[^a-z\-]+")
SHAPED_SIGNATURE_LINES = 6


@functools.lru_cache(maxsize=8)  # asked per body by the scan, zones() and signature_names
def shaped_signatures(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each signature block that opens with a bare name line and a
    job-title line under it, after a blank line, with a contact or organisation line
    below: the name is a staff member's, however the sender signed off."""
    out: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    for i, (start, raw) in enumerate(lines[:-1]):
        line = raw.strip(" >\t")
        if not line or len(line) > 40 or (i and lines[i - 1][1].strip(" >\t")):
            continue
        name = without_trailing_note(line).rstrip()  # "Amy Lee (she/her)"
        if not _NAME_ONLY_RE.fullmatch(name):
            continue
        title = lines[i + 1][1].strip(" >\t")
        if not title or len(title) > 80 or title.endswith(":"):
            continue
        if JOB_WORDS.isdisjoint(_TITLE_SPLIT_RE.split(title.lower())):
            continue
        block = [ln.strip(" >\t") for _s, ln in lines[i + 1 : i + SHAPED_SIGNATURE_LINES]]
        block = block[: block.index("")] if "" in block else block
        if not any(
            _CONTACT_LINE_RE.search(ln) or not ORG_WORDS.isdisjoint(ln.lower().split())
            for ln in block
        ):
            continue
        end_line = i + len(block)
        out.append((start, lines[end_line][0] + len(lines[end_line][1]), name))
    return tuple(out)


def signature_names(text: str) -> set[str]:
    """The first one or two non-empty lines after a closing ("Kind regards"), and the
    name of each signature block by its shape (shaped_signatures)."""
    out = {n for _s, _e, raw in shaped_signatures(text) if (n := normalise(raw))}
    for m in CLOSING_RE.finditer(text):
        # The next few lines only: splitting the rest of the text for every closing was
        # quadratic on a text of many closings.
        lines = [ln.strip(" >\t") for ln in text[m.end() : m.end() + SIGNATURE_SPAN].splitlines()]
        lines = [ln for ln in lines if ln][:2]
        for ln in lines:
            if len(ln) <= 40 and (n := normalise(ln)):
                out.add(n)
    return out


# The NER's answer for a text is the same every time, and the same lines recur
# from message to message (a team's sign-off, a quoted thread, a form's
# questions, the text and HTML copies of one body): a worker remembers the
# answers for short texts, by a digest of the text (the text itself is not kept),
# bounded in entries and in the length of a text worth keeping.
# An entity the NER found: its text, where it starts, and whether it said PERSON
# (False: a capitalised pair it called an organisation).
Entity = tuple[str, int, bool]
_NER_SEEN: OrderedDict[tuple[int, bytes], list[Entity]] = OrderedDict()
NER_MEMORY = 4096  # texts
NER_MEMORY_CHARS = 2000  # a longer text is run each time and not kept


def _digest(nlp: Language, text: str) -> tuple[int, bytes]:
    raw = text.encode("utf-8", "surrogatepass")
    return id(nlp), hashlib.blake2b(raw, digest_size=16).digest()


# spaCy's small model tags some people ORG ("call Clare Clarke on …"): a capitalised
# pair it calls an organisation is kept, and counts only where a person cue stands
# beside it (names_from_ner).
_PAIR_ONLY_RE = re.compile(rf"{_PAIR}")
# A word for contacting or meeting someone, right before a name.
_CONTACT_BEFORE_RE = re.compile(
    r"\b(?i:call|ring|phone|text|email|e-mail|contact|meet|met|see|saw|ask|tell|told|book)"
    r"[ \t]+$"
)


def _entity(raw: str, start: int, label: str) -> Entity | None:
    # An entity can run on over a line break ("Ann Lee\nPhone" from a form's
    # "Name: Ann Lee" line and the label under it): a name is within one line.
    raw = raw.split("\n", 1)[0]
    if not raw.strip():
        return None
    if label == "PERSON":
        return raw, start, True
    if label == "ORG" and any(_PAIR_ONLY_RE.fullmatch(part) for part in _SEPARATOR.split(raw)):
        return raw, start, False
    if label in _RUN_ON_LABELS and _SEPARATOR.search(raw):
        return raw, start, False  # "PR8433046 - Julian Foster": a name run on across a dash
    return None


# What the small model calls a name run into the words across a dash beside it.
_RUN_ON_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW", "NORP"})


def _run_on_names(nlp: Language, entities: list[Entity]) -> list[tuple[str, int]]:
    """Names inside an entity that crosses a separator ("Interview - Jean Williams",
    called ORG): each name-shaped part alone, where the NER calls it a PERSON."""
    parts: list[tuple[str, int]] = []
    for raw, at, person in entities:
        if person or not _SEPARATOR.search(raw):
            continue
        pos = 0
        for part in _SEPARATOR.split(raw):
            pos = raw.index(part, pos)
            if (
                _PAIR_ONLY_RE.fullmatch(part)
                and part.split()[-1].lower() not in NO_PERSONS_LAST_WORD
            ):
                parts.append((part, at + pos))
            pos += len(part)
    if not parts:
        return []
    found = ner_names(nlp, [p for p, _ in parts])
    return [
        (part, at)
        for (part, at), ents in zip(parts, found, strict=True)
        if any(person and raw == part for raw, _s, person in ents)
    ]


NER_BATCH = 32  # texts


def _batches(texts: list[str]) -> list[list[str]]:
    """The texts in batches of at most NER_BATCH texts and MAX_NER_PIECE characters (a
    batch is one set of arrays: its size, not the count of texts, is what costs memory)."""
    out: list[list[str]] = []
    size = 0
    for text in texts:
        if not out or len(out[-1]) >= NER_BATCH or size + len(text) > MAX_NER_PIECE:
            out.append([])
            size = 0
        out[-1].append(text)
        size += len(text)
    return out


def ner_names(nlp: Language, texts: list[str]) -> list[list[Entity]]:
    """PERSON entities per text, and the capitalised pairs the NER calls an
    organisation, as (raw text, start char, said PERSON)."""
    keys = {t: _digest(nlp, t) for t in texts if len(t) <= NER_MEMORY_CHARS}
    found = {t: _NER_SEEN[k] for t, k in keys.items() if k in _NER_SEEN}
    new = [t for t in dict.fromkeys(texts) if t not in found]  # a text twice: run once
    for batch in _batches(new):
        for text, doc in zip(batch, nlp.pipe(batch, batch_size=len(batch)), strict=True):
            found[text] = [
                ent for e in doc.ents if (ent := _entity(e.text, e.start_char, e.label_))
            ]
    for text, key in keys.items():
        _NER_SEEN[key] = found[text]
        _NER_SEEN.move_to_end(key)
    while len(_NER_SEEN) > NER_MEMORY:
        _NER_SEEN.popitem(last=False)
    return [found[t] for t in texts]


# Domain words that name no organisation: hosts, zones, freemail providers.
_GENERIC_DOMAIN_WORDS = frozenset(
    {"www", "mail", "co", "uk", "org", "com", "net", "gov", "gsi", "ac", "nhs", "sch", "ltd",
     "plc", "example", "gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud",
     "btinternet", "aol", "msn", "me", "sky", "virginmedia", "talktalk", "protonmail"}
)  # fmt: skip


def organisation_words(addresses: Iterable[str]) -> frozenset[str]:
    """The words of the mail's domains ("bridgeway", "support" from
    bridgeway-support.org.uk): a name made only of them is an organisation's."""
    words: set[str] = set()
    for address in addresses:
        domain = address.rpartition("@")[2].lower()
        words.update(w for w in re.split(r"[.\-]", domain) if len(w) > 2)
    return frozenset(words - _GENERIC_DOMAIN_WORDS)


def is_organisation(name: str, org_words: frozenset[str]) -> bool:
    return bool(org_words) and all(w in org_words for w in name.split())


def is_staff(name: str, staff: set[str]) -> bool:
    """A name is staff if it is a staff name, or the first name or surname of one."""
    if name in staff:
        return True
    words = name.split()
    for s in staff:
        sw = s.split()
        if len(words) == 1 and words[0] in sw:
            return True
        if len(sw) > len(words) >= 2 and sw[: len(words)] == words:
            return True  # "Bridgeway Plymouth" of the display name "Bridgeway Plymouth team"
        if len(words) >= 2 and len(sw) >= 2 and words[0] == sw[0] and words[-1] == sw[-1]:
            return True
    return False


def merge(names: Iterable[str]) -> list[str]:
    """Distinct people: partial names folded into the one full name they fit."""
    distinct = sorted(set(names), key=lambda n: (-len(n.split()), -len(n), n))
    has_full = any(len(n.split()) >= 2 for n in distinct)
    people: list[str] = []
    by_last: dict[str, list[list[str]]] = {}
    for n in distinct:
        words = n.split()
        if len(words) >= 2:
            first, last = words[0], words[-1]
            # "j smith" folds into "john smith" when that is the only fit.
            fits = [
                f
                for f in by_last.get(last, [])
                if f[0][0] == first[0] and (len(first) == 1 or f[0] == first)
            ]
            if len(fits) == 1:
                continue
            people.append(n)
            by_last.setdefault(last, []).append(words)
        elif not has_full:
            # A lone word beside full names is one of them, a nickname or a stray
            # word the NER tagged; counting it would double-count a person.
            people.append(n)
    return people


# Finding candidate names in text: cue words, name-shaped lines, form fields, and
# where the NER should look.
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
CAPITAL_PAIR_RE = re.compile(rf"\b[{UPPER}][{LOWER}]+\s+[{UPPER}][{LOWER}]+")
FORM_NAME_RE = LinePattern(
    r"[ \t]*(?:(?P<full>full\s+name|name|applicant'?s?\s+name|participant\s+name|claimant\s+name)"
    r"|(?P<sur>surname|last\s+name|family\s+name)|(?P<fore>first\s+names?|forenames?|given\s+names?))"
    r"[ \t]*:[ \t]*(?P<v>[^\n]{2,60})$",
    re.I,
)
PDF_NAME_RE = LinePattern(
    r"[ \t]*(?i:full\s+name|name|(?:claimant|participant|customer|applicant)'?s?\s+name)"
    r"[ \t]+(?P<v>[A-Z][a-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){1,2})[ \t]*$"
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
NAME_WORD = rf"[{UPPER}][{LOWER}]*+(?:(?:['\-][{UPPER}]?|[{UPPER}])[{LOWER}]++)*"
NAME_LINE_RE = re.compile(
    r"^(?:(?i:name)\s*:\s*)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
    rf"(?P<n>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})$"
)
TITLED_NAME_RE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?P<n>(?:[A-Z]\.?[ \t]+)?{NAME_WORD}(?:\s+{NAME_WORD})?)"
)
# A table cell that opens with a titled name ("Ms J. Sutton (FW-176136)").
TITLED_CELL_RE = re.compile(rf"[ \t]*+{TITLED_NAME_RE.pattern[2:]}(?![ \t]*[A-Za-z])")
# A list's line: a name, then perhaps a separator and the rest of its record ("Jo
# Bloggs - 07700 900123"). A system's export gives "SURNAME, Forename", and its next
# column after a gap of two spaces or more; that shape is a name's on its own, where a
# capitalised phrase before a gap ("Contract Review   10:00") is a heading.
_ROW_REST = r"(?:[ \t]*[,\t|–\-(][^\n]{0,60})?[ \t]*$"
_EXPORT_ROW_REST = r"(?:(?:[ \t]*[,\t|–\-(]|[ \t]{2,})[^\n]{0,60})?[ \t]*$"
NAME_ROW_RE = re.compile(
    r"^[ \t>*•\-]*(?:\d{1,4}[.)]?[ \t]+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
    rf"(?:(?P<n>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}){_ROW_REST}"
    rf"|(?P<sur>[{UPPER}][{UPPER}'’\-]{{1,30}}),[ \t]*(?P<fore>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)"
    rf"{_EXPORT_ROW_REST})"
)


def row_name(line: str) -> str | None:
    """The name a list's line opens with ("Jo Bloggs", "BLOGGS, Jo" as "Jo BLOGGS")."""
    m = NAME_ROW_RE.match(line)
    if m is None:
        return None
    return m["n"] or f"{m['fore']} {m['sur']}"


CUED_NAME_RE = re.compile(
    r"(?i:\b(?:referral\s+for|referring|referred|candidate|participant|claimant|customer|"
    r"applicant|client"
    # A record said to be someone's: "Budget for Sara Lowe", "the paperwork on Ian Hart".
    r"|(?:budget|affordability|plan|update|notes|review|report|assessment|paperwork|details"
    r"|forms?|cv|letter|travel|transport|adjustments|funding)\s+(?:for|on|about)"
    # a task or a reminder to contact someone: "Task: Call Sara Lowe re: …"
    r"|(?:task|action|to[ \t]?do|reminder)[ \t]*:[ \t]*(?:call|ring|phone|text|e-?mail|contact"
    r"|chase|visit|meet))\s+(?:called\s+|named\s+)?)"
    rf"(?P<n>{NAME_WORD}\s+{NAME_WORD})"
)
# "Caroline Scott's tenancy": a pair with a possessive is a person where the NER
# missed it, unless it ends a longer capitalised run ("Lace Market Lodge's").
POSSESSIVE_NAME_RE = re.compile(rf"(?<![\w'’])(?P<n>{NAME_WORD}[ \t]+{NAME_WORD})['’]s\b")
# A body's "Name: …" field line ("Participant: Ffion Rees"): the record's person.
FIELD_NAME_RE = re.compile(
    r"^[ \t>*•\-]*(?i:(?:full[ \t]+)?name|participant|client|customer|claimant|candidate)"
    rf"[ \t]*:[ \t]*(?P<n>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*$",
    re.M,
)
# A title naming whom the document is about ("Progress review: Zoe Davies").
# A meeting or a service for someone is titled the same way ("Home visit - Kyle Brown",
# "Reasonable adjustments - Amara Osei (ADHD)", a calendar event's or a shared file's
# title): the name ends the title, or comes before a bracket, an "@ time" or a comma.
TITLE_NAME_RE = re.compile(
    r"\b(?i:report|update|notes|plan|review|summary|profile|assessment|visit|appointment|"
    r"interview|induction|meeting|session|check-?in|referral|adjustments)[ \t]*[:\-–][ \t]*"
    rf"(?P<n>{NAME_WORD}[ \t]+{NAME_WORD})(?=[ \t]*+(?:$|[(@,]))",
    re.M,
)
# "Teresa Moore wants to …", "- Christopher Edwards: was …": a pair that opens a
# clause or a bullet and does what a person does, where the NER saw nobody.
SUBJECT_NAME_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[-•*][ \t]))(?P<n>{NAME_WORD}[ \t]+{NAME_WORD})"
    r"(?=(?:[ \t]*+:)?[ \t]++(?:wants|needs|has|had|was|is|told|said|mentioned|lives|"
    r"feels|felt|started|attended|missed|can't|cannot|won't|isn't|hasn't|wasn't|didn't|"
    r"doesn't)\b)",
    re.M,
)
_CAPITAL_WORD_BEFORE_RE = re.compile(rf"[{UPPER}][{LOWER}]*[ \t]+$")
# A form's or a note's label for someone other than its subject, or for a business.
ROLE_BEFORE_RE = re.compile(
    r"\b(?i:mentor|adviser|advisor|coach|key[ \t]?worker|case[ \t]?worker|case[ \t]+manager|"
    r"manager|supervisor|officer|referee|referrer|referred[ \t]+by|completed[ \t]+by|"
    r"prepared[ \t]+by|signed[ \t]+by|trading[ \t]+name|business[ \t]+name|company|employer|"
    r"provider|organi[sz]ation|agency|charity|programme|program|project|scheme|contract|"
    r"organi[sz]er|attendees?|speaker|facilitator|trainer|presenter|host|chair|led[ \t]+by|"
    # a CRM's task fields: who set the task, who owns it
    r"(?:assigned|created|raised|requested|updated|approved|logged)[ \t]+by|task[ \t]+owner)"
    r"(?i:s)?[ \t]*[:\-–|]?[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?$"  # "Facilitators:"
)
NUMBER_BEFORE_RE = re.compile(r"\d+[A-Za-z]?,?\s*$")
DOC_HEAD_FOR_NER = 300
MAX_NER_CHARS = 200_000  # per message
# A text for the NER, its offset in its chunk, the chunk's staff regions, its location.
NerJob = tuple[str, int, Regions, str]


@dataclass
class Names:
    """Candidate people names, where each was first seen."""

    where: dict[str, str] = field(default_factory=dict)

    def add(self, raw: str, location: str) -> None:
        n = normalise(raw)
        if n and n not in self.where:
            self.where[n] = location


# Between a street name and its postcode: only more address ("Carolyn Expressway\nLeeds
# LS6 2AB"). A lower-case word or a possessive there ("Cheryl Davis's certificate to 33
# Hope Estate, Bradford BD32 7EE") makes the words before it a person.
_PROSE_RE = re.compile(r"['’]s\b|\b[a-z]{2,}\b")
_ADDRESS_BEFORE_RE = re.compile(r"\d|,")  # a house number or an earlier address part


def _in_address(text: str, pos: int, end: int) -> bool:
    """``text[pos:end]`` is part of an address: a UK postcode follows it on its line,
    or on the next line after a short line, with nothing but address in between."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    postcode = contact.POSTCODE_RE.search(text, end, line_end)
    if postcode is not None:
        between = text[end : postcode.start()]
        if _PROSE_RE.search(between):
            return False
        # "South Shields NE33 9PS" is a town; "12 Hope St, South Shields, NE33 9PS" a part
        # of an address; "Home visit – Dylan Bates, NE33 2YX" a person and where they live.
        return not between.strip() or bool(_ADDRESS_BEFORE_RE.search(text, line_start, pos))
    if line_end - line_start <= 40:  # an address block's line, the postcode below it
        nxt = text.find("\n", line_end + 1)
        postcode = contact.POSTCODE_RE.search(text, line_end, len(text) if nxt == -1 else nxt)
        return postcode is not None and not _PROSE_RE.search(text, end, postcode.start())
    return False


def _cue_segments(text: str, regions: Regions, location: str, has_findings: bool) -> list[NerJob]:
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
        if CUE_RE.search(ln) or has_name_cue(ln) or (has_findings and CAPITAL_PAIR_RE.search(ln)):
            a = starts[i]
            b = starts[i + 1] + len(lines[i + 1]) if i + 1 < len(lines) else a + len(ln)
            if spans and a <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], b))
            else:
                spans.append((a, b))
    return [(text[a:b], a, regions, location) for a, b in spans]


def form_fields(text: str, location: str, names: Names) -> dict[str, str]:
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


def names_from_document(
    text: str,
    location: str,
    names: Names,
    ner_jobs: list[NerJob],
    kinds: list[DocKindFinding],
) -> None:
    """A form's name fields, a letter's addressee, a CV's heading."""
    fields = form_fields(text, location, names)
    letters = [k for k in kinds if k.kind.value.startswith("letter")]
    if letters:
        for m in GREETING_RE.finditer(text):
            names.add(m["name"], location)
        return
    if fields:
        return
    # A CV or report usually opens with its subject's name on a line of its own:
    # take it without the NER; fall back to the NER over the head otherwise.
    for line in [ln.strip() for ln in text[:DOC_HEAD_FOR_NER].splitlines() if ln.strip()][:3]:
        m = NAME_LINE_RE.match(line)
        if m and normalise(m["n"]):
            names.add(m["n"], location)
            return
    if any(where.startswith(location) for where in names.where.values()):
        return  # its tables already gave its subject ("Name | …"): the rest are others
    regions = staff_regions(text, letter=True)
    ner_jobs.append((text[:DOC_HEAD_FOR_NER], 0, regions, location))


def cue_jobs(text: str, regions: Regions, location: str, has_findings: bool) -> list[NerJob]:
    """Where the NER should look in a chunk of running text: lines with a
    claimant cue or a name cue, or every capitalised line of a chunk with
    findings. A chunk with none of them costs the NER nothing."""
    cued = has_findings or not CUE_WORDS.isdisjoint(words_of(text)) or has_name_cue(text)
    return _cue_segments(text, regions, location, has_findings) if cued else []


# Last words of an organisation's name, which the NER is right to call one.
ORG_WORDS = frozenset(
    {"foods", "food", "services", "solutions", "logistics", "care", "homes", "hotels", "hotel",
     "training", "support", "works", "partnership", "recruitment", "construction", "retail",
     "energy", "security", "facilities", "plastics", "parcels", "build", "academy", "bank",
     "council", "associates", "consulting", "systems", "industries", "holdings", "lodge",
     "partners", "trading", "transport", "foundation", "charity", "network", "hub", "press",
     "provision", "programme"}
)  # fmt: skip


_NOT_A_PERSONS_LAST_WORD = ORG_WORDS | PLACE_WORDS
NO_PERSONS_LAST_WORD = _NOT_A_PERSONS_LAST_WORD | JOB_WORDS  # a place, a business, a job


def _common_word(raw: str) -> bool:
    """A lone word the NER calls a person that the dictionary knows only as an ordinary
    word ("Agenda", "Remittance"): a heading, not a name, unless a person cue is beside
    it ("Hope is starting on Monday")."""
    return " " not in raw.strip() and common_words.is_common_word(raw)


def _person_cued(text: str, start: int, raw: str) -> bool:
    """A person cue beside the pair: a verb a person does after it ("Martyn Davies is
    staying at …"), or a word for contacting someone before it ("call Clare Clarke")."""
    if raw.split()[-1].lower() in _NOT_A_PERSONS_LAST_WORD:
        return False
    before = text[max(0, start - 40) : start]
    return bool(
        _CUE_AFTER_RE.match(text, start + len(raw))
        or _CUE_BEFORE_RE.search(before)
        or _CONTACT_BEFORE_RE.search(before)
    )


# The NER's memory grows with the length of the text it is given at once (a 110,000-
# character run is 14,000 tokens of arrays): a long job is given in pieces, cut at lines.
MAX_NER_PIECE = 20_000


def _pieces(job: NerJob) -> list[NerJob]:
    text, offset, regions, location = job
    if len(text) <= MAX_NER_PIECE:
        return [job]
    out: list[NerJob] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_NER_PIECE)
        if end < len(text):
            cut = text.rfind("\n", start + MAX_NER_PIECE // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append((text[start:end], offset + start, regions, location))
        start = end
    return out


def names_from_ner(nlp: Language, jobs: list[NerJob], names: Names) -> None:
    """Run the NER over the jobs, within MAX_NER_CHARS for the message (a hostile
    or huge message still counts by its structure), and add the PERSON entities
    that are not staff, children or street names to ``names``."""
    budget, kept = MAX_NER_CHARS, []
    for job in (piece for whole in jobs for piece in _pieces(whole)):
        if len(job[0]) <= budget:
            kept.append(job)
            budget -= len(job[0])
    if not kept:
        return
    for (text, offset, regions, location), found in zip(
        kept, ner_names(nlp, [t for t, *_ in kept]), strict=True
    ):
        # spaCy's small model misses some titled names ("Ms Teresa Leach").
        ents = [
            (raw, at)
            for raw, at, person in found
            if (person and not _common_word(raw)) or _person_cued(text, at, raw)
        ]
        ents += _run_on_names(nlp, found)
        ents += [
            (m["n"], m.start("n"))
            for rx in (TITLED_NAME_RE, CUED_NAME_RE, FIELD_NAME_RE)
            for m in rx.finditer(text)
        ]
        ents += [
            (m["n"], m.start("n"))
            for rx in (SUBJECT_NAME_RE, TITLE_NAME_RE)
            for m in rx.finditer(text)
            if m["n"].split()[-1].lower() not in _NOT_A_PERSONS_LAST_WORD  # "Menai Foods is"
        ]
        ents += [
            (m["n"], m.start("n"))
            for m in POSSESSIVE_NAME_RE.finditer(text)
            if not _CAPITAL_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        ]
        for raw, start in ents:
            if " " not in raw.strip() and raw.strip().isupper():
                continue  # "MAPPA", "DBS": a one-word acronym the NER took for a person
            if regions.contains(offset + start) or CHILD_BEFORE_RE.search(text[:start]):
                continue  # staff, or a child (reported by the children detector)
            line_before = text[max(text.rfind("\n", 0, start) + 1, start - 40) : start]
            if ROLE_BEFORE_RE.search(line_before):
                continue  # "Mentor: Jan Hunt", "Trading name  Hunt Cleaning": not the subject
            if NUMBER_BEFORE_RE.search(text[max(0, start - 8) : start]) or _in_address(
                text, start, start + len(raw)
            ):
                continue  # "14 Shaw Drive", "Carolyn Expressway\nLeeds LS6 2AB": an address
            if " " not in raw.strip() and _in_title_phrase(text, start, start + len(raw)):
                continue  # "the Ban the Box pledge", "Bank of England": a title's words
            if raw.split()[-1].lower() in _STREET_TYPES and _PLACE_PREPOSITION_RE.search(
                text, max(0, start - 10), start
            ):
                continue  # "meet at the staff entrance on Bath Lane": a street, whoever Lane is
            names.add(raw, location)


# A capitalised phrase joined by "the" or "of" ("Ban the Box", "Duke of Edinburgh"): the
# NER takes its single words for people; a name is not written inside one.
_TITLE_JOIN_AFTER_RE = re.compile(rf"[ \t]+(?:the|of)[ \t]+[{UPPER}]")
_TITLE_JOIN_BEFORE_RE = re.compile(rf"[{UPPER}][{LOWER}]+[ \t]+(?:the|of)[ \t]+$")


def _in_title_phrase(text: str, start: int, end: int) -> bool:
    return bool(
        _TITLE_JOIN_AFTER_RE.match(text, end)
        or _TITLE_JOIN_BEFORE_RE.search(text, max(0, start - 30), start)
    )


# Street types that are also surnames (Lois Lane, Benny Hill): a street only after a
# word for where ("on Bath Lane", "at Kings Court").
_STREET_TYPES = frozenset({"lane", "way", "court", "grove", "hill", "park", "place", "row", "walk"})
_PLACE_PREPOSITION_RE = re.compile(r"\b(?i:on|at|in|along|off|near|via|opposite)[ \t]+$")


def someone_else(
    rcpt_tos: list[str],
    identified: list[str],
    greeted: set[str],
    names_where: dict[str, str],
    cv_locations: list[str],
) -> list[str]:
    """Recipients the mail shows are not the person it is about: the greeted reader,
    whose name is in the address, is none of an attached CV's people ("Hi Owen" to
    owen.p1984@…, with Martha's CV to print for her)."""
    # Every name an attached CV gives (its owner, referees), staff or not: a CV sent to
    # its owner greets one of them. A CV pasted in the body shares the body's names.
    cvs = tuple(where for where in cv_locations if where.startswith("attachment"))
    owners = {n.split()[0] for n, where in names_where.items() if cvs and where.startswith(cvs)}
    readers = {g.split()[0] for g in greeted if g and len(g.split()[0]) >= 3} - owners
    if not owners or not readers:
        return []
    mine = {a.lower() for a in identified}
    out = []
    for address in rcpt_tos:
        local = re.sub(r"[^a-z]+", " ", address.lower().partition("@")[0])
        if address.lower() not in mine and any(g in local for g in readers):
            out.append(address)
    return out
