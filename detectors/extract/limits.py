"""How much one message may cost to read, and the error raised when it costs more.

Every limit ends in an Opaque part with reason ``limit:<which>``: the gateway
then knows exactly what it did not read and never relays it as if read.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    # Containers inside containers (zip in zip, mail in mail, files in a .msg).
    # An attachment of the message itself is depth 0.
    max_depth: int = 5
    # multipart inside multipart within one message (real mail nests 3-6 deep).
    max_mime_depth: int = 30
    # Leaf MIME parts read per message, across nested messages.
    max_parts: int = 1000
    # Archive members (files inside zip/7z/tar/msg/tnef) read per message.
    max_members: int = 1000
    # One decompressed member or attachment, and all of them together.
    max_part_bytes: int = 64 * MB
    max_total_bytes: int = 256 * MB
    # One decompressed stream inside a file (a PDF's FlateDecode stream: PDFium holds
    # about twice this while it reads the page); a file's streams together are a part.
    max_stream_bytes: int = 32 * MB
    # Uncompressed:compressed ratio per archive member; members smaller than
    # ratio_floor are not judged (a small file of repeats is not a bomb).
    max_ratio: int = 100
    ratio_floor: int = 1 * MB
    # Extracted characters per part (Purview reads 1 MB; we read 5) and per message.
    max_part_text: int = 5_000_000
    max_total_text: int = 50_000_000
    # Wall-clock budgets, checked cooperatively between parts, pages, rows and
    # members. A parser stuck inside C code cannot be interrupted in-process:
    # the gateway's worker timeout (it kills the worker) is the backstop.
    part_seconds: float = 10.0
    message_seconds: float = 30.0
    # An image shown in the body (has a Content-ID, not an attachment: a logo in a
    # signature) up to this size is reported as ``inline-image`` rather than
    # ``no-text``, so the policy can treat decoration apart from a scanned document.
    max_inline_image_bytes: int = 256 * 1024


class LimitExceeded(Exception):
    """A limit was reached; ``which`` becomes the reason ``limit:<which>``."""

    def __init__(self, which: str) -> None:
        super().__init__(which)
        self.which = which


class PasswordProtected(Exception):
    """The content is locked with a password we do not have."""


class NoText(Exception):
    """The content has no text layer (images, scanned pages)."""
