"""A fixed-seed slice of bench/fuzz.py: mutated public MIME test messages through
extraction and scan, as `mailgate check` runs them. No crash, every result valid."""

from __future__ import annotations

import re

import pytest

from bench import fuzz
from detectors.model import Scan

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def warmed():
    from detectors.analyse import warm_up
    from policies.terms import load_terms

    warm_up(load_terms())


def test_corpus_is_the_interpreters_own_email_test_data():
    corpus = fuzz.seeds([fuzz.STDLIB_CORPUS])
    assert len(corpus) >= 40 and all(b"\r\n" in data for _, data in corpus)


def test_mutations_are_reproducible_and_bounded():
    corpus = fuzz.seeds([fuzz.STDLIB_CORPUS])
    first = [raw for _, (_, raw) in zip(range(50), fuzz.inputs(corpus, 3), strict=False)]
    again = [raw for _, (_, raw) in zip(range(50), fuzz.inputs(corpus, 3), strict=False)]
    assert first == again and len(set(first)) > 40
    assert all(len(raw) <= fuzz.MAX_INPUT for raw in first)


def test_200_fixed_seed_iterations_end_without_a_crash(warmed):
    report = fuzz.run(fuzz.seeds([fuzz.STDLIB_CORPUS]), 200, seed=12, input_seconds=60)
    assert report.iterations == 200
    assert report.crashes == []


def test_a_result_a_worker_could_not_answer_is_a_crash():
    from detectors.model import Extraction, Scan

    assert fuzz.invalid(Extraction(), Scan()) is None
    assert fuzz.invalid(Scan(), Scan()) == "invalid: extraction type"
    assert fuzz.invalid(Extraction(), None) == "invalid: scan type"


def test_a_raw_8bit_header_byte_reaches_detection_as_text(warmed):
    # Found by the fuzzer: an undecodable header byte was a lone surrogate in the subject,
    # and spaCy's tokenizer raised on it (a 451 the client would retry for ever).
    from detectors.analyse import analyse
    from detectors.extract import extract

    corpus = fuzz.seeds([fuzz.STDLIB_CORPUS])
    _, raw = next(x for i, x in enumerate(fuzz.inputs(corpus, 12)) if i == 10)
    surrogate = re.compile("[\ud800-\udfff]")
    out = extract(raw)
    assert not any(surrogate.search(c.text) for c in out.chunks)
    assert isinstance(analyse(raw, "a@provider.test", ["b@partner.test"]), Scan)
