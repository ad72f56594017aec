"""Detection fixtures: the real spaCy pipeline and the real term lists, loaded
once per test session."""

from __future__ import annotations

import pytest

from detectors import nlp as nlp_mod
from detectors.masking import Keyer
from detectors.model import Address, Chunk, Extraction, Scan
from detectors.scan import scan
from detectors.terms import TermLists
from policies.terms import load_terms

STAFF_FROM = "tom.jones@provider.example"
STAFF_TO = "priya.patel@employer.example"


@pytest.fixture(scope="session")
def nlp():
    return nlp_mod.load()


@pytest.fixture(scope="session")
def terms() -> TermLists:
    return load_terms()


@pytest.fixture(scope="session", autouse=True)
def _analyser_terms(terms):
    """detectors.analyse reads the term lists it is handed, as the gateway's workers
    hand them over at start: do the same for tests that call analyse()."""
    from detectors.analyse import set_terms

    set_terms(terms)


@pytest.fixture
def keyer() -> Keyer:
    return Keyer()


@pytest.fixture
def run(nlp, terms):
    """Scan a message built from (location, text, source) chunks."""

    def _run(*chunks: Chunk, subject: str = "", rcpt: list[str] | None = None) -> Scan:
        ex = Extraction(
            subject=subject,
            chunks=list(chunks),
            addresses=[
                Address("Tom Jones", STAFF_FROM, "from"),
                Address("Priya Patel", STAFF_TO, "to"),
            ],
        )
        return scan(ex, mail_from=STAFF_FROM, rcpt_tos=rcpt or [STAFF_TO], terms=terms, nlp=nlp)

    return _run
