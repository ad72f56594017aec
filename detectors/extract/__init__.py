"""Raw message bytes → every readable piece of text with its location, and every
part that could not be read with the reason (``detectors.model.Extraction``).

Pure: no file system, no network, never raises. Bounded by ``ExtractLimits``.

    mime.py       the MIME walk: headers, bodies, forwarded mail, S/MIME and PGP
    dispatch.py   one file: sniff (sniff.py, libmagic), bound, pick its reader
    archives.py   zip / 7z / tar / gzip·bzip2·xz, recursively, bounded
    pdf.py docx.py xlsx.py xls.py odf.py pptx.py csvfile.py html.py rtf.py
    ics.py vcard.py msg.py tnef.py plaintext.py   one reader per format
    state.py      Where (a location being read) and Run (budgets and output)

Locations read like ``attachment "letters.zip" › "letter3.pdf" › page 2``;
opaque reasons are those listed on ``detectors.model.Opaque``.
"""

from __future__ import annotations

from detectors.model import Extraction

from .limits import ExtractLimits
from .mime import parse, read_message
from .state import Run, Where

__all__ = ["ExtractLimits", "extract", "warm_up"]


def warm_up() -> None:
    """Load the format readers now, so a worker's first message does not pay for it."""
    from .dispatch import load_readers

    load_readers()


PARSE_GUARD = 20  # boundary-like lines allowed per permitted part


def extract(raw: bytes, limits: ExtractLimits | None = None) -> Extraction:
    run = Run(limits or ExtractLimits())
    top = Where()
    try:
        raw = bytes(raw)
        if raw.count(b"\n--") > PARSE_GUARD * run.limits.max_parts:
            # The stdlib parser is not interruptible and costs ~0.3 ms a part:
            # far too many boundary lines are refused before parsing.
            read_message(run, parse(raw, headers_only=True), top, top=True, walk=False)
            run.opaque(top, "limit:parts", content_type="message/rfc822", size=len(raw))
        else:
            read_message(run, parse(raw), top, top=True)
    except Exception:  # a parser bug or a message the stdlib cannot take apart
        run.opaque(top, "corrupt", content_type="message/rfc822")
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
    # The subject and the sender's headers stay outside the armour.
    return all(
        c.source in ("subject", "header") or c.location.endswith("› subject") for c in out.chunks
    )
