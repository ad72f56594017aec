"""Hostile files built in the test: small on the wire, huge once decompressed."""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator

MIB = 1024 * 1024
GIB = 1024 * MIB


def flate_bomb(size: int, fill: bytes = b" ") -> bytes:
    """A zlib stream of ``size`` bytes of ``fill`` (a multiple of 1 MiB), about 1/1000 of
    it on the wire. Built from one fully flushed block repeated, so 1 GiB takes ~0.5 s."""
    chunk = fill * (MIB // len(fill))
    c = zlib.compressobj(9)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)  # with the zlib header
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)  # the same bytes every time
    check = 1
    for _ in range(size // MIB):
        check = zlib.adler32(chunk, check)
    return first + again * (size // MIB - 1) + b"\x03\x00" + check.to_bytes(4, "big")


def pdf_with_stream(stream: bytes, stream_dict: bytes = b"/Filter /FlateDecode") -> bytes:
    """A one-page PDF whose page content is ``stream`` (encoded as ``stream_dict`` says),
    with a real text object ahead of the bomb so a reader that copes finds text."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R 4 0 R] "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s >>\nstream\n" % (len(stream), stream_dict) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length 46 >>\nstream\nBT /F1 12 Tf 72 712 Td (Quarterly notes) Tj ET\nendstream",
    ]
    return pdf_from_objects(objs)


def pdf_from_objects(objs: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalogue), with its
    cross-reference table and trailer."""
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def lzw_codes(codes: list[int] | Iterator[int], early_change: int = 1) -> bytes:
    """LZW codes packed as PDF's LZWDecode reads them: 9 to 12 bits, most significant
    first, the width growing as the decoder's table does (256 clears it)."""
    out = bytearray()
    buffer = bits = 0
    width, size, previous = 9, 258, False
    for code in codes:
        buffer = (buffer << width) | code
        bits += width
        while bits >= 8:
            bits -= 8
            out.append((buffer >> bits) & 0xFF)
        buffer &= (1 << bits) - 1
        if code == 256:
            width, size, previous = 9, 258, False
            continue
        if previous and size < 4096:  # the decoder adds an entry for every code but the first
            size += 1
            if size + early_change >= 1 << width and width < 12:
                width += 1
        previous = True
    if bits:
        out.append((buffer << (8 - bits)) & 0xFF)
    return bytes(out)


def lzw_encode(data: bytes, early_change: int = 1) -> bytes:
    """A plain LZW encoder (clearing the table when it fills), ending with EOD."""
    table = {bytes((i,)): i for i in range(256)}
    codes = [256]
    word = b""
    for i in range(len(data)):
        byte = data[i : i + 1]
        if word + byte in table:
            word += byte
            continue
        codes.append(table[word])
        if len(table) + 2 < 4096 - early_change:
            table[word + byte] = len(table) + 2
        else:  # full: start again
            codes.append(256)
            table = {bytes((i,)): i for i in range(256)}
        word = byte
    if word:
        codes.append(table[word])
    codes.append(257)
    return lzw_codes(codes, early_change)


def lzw_bomb(size: int, fill: int = 0x20) -> bytes:
    """An LZW stream of at least ``size`` bytes of ``fill``, about 1/2,700 of it on the
    wire: entries 258-4095 each one ``fill`` longer than the last, then the longest
    (3,839 bytes) over and over."""
    longest = 4095 - 256
    built = sum(range(1, longest + 1))
    repeats = max(0, -(-(size - built) // longest))
    return lzw_codes(
        itertools.chain([fill], range(258, 4096), itertools.repeat(4095, repeats), [257])
    )


def run_length_bomb(size: int, fill: bytes = b" ") -> bytes:
    """A RunLength stream of ``size`` bytes of ``fill`` (a multiple of 128): two bytes
    for every 128."""
    return b"\x81" + fill[:1] + (b"\x81" + fill[:1]) * (size // 128 - 1) + b"\x80"
