"""raw message → Scan: extraction then detection, in a worker process.

``warm_up()`` loads the spaCy pipeline and the term lists once per worker so
the first message does not pay for it. This is the seam where the admin's term
lists (``policies/terms``) are handed to the pure detectors; the detectors
themselves never read files or import ``policies``.
"""

from __future__ import annotations

from detectors import nlp as nlp_mod
from detectors.model import Scan
from detectors.scan import scan
from detectors.terms import TermLists

_terms: TermLists | None = None


def set_terms(terms: TermLists) -> None:
    """Use these term lists from now on (after an administrator's edit)."""
    global _terms
    _terms = terms


def _term_lists() -> TermLists:
    global _terms
    if _terms is None:
        from policies.terms import load_terms  # the default, admin-edited lists

        _terms = load_terms()
    return _terms


def warm_up(terms: TermLists | None = None) -> None:
    from detectors.extract import warm_up as load_readers

    load_readers()
    nlp_mod.load()
    if terms is not None:
        set_terms(terms)
    _term_lists()


def analyse(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    from detectors.extract import extract  # built alongside; imported when first needed

    extraction = extract(raw)
    return scan(
        extraction, mail_from=mail_from, rcpt_tos=rcpt_tos, terms=_term_lists(), nlp=nlp_mod.load()
    )
