"""RTF to text (striprtf)."""

from __future__ import annotations

from striprtf.striprtf import rtf_to_text

from .blob import Blob
from .state import Run


def rtf_text(data: bytes) -> str:
    # RTF is 7-bit; \'xx escapes carry the 8-bit characters (cp1252 unless \ansicpg says).
    return rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")


def read(run: Run, blob: Blob) -> None:
    run.emit(blob.where, rtf_text(blob.data), content_type=blob.mime)
