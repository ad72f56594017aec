"""The PDF stream filters PDFium decodes for text, as streaming decoders.

Each decoder takes the stream's data in input steps and yields its output in steps of
at most about ``OUT_STEP`` bytes, so ``pdf_streams`` can count a layer's output and
stop at the budget without ever holding it: LZW reaches about 2,700:1, RunLength
64:1, Flate 1,000:1 and more, and PDFium itself has no output limit. pypdf's decoders
(the fallback reader's) return a layer whole and ignore LZW's ``/EarlyChange``, so they
cannot do this. Where a filter meets damage the decoder stops with what came before
it (PDFium reads that much too); bytes PDFium skips (non-hex characters, white space)
are skipped here as well, so no stray byte makes a stream look shorter than PDFium
reads it.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Callable, Iterator

OUT_STEP = 1024 * 1024

Decoder = Callable[[Iterator[bytes]], Iterator[bytes]]


def flate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Inflate a zlib stream in bounded output steps; stop at its end or at damage."""
    d = zlib.decompressobj()
    try:
        for chunk in chunks:
            out = d.decompress(chunk, OUT_STEP)
            while True:
                if out:
                    yield out
                if d.eof or not d.unconsumed_tail:  # past the end, the tail stays set
                    break
                out = d.decompress(d.unconsumed_tail, OUT_STEP)
            if d.eof:
                return
    except zlib.error:
        return


_HEX_DIGITS = b"0123456789abcdefABCDEF"
_NOT_HEX = bytes(b for b in range(256) if b not in _HEX_DIGITS and b != ord(">"))


def ascii_hex(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """ASCIIHexDecode: pairs of hex digits up to ``>``; anything else is skipped (as
    PDFium does), an odd last digit is followed by 0."""
    carry = b""
    for chunk in chunks:
        digits, end, _ = chunk.translate(None, _NOT_HEX).partition(b">")
        digits = carry + digits
        even = len(digits) - len(digits) % 2
        carry = digits[even:]
        if even:
            yield bytes.fromhex(digits[:even].decode("ascii"))
        if end:
            break
    if carry:
        yield bytes.fromhex((carry + b"0").decode("ascii"))


_A85_WHITE = b" \t\r\n\x0c\x00"
_A85_END = re.compile(rb"[^!-uz]")  # "~" (of "~>") or any other byte ends the data
_A85_ZEROS = re.compile(rb"(z+)")


def ascii85(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """ASCII85Decode: groups of five up to ``~>`` (or any byte outside the alphabet);
    ``z`` is four zero bytes and, as in PDFium, drops a group it interrupts; a last
    partial group gives one byte fewer than its characters."""
    carry = b""
    for chunk in chunks:
        text = carry + chunk.translate(None, _A85_WHITE)
        stop = _A85_END.search(text)
        if stop is not None:
            text = text[: stop.start()]
        pieces = _A85_ZEROS.split(text)  # text, a run of z, text, ..., text
        last = pieces.pop()
        for piece in pieces:
            if piece.startswith(b"z"):
                yield from _zeros(4 * len(piece))
            elif len(piece) >= 5:  # a group "z" interrupts is dropped
                yield _a85_groups(piece[: len(piece) - len(piece) % 5])
        whole = len(last) - len(last) % 5
        if whole:
            yield _a85_groups(last[:whole])
        carry = last[whole:]  # a group that may go on in the next chunk
        if stop is not None:
            break
    if len(carry) > 1:
        yield _a85_group(carry + b"u" * (5 - len(carry)))[: len(carry) - 1]


def _a85_groups(text: bytes) -> bytes:
    """Whole groups of five; one past 2**32 wraps, as in PDFium (the standard decoder
    refuses it)."""
    try:
        return base64.a85decode(text)
    except ValueError:
        return b"".join(_a85_group(text[i : i + 5]) for i in range(0, len(text), 5))


def _a85_group(group: bytes) -> bytes:
    value = 0
    for ch in group:
        value = value * 85 + ch - 33
    return (value & 0xFFFFFFFF).to_bytes(4, "big")


def _zeros(n: int) -> Iterator[bytes]:
    while n > 0:
        step = min(n, OUT_STEP)
        yield bytes(step)
        n -= step


def run_length(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """RunLengthDecode: a length byte 0-127 copies the next 1-128 bytes, 129-255 repeats
    the next byte 2-128 times, 128 ends the data."""
    data = b""
    out: list[bytes] = []
    size = 0
    for chunk in chunks:
        data += chunk
        i, n = 0, len(data)
        while i < n:
            length = data[i]
            if length == 128:
                yield b"".join(out)
                return
            if length < 128:
                if i + length + 2 > n:
                    break  # the run goes on in the next chunk
                out.append(data[i + 1 : i + length + 2])
                size += length + 1
                i += length + 2
            else:
                if i + 2 > n:
                    break
                out.append(data[i + 1 : i + 2] * (257 - length))
                size += 257 - length
                i += 2
            if size >= OUT_STEP:
                yield b"".join(out)
                out, size = [], 0
        data = data[i:]
    yield b"".join(out)


_LZW_CLEAR = 256
_LZW_END = 257
_LZW_MAX_CODES = 4096


def lzw(chunks: Iterator[bytes], early_change: int = 1) -> Iterator[bytes]:
    """LZWDecode: codes of 9 to 12 bits, most significant bit first; 256 clears the
    table, 257 ends the data; with ``early_change`` (the default, 1) the code width
    grows one code early. A code past the table is damage."""
    table: list[bytes] = []

    def reset() -> None:
        table.clear()
        table.extend(bytes((i,)) for i in range(256))
        table.extend((b"", b""))  # 256 and 257 are not strings

    reset()
    width, buffer, bits = 9, 0, 0
    previous = b""
    out: list[bytes] = []
    size = 0
    for chunk in chunks:
        for byte in chunk:
            buffer = (buffer << 8) | byte
            bits += 8
            while bits >= width:
                bits -= width
                code = buffer >> bits
                buffer &= (1 << bits) - 1
                if code == _LZW_CLEAR:
                    reset()
                    width, previous = 9, b""
                    continue
                if code == _LZW_END:
                    yield b"".join(out)
                    return
                if code < len(table) and (previous or code < _LZW_CLEAR):
                    entry = table[code]
                elif code == len(table) and previous:
                    entry = previous + previous[:1]
                else:  # damage (after a clear, the first code must be a byte)
                    yield b"".join(out)
                    return
                if previous and len(table) < _LZW_MAX_CODES:
                    table.append(previous + entry[:1])
                    if len(table) + early_change >= 1 << width and width < 12:
                        width += 1
                previous = entry
                out.append(entry)
                size += len(entry)
                if size >= OUT_STEP:
                    yield b"".join(out)
                    out, size = [], 0
    yield b"".join(out)


DECODERS: dict[bytes, Decoder] = {
    b"FlateDecode": flate,
    b"Fl": flate,
    b"LZWDecode": lzw,
    b"LZW": lzw,
    b"RunLengthDecode": run_length,
    b"RL": run_length,
    b"ASCIIHexDecode": ascii_hex,
    b"AHx": ascii_hex,
    b"ASCII85Decode": ascii85,
    b"A85": ascii85,
}
