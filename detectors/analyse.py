"""raw message → Scan: extraction then detection, in a worker process.

``warm_up(terms)`` loads the spaCy pipeline and the format readers once per worker,
so the first message does not pay for them, and keeps the term lists it is handed:
the caller (the gateway's worker pool, ``mailgate check``, a benchmark) reads the
administrator's lists through ``policies.terms`` and passes them in. The detectors
never read files or import ``policies``.
"""

from __future__ import annotations

from detectors import common_words
from detectors import nlp as nlp_mod
from detectors.model import Scan
from detectors.scan import scan
from detectors.terms import TermLists

_terms: TermLists | None = None


def set_terms(terms: TermLists) -> None:
    """Use these term lists from now on (after an administrator's edit)."""
    global _terms
    _terms = terms


def warm_up(terms: TermLists) -> None:
    from detectors.extract import warm_up as load_readers

    load_readers()
    nlp_mod.load()
    common_words.load()
    set_terms(terms)


def analyse(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    from detectors.extract import extract  # built alongside; imported when first needed

    if _terms is None:
        raise RuntimeError("detectors.analyse: call warm_up(terms) or set_terms(terms) first")
    extraction = extract(raw)
    return scan(
        extraction, mail_from=mail_from, rcpt_tos=rcpt_tos, terms=_terms, nlp=nlp_mod.load()
    )
