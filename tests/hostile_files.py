"""Hostile files built in the test: small on the wire, huge once decompressed."""

from __future__ import annotations

import zlib

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
