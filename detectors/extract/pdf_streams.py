"""A PDF's compressed streams, measured in bounded steps before PDFium opens the file.

PDFium inflates a whole stream into memory (about twice its inflated size at peak)
and has no output limit: one FlateDecode stream of a 1.4 MB file inflating to
1 GiB takes a reader past 2 GB. So every Flate stream is first inflated here a
step at a time, the output counted and dropped, against the stream and file
budgets (``ExtractLimits.max_stream_bytes``, ``max_part_bytes``) and the
message's byte total. Chains (``[/FlateDecode /FlateDecode]``, or Flate under
ASCIIHex/ASCII85) are followed layer by layer. Image streams are not decoded to
read text, so they are not measured; any stream this misses (an LZW one, a
content stream dressed as an image) is bounded by the worker's memory ceiling.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Iterator

from .limits import LimitExceeded
from .state import Run

IN_STEP = 64 * 1024
OUT_STEP = 1024 * 1024
DICT_REACH = 4096  # bytes before "stream" searched for the stream's dictionary
MAX_LAYERS = 4

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE = {b"FlateDecode", b"Fl"}
_TEXT_LAYERS = {b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85"}
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def check_streams(run: Run, data: bytes) -> None:
    """Raise LimitExceeded('stream') for a stream past its budget, ('bytes') for a file
    whose streams together are past the part budget (or the message's byte total)."""
    limits = run.limits
    total = 0
    for start, filters in _flate_streams(data):
        run.check_time()
        size = _inflated_size(data, start, filters, limits.max_stream_bytes)
        if size > limits.max_stream_bytes:
            raise LimitExceeded("stream")
        total += size
        if total > limits.max_part_bytes:
            raise LimitExceeded("bytes")
        run.take_bytes(size)


def _flate_streams(data: bytes) -> Iterator[tuple[int, list[bytes]]]:
    """(offset of the stream's data, its filter names) of each non-image stream with Flate."""
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - DICT_REACH) : m.start()]
        objs = list(_OBJ.finditer(head))
        if objs:  # this stream's own dictionary, not an earlier object's
            head = head[objs[-1].end() :]
        found = _FILTER.search(head)
        if found is None or _IMAGE.search(head):
            continue
        filters = _NAME.findall(found.group(1))
        if any(f in _FLATE for f in filters):
            yield m.end(), filters


def _inflated_size(data: bytes, start: int, filters: list[bytes], budget: int) -> int:
    """The largest layer a stream's filters produce, counted up to just past ``budget``."""
    layers = filters[:MAX_LAYERS]
    first = memoryview(data)[start:]
    while layers and layers[0] in _TEXT_LAYERS:
        first = memoryview(_text_layer(bytes(first[: budget + 1]), layers[0]))
        layers = layers[1:]
    flate = 0
    while flate < len(layers) and layers[flate] in _FLATE:
        flate += 1
    if not flate:
        return 0  # a filter we do not measure comes first: the worker ceiling bounds it
    chunks: Iterator[bytes] = _steps(first)
    counters = []
    for _ in range(flate):  # each layer inflates the one before it, a step at a time
        counter = _Counter()
        counters.append(counter)
        chunks = _counted(_inflate(chunks), counter, budget)
    for _ in chunks:
        pass
    return max(c.produced for c in counters)


class _Counter:
    __slots__ = ("produced",)

    def __init__(self) -> None:
        self.produced = 0


def _steps(view: memoryview) -> Iterator[bytes]:
    for i in range(0, len(view), IN_STEP):
        yield bytes(view[i : i + IN_STEP])


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Inflate a zlib stream from ``chunks`` in bounded output steps; stop at its end or
    at damage (PDFium reads what inflated before the damage too)."""
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


def _counted(chunks: Iterator[bytes], counter: _Counter, budget: int) -> Iterator[bytes]:
    for chunk in chunks:
        counter.produced += len(chunk)
        yield chunk
        if counter.produced > budget:
            return


def _text_layer(raw: bytes, name: bytes) -> bytes:
    """An ASCIIHex or ASCII85 layer decoded (its output is smaller than its input)."""
    try:
        if name in (b"ASCIIHexDecode", b"AHx"):
            hexdigits = re.sub(rb"\s+", b"", raw.split(b">", 1)[0])
            return binascii.unhexlify(hexdigits + b"0" * (len(hexdigits) % 2))
        return base64.a85decode(
            raw.split(b"~>", 1)[0] + b"~>", adobe=False, ignorechars=b" \t\r\n\x0c\x00~>"
        )
    except ValueError:
        return b""
