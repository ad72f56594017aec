"""S/MIME PKCS#7 blobs: tell enveloped (encrypted) from signed, and unwrap signed content.

A few lines of BER reading instead of a dependency: we only need the content
type and, for signed-data, the encapsulated octets. cryptography can build
PKCS#7 but offers no reader for the encapsulated content.
"""

from __future__ import annotations

SIGNED = bytes.fromhex("2a864886f70d010702")
ENVELOPED = bytes.fromhex("2a864886f70d010703")
AUTH_ENVELOPED = bytes.fromhex("2a864886f70d0109100117")
MAX_NESTING = 64


class BerError(ValueError):
    pass


def _read(buf: bytes, pos: int, depth: int = 0) -> tuple[int, int, int, int]:
    """One TLV at pos: (tag, content start, content end, next position)."""
    if depth > MAX_NESTING or pos + 2 > len(buf):
        raise BerError("truncated")
    tag = buf[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # high tag number form
        while pos < len(buf) and buf[pos] & 0x80:
            pos += 1
        pos += 1
    if pos >= len(buf):
        raise BerError("truncated")
    first = buf[pos]
    pos += 1
    if first == 0x80:  # indefinite length: children up to end-of-contents
        end = pos
        while buf[end : end + 2] != b"\x00\x00":
            end = _read(buf, end, depth + 1)[3]
            if end >= len(buf):
                raise BerError("no end-of-contents")
        return tag, pos, end, end + 2
    if first & 0x80:
        n = first & 0x7F
        if n > 8:
            raise BerError("length")
        length = int.from_bytes(buf[pos : pos + n], "big")
        pos += n
    else:
        length = first
    end = pos + length
    if end > len(buf):
        raise BerError("truncated")
    return tag, pos, end, end


def _children(buf: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    pos = start
    while pos < end:
        tag, s, e, pos = _read(buf, pos)
        if tag == 0 and s == e:  # stray end-of-contents
            break
        out.append((tag, s, e))
    return out


def _octets(buf: bytes, tag: int, s: int, e: int) -> bytes:
    if tag == 0x04:
        return buf[s:e]
    if tag == 0x24:  # constructed OCTET STRING (BER): concatenation of its pieces
        return b"".join(_octets(buf, t, cs, ce) for t, cs, ce in _children(buf, s, e))
    raise BerError("not an octet string")


def classify(der: bytes) -> tuple[str, bytes | None]:
    """('enveloped'|'signed'|'other', signed content or None). Raises BerError."""
    tag, s, e, _ = _read(der, 0)
    if tag != 0x30:
        raise BerError("not a ContentInfo")
    kids = _children(der, s, e)
    if not kids or kids[0][0] != 0x06:
        raise BerError("no content type")
    oid = der[kids[0][1] : kids[0][2]]
    if oid in (ENVELOPED, AUTH_ENVELOPED):
        return "enveloped", None
    if oid != SIGNED:
        return "other", None
    # [0] EXPLICIT SignedData { version, digestAlgorithms, encapContentInfo, … }
    signed = _children(der, kids[1][1], kids[1][2])[0]
    encap = _children(der, signed[1], signed[2])[2]
    parts = _children(der, encap[1], encap[2])
    if len(parts) < 2:
        return "signed", b""  # detached: the content travels beside it
    inner = _children(der, parts[1][1], parts[1][2])[0]
    return "signed", _octets(der, *inner)
