"""The one signature every detector has: ``detect(text, ctx) -> list[Finding]``.

A detector is a pure function of the text it reads and a ``Context``: where the
text is, the keyer that salts distinct-value keys, the label or column header the
text sits under, the staff regions (signatures, greetings) of that text, and the
term lists. The scan (``detectors/scan.py``) builds one context per chunk, table
cell or form row and runs a tuple of detectors over it, the way structlog runs
its processors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detectors.context import Regions
from detectors.masking import Keyer
from detectors.model import Finding
from detectors.terms import TermLists

if TYPE_CHECKING:
    from detectors.special import SpecialMatcher


@dataclass(frozen=True, slots=True)
class Context:
    """What a detector knows besides the text.

    ``header``: the column header of a table cell, or a form row's label ("" for
    running text). ``staff``: the spans of ``text`` that are the sender's own
    (signature, greeting, quoted headers). ``business``: the text is an invoice or
    remittance, so its bank details, address and phone are the business's own.
    ``special``: the phrase matcher built from ``terms`` (None where the caller
    runs no special-category detector). ``recipients``: the envelope's recipient
    addresses, lower case (a quoted header that gives one tells the reader nothing new).
    """

    location: str
    keyer: Keyer
    header: str = ""
    staff: Regions = field(default_factory=Regions)
    staff_addresses: frozenset[str] = frozenset()
    business: bool = False
    terms: TermLists = field(default_factory=TermLists)
    special: SpecialMatcher | None = None
    recipients: frozenset[str] = frozenset()

    def at(self, location: str, header: str = "") -> Context:
        """This context for another place (a table cell, a form row): built directly,
        since ``dataclasses.replace`` costs several times more once per cell."""
        return Context(
            location, self.keyer, header, self.staff, self.staff_addresses, self.business,
            self.terms, self.special, self.recipients,
        )  # fmt: skip


Detector = Callable[[str, Context], list[Finding]]
