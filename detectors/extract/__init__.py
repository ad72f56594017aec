"""Raw message bytes → every readable piece of text with its location, and every
part that could not be read with the reason (``detectors.model.Extraction``).

Pure: no file system, no network, never raises. Bounded by ``ExtractLimits``.
"""

from __future__ import annotations

from detectors.model import Extraction

from .limits import ExtractLimits
from .mime import parse, read_message
from .state import Run, Where

__all__ = ["ExtractLimits", "extract"]


def extract(raw: bytes, limits: ExtractLimits | None = None) -> Extraction:
    run = Run(limits or ExtractLimits())
    top = Where()
    try:
        read_message(run, parse(bytes(raw)), top, top=True)
    except Exception:  # a parser bug or a message the stdlib cannot take apart
        run.opaque(top, "corrupt", content_type="message/rfc822", size=len(raw))
    out = run.out
    if out.encrypted is None and _inline_pgp_only(out):
        out.encrypted = "pgp-inline"
    return out


def _inline_pgp_only(out: Extraction) -> bool:
    """All content is inline PGP armour: the message is already encrypted."""
    if not out.opaque or any(not o.reason.startswith("encrypted:") for o in out.opaque):
        return False
    if not any(o.reason == "encrypted:pgp" for o in out.opaque):
        return False
    return all(c.source == "subject" or c.location.endswith("› subject") for c in out.chunks)
