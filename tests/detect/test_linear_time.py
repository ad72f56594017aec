"""Detection work grows linearly with its input, whatever the input.

Each detector (and the scan as a whole) runs on a hostile text of size n and
of size 8n; a linear detector takes about 8× as long, a quadratic one 64×, a
backtracking one forever. CPU time of this process, best of three, so a busy
machine slows both sides alike; the slack (``MAX_RATIO`` and a small floor)
absorbs noise, not a super-linear pattern. The inputs are the shapes that
break regexes: long capitalised lines (a company-registration footer), long
lower-case runs, digit and separator runs, whitespace runs, odd Unicode.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cpu_time import best_cpu_seconds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    textfacts,
)
from detectors import context as ctx_mod
from detectors.detector import Context
from detectors.extract import csvfile, text_tables
from detectors.masking import Keyer

from .helpers import attachment, body

N = 2_000
MIXTURE_N = 4_000
SCALE = 8
MAX_RATIO = 24  # linear gives ~8, quadratic ~64
FLOOR = 0.02  # seconds: below this, timer noise dominates

FOOTER = (
    "Acme Support Services is a trading name of Acme Holdings Limited, registered in England "
    "and Wales No 01234567. Registered Office Unit Four Riverside Business Park Leeds. "
)
SHAPES: dict[str, Callable[[int], str]] = {
    "footer": lambda n: (FOOTER * (n // len(FOOTER) + 1))[:n],
    "capitalised": lambda n: ("Registered In England And Wales Company Number Trading " * n)[:n],
    "one long capitalised word": lambda n: "A" + "b" * (n - 1),
    "capital words, no spaces": lambda n: ("AbcDef-Ghi'Jkl" * n)[:n],
    "lower case": lambda n: "a" * n,
    "lower-case words": lambda n: ("is a trading name of " * n)[:n],
    "digits": lambda n: "1" * n,
    "digits and separators": lambda n: ("12 34-56/78.9" * n)[:n],
    "NINO shapes": lambda n: ("AB 12 34 56 " * n)[:n],
    "whitespace after a word": lambda n: "Name" + " \t" * (n // 2),
    "whitespace after a name": lambda n: "Jo Smith" + " " * n + "x",
    "comma spaces": lambda n: ("Amy , " * n)[:n],
    "blank lines": lambda n: ("Name:\n \n" * n)[:n],
    "unicode": lambda n: ("Ñandú Ōsaka ǅemal ﬁ İ ß\u200b\u00a0 " * n)[:n],
    "email-ish": lambda n: ("a.b-c+d" * n)[:n] + "@",
    "date-ish": lambda n: ("12th of March 12 of " * n)[:n],
    "reference labels": lambda n: ("case ref no participant id PR 12 " * n)[:n],
    "from lines": lambda n: ("From: Jo Smith <jo.smith@council.example>\n" * n)[:n],
    "shares and rates": lambda n: ("12% of the people in a talk about data on a person " * n)[:n],
    "bracketed ages": lambda n: ("Nia Lloyd (7) and " * n)[:n],
    "titles and dial-ins": lambda n: ("Home visit - Amélie Dubois @ Join by phone: " * n)[:n],
    "accented names": lambda n: ("Zoë Ní Bhriain Łukasz Dvořák " * n)[:n],
    "absence notes": lambda n: ("For urgent matters please contact Jo Smith on 0151 " * n)[:n],
    "pipe table rows": lambda n: ("| Jo | Smith |\n|---|:-:|\n" * n)[:n],
    "aligned columns": lambda n: (
        "Surname   Forename   Start\n" + "Lee       Ann        01/02\n" * n
    )[:n],
    "double-spaced prose": lambda n: ("Thanks for this.  I will call.  " * n)[:n],
    "export rows": lambda n: ("SMITH, Jo   07700 900123\nA|B|C\n" * n)[:n],
    "house numbers": lambda n: ("lives at 14 Hope Street moved to 7 " * n)[:n],
    "the reader's own number": lambda n: (
        "Thanks Jo, " + "your new mobile number on our system a b to 07700 " * n
    )[:n],
    "the reader's own benefit": lambda n: ("Hi Jo,\n" + "if your new your UC £5 " * n)[:n],
    "caller headers": lambda n: ("From: " + "1 2 3 4 5 6 7 8 9  " * n)[:n],
    "a rule to write on, then a word": lambda n: "Dear " + "_" * n + "x",
    "template fields": lambda n: ("Dear [Title] <name> {{x}} «y» XX __ ___._- " * n)[:n] + "!",
}


def _clear_text_caches() -> None:
    for cached in (attribution.zones, attribution._cue_paragraphs, textfacts.words_of,
                   textfacts.has_digit, children._named):  # fmt: skip
        cached.cache_clear()
    people._NER_SEEN.clear()  # the NER's answers for short texts, remembered per worker


def assert_linear(fn: Callable[[str], object], make: Callable[[int], str], n: int = N) -> None:
    small, large = make(n), make(n * SCALE)
    fn(small)  # warm caches (compiled patterns, spaCy vocab)
    # Per-text caches would make the second call on the small text free: clear them.
    t_small = best_cpu_seconds(lambda: (_clear_text_caches(), fn(small)))
    t_large = best_cpu_seconds(lambda: (_clear_text_caches(), fn(large)))
    assert t_large <= MAX_RATIO * max(t_small, FLOOR / MAX_RATIO) + FLOOR, (
        f"{n}→{n * SCALE} chars: {t_small:.4f}s → {t_large:.4f}s"
    )


def _detectors(terms, nlp) -> dict[str, Callable[[str], object]]:
    keyer = Keyer()
    matcher = special.SpecialMatcher(nlp, terms)
    none = ctx_mod.Regions()
    return {
        "nino": lambda t: nino.detect(t, Context("body", keyer)),
        "nino with header": lambda t: nino.detect(t, Context("body", keyer, header="NI number")),
        "dob": lambda t: dob.detect(t, Context("body", keyer)),
        "dob with header": lambda t: dob.detect(t, Context("body", keyer, header="Date of birth")),
        "bank": lambda t: bank.detect(t, Context("body", keyer)),
        "bank with header": lambda t: bank.detect(t, Context("body", keyer, header="Sort code")),
        "children": lambda t: children.detect(t, Context("body", keyer)),
        "children names": children.names,
        "contact": lambda t: contact.detect(t, Context("body", keyer, staff=none)),
        "reference": lambda t: reference.detect(t, Context("body", keyer)),
        "reference with header": lambda t: reference.detect(
            t, Context("body", keyer, header="Participant ref")
        ),
        "benefits": lambda t: benefits.detect(t, Context("body", keyer, terms=terms)),
        "special": lambda t: special.detect(t, Context("body", keyer, special=matcher)),
        "name cue": people.has_name_cue,
        "normalise": people.normalise,
        "greeting names": people.greeting_names,
        "invitees": people.invitees,
        "signature names": people.signature_names,
        "shaped signatures": people.shaped_signatures,
        "one reader": attribution.one_reader,
        "told own contact": lambda t: attribution.told_own_contact(t, ctx_mod.Regions()),
        "people list text": attribution.people_list_text,
        "statistics, rates, data held, talks": lambda t: [
            list(rx.finditer(t))
            for rx in (
                attribution.SHARE_BEFORE_RE,
                attribution.INDEFINITE_PERSON_RE,
                attribution.RATE_FOR_RE,
                attribution.TRAINING_RE,
                attribution.DATA_HELD_RE,
            )
        ],
        "references beside names": lambda t: list(reference.NAME_CODE_RE.finditer(t)),
        "staff name lines": lambda t: ctx_mod.staff_name_lines(t, ("jo smith", "jo")),
        "name rules": lambda t: [
            list(rx.finditer(t))
            for rx in (people.FIELD_NAME_RE, people.SUBJECT_NAME_RE, people.TITLE_NAME_RE)
        ],
        "role labels": people.ROLE_BEFORE_RE.search,
        "work number labels": contact.WORK_LABEL_BEFORE_RE.search,
        "staff regions": lambda t: ctx_mod.staff_regions(t, staff_names=("jo smith",)),
        "colleagues in absence notes": lambda t: list(ctx_mod.COLLEAGUE_RE.finditer(t)),
        "home addresses in words": lambda t: list(contact.lives_at(t)),
        "list rows": lambda t: [people.row_name(ln) for ln in t.split("\n")],
        "delimited exports": csvfile.text_delimiter,
        "pipe tables": text_tables.pipe_tables,
        "aligned tables": text_tables.aligned_tables,
        "doc kinds": lambda t: doc_kinds.classify(doc_kinds.Document("body", None, t, "body")),
        "nino rows": lambda t: doc_kinds.text_nino_rows(
            doc_kinds.Document("body", None, t, "body")
        ),
        "attribution zones": lambda t: attribution.zones(t, is_body=True),
        "attribution": lambda t: _attribute_everywhere(t),
        "forwarded mail": lambda t: forwarded.split([body(t)]),
        "template fields": lambda t: (placeholders.empty(t), placeholders.template_salutation(t)),
    }


def _attribute_everywhere(text: str) -> None:
    # A finding every 50 characters: each look-up must cost the same however long the text.
    att = attribution.Attribution(text, in_document=False)
    for pos in range(0, len(text), 50):
        att.nobody_reason(pos, pos + 1)


@pytest.fixture(scope="module")
def detectors(terms, nlp):
    return _detectors(terms, nlp)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_detector_is_linear(detectors, shape):
    make = SHAPES[shape]
    for name, fn in detectors.items():
        try:
            assert_linear(fn, make)
        except AssertionError as e:
            raise AssertionError(f"{name} on {shape}: {e}") from None


@pytest.mark.parametrize("shape", list(SHAPES))
def test_scan_is_linear(run, shape):
    make = SHAPES[shape]

    def whole(text: str) -> object:
        # As a body, as an attachment (name heuristics: lists, CV headings), as a subject.
        return run(body(text), attachment("cv.docx", text), subject=text[:200])

    assert_linear(whole, make, n=1_500)


# Lines built from the pieces that real mail mixes: names, titles, labels,
# numbers, separators; repeated, each piece must still cost only its length.
PIECES = [
    "Mr ", "Jo ", "Smith", "O'Brien", "-", "McKay", "Limited", ", ", "registered in ",
    "AB", " 12", "34", "56 C", "DOB: ", "12/03/1985", "sort code ", "20-32-06 ", "73479283",
    "\t", "  ", "\n", "aged 7", "daughter ", "(", ")", "Ñ", "is ", "wrote:", "Kind regards\n",
    "for urgent ", "please contact ", "SMITH, ", "|", "lives at ",
    "Thanks Jo, ", "your number ", " to ", "your UC £",
]  # fmt: skip


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=3, max_size=12))
def test_repeated_mixtures_are_linear(detectors, pieces):
    unit = "".join(pieces)

    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    # Well above the constants that bound some work (a 1,500-character signature zone,
    # 600-character sentence windows), so the small text is not a cheaper case of its own.
    for name, fn in detectors.items():
        try:
            assert_linear(fn, make, n=MIXTURE_N)
        except AssertionError as e:
            raise AssertionError(f"{name} on {unit!r}: {e}") from None
