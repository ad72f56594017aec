"""The block-wise DATA reader against RFC 5321's line-by-line definition, on a
real asyncio stream fed in arbitrary pieces."""

from __future__ import annotations

import asyncio
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.data_reader import TOO_LONG, TOO_MUCH, read_data

LIMIT = 200  # the stream's limit, as aiosmtpd sets it: the line limit


def by_lines(stream: bytes) -> tuple[bytes, bytes]:
    """RFC 5321 4.5.2, a line at a time: the data ends at the first line that is
    a lone dot; a leading dot is removed from every other line. Returns the
    content and what follows the end."""
    out, at = [], 0
    while True:
        end = stream.index(b"\r\n", at) + 2
        line = stream[at:end]
        at = end
        if line == b".\r\n":
            return b"".join(out), stream[at:]
        out.append(line[1:] if line.startswith(b".") else line)


async def _read(pieces: list[bytes], size_limit: int = 0, line_limit: int = LIMIT):
    reader = asyncio.StreamReader(limit=LIMIT)

    async def feed():
        for p in pieces:
            reader.feed_data(p)
            await asyncio.sleep(0)
        reader.feed_eof()

    feeder = asyncio.create_task(feed())
    data = await read_data(reader, size_limit=size_limit, line_limit=line_limit)
    rest = await reader.read()
    await feeder
    return data, rest


def read(stream: bytes, cuts: list[int] | None = None, **limits):
    cuts = sorted({c % (len(stream) + 1) for c in cuts or []})
    bounds = [0, *cuts, len(stream)]
    pieces = [stream[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    return asyncio.run(_read(pieces, **limits))


LINE = st.lists(
    st.sampled_from([b"a", b".", b"x.", b"\r", b"\n", b" ", b"=", b"\xc3\xa9"]), max_size=40
).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(LINE, max_size=30),
    after=st.sampled_from([b"", b"QUIT\r\n", b"RSET\r\nMAIL FROM:<a@b.test>\r\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=6),
)
def test_content_and_what_follows_are_as_line_by_line(lines, after, cuts):
    stream = b"".join(ln + b"\r\n" for ln in lines) + b".\r\n" + after
    content, rest = by_lines(stream)
    data, left = read(stream, cuts)
    assert data.error is None
    assert (data.content, left) == (content, rest)


def test_empty_one_line_and_dot_led_messages():
    data, rest = read(b".\r\nQUIT\r\n")
    assert (data.content, data.error, rest) == (b"", None, b"QUIT\r\n")
    assert read(b"Subject: x\r\n.\r\n")[0].content == b"Subject: x\r\n"
    assert read(b"..\r\n...x\r\n.\r\n")[0].content == b".\r\n..x\r\n"
    # A full stop ending a line, or a dot after a bare LF, does not end the data.
    assert read(b"end.\r\nx\n.\r\n.\r\n")[0].content == b"end.\r\nx\n.\r\n"


def test_long_lines_over_many_stream_blocks():
    body = b"".join(b"%06d" % i + b"y" * 70 + b"\r\n" for i in range(3000))
    data, _ = read(body + b".\r\n", [5, 999, 100_000])
    assert data.content == body


def test_a_line_over_the_limit_is_refused_after_the_data_is_read():
    stream = b"ok\r\n" + b"z" * (LIMIT + 50) + b"\r\nmore\r\n.\r\nQUIT\r\n"
    data, rest = read(stream)
    assert (data.error, rest) == (TOO_LONG, b"QUIT\r\n")
    # The longest line allowed (its CRLF included) passes; one byte more does not.
    assert read(b"z" * (LIMIT - 2) + b"\r\n.\r\n")[0].error is None
    assert read(b"z" * (LIMIT - 1) + b"\r\n.\r\n")[0].error == TOO_LONG


def test_too_much_data_is_refused_and_the_session_stays_in_step():
    stream = b"y" * 78 + b"\r\n"
    data, rest = read(stream * 100 + b".\r\nQUIT\r\n", size_limit=4000)
    assert (data.error, data.content, rest) == (TOO_MUCH, b"", b"QUIT\r\n")
    assert read(stream * 50 + b".\r\n", size_limit=4000)[0].error is None


def test_the_first_limit_reached_decides_the_reply():
    long_first = b"z" * (LIMIT + 10) + b"\r\n" + b"y" * 78 * 100 + b"\r\n.\r\n"
    assert read(long_first, size_limit=1000)[0].error == TOO_LONG
    big_first = (b"y" * 78 + b"\r\n") * 20 + b"z" * (LIMIT + 10) + b"\r\n.\r\n"
    assert read(big_first, size_limit=1000)[0].error == TOO_MUCH
