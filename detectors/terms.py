"""The term lists the detectors match, as plain data.

Administrators edit them as YAML under ``policies/terms/``; ``policies.terms``
reads those files into a ``TermLists``. Detectors receive one and never read
files or import ``policies`` themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors.model import Category


@dataclass(frozen=True, slots=True, eq=False)
class TermLists:
    """Phrases per special category, and the benefit vocabulary.

    ``special`` maps a special category to its phrases (matched case-insensitively,
    with simple plural inflection of the last word). ``benefits`` are benefit
    names (long forms, matched case-insensitively); ``benefit_abbreviations``
    are matched as written (``UC``, ``JSA``) so ordinary words never match.
    ``benefit_details`` are the words that make a benefit mention a payment
    detail (sanction, deduction, overpayment…); amounts and dates are found by
    pattern.
    """

    special: dict[Category, tuple[str, ...]] = field(default_factory=dict)
    # Longer phrases that contain a term but mean something else ("prison
    # officer", "probation period"): where one matches, the term does not.
    special_exclusions: tuple[str, ...] = ()
    # Phrases of ``special`` (lower case) matched only as written: "off the drink" is
    # not "off the drinks" (a menu), as "panic attack" is "panic attacks".
    uninflected: frozenset[str] = frozenset()
    benefits: tuple[str, ...] = ()
    benefit_abbreviations: tuple[str, ...] = ()
    benefit_details: tuple[str, ...] = ()
    # Where each list came from, for messages ("policies/terms/health.yaml").
    sources: dict[str, str] = field(default_factory=dict)
