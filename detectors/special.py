"""Special-category data (health, mental health, substance misuse, criminal
records, ethnicity, sexual orientation, religion, trade union membership) by
phrase lists that administrators edit.

Matching is spaCy's PhraseMatcher on the tokenizer's output (no tagger or
parser needed): case-insensitive on ``LOWER``, and inflection-aware by adding
the plural and common verb forms of each phrase's last word. Phrase-level
terms keep precision ("community sentence", not "sentence").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from detectors.detector import Context
from detectors.model import Category, Finding
from detectors.terms import TermLists
from detectors.textfacts import words_of

_VOWELS = set("aeiou")
_NOT = "not-a-term"
WORD_RE = _WORD = re.compile(r"[a-z0-9]+")
# "mental health nurse", "probation officer", "trade union research officer" on a CV
# are jobs, not data about the person; "his probation officer" is.
OCCUPATIONS = {
    "nurse", "officer", "worker", "practitioner", "therapist", "adviser", "advisor", "manager",
    "consultant", "assistant", "researcher", "specialist", "coordinator", "co-ordinator",
    "lead", "lecturer", "teacher", "support", "technician", "engineer", "administrator",
    "clerk", "volunteer", "caseworker", "counsellor", "psychologist", "director", "trainer",
}  # fmt: skip
_POSSESSIVE = {"his", "her", "their", "my", "your"}
_PLACE_START = {"the", "a", "an", "his", "her", "their", "my", "our", "this", "that", "of"}

# Shapes too varied for a phrase list ("did 18 months inside", "sober for 2 years",
# "of Pakistani heritage", "she is Somali"): token patterns on lexical attributes
# only, as the tokenizer is all that runs. Each shape reports one canonical term.
_PERIODS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "yrs"]
_HOW_MANY = {"LIKE_NUM": True}
_A = {"LOWER": {"IN": ["a", "an", "one"]}}
# Said of a person as their ethnicity or national origin. Only with a word that
# ties it to a person ("of … heritage", "she is …"), never the adjective alone.
_ORIGINS = [
    "pakistani", "indian", "bangladeshi", "kashmiri", "punjabi", "sri", "chinese",
    "vietnamese", "filipino", "somali", "nigerian", "ghanaian", "eritrean", "ethiopian",
    "sudanese", "congolese", "zimbabwean", "kenyan", "jamaican", "caribbean", "african",
    "arab", "kurdish", "turkish", "iranian", "iraqi", "afghan", "syrian", "yemeni",
    "polish", "romanian", "lithuanian", "latvian", "slovak", "czech", "bulgarian",
    "albanian", "portuguese", "irish", "traveller", "gypsy", "roma", "romany", "asian",
    "black", "white", "mixed", "latin", "hispanic", "greek", "cypriot", "italian",
]  # fmt: skip
_ORIGIN_NOUNS = ["heritage", "background", "origin", "origins", "descent", "extraction"]
# "she is Pakistani": capitalised nationality after a person and a copula.
_NATIONALS = [w for w in _ORIGINS if w not in ("black", "white", "mixed", "asian", "latin", "sri")]
_PERSON_BEFORE = ["he", "she", "they", "who", "i", "claimant", "customer", "participant", "client"]
_COPULA = ["is", "'s", "’s", "are", "was", "am", "'m", "were"]
# What a conviction was for: "a drug-related conviction", not "a strong conviction".
_OFFENCES = [
    "drug", "drugs", "related", "driving", "drink", "motoring", "theft", "assault", "violent",
    "violence", "fraud", "shoplifting", "burglary", "robbery", "sexual", "firearms", "weapons",
    "knife", "possession", "affray", "criminal", "previous", "spent", "unspent", "old", "recent",
    "minor", "serious", "public", "order", "offence", "dishonesty", "harassment", "arson",
]  # fmt: skip
# The words a line must hold for each shape to be tried there.
_ANCHORS = {
    "time inside": {"inside", "bars"},
    "prison sentence": {"sentence", "custodial"},
    "conviction": {"conviction", "convictions"},
    "sober": {"sober", "clean"},
    "ethnic origin": {*_ORIGINS, "british"},
    "organ removed": {"out", "removed"},
}
# An organ taken out ("had his gallbladder out", "having her appendix removed"): surgery
# said in lay words.
_ORGANS = [
    "gallbladder", "appendix", "tonsils", "kidney", "womb", "uterus", "ovary", "ovaries",
    "spleen", "thyroid", "prostate", "gallstones", "cataracts", "cataract", "bowel", "breast",
]  # fmt: skip
_SHAPES: dict[tuple[str, str], list[list[dict]]] = {
    ("criminal_record", "time inside"): [
        [{"LOWER": {"IN": ["did", "done", "doing", "served", "serving", "spent"]}}, n,
         {"LOWER": {"IN": _PERIODS}}, *end]
        for n in (_HOW_MANY, _A)
        for end in ([{"LOWER": "inside"}], [{"LOWER": "behind"}, {"LOWER": "bars"}])
    ],
    ("criminal_record", "prison sentence"): [
        [n, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _PERIODS}},
         {"LOWER": {"IN": ["sentence", "custodial"]}}]
        for n in (_HOW_MANY, _A)
    ],
    ("criminal_record", "conviction"): [
        [{"LOWER": {"IN": ["has", "had", "have", "having", "got"]}},
         {"LOWER": {"IN": ["a", "an", "one", "two", "three", "several", "some", "multiple"]}},
         {"LOWER": {"IN": _OFFENCES}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
         {"LOWER": {"IN": _OFFENCES}, "OP": "?"},
         {"LOWER": {"IN": ["conviction", "convictions"]}}],
    ],
    # "sober for two years", "been clean for a year", "fourteen months clean": time off
    # drink or drugs ("kept the van clean for a week" is not).
    ("substance_misuse", "sober"): [
        [{"LOWER": "sober"}, {"LOWER": {"IN": ["for", "since"]}, "OP": "?"}, n,
         {"LOWER": {"IN": _PERIODS}}]
        for n in (_HOW_MANY, _A)
    ] + [
        [{"LOWER": {"IN": ["been", "stayed", "staying", "remained"]}}, {"LOWER": "clean"},
         {"LOWER": {"IN": ["for", "since"]}}, n, {"LOWER": {"IN": _PERIODS}}]
        for n in (_HOW_MANY, _A)
    ] + [
        [n, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _PERIODS}},
         {"LOWER": {"IN": ["sober", "clean"]}}]
        for n in (_HOW_MANY, _A)
    ],
    ("health", "organ removed"): [
        [{"LOWER": {"IN": ["had", "has", "have", "having", "getting", "got", "get"]}},
         {"LOWER": {"IN": ["his", "her", "their", "my", "your", "an", "a", "the"]}},
         {"LOWER": {"IN": _ORGANS}}, {"LOWER": {"IN": ["out", "removed"]}}],
    ],
    ("ethnicity", "ethnic origin"): [
        [{"LOWER": {"IN": ["of", "from"]}}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
         {"LOWER": {"IN": _ORIGINS}}, {"ORTH": {"IN": ["/", "-"]}, "OP": "?"},
         {"LOWER": {"IN": _ORIGINS}, "OP": "?"},
         {"LOWER": {"IN": [*_ORIGIN_NOUNS, "family", "community"]}}],
        [{"LOWER": {"IN": _PERSON_BEFORE}}, {"LOWER": {"IN": _COPULA}},
         {"LOWER": {"IN": ["british", "of"]}, "OP": "?"},
         {"LOWER": {"IN": _NATIONALS}, "IS_TITLE": True}],
        [{"LOWER": "british"}, {"LOWER": {"IN": _NATIONALS}, "IS_TITLE": True}],
    ],
}  # fmt: skip


def inflections(phrase: str) -> set[str]:
    """The phrase and simple inflections of its last word (plural, -ed/-ing)."""
    phrase = " ".join(phrase.split())
    words = phrase.split(" ")
    last = words[-1]
    forms = {last}
    lower = last.lower()
    if last.isalpha() and len(last) > 3 and not last.isupper():
        if lower.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(last + "es")
        elif lower.endswith("y") and lower[-2] not in _VOWELS:
            forms.add(last[:-1] + "ies")
        else:
            forms.add(last + "s")
    out = set()
    for f in forms:
        p = " ".join([*words[:-1], f])
        out.add(p)
        if "-" in p:
            out.add(p.replace("-", " "))
            out.add(p.replace("-", ""))
        elif " " in p:
            out.add(p.replace(" ", "-"))  # "mental-health", "alcohol-misuse" (tags, ids)
    return out


class SpecialMatcher:
    """Compiled phrase matcher for one TermLists object."""

    def __init__(self, nlp: Language, terms: TermLists) -> None:
        self.nlp = nlp  # its tokenizer makes the docs the matchers read
        self.terms = terms
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # An acronym listed in capitals ("NEU", "RMT") is matched only as written: in
        # lower case it is an ordinary word of some language (Welsh "neu" is "or").
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.canonical: dict[str, str] = {}
        for category, phrases in terms.special.items():
            patterns, exact = [], []
            for phrase in phrases:
                as_written = phrase.lower() in terms.uninflected
                for form in {phrase} if as_written else inflections(phrase):
                    (exact if _is_acronym(phrase) else patterns).append(nlp.make_doc(form))
                    self.canonical[form.lower()] = phrase.lower()
            if patterns:
                self.matcher.add(category.value, patterns)
            if exact:
                self.acronyms.add(category.value, exact)
        # The longest word of every phrase: if none occurs in a text, no phrase can.
        # Indexed by its longest word, each phrase's words: a text can match a
        # phrase only if it has all of them.
        self.keys: dict[str, list[frozenset[str]]] = {}
        for form in self.canonical:
            words = _WORD.findall(form.lower()) or [form.lower()]
            self.keys.setdefault(max(words, key=len), []).append(frozenset(words))
        excluded = [nlp.make_doc(f) for p in terms.special_exclusions for f in inflections(p)]
        if excluded:
            self.matcher.add(_NOT, excluded)
        # Token shapes, for the categories this policy lists terms for.
        self.shapes = Matcher(nlp.vocab)
        self.shape_words: set[str] = set()
        listed = {c.value for c in terms.special}
        for (category, term), patterns in _SHAPES.items():
            if category in listed:
                self.shapes.add(f"{category}|{term}", patterns)
                self.shape_words |= _ANCHORS[term]

    def find(self, doc: Doc) -> Iterable[tuple[Category, str, int, int]]:
        """(category, canonical term, start char, end char); longest match wins."""
        spans = list(self.matcher(doc, as_spans=True)) + list(self.acronyms(doc, as_spans=True))
        spans += self.shapes(doc, as_spans=True) if self.shape_words else []
        # Longest first, then drop overlaps, so "criminal record" beats "record";
        # one phrase may stand in two lists ("DRR": criminal and substance).
        spans = sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.label_))
        taken: set[int] = set()
        kept: dict[tuple[int, int], set[str]] = {}
        for span in spans:
            idx = set(range(span.start, span.end))
            category = span.label_.split("|", 1)[0]
            same = kept.get((span.start, span.end))
            if idx & taken and (same is None or category in same or _NOT in same):
                continue
            taken |= idx
            kept.setdefault((span.start, span.end), set()).add(category)
            if span.label_ == _NOT or _is_job_title(doc, span.start, span.end):
                continue
            if span.label_.endswith("|time inside") and _place_follows(doc, span.end):
                continue  # "spent two days inside the hospital"
            if "|" in span.label_:
                term = span.label_.split("|", 1)[1]
            else:
                text = " ".join(span.text.lower().split())
                term = self.canonical.get(text, text)
            yield Category(category), term, span.start_char, span.end_char


def _is_acronym(phrase: str) -> bool:
    """One word of two or more capitals ("NEU", "RMT", "MAPPA")."""
    return " " not in phrase.strip() and len(phrase.strip()) >= 2 and phrase.strip().isupper()


def _place_follows(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _PLACE_START


def _is_job_title(doc: Doc, start: int, end: int) -> bool:
    following = [t.lower_ for t in doc[end - 1 : end + 3]]
    if not any(w in OCCUPATIONS for w in following):
        return False
    return not (start > 0 and doc[start - 1].lower_ in _POSSESSIVE)


def candidate_text(text: str, matcher: SpecialMatcher) -> str:
    """The lines of ``text`` that contain a key word of some phrase ("" if none):
    tokenising only those keeps term matching cheap on long clean mail."""
    words = words_of(text)
    hits = [
        k
        for k in words.intersection(matcher.keys)
        if any(phrase <= words for phrase in matcher.keys[k])
    ]
    hits += words & matcher.shape_words
    if not hits:
        return ""
    lines = text.lower().split("\n")
    keep = [i for i, ln in enumerate(lines) if any(k in ln for k in hits)]
    # Phrases can wrap onto the next line; keep each hit line with its neighbour.
    wanted = sorted({j for i in keep for j in (i, i + 1) if j < len(lines)})
    original = text.split("\n")
    return "\n".join(original[j] for j in wanted)


_matcher_cache: SpecialMatcher | None = None


def matcher_for(nlp: Language, terms: TermLists) -> SpecialMatcher:
    """The matcher for these term lists, built once (the lists change only on reload)."""
    global _matcher_cache
    m = _matcher_cache
    if m is None or m.nlp is not nlp or m.terms is not terms:
        m = _matcher_cache = SpecialMatcher(nlp, terms)
    return m


def detect(text: str, ctx: Context) -> list[Finding]:
    """Special-category terms (and term shapes) in ``text``, by ``ctx.special``."""
    matcher = ctx.special
    if matcher is None:
        return []
    candidates = candidate_text(text, matcher)
    if not candidates:
        return []
    out = []
    for category, term, _start, _end in matcher.find(matcher.nlp.make_doc(candidates)):
        out.append(
            Finding(
                category=category,
                location=ctx.location,
                masked=f'term "{term}"',
                confidence=0.9,
                context=f'matched "{term}" ({category.value} term list)',
                key=ctx.keyer.key(category.value, term),
            )
        )
    return out


# A caseload's column of barriers or needs holds the categories in one or two words
# ("MH", "alcohol", "offending"), words too bare to count in prose. Under such a
# header, in a table of people, each such cell is that row's person's category.
NEEDS_HEADER_RE = re.compile(
    r"\b(?:barriers?|needs?|issues?|conditions?|health|disclosures?|risks?|vulnerabilit(?:y|ies)"
    r"|support\s+needs?|presenting)\b",
    re.I,
)
_CELL_WORDS: dict[str, Category] = {
    **dict.fromkeys(
        ("mh", "mental health", "anxiety", "depression", "low mood", "ptsd", "bipolar",
         "psychosis", "self-harm", "self harm"),
        Category.MENTAL_HEALTH,
    ),
    **dict.fromkeys(
        ("alcohol", "drugs", "drug", "drink", "substance", "substances", "substance use",
         "substance misuse", "addiction", "gambling"),
        Category.SUBSTANCE_MISUSE,
    ),
    **dict.fromkeys(
        ("offending", "offender", "ex-offender", "convictions", "conviction", "criminal record",
         "probation", "on licence", "prison leaver", "custody"),
        Category.CRIMINAL_RECORD,
    ),
    **dict.fromkeys(
        ("physical health", "msk", "disability", "long-term condition", "ltc", "illness",
         "chronic pain", "learning disability"),
        Category.HEALTH,
    ),
}  # fmt: skip
_CELL_SPLIT_RE = re.compile(r"\s*(?:[+,/;&]|\band\b)\s*", re.I)


def column_findings(
    header: tuple[str, ...], rows: Iterable[tuple[str, ...]], ctx: Context
) -> list[Finding]:
    """The categories a needs column gives in bare words, one finding per category."""
    cols = [j for j, h in enumerate(header) if NEEDS_HEADER_RE.search(h)]
    found: dict[Category, str] = {}
    for row in rows if cols else ():
        for j in cols:
            cell = row[j] if j < len(row) else ""
            if len(cell) > 60:
                continue  # a sentence: the matcher reads it
            for part in _CELL_SPLIT_RE.split(cell.strip().lower()):
                cat = _CELL_WORDS.get(part)
                if cat is not None and cat not in found:
                    found[cat] = part
    return [
        Finding(
            category=cat,
            location=ctx.location,
            masked=f'term "{word}"',
            confidence=0.85,
            context=f'"{word}" in a column of needs ({cat.value})',
            key=ctx.keyer.key(cat.value, word),
        )
        for cat, word in found.items()
    ]
