"""Person names: PERSON entities from spaCy's NER, normalised and merged, with
staff left out.

Normalising drops titles, possessives and case; merging folds a lone first name
or surname, or an initial plus surname, into the one full name it belongs to.
Staff (sender, recipients, greeting and signature names) are not data subjects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language

from detectors.context import CLOSING_RE, GREETING_RE

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "master", "rev", "madam"}
# Words spaCy's small model sometimes tags PERSON that are never names here.
NOT_NAMES = {
    "universal", "credit", "jobcentre", "plus", "dwp", "nino", "dob", "cv", "regards", "kind",
    "best", "thanks", "dear", "hi", "hello", "team", "manager", "adviser", "advisor", "ltd",
    "limited", "plc", "council", "nhs", "jsa", "esa", "pip", "benefit", "allowance", "the",
    "curriculum", "vitae", "employment", "support", "work", "health", "programme", "mailgate",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "references", "education", "skills", "profile", "interview",
    "address", "email", "phone", "mobile", "tel", "date", "birth", "name", "surname", "sort",
    "code", "account", "ref", "reference", "form", "letter", "report", "story", "news",
}  # fmt: skip
# Last words that make a capitalised pair a place or an organisation.
PLACE_WORDS = {
    "road", "rd", "street", "avenue", "ave", "close", "drive", "crescent", "gardens", "terrace",
    "mews", "flat", "studio", "station", "college", "school", "university", "inc", "llc", "ltd",
    "plc", "group", "house", "centre", "center", "hospital", "trust", "via", "passage", "corners",
    "fords", "shores", "burgs", "lights", "extension", "junction", "junctions", "motorway",
    "crest", "trail", "spurs", "vista", "prairie", "mall", "route", "rue", "stravenue",
    "causeway", "expressway", "turnpike", "oval", "locks", "mills", "square", "parade",
}  # fmt: skip
_NAME_WORD = re.compile(r"^[A-Za-z][A-Za-z'\-]*\.?$")

# Where prose names the person a message is about: a capitalised pair after a
# word that introduces a person ("about Sarah Khan", "Re: Daniel Price",
# "candidate: Tom Hughes"), or followed by a possessive or a verb a person does
# ("Sarah Khan's", "Ellie Chadwick is 40", "Tom Hughes missed…"). The scan runs
# the NER only on lines with such a cue, so clean mail stays cheap; the NER
# still decides what is a name.
# Smith, McKay, O'Brien, Smith-Jones; starting with a plain capital keeps the scan fast.
_CAP = r"[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
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
    r"passed|failed|works|worked|applied)\b"
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
    "Danny Stevenson - sort code"): the name is the part before it."""
    parts = _SEPARATOR.split(raw.strip())
    if len(parts) > 1:
        return _normalise(parts[0])
    return _normalise(raw)


def _normalise(raw: str) -> str | None:
    text = re.sub(r"['’]s\b", "", raw.strip())
    text = re.sub(r"[,;:()\"<>\[\]]", " ", text)
    words = [w.strip(".").lower() for w in text.split()]
    words = [w for w in words if w and w not in TITLES]
    if not 1 <= len(words) <= 4:
        return None
    if any(not _NAME_WORD.match(w) or w in NOT_NAMES for w in words):
        return None
    if all(len(w) == 1 for w in words) or words[-1] in PLACE_WORDS:
        return None
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


def greeting_names(text: str) -> set[str]:
    out = set()
    for m in GREETING_RE.finditer(text):
        for part in re.split(r"\s+and\s+|&|/", m["name"]):
            if n := normalise(part):
                out.add(n)
    return out


def signature_names(text: str) -> set[str]:
    """The first one or two non-empty lines after a closing ("Kind regards")."""
    out = set()
    for m in CLOSING_RE.finditer(text):
        lines = [ln.strip(" >\t") for ln in text[m.end() :].splitlines()]
        lines = [ln for ln in lines if ln][:2]
        for ln in lines:
            if len(ln) <= 40 and (n := normalise(ln)):
                out.add(n)
    return out


def ner_names(nlp: Language, texts: list[str]) -> list[list[tuple[str, int]]]:
    """PERSON entities per text, as (raw text, start char)."""
    out = []
    for doc in nlp.pipe(texts, batch_size=32):
        out.append([(e.text, e.start_char) for e in doc.ents if e.label_ == "PERSON"])
    return out


def is_staff(name: str, staff: set[str]) -> bool:
    """A name is staff if it is a staff name, or the first name or surname of one."""
    if name in staff:
        return True
    words = name.split()
    for s in staff:
        sw = s.split()
        if len(words) == 1 and words[0] in sw:
            return True
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
