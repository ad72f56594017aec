"""A PDF's encoded streams, measured in bounded steps before PDFium opens the file.

PDFium decodes a whole stream into memory (about twice its decoded size at peak) and
has no output limit: one FlateDecode stream of a 1.4 MB file inflating to 1 GiB takes
a reader past 2 GB, and an LZW stream of 400 KB does the same. So every stream with a
filter PDFium decodes for text (Flate, LZW, RunLength, ASCIIHex, ASCII85:
``pdf_filters``) is first decoded here a step at a time, each layer's output counted
and dropped, against the stream and file budgets (``ExtractLimits.max_stream_bytes``,
``max_part_bytes``) and the message's byte total. A chain (``[/AHx /LZW /Fl]``) is
followed layer by layer, each layer held to the stream budget; one longer than
``MAX_LAYERS`` is past the budget by itself. Decoding stops at a filter we do not
decode (an image codec). Image streams are not decoded to read text, so they are not
measured; a content stream dressed as an image is bounded by the worker's memory
ceiling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from .limits import LimitExceeded
from .pdf_filters import DECODERS, Decoder, lzw
from .state import Run

IN_STEP = 64 * 1024
DICT_REACH = 4096  # bytes before "stream" searched for the stream's dictionary
MAX_LAYERS = 8  # a longer chain is no real file's: limit:stream

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_NO_EARLY_CHANGE = re.compile(rb"/EarlyChange\s+0\b")


def check_streams(run: Run, data: bytes) -> None:
    """Raise LimitExceeded('stream') for a stream past its budget, ('bytes') for a file
    whose streams together are past the part budget (or the message's byte total)."""
    limits = run.limits
    total = 0
    for start, readings in _encoded_streams(data):
        run.check_time()
        budget = limits.max_stream_bytes
        size = max(_decoded_size(run, data, start, chain, budget) for chain in readings)
        if size > limits.max_stream_bytes:
            raise LimitExceeded("stream")
        total += size
        if total > limits.max_part_bytes:
            raise LimitExceeded("bytes")
        run.take_bytes(size)


def _encoded_streams(data: bytes) -> Iterator[tuple[int, list[list[Decoder | None]]]]:
    """(offset of the stream's data, its readings) of each non-image stream whose first
    filter we decode. A reading is a decoder per filter (None where we have none); a
    stream whose dictionary says ``/EarlyChange 0`` anywhere is read both ways for LZW,
    so a stray key elsewhere in the dictionary cannot make us read it as PDFium does not."""
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - DICT_REACH) : m.start()]
        objs = list(_OBJ.finditer(head))
        if objs:  # this stream's own dictionary, not an earlier object's
            head = head[objs[-1].end() :]
        found = _FILTER.search(head)
        if found is None or _IMAGE.search(head):
            continue
        names = _NAME.findall(found.group(1))
        if not names or names[0] not in DECODERS:
            continue
        changes = (1, 0) if b"LZW" in found.group(1) and _NO_EARLY_CHANGE.search(head) else (1,)
        yield m.end(), [[_decoder(name, early) for name in names] for early in changes]


def _decoder(name: bytes, early_change: int) -> Decoder | None:
    decoder = DECODERS.get(name)
    if decoder is lzw and not early_change:
        return partial(lzw, early_change=0)
    return decoder


def _decoded_size(
    run: Run, data: bytes, start: int, decoders: list[Decoder | None], budget: int
) -> int:
    """The largest layer a stream's filters produce, counted up to just past ``budget``.
    The input runs to the end of the file: each filter stops at its own end of data (or
    at damage), as PDFium's do when a stream's /Length is wrong."""
    if len(decoders) > MAX_LAYERS:
        return budget + 1
    chunks: Iterator[bytes] = _steps(run, memoryview(data)[start:])
    counters = []
    for decoder in decoders:  # each layer decodes the one before it, a step at a time
        if decoder is None:
            break  # an image codec or a filter PDFium does not expand for text
        counter = _Counter()
        counters.append(counter)
        chunks = _counted(decoder(chunks), counter, budget)
    for _ in chunks:
        pass
    return max(c.produced for c in counters)


class _Counter:
    __slots__ = ("produced",)

    def __init__(self) -> None:
        self.produced = 0


def _steps(run: Run, view: memoryview) -> Iterator[bytes]:
    for i in range(0, len(view), IN_STEP):
        run.check_time()  # a file made to read every stream to its end meets the deadline
        yield bytes(view[i : i + IN_STEP])


def _counted(chunks: Iterator[bytes], counter: _Counter, budget: int) -> Iterator[bytes]:
    for chunk in chunks:
        counter.produced += len(chunk)
        yield chunk
        if counter.produced > budget:
            return
