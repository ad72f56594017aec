"""Whom a special-category, benefit or child finding is about: someone, or nobody.

RULES.md: those words count as claimant data only where the message says them about
someone it identifies. The same words in a signature, a legal or confidentiality
disclaimer, a wellbeing footer, a newsletter, a job advert, a policy or published rates
are about nobody; so is a negated or hypothetical mention ("no criminal record", "if you
have a health condition, tell us").

``Attribution(text, in_document, names).nobody_reason(start, end)`` answers for one
finding at ``text[start:end]``: ``None`` when it may be about a person, else why it is
about nobody (``"disclaimer"``, ``"signature"``, ``"general"`` — a text that refers to no
person at all —, ``"negated"``, ``"hypothetical"``, ``"duties"`` — work done for
others). It errs toward "someone": a missed disclaimer costs an encryption, a missed
person a leak.

Identifiers (NINO, DOB, bank details) are never asked: they always count.

Every pattern here is a plain alternation of literals or has bounded repeats, so it runs
in linear time on any input.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from negspacy.termsets import termset

from detectors import contact, doc_kinds, people, textfacts
from detectors import tables as form_tables
from detectors.context import GREETING_RE, SHORT_CLOSINGS, Regions, staff_name_lines
from detectors.lines import LinePattern
from detectors.model import (
    ATTRIBUTED,
    LINE_SOURCES,
    LOCATION_SEP,
    SPECIAL_CATEGORIES,
    Category,
    Chunk,
    DocKindFinding,
    Finding,
)
from detectors.special import inflections
from detectors.textfacts import has_as_words

# Parts a staff member writes: their "I" is staff, and their sign-off a signature.
BODY_TEXT_SOURCES = {"body", "subject"}

# --- zones -------------------------------------------------------------------------

# A paragraph holding one of these is legal or footer boilerplate, whatever else it says.
DISCLAIMER_RE = re.compile(
    r"intended (?:solely )?(?:only )?for the (?:use of the )?(?:named )?(?:addressee|recipient)"
    r"|intended recipient|received this (?:e-?mail|message|communication) in error"
    r"|if you are not the (?:named |intended )?(?:addressee|recipient)"
    r"|(?:e-?mail|message)(?: and any (?:files|attachments))? (?:is|are|may be|may contain)"
    r" (?:strictly )?(?:confidential|privileged|protected)"
    r"|registered in england|registered office|registered charity|company (?:registration )?no"
    r"|company number|charity (?:no|number)|privacy (?:notice|policy)|unsubscribe"
    r"|views (?:or opinions )?expressed|accept(?:s)? no (?:liability|responsibility)"
    r"|does not accept (?:any )?(?:liability|responsibility)|may be monitored|are monitored"
    r"|(?:uk )?gdpr|data protection act|special categor(?:y|ies) (?:of )?(?:personal )?data"
    r"|samaritans|if you(?:'re| are) struggling|employee assistance programme"
    r"|(?:support|help) ?line (?:is )?(?:open|available|on|free)|text shout|call 116 ?123"
    r"|disability confident|equal opportunit(?:y|ies) employer|mindful employer"
    # Welsh: registered charity, limited company, registered office, registered in Wales
    r"|elusen gofrestredig|cwmni cyfyngedig|swyddfa gofrestredig|cofrestredig yng nghymru",
    re.I,
)
# Where a sender's sign-off starts: what follows, to the next quoted message, is the
# signature block (names, job titles, "Mental Health First Aider", office addresses).
SIGN_OFF_RE = LinePattern(
    rf"[ \t]*+(?:--[ \t]*|{SHORT_CLOSINGS}|sent from my \w+)[ \t]*[,.!]?[ \t]*$", re.I
)
# Where a quoted or forwarded message starts: a signature block ends there.
QUOTE_START_RE = LinePattern(
    r"[ \t>]*(?:-{2,}[ \t]*(?:original|forwarded) message[ \t]*-{2,}|from:[ \t]"
    r"|on .{1,200} wrote:)",
    re.I,
)
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
MAX_SIGNATURE = 1500  # characters: a sign-off followed by more than this is not a signature


@dataclass(frozen=True, slots=True)
class Zones:
    """Boilerplate ranges of one text: disclaimers and signatures, each list sorted and
    merged, so a look-up is a binary search however many there are."""

    disclaimers: tuple[tuple[int, int], ...] = ()
    signatures: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        return sorted(
            [(s, e, "disclaimer") for s, e in self.disclaimers]
            + [(s, e, "signature") for s, e in self.signatures]
        )

    def reason_at(self, pos: int) -> str | None:
        for why, spans in (("disclaimer", self.disclaimers), ("signature", self.signatures)):
            i = bisect_right(spans, (pos, float("inf"))) - 1
            if i >= 0 and spans[i][0] <= pos < spans[i][1]:
                return why
        return None


def paragraphs(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for m in PARAGRAPH_BREAK_RE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


# Words without which DISCLAIMER_RE cannot match: its alternation has no common prefix,
# so it is tried only on paragraphs that hold one of them (10x on a long clean body).
_DISCLAIMER_KEYS = (
    "intended", "received this", "if you are not", "confidential", "privileged", "protected",
    "registered", "company no", "company registration", "company number", "charity no",
    "charity number", "privacy", "unsubscribe", "expressed", "liability", "responsibility",
    "monitored", "gdpr", "data protection", "special categor", "samaritans", "struggling",
    "employee assistance", "line", "shout", "116", "disability confident", "equal opportunit",
    "mindful employer",
)  # fmt: skip


@functools.lru_cache(maxsize=8)  # zones() asks once per (text, is_body)
def _cue_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs that hold a word some disclaimer cue needs."""
    lowered = textfacts.lowered(text)
    keys = [k for k in _DISCLAIMER_KEYS if k in lowered]
    if not keys:
        return []
    spans = list(paragraphs(text))
    starts = [s for s, _e in spans]
    wanted: set[int] = set()
    for key in keys:
        pos = lowered.find(key)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            wanted.add(i)
            pos = lowered.find(key, spans[i][1] if spans[i][1] > pos else pos + 1)
    return [spans[i] for i in sorted(wanted)]


@functools.lru_cache(maxsize=16)  # asked for by the scan (contacts) and by attribute()
def zones(text: str, is_body: bool, staff: tuple[str, ...] = ()) -> Zones:
    """The disclaimer paragraphs of ``text`` and, in a message body, its signature blocks:
    from a sign-off, a signature block by its shape, or a line that is just a staff
    member's name (``staff``: lower-case full names from the headers), to the next quoted
    message."""
    disclaimers: list[tuple[int, int]] = []
    for s, e in _cue_paragraphs(text):
        cue = DISCLAIMER_RE.search(text, s, e)
        if cue:
            # From the sentence that says it (HTML and pasted text often have no blank
            # lines, so the paragraph may hold the message itself) to the paragraph's end;
            # from the paragraph's start where it is plainly a footer's.
            start = sentence_bounds(text, cue.start(), cue.end())[0]
            if _footer_paragraph(text, s, disclaimers):
                start = s
            elif (label := _notice_line(text, s, start)) is not None:
                start = label  # "DISCLAIMER: …" on a line of its own (HTML <p>s, no gaps)
            disclaimers.append((start, e))
    signatures = []
    if is_body:
        quotes = [m.start() for m in QUOTE_START_RE.finditer(text)] + [len(text)]
        starts = [(m.start(), m.end()) for m in SIGN_OFF_RE.finditer(text)]
        starts += [(s, e) for s, e, _name in people.shaped_signatures(text)]
        for start, end in sorted(starts + staff_name_lines(text, staff)):
            i = bisect_right(quotes, end)
            stop = quotes[i] if i < len(quotes) else len(text)  # a sign-off ends the text
            if stop - start <= MAX_SIGNATURE:
                signatures.append((start, stop))
    return Zones(tuple(_merge(disclaimers)), tuple(_merge(signatures)))


# A line that only draws a rule ("____", "-----", "=====", "* * *"): a footer follows it.
RULE_LINE_RE = re.compile(r"[ \t]*+(?:[_\-=*~–—•·][ \t]?){4,}[ \t]*+$")
# A paragraph that calls itself a notice ("DISCLAIMER:", "Confidentiality notice -").
NOTICE_LABEL_RE = re.compile(
    r"[ \t>*]*+(?:e-?mail[ \t]+)?(?:disclaimer|confidentiality(?:[ \t]+(?:notice|statement))?"
    r"|(?:legal|important|privacy)[ \t]+(?:notice|statement|information))\b[ \t]*[:\-–—]",
    re.I,
)


def _notice_line(text: str, start: int, end: int) -> int | None:
    """Where a line between ``start`` and ``end`` opens with a notice label or follows a
    rule line: the footer starts there (the first such line)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        if NOTICE_LABEL_RE.match(text, pos, line_end):
            return pos
        if RULE_LINE_RE.fullmatch(text, pos, line_end) and nl >= 0:
            return nl + 1
        if nl < 0:
            return None
        pos = nl + 1
    return None


def _footer_paragraph(text: str, start: int, earlier: list[tuple[int, int]]) -> bool:
    """Whether the paragraph at ``start`` is wholly boilerplate: it opens with a rule
    line or a notice label, stands right under a rule line, or right under another
    disclaimer paragraph (a footer's second paragraph)."""
    first_end = text.find("\n", start)
    first = text[start : len(text) if first_end < 0 else first_end]
    if RULE_LINE_RE.match(first) or NOTICE_LABEL_RE.match(first):
        return True
    before = text[max(0, start - 300) : start].rstrip()
    if earlier and not text[earlier[-1][1] : start].strip():
        return True
    last_line = before[before.rfind("\n") + 1 :]
    return bool(last_line) and bool(RULE_LINE_RE.match(last_line))


MAX_CONTACT_DISCLAIMER = 2500  # characters: longer is likely to hold the message too


def legal_footers(text: str) -> tuple[tuple[int, int], ...]:
    """Disclaimer paragraphs short enough to be only that: their phone numbers and
    addresses (a wellbeing line, a registered office) are the organisation's."""
    return tuple(
        (s, e) for s, e in zones(text, False).disclaimers if e - s <= MAX_CONTACT_DISCLAIMER
    )


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# --- about a person ----------------------------------------------------------------

# Words that refer to one person. In a message body "I"/"my" is the sender (staff), so
# only a document (a CV, a claimant's own letter or form) counts them. A pronoun beside
# a slash is a declaration or a template's ("Pronouns: he/him", "his/her"), no one's.
# "Miss" is a title only before a name ("a near miss", "miss the deadline" are not).
PERSON_RE = re.compile(
    r"(?<!/)\b(?:he|she|him|his|hers|himself|herself|he's|she's|mr|mrs|ms|mx"
    r"|miss(?=\.?[ \t]+(?-i:[A-Z]))"
    r"|(?:my|our|the|this|that|your) (?:client|participant|claimant|customer|candidate"
    r"|applicant|service user|young person|jobseeker|learner|referral|tenant|son|daughter"
    r"|partner|husband|wife)|(?:client|participant|claimant|customer|candidate|learner)"
    r" (?:is|was|has|had|says|said|told|reports|reported|disclosed|mentioned|attends|takes))\b"
    r"(?!/)",
    re.I,
)
# "her" alone is a person too, but also "her" in "Her Majesty's": kept simple.
HER_RE = re.compile(r"(?<!/)\bher\b(?!/)", re.I)
# A payment detail said to "you" ("your UC will be reduced by …") is about the reader.
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|you're|you've)\b", re.I)
YOUR_RE = re.compile(r"\byour\b", re.I)
# "your" right before what a finding names ("your Universal Credit", "your new UC"):
# the greeted reader's own, however conditional the sentence ("if you take the job …").
_YOURS_BEFORE_RE = re.compile(r"\byour(?:[ \t]+(?:new|current|own|monthly|weekly))?[ \t]+$", re.I)
FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|myself)\b", re.I)
# A label and its value on one line ("Health conditions: asthma"): a record's field.
# A form's question and its answer on one line ("Any convictions?  Yes - 2018") too.
FIELD_LINE_RE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z0-9 /()&'-]{0,60}[:|\t?][ \t]*\S", re.M)
SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n[ \t]*\n|\n(?=[ \t]*[-•*\d])")
# A condition put to anyone ("if you have…") or said of a group of people, not of one
# ("applicants with unspent convictions", "people in recovery", "those affected by…").
HYPOTHETICAL_RE = re.compile(r"\b(?:if|whether|should you|in case)\b", re.I)
# A question a leaflet or a poster asks anyone ("Worried about your drinking?"), at the
# sentence's start or after a colon or an opening quote.
APPEAL_RE = re.compile(
    r"(?:^|[:'\"‘“(])[ \t]*+"
    r"(?i:worried|concerned|anxious|struggling|affected|living|coping|fed\s+up|think)"
    r"\b[^.?!\n]{0,60}\byour\b[^.?!\n]{0,80}\?"
)
# A condition said of a kind of people, not of someone: "anyone with …", "people in
# recovery from …", "no one is refused because of …", "Employers: when to ask about …".
GROUP_RE = re.compile(
    r"\b(?:anyone|anybody|nobody|no one|everyone|everybody|employers"
    r"|(?:any|every|each)\s+(?:[\w-]+\s+){0,2}?(?:participant|person|one|customer|claimant"
    r"|client|learner|candidate|applicant|jobseeker|individual|employee|member)"
    r"\s+(?:with|who|in|from|affected by|living with|experiencing|facing|recovering from)"
    r"|(?:any|all|those|people|persons|applicants|candidates|participants|customers|claimants"
    r"|clients|learners|individuals|adults|residents|jobseekers|service users|families|parents"
    r"|employees|workers|staff|students|veterans|offenders|ex-offenders|young people)"
    r" (?:with|who|in|on|from|affected by|living with|experiencing|facing|recovering from"
    r"|leaving))\b",
    re.I,
)
# "… prison leavers", "… care leavers": the term names a group.
LEAVERS_AFTER_RE = re.compile(r"[ \t]+leavers\b", re.I)

_NEG = termset("en").get_patterns()
# NegEx's cue words (negspacy's English termset) that deny a condition, not an ability
# ("cannot work because of her depression" is about her depression): a cue negates a
# term at most three words after it, within the same clause.
_NOT_DENIALS = {"cannot", "can't", "cant", "couldn't", "couldnt", "declined", "doubt",
                "versus", "symptoms atypical", "not demonstrate"}  # fmt: skip
NEGATION_CUES = frozenset(w.lower() for w in _NEG["preceding_negations"]) - _NOT_DENIALS
PSEUDO_NEGATIONS = tuple(w.lower() for w in _NEG["pseudo_negations"])
TERMINATION = frozenset(w.lower() for w in _NEG["termination"]) | {"and", ";"}
NEGATION_WINDOW = 3
_WORD_RE = re.compile(r"[a-z']+|;")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: to the previous and next full stop,
    blank line or list bullet (at most 600 characters either way)."""
    lo = max(0, start - 600)
    s = lo
    for m in SENTENCE_END_RE.finditer(text, lo, start):
        s = m.end()
    m = SENTENCE_END_RE.search(text, end, min(len(text), end + 600))
    return s, (m.start() + 1 if m else min(len(text), end + 600))


def negated(text: str, start: int, sentence_start: int) -> bool:
    """NegEx, preceding cues: a denial within three words before the term, with no
    clause break ("but", "however", "and", ";") between."""
    before = text[max(sentence_start, start - 120) : start].lower()
    if any(p in before for p in PSEUDO_NEGATIONS):
        return False
    words = _WORD_RE.findall(before)[-NEGATION_WINDOW:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in TERMINATION:
            return False
        if w in NEGATION_CUES or (i > 0 and f"{words[i - 1]} {w}" in NEGATION_CUES):
            return True
    return False


# Work done for other people ("administering medication to residents", "supporting
# clients with mental health needs"): a CV's duties, not its owner's conditions. Not
# "managed" ("I have managed epilepsy for years" is the owner's own).
# A person the text says is made up ("a fictional participant, 'Alex'", "'Sam'
# (fictional)", "imagine a participant tells you …"): a training scenario or an
# example, about nobody.
FICTION_RE = re.compile(
    r"\b(?:fictional|fictitious|imaginary|made[- ]up|hypothetical|composite"
    r"|not[ \t]+(?:about[ \t]+)?a[ \t]+real[ \t]+person|no[ \t]+real[ \t]+(?:person|people)"
    # a pseudonym: "'Alex' (not their real name)", "names have been changed"
    r"|not[ \t]+(?:his|her|their|my|our)[ \t]+real[ \t]+name|pseudonym"
    r"|names?[ \t]+(?:has|have)[ \t]+been[ \t]+changed"
    # a scenario set up for practice: "imagine a participant tells you …"
    r"|(?:imagine|suppose|pretend)[ \t]+(?:that[ \t]+)?(?:a|an|you|someone|somebody))\b",
    re.I,
)
INTRO_REACH = 300  # characters: the sentence that introduces a quoted scenario


def _introduced_as(pattern: re.Pattern[str], text: str, sentence_start: int) -> bool:
    """The sentence before is an introduction ending in a colon that says what follows
    ("here is the case study (details changed, no real person):" over the quote)."""
    before = text[max(0, sentence_start - INTRO_REACH) : sentence_start].rstrip(" \t\n\"'“‘")
    if not before.endswith(":"):
        return False
    lo = 0
    for m in SENTENCE_END_RE.finditer(before, 0, len(before) - 1):
        lo = m.end()
    return pattern.search(before, lo) is not None


# Said to be anonymised: nobody the reader could identify ("the anonymised case study").
ANONYMISED_RE = re.compile(r"\banonymi[sz](?:ed|ation)\b", re.I)


# A share or a count of a population beside the term ("barrier (38%)", "81% 12% 7% 402",
# "n = 118"): a statistic, not one person's detail.
AGGREGATE_RE = re.compile(r"\d(?:[.,]\d+)?[ \t]?%|\bn[ \t]?=[ \t]?\d")
AGGREGATE_REACH = 80  # characters after the term (a PDF table wraps its row below)
# A share of people before the term, saying what they reported ("27% reported symptoms
# of anxiety", "12% of learners have a disability"): a statistic. A bare percentage
# before the term is not enough ("attendance 60%, missed sessions with anxiety").
SHARE_BEFORE_RE = re.compile(
    r"\d(?:[.,]\d+)?[ \t]?%[ \t]+(?:of[ \t]+(?:[\w-]+[ \t]+){0,3}?)?"
    r"(?:reported|report|told|tell|said|say|disclosed|disclose|declared|declare|identified"
    r"|identify|cited|cite|have|had|has|were|are|experienced|experience|described|describe"
    r"|mentioned|live|lived|named)\b",
    re.I,
)
# A question about a kind of person, not about one ("Thinking about an employee with a
# health condition?", "Do you have a participant who needs …?"): put to anyone.
INDEFINITE_PERSON_RE = re.compile(
    r"\b(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:participant|person|customer|claimant|client"
    r"|learner|candidate|applicant|jobseeker|individual|employee|worker|member[ \t]+of[ \t]+staff"
    r"|staff[ \t]+member|tenant|young[ \t]+person|colleague)[ \t]+(?:with|who)\b",
    re.I,
)
# What an organisation holds, collects or asks about, said of data, not of anyone
# ("We don't hold data on ethnicity", "we collect information about disability").
DATA_HELD_RE = re.compile(
    r"\b(?:hold|holds|held|keep|keeps|kept|collect|collects|collected|record|records|recorded"
    r"|store|stores|stored|process|processes|processed|ask[ \t]+for|asks[ \t]+for|publish"
    r"|publishes|published|monitor|monitors)[ \t]+(?:any[ \t]+|no[ \t]+)?(?:data|information"
    r"|details|records|figures|statistics)[ \t]+(?:on|about|of|relating[ \t]+to)[ \t]+"
    r"(?:[\w'’]+[ \t]+){0,2}$",
    re.I,
)
# An amount stated for a kind of claimant ("£400.14 a month for a single person aged
# 25 or over"): a published rate, no one's payment.
RATE_FOR_RE = re.compile(
    r"\b(?:for|per)[ \t]+(?:a|an|each|every)[ \t]+(?:single[ \t]+)?(?:person|claimant"
    r"|couple|adult|household|individual|child)\b",
    re.I,
)
# The term names a campaign, a course or a season, not anyone's condition or faith
# ("Mental Health Awareness Week", "Mental Health First Aid", "Ramadan began on …").
EVENT_AFTER_RE = re.compile(
    r"[ \t]+(?:awareness|first[ \t]+aid(?:ers?)?|week|month|began|begins|starts|started|ends"
    r"|ended|runs|ran)\b",
    re.I,
)
# Special categories named side by side ("never: health, criminal records, ethnicity,
# religion"): a list of the categories themselves, as a policy or a form's guidance
# gives it.
LISTED_CATEGORIES = 3

DUTY_RE = re.compile(
    # "Support plan", "the assessment records a history of …": a record, not a duty.
    r"\b(?:administer(?:ed|ing|s)?|dispens(?:e|ed|es|ing)|prompt(?:ed|ing|s)?"
    r"|support(?:ed|ing|s)?(?![ \t]+(?:plan|needs|notes|summary))"
    r"|car(?:e|ed|es|ing) for|assist(?:ed|ing|s)?|help(?:ed|ing|s)?|provid(?:e|ed|es|ing)"
    r"|record(?:ed|ing|s)?(?![ \t]+(?:a|an|his|her|their)[ \t]+(?:history|past|diagnosis))"
    r"|deliver(?:ed|ing|s)?|train(?:ed|ing)? (?:in|on)|awareness|first aid"
    r"|worked with|working with|residents?|patients?|service users|clients|pupils|tenants"
    # a post in care, named in a CV's or an advert's work history ("Care Assistant,
    # Elm Bank Residential Home (2019-2021)\n personal care, medication rounds")
    r"|care (?:assistant|worker|home)|carer|residential|nursing home|support worker"
    r"|healthcare assistant|pharmacy|dispensary"
    r"|people (?:with|who|living)|adults (?:with|who))\b",
    re.I,
)
_OWN_RE = re.compile(r"\b(?:my|his|her|their|own)\W+(?:\w+\W+)?$", re.I)


# A body's first person is the staff member writing: their own condition, said with
# "my" right before it ("my knee operation", "my own anxiety") or "I have/I've got …".
_SENDERS_OWN_RE = re.compile(
    r"(?:\bmy(?:\s+own)?|\bi(?:['’]ve|\s+have)(?:\s+got)?|\bi['’]m\s+having|\bi\s+had)\s+"
    r"(?:(?:a|an|the|bad|new|recent|old|little|long-term)\s+)?$",
    re.I,
)


# What a course or a session teaches ("Covers: spotting signs of anxiety", "drop-in
# sessions on low mood"): about nobody, where the sentence names no one.
TRAINING_RE = re.compile(
    r"\b(?:covers|covering|spotting signs|recognising signs|awareness of|topics?"
    r"|(?:workshop|course|session|module|webinar|training|drop-in|surgery|clinic)s?"
    r" (?:on|about|covering|for)"
    # a talk or a leaflet, as a thing ("your talk to our job club about …"), not the verb
    # ("will join to talk about managing the psychosis")
    r"|(?:a|an|the|your|our|this|that)[ \t]+(?:talk|presentation|briefing|leaflet|factsheet"
    r"|guide)s?(?:[ \t]+[\w'’]+){0,5}?[ \t]+(?:on|about|covering))\b",
    re.I,
)

# "She has been under my care for depression": a clinician's patient, not a duty.
_UNDER_CARE_RE = re.compile(r"\bunder\s+(?:\w+\s+){0,2}care\b", re.I)


def about_others(text: str, start: int, sentence_start: int) -> bool:
    """The term stands in a description of work for others, with no one's own
    ("my", "his") right before it."""
    before = text[max(sentence_start, start - 160) : start]
    duties = [m.end() for m in DUTY_RE.finditer(before)]
    return (
        bool(duties)
        and not _OWN_RE.search(before)
        and not _UNDER_CARE_RE.search(before)
        # "wants the first aid course but mentioned the seizures", "… his last fit": after
        # the work, someone tells of their own.
        and not _TELLS_RE.search(before, duties[-1])
        and not _OWN_TERM_RE.match(text, start)
    )


_TELLS_RE = re.compile(
    r"\b(?:mentioned|told|disclosed|said|says|admitted|explained|he|she|his|her|him)\b", re.I
)
_OWN_TERM_RE = re.compile(r"(?:his|her|their|my)\b", re.I)


# A form's answer that says the asked-about thing is absent.
NEGATIVE_ANSWERS = frozenset(
    {"no", "none", "n/a", "na", "nil", "-", "–", "no.", "none.", "none declared", "nothing",
     "not applicable", "prefer not to say", "no thanks", "false", "☐", "[ ]", "x no", "no ☒"}
)  # fmt: skip
_ANSWER_SEP_RE = re.compile(r"[?:\t|]")
# "No - none declared", "none known", "no, nothing to declare"
_NO_DECLARED_RE = re.compile(
    r"(?:no|none)(?:[ .,;:\-–]+(?:none|nothing|declared|known|disclosed|to|declare))*[ .]*"
)


def answered_no(text: str, start: int, end: int) -> bool:
    """A form question holding the term, answered no on its line or in its next cell:
    "Any unspent convictions?  No", "Health condition or disability<TAB>None"."""
    line_end = text.find("\n", end, end + 300)
    rest = text[end : line_end if line_end >= 0 else min(len(text), end + 300)]
    sep = _ANSWER_SEP_RE.search(rest)
    if sep is None:
        return _answered_no_below(text, end)
    answer = rest[sep.end() :].strip(" \t:?|").lower()
    if not answer:
        return _answered_no_below(text, end)  # "…a\ndisability?\nNo": answered below
    first = re.split(r"[\t|]", answer, maxsplit=1)[0].strip()
    return first in NEGATIVE_ANSWERS or bool(_NO_DECLARED_RE.fullmatch(first))


# What a blank form leaves in a field: nothing, a line to write on, boxes to tick.
_PLACEHOLDER_RE = re.compile(
    r"[\s_\-–./()\[\]☐□]*|\(?\s*(?:y\s*/\s*n|yes\s*/\s*no|yes\s+no)\s*\)?", re.I
)


def unanswered(table_text: str, pos: int) -> bool:
    """The term stands in a row's label cell, and every other cell of that row is
    empty or a placeholder: a blank form's question, about nobody."""
    start = table_text.rfind("\n", 0, pos) + 1
    end = table_text.find("\n", pos)
    cells = table_text[start : end if end >= 0 else len(table_text)].split("\t")
    if len(cells) < 2 or pos - start > len(cells[0]):
        return False  # the term is not in the row's first cell
    return all(_PLACEHOLDER_RE.fullmatch(c.strip()) for c in cells[1:])


# Prose after a heading ("SAFEGUARDING: This mailbox is not monitored. If you…"): more
# than one sentence on the line is a paragraph under a label, not a record's field.
_NEXT_SENTENCE_RE = re.compile(r"[.!?][ \t]+[A-Z]")


QUESTION_WRAP = 200  # characters a form's question may run on for, over its lines


def _answered_no_below(text: str, end: int) -> bool:
    """A question wrapped over lines (as a PDF renders a form) whose answer is the line
    under its question mark: "Do you have a disability or health\ncondition …?\nNo"."""
    mark = text.find("?", end, end + QUESTION_WRAP)
    if mark < 0:
        return False
    nxt = text.find("\n", mark)
    if nxt < 0 or text[mark + 1 : nxt].strip():
        return False  # the question mark does not end its line
    line_end = text.find("\n", nxt + 1)
    answer = text[nxt + 1 : line_end if line_end >= 0 else len(text)].strip(" \t:").lower()
    return answer in NEGATIVE_ANSWERS or bool(_NO_DECLARED_RE.fullmatch(answer))


def _field_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a "Label: value" line (looked for at most 200 back)."""
    lo = max(0, pos - 200)
    line = text.rfind("\n", lo, pos)
    if line < 0 and lo > 0:
        return False  # a line longer than that is prose, not a field
    m = FIELD_LINE_RE.match(text, line + 1)
    if not m:
        return False
    end = text.find("\n", m.end())
    return not _NEXT_SENTENCE_RE.search(text, m.end(), len(text) if end < 0 else end)


def refers_to_person(passage: str, in_document: bool, names: Iterable[str] = ()) -> bool:
    if PERSON_RE.search(passage) or HER_RE.search(passage):
        return True
    if in_document and FIRST_PERSON_RE.search(passage):
        return True
    lowered = passage.lower()
    return any(n and (n.lower() in lowered or _first_name_in(passage, n)) for n in names)


def _first_name_in(passage: str, name: str) -> bool:
    """The first name of a person the message names, written as a name ("Abdul was …"
    about Abdul Austin)."""
    words = name.split()
    return len(words) >= 2 and len(words[0]) >= 3 and has_as_words(passage, words[0].title())


_GROUP_GREETINGS = frozenset(
    {"all", "everyone", "everybody", "team", "there", "folks", "both", "colleagues", "guys",
     "partners", "employers", "members", "sir", "sir/madam", "sir or madam", "madam"}
)  # fmt: skip


def _one_person(greeted: str) -> bool:
    """Whether a greeting's words name one person ("Nathan", "Ms Cole"), not a group."""
    words = greeted.strip().rstrip(".,!").split()
    if not words or len(words) > 3 or " ".join(words).lower() in _GROUP_GREETINGS:
        return False
    if words[0].lower() in _GROUP_GREETINGS or any(w.lower() in ("and", "&") for w in words):
        return False
    return words[0][:1].isupper()


# Words that make an address the reader's own ("we still have you at", "your new
# address is"), not a place they are asked to go ("your appointment at our office").
READER_ADDRESS_RE = re.compile(
    r"\b(?:(?:have|got|had)\s+you\s+(?:down\s+)?(?:at|as\s+living\s+at)"
    r"|you(?:'re|\s+are)?\s+(?:still\s+|now\s+)?(?:living\s+at|live\s+at|moved\s+to)"
    r"|your\s+(?:new\s+|current\s+|home\s+|postal\s+|correspondence\s+)?address)\b",
    re.I,
)
READER_ADDRESS_REACH = 160  # characters before the postcode
# Words that make a number the reader's own ("we've updated your number to", "your new
# mobile is"), not one they are asked to ring ("if your number changes, call us on"):
# the number is what "your number" is set to, a few words on at most.
READER_NUMBER_RE = re.compile(
    r"\byour[ \t]+(?:(?:new|mobile|home|contact|phone|telephone|landline)[ \t]+){0,2}"
    r"(?:number|mobile|phone)\b",
    re.I,
)
_SET_TO_NUMBER_RE = re.compile(
    r"(?:[ \t]+[\w']+){0,4}?[ \t]*(?:\bto|\bis|\bas|:)[ \t]*(?=\+44|\(?0\d)", re.I
)
READER_PHONE_REACH = 80  # characters from "your number" to the number
# A reply that opens by thanking its one reader ("Thanks Gail, we've updated …").
OPENING_THANKS_RE = re.compile(
    r"[ \t]*(?i:thanks|thank[ \t]+you|cheers)[ \t]+(?P<name>[A-Z][\w'-]{1,30})[ \t]*[,!.]"
)


def one_reader(text: str) -> str | None:
    """The one person a body is written to: the name its greeting gives ("Hi Nathan,",
    "Thanks Gail, …" on its first line), or None for a group or no greeting."""
    greeting = GREETING_RE.search(text)
    if greeting is not None:
        name = greeting["name"]
    else:
        first = text.lstrip("\n")
        line_end = first.find("\n")
        thanks = OPENING_THANKS_RE.match(first, 0, len(first) if line_end < 0 else line_end)
        if thanks is None:
            return None
        name = thanks["name"]
    if not _one_person(name):
        return None
    return people.normalise(name.strip().rstrip(".,!"))


def told_own_contact(text: str, staff: Regions) -> bool:
    """Whether a body tells its reader an address or a telephone number of theirs outside
    the staff's parts ("we still have you at Flat 8, … SS1 7LP", "I've updated your
    number to 07700 900…")."""
    for m in contact.POSTCODE_RE.finditer(text):
        if staff.contains(m.start()):
            continue
        s, _e = sentence_bounds(text, m.start(), m.end())
        if READER_ADDRESS_RE.search(text, max(s, m.start() - READER_ADDRESS_REACH), m.start()):
            return True
    # From each "your" (found by a plain search; the pattern is tried only there).
    lowered = textfacts.lowered(text)
    at = lowered.find("your")
    while at >= 0:
        m = READER_NUMBER_RE.match(text, at)
        to = m and _SET_TO_NUMBER_RE.match(text, m.end(), m.end() + READER_PHONE_REACH)
        if to and not staff.contains(to.end()):
            return True
        at = lowered.find("your", at + 4)
    return False


# A list's header line that names its people's columns ("Surname  Initial  Benefit").
_PEOPLE_HEADER_RE = re.compile(
    r"\b(?:surname|forenames?|first[ \t]*name|last[ \t]*name|full[ \t]*name|initials?)\b", re.I
)
_ROW_RE = re.compile(r"[A-Z][a-z]")
_FORM_LINE_RE = re.compile(r":|__|\?")  # a label, a blank to fill in, a question
PEOPLE_LIST_ROWS = 3  # capitalised lines under the header, at least
_HEADER_LOOK = 12  # lines from the top a list's header stands within


def people_list_text(text: str) -> bool:
    """A text that is a list of people: a short header line naming a surname, forename
    or initial column near its top, with capitalised rows under it."""
    lines = [ln for ln in text[:4000].split("\n") if ln.strip()]
    for i, line in enumerate(lines[:_HEADER_LOOK]):
        # Columns, not a form's one field label ("Full name" over "Address"…): the
        # header names three columns or more, and each row has two values or more.
        # A form's "Full name: ____" over "Date of birth: __/__" is no list either: a
        # list's header and rows are values side by side, not labels with colons.
        if (
            len(line) <= 100
            and len(line.split()) >= 3
            and not _FORM_LINE_RE.search(line)
            and _PEOPLE_HEADER_RE.search(line)
        ):
            rows = lines[i + 1 : i + 1 + PEOPLE_LIST_ROWS]
            if len(rows) == PEOPLE_LIST_ROWS and all(
                _ROW_RE.search(r) and len(r.split()) >= 2 and not _FORM_LINE_RE.search(r)
                for r in rows
            ):
                return True
    return False


class Attribution:
    """Answers "about whom?" for the findings of one text (a body, a document, a page).

    ``in_document``: the text is an attachment or a nested document, whose first person
    is its author (a claimant's CV or letter), not the staff member writing the mail. In
    a body, first person counts only in the quoted or forwarded mail below it.
    ``names``: the people the message names.
    """

    def __init__(
        self,
        text: str,
        in_document: bool,
        names: Iterable[str] = (),
        line: bool = False,
        evidence: bool = False,
        staff: tuple[str, ...] = (),
    ) -> None:
        self.text = text
        # The message identifies someone (a name anywhere, or an identifier or contact
        # in this text): a record's fields are about its person even where no
        # sentence names them. A rates table in a mail that names no one is not a record.
        self.evidence = evidence
        self.in_document = in_document
        self.names = tuple(names)
        self.line = line
        self.zones = zones(text, not in_document, () if in_document else staff)
        quote = None if in_document else QUOTE_START_RE.search(text)
        self.quoted_from = 0 if in_document else (quote.start() if quote else len(text))
        # Does anything outside the boilerplate refer to a person? A newsletter, an advert,
        # a policy or a rates table does not.
        outside, pos = [], 0
        for s, e, _why in self.zones.spans:
            if s > pos:
                outside.append((pos, text[pos:s]))
            pos = max(pos, e)
        outside.append((pos, text[pos:]))
        self.has_person = any(self._refers(start, part) for start, part in outside)
        # A subject line or a program's header ("X-Case-Tags: mental-health") is about
        # the person the message names, if it names one.
        self.has_person = self.has_person or (line and bool(self.names))
        # A document laid out as a list of people ("Surname Initial Benefit" over rows
        # of names) is about them, whether or not its rows were read as a table.
        self.has_person = self.has_person or (in_document and people_list_text(text))
        # "Hi Nathan," in a body: "you" is that one reader, someone the message identifies.
        greeting = None if in_document else GREETING_RE.search(text)
        self.reader_named = bool(greeting) and _one_person(greeting["name"])

    def _refers(self, start: int, passage: str) -> bool:
        first_person = start + len(passage) > self.quoted_from
        if first_person and start < self.quoted_from:
            passage_fp = passage[self.quoted_from - start :]
            if refers_to_person(passage, False, self.names):
                return True
            return refers_to_person(passage_fp, True, ())
        return refers_to_person(passage, first_person, self.names)

    def nobody_reason(
        self, start: int, end: int, to_reader: bool = False, categories_listed: int = 1
    ) -> str | None:
        """Why ``text[start:end]`` is about nobody, or None when it may be about someone.

        ``to_reader``: "you" in the sentence is a person (a payment detail told to the
        claimant it is about), unless the sentence is hypothetical.
        ``categories_listed``: how many special categories the term's sentence names."""
        zone = self.zones.reason_at(start)
        if zone is not None:
            return zone
        text = self.text
        s, e = sentence_bounds(text, start, end)
        if negated(text, start, s) or answered_no(text, start, end):
            return "negated"
        if about_others(text, start, s):
            return "duties"  # "administering medication to residents"
        if (
            not self.in_document
            and start < self.quoted_from
            and _SENDERS_OWN_RE.search(text, max(s, start - 40), start)
        ):
            return "the sender's own"  # "I'm off on Monday for my knee operation"
        sentence = text[s:e]
        if FICTION_RE.search(sentence) or _introduced_as(FICTION_RE, text, s):
            return "hypothetical"  # a made-up person: a scenario, an example
        third_person = refers_to_person(sentence, False, self.names)
        reach = min(len(text), end + AGGREGATE_REACH)
        if not third_person and (
            AGGREGATE_RE.search(text, start, reach) or SHARE_BEFORE_RE.search(text, s, start)
        ):
            return "aggregate"  # "MH remains the top barrier (38%)"
        if not third_person and DATA_HELD_RE.search(text, max(s, start - 80), start):
            return "general"  # "we don't hold data on ethnicity": about the data kept
        if not third_person and RATE_FOR_RE.search(sentence):
            return "general"  # "£400.14 a month for a single person": a published rate
        if not third_person and EVENT_AFTER_RE.match(text, end, min(len(text), end + 40)):
            return "general"  # a campaign or a course, named
        if not third_person and TRAINING_RE.search(text, max(s, start - 160), start):
            return "general"  # what a course covers
        # A group, before a record's field: "Employers: when to ask about convictions".
        if (
            GROUP_RE.search(text, s, start) or LEAVERS_AFTER_RE.match(text, end)
        ) and not self._refers(s, sentence):
            return "hypothetical"  # "people in recovery from …", "prison leavers"
        if (
            sentence.rstrip().endswith("?")
            and INDEFINITE_PERSON_RE.search(text, s, start)
            and not self._refers(s, sentence)
        ):
            return "hypothetical"  # "Thinking about an employee with a health condition?"
        if not self.names and (
            ANONYMISED_RE.search(sentence) or _introduced_as(ANONYMISED_RE, text, s)
        ):
            return "anonymised"  # a case study with no one named in the message
        if _field_line(text, start) and (self.has_person or self.evidence):
            return None  # a record's field: about the record's person
        if not third_person and categories_listed >= LISTED_CATEGORIES:
            return "a list of categories"
        if self._refers(s, sentence):
            return None
        if to_reader and self.reader_named and _YOURS_BEFORE_RE.search(text, s, start):
            return None  # "if you take the job, your Universal Credit would drop to £301"
        if HYPOTHETICAL_RE.search(text, s, start) or APPEAL_RE.search(sentence):
            return "hypothetical"  # "if you have a health condition", "Worried about your …?"
        if (to_reader or self.reader_named) and SECOND_PERSON_RE.search(text, s, e):
            return None  # said to the one person the mail greets ("you told me about …")
        if YOUR_RE.search(text, s, e):
            return None  # "the physio on your back": the reader's own, said to them
        return None if self.has_person else "general"


# --- a scan's findings ---------------------------------------------------------------


_TERM_RE = re.compile(r'^term "(.+)"$')


def _occurrences(text: str, finding: Finding) -> list[tuple[int, int]]:
    """Where a finding's words stand in its text: a special-category term (and its simple
    inflections), or the benefit a payment detail names. Empty when not found as written
    (a token shape such as "did 18 months inside"): such a finding stays about someone."""
    if finding.category in SPECIAL_CATEGORIES:
        m = _TERM_RE.match(finding.masked)
        words = sorted(inflections(m[1]), key=len, reverse=True) if m else []
    elif finding.category is Category.BENEFIT_PAYMENT and " with " in finding.context:
        words = [finding.context.split(" with ", 1)[0]]
    else:
        return []
    if not words:
        return []
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # Word edges by lookaround: a term may end in no word character ("LGBTQ+").
    rx = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)
    return [(m.start(), m.end()) for m in rx.finditer(text)]


# What shows a table is about people: their names, identifiers or contact details.
PERSON_EVIDENCE = frozenset(
    {Category.PERSON_NAME, Category.NINO, Category.DOB, Category.BANK, Category.PHONE,
     Category.PERSONAL_EMAIL, Category.ADDRESS, Category.AGE, Category.REFERENCE}
)  # fmt: skip


RECORD_EVIDENCE = PERSON_EVIDENCE - {Category.PHONE, Category.ADDRESS}


def documents_about_nobody(
    chunks: Iterable[Chunk],
    findings: list[Finding],
    names: Iterable[str],
    kinds: Iterable[DocKindFinding],
    greeted: Iterable[str] = (),
) -> list[Finding]:
    """An attached file that gives no name, identifier or contact detail, is no person's
    document (a CV, a form, a list) and names no one the mail names is a policy, a leaflet,
    a template, a training pack or statistics: its special-category and benefit words
    are about nobody. Its "he" or "the client" points at someone only when the mail
    names someone else it could be. (A child's findings stay: a named child with an age
    is someone.)"""
    names = tuple(n for n in names if len(n) > 3)
    greeted = tuple(n.lower() for n in greeted if len(n) > 3)
    texts: dict[str, list[str]] = {}
    with_people: set[str] = set()
    for c in chunks:
        if c.source == "attachment":
            texts.setdefault(c.doc_location, []).append(c.full_text)
            if _names_people(c, names + greeted):  # "Participant | Ann Lee": a record's
                with_people.add(c.doc_location)
    people_docs = [k.location for k in kinds if k.people]
    nobody: list[str] = []
    for where, parts in texts.items():
        if where in with_people:
            continue
        inside = where + LOCATION_SEP
        if any(
            f.location == where or f.location.startswith(inside)
            for f in findings
            if f.category in PERSON_EVIDENCE
        ):
            continue
        if any(k == where or k.startswith(inside) for k in people_docs):
            continue
        text = "\n".join(parts)
        if people_list_text(text):
            continue
        if names and (refers_to_person(text, False, names) or FIRST_PERSON_RE.search(text)):
            continue
        if any(has_as_words(text.lower(), g) for g in greeted):
            continue  # the reader's own plan ("Bore da Mathew" over Mathew's action plan)
        nobody.append(where)
    if not nobody:
        return findings
    places = tuple(nobody)
    inside_any = tuple(w + LOCATION_SEP for w in nobody)
    return [
        replace(f, about_nobody="no one in the document")
        if f.category in ATTRIBUTED - {Category.CHILDREN}
        and not f.about_nobody
        and (f.location in places or f.location.startswith(inside_any))
        else f
        for f in findings
    ]


def _names_people(chunk: Chunk, names: tuple[str, ...], document: str = "") -> bool:
    """The table has a column of people, a row naming its subject ("Participant |
    Valerie Porter"), or a person the message names, in it or in the rest of its
    document (an action plan's heading above its table of goals)."""
    table = chunk.table
    if table is None:
        return False
    cols = doc_kinds.person_columns(table.header)
    # A column headed "Participants" holding counts is a summary's, not people's.
    if any(any(c.isalpha() for c in r[j]) for r in table.rows for j in cols if j < len(r)):
        return True
    if form_tables.person_columns(table):
        return True
    rows = [(r[0], r[1]) for r in (table.header, *table.rows) if len(r) >= 2]
    if form_tables.record_name([(0, label.strip().rstrip(":"), value) for label, value in rows]):
        return True
    text = chunk.full_text.lower() + "\n" + document
    return any(n in text for n in names if " " in n or n in document.split())


def _term_places(
    texts: dict[str, tuple[str, str]], findings: list[Finding]
) -> dict[str, list[tuple[int, Category]]]:
    """Where each text's special-category terms stand, with their categories."""
    out: dict[str, list[tuple[int, Category]]] = {loc: [] for loc in texts}
    for f in findings:
        if f.category in SPECIAL_CATEGORIES and f.location in texts:
            out[f.location] += [(s, f.category) for s, _e in _occurrences(texts[f.location][0], f)]
    return out


def _categories_near(text: str, places: list[tuple[int, Category]], start: int, end: int) -> int:
    """How many special categories the sentence around ``text[start:end]`` names."""
    s, e = sentence_bounds(text, start, end)
    return len({cat for pos, cat in places if s <= pos < e})


SENDER_NAME_LOCATIONS = frozenset(
    f"header {h} display names" for h in ("From", "Sender", "Reply-To")
)


def _sender_name_spans(text: str, sender_names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the sender's own display name stands in ``text`` (case aside)."""
    if not sender_names:
        return []
    low = text.lower()
    out = []
    for name in sender_names:
        at = low.find(name)
        while at != -1:
            out.append((at, at + len(name)))
            at = low.find(name, at + 1)
    return out


def attribute(
    chunks: Iterable[Chunk],
    findings: list[Finding],
    names: Iterable[str],
    greeted: Iterable[str] = (),
    staff: tuple[str, ...] = (),
) -> list[Finding]:
    """``findings`` with each special-category and benefit finding in running text marked
    about nobody where every place its words stand in that text is about nobody.
    ``staff``: staff full names from the headers, whose name lines open signatures.

    Findings in tables (records), children (a named child is someone) and identifiers are
    left as they are; so is a finding whose words cannot be found again.
    """
    texts = {c.location: (c.text, c.source) for c in chunks if c.table is None}
    sender_names = tuple(
        n.strip().lower()
        for loc in SENDER_NAME_LOCATIONS
        if loc in texts
        for n in texts[loc][0].split("\n")
        if len(n.strip()) > 3
    )
    tables = {c.location: c.full_text for c in chunks if c.table is not None}
    # A table with nobody in it (an aggregate sheet, a blank template, a policy's table
    # of categories): no name, identifier or contact found in it, no column of people.
    people_tables = {
        g.location.split(f"{LOCATION_SEP}row ", 1)[0]
        for g in findings
        if g.category in PERSON_EVIDENCE
    }
    names = tuple(n for n in names if len(n) > 3)
    greeted = tuple(n for n in greeted if len(n) > 3)
    documents: dict[tuple[str, str], str] = {}
    for c in chunks:
        # A table's document: the attachment around it, or the body it stands in
        # ("Affordability for Caroline Scott's tenancy:" over a table of income).
        if c.table is None:
            documents[c.doc_key] = documents.get(c.doc_key, "") + "\n" + c.text.lower()
    people_tables |= {
        c.location
        for c in chunks
        if c.table is not None
        and _names_people(
            c, names + (greeted if not c.is_body else ()), documents.get(c.doc_key, "")
        )
    }
    # (a phone number or a postcode is as often the office's or a venue's)
    evidence = {g.location for g in findings if g.category in RECORD_EVIDENCE}
    terms_at = _term_places(texts, findings)
    cache: dict[str, Attribution] = {}
    out = []
    for f in findings:
        if f.category not in (SPECIAL_CATEGORIES | {Category.BENEFIT_PAYMENT}):
            out.append(f)
            continue
        if f.location in SENDER_NAME_LOCATIONS:
            # "WHP Disability Team <whp.disability@…>": the sender's own name, a team's
            # or a person's, says what the sender is, not what a claimant has.
            out.append(replace(f, about_nobody="sender's name"))
            continue
        if f.location in tables:  # a record: only a question answered no is about nobody
            places = _occurrences(tables[f.location], f)
            t = tables[f.location]
            if places and all(answered_no(t, s, e) for s, e in places):
                f = replace(f, about_nobody="negated")
            elif places and all(unanswered(t, s) for s, _e in places):
                f = replace(f, about_nobody="unanswered")  # a blank form's field label
            elif places and all(about_others(t, s, t.rfind("\n", 0, s) + 1) for s, e in places):
                # a CV table's "Care Assistant – personal care"
                f = replace(f, about_nobody="duties")
            elif f.location not in people_tables and f.category is not Category.CHILDREN:
                f = replace(f, about_nobody="no one in the table")
            out.append(f)
            continue
        if f.location not in texts or not (places := _occurrences(texts[f.location][0], f)):
            out.append(f)
            continue
        att = cache.get(f.location)
        if att is None:
            text, source = texts[f.location]
            in_document = source not in BODY_TEXT_SOURCES
            att = cache[f.location] = Attribution(
                text,
                in_document=in_document,
                # An attached document that names the person the mail greets ("Bore da
                # Mathew" over Mathew's action plan) is about them.
                names=names + greeted if in_document else names,
                line=source in LINE_SOURCES,
                evidence=bool(names) or f.location in evidence,
                staff=staff,
            )
        to_reader = f.category is Category.BENEFIT_PAYMENT
        near = terms_at[f.location]
        within_sender = _sender_name_spans(att.text, sender_names)
        places = [(s, e) for s, e in places if not any(a <= s and e <= b for a, b in within_sender)]
        if not places:  # "The WHP Disability team" signing: the sender's name again
            out.append(replace(f, about_nobody="sender's name"))
            continue
        # About someone as soon as one place is: the rest need not be asked (a caseload
        # of 600 amounts is asked once, not 600 times).
        first = None
        for s, e in places:
            why = att.nobody_reason(s, e, to_reader, _categories_near(att.text, near, s, e))
            if why is None:
                first = None
                break
            first = first or why
        out.append(replace(f, about_nobody=str(first)) if first else f)
    return out
