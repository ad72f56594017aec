"""Reading the DATA phase of an SMTP transaction in blocks, not lines.

aiosmtpd reads DATA one line at a time, with a dozen Python steps per line; on
mail with attachments (base64, 76-character lines) that was about a third of
the gateway's main-process CPU. This reader asks the stream for the next
``.<CRLF>`` instead, so it wakes once per line that ends in a full stop or once
per stream-limit's worth of bytes, and does the dot-stuffing and the limits
with bytes methods over the whole message.

aiosmtpd's rules are kept: the data ends only at ``<CRLF>.<CRLF>`` (or a lone
``.<CRLF>`` as the first line), never at a bare LF or CR; a line longer than
the line limit gives ``500`` and more data than the size limit ``552``,
whichever came first, after the rest of the data has been read and thrown away
so that the session stays in step; bytes the client sent after the end of the
data stay in the stream for the next command.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

END = b".\r\n"
CRLF = b"\r\n"
TOO_LONG = "500 Line too long (see RFC5321 4.5.3.1.6)"
TOO_MUCH = "552 Error: Too much mail data"


@dataclass(frozen=True)
class Data:
    """The message as the client meant it (dot-stuffing removed), or the error
    reply owed for it."""

    content: bytes = b""
    error: str | None = None


async def read_data(reader: asyncio.StreamReader, *, size_limit: int, line_limit: int) -> Data:
    """Read up to and including the end-of-data line.

    ``size_limit``: the most bytes a message may have as sent (0: no limit).
    ``line_limit``: the longest line allowed, its CRLF included (aiosmtpd's
    stream limit).
    """
    parts: list[bytes] = []
    kept = 0
    tail = CRLF  # the data starts as if right after a line break
    error: str | None = None
    while True:
        try:
            block = await reader.readuntil(END)
        except asyncio.LimitOverrunError as e:
            # No ".<CRLF>" within the stream's limit: these bytes cannot hold the end.
            block = await reader.read(e.consumed)
        ended = block.endswith(END) and (tail + block)[-5:-3] == CRLF
        tail = (tail + block)[-4:]
        if error is None:
            parts.append(block)
            kept += len(block)
            if size_limit and kept - (len(END) if ended else 0) > size_limit:
                # Which limit came first in the stream; none of the data is kept.
                error = _long_line(b"".join(parts)[: size_limit + 1], line_limit) or TOO_MUCH
                parts = []
        if ended:
            break
    if error is not None:
        return Data(error=error)
    raw = b"".join(parts)[: -len(END)]
    if error := _long_line(raw, line_limit):
        return Data(error=error)
    # RFC 5321 4.5.2: a line that starts with "." had one added by the client.
    content = raw.replace(b"\r\n.", CRLF)
    return Data(content=content[1:] if content.startswith(b".") else content)


def _long_line(data: bytes, line_limit: int) -> str | None:
    """TOO_LONG if a line of ``data`` with its CRLF is over the limit, or the
    line still arriving at its end already is."""
    if not line_limit:
        return None
    lines = data.split(CRLF)
    last = lines.pop()  # b"" after a final CRLF, or the line still arriving
    if lines and max(map(len, lines)) + len(CRLF) > line_limit:
        return TOO_LONG
    # (Complete data ends in a CRLF, so only a line still arriving is left over.)
    return TOO_LONG if len(last) > line_limit else None
