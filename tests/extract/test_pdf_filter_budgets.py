"""Every PDF filter PDFium decodes for text is held to the stream budget, as Flate is:
LZW, RunLength, ASCIIHex, ASCII85 and chains of them, in PDFs built here. The reader
runs in a child process so its own peak RSS (the kernel's high-water mark, VmHWM) is
measured: a bomb ends as limit:stream without the reader ever holding it."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hostile_files import (
    GIB,
    MIB,
    flate_bomb,
    lzw_bomb,
    lzw_encode,
    pdf_with_stream,
    run_length_bomb,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf.filters import ASCII85Decode, ASCIIHexDecode, LZWDecode, RunLengthDecode

from detectors.extract import extract
from detectors.extract.pdf_filters import ascii85, ascii_hex, lzw, run_length

from .conftest import message, reasons, texts

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
READER_PEAK = 256 * MIB  # the reader's own peak while it refuses a bomb (PDFium: GBs)
WHERE = 'attachment "report.pdf"'


def _in_steps(decoder, data: bytes, step: int = 7, **kw) -> bytes:
    return b"".join(decoder(iter([data[i : i + step] for i in range(0, len(data), step)]), **kw))


def run_length_literal(data: bytes) -> bytes:
    """RunLength with literal runs only (no repeats), ending with EOD."""
    out = b"".join(
        bytes((len(c) - 1,)) + c for c in (data[i : i + 128] for i in range(0, len(data), 128))
    )
    return out + b"\x80"


def run_length_encode(data: bytes) -> bytes:
    """RunLength with repeats where a byte repeats, literals elsewhere."""
    out, i = bytearray(), 0
    while i < len(data):
        j = i
        while j < len(data) and j - i < 128 and data[j] == data[i]:
            j += 1
        if j - i >= 2:
            out += bytes((257 - (j - i), data[i]))
            i = j
        else:
            out += bytes((0, data[i]))
            i += 1
    return bytes(out) + b"\x80"


# -- the decoders decode what real encoders write, in any input steps ---------------
@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.integers(min_value=1, max_value=300))
def test_each_decoder_agrees_with_pypdf_on_real_encodings(data: bytes, step: int) -> None:
    encoded = lzw_encode(data)
    assert _in_steps(lzw, encoded, step) == data == LZWDecode.decode(encoded)
    assert _in_steps(lzw, lzw_encode(data, 0), step, early_change=0) == data
    encoded = run_length_encode(data)
    assert _in_steps(run_length, encoded, step) == data == RunLengthDecode.decode(encoded)
    encoded = base64.a85encode(data, wrapcol=75) + b"~>"  # zero groups as "z"
    assert _in_steps(ascii85, encoded, step) == data == ASCII85Decode.decode(encoded)
    encoded = b" \n".join(data.hex().encode()[i : i + 61] for i in range(0, 2 * len(data), 61))
    assert (
        _in_steps(ascii_hex, encoded + b">", step) == data == ASCIIHexDecode.decode(encoded + b">")
    )


def test_bytes_pdfium_skips_do_not_end_a_layer_early() -> None:
    # As in PDFium: a stray non-hex byte is skipped, an ASCII85 group past 2**32 wraps,
    # and "z" in the middle of a group drops that group; none of them ends the data.
    assert _in_steps(ascii_hex, b"4g1 x4\x002>7") == b"AB"
    hell = base64.a85encode(b"Hell")
    assert (
        _in_steps(ascii85, b"uuuuu" + hell + b"~>")
        == (85**5 - 1 & 0xFFFFFFFF).to_bytes(4, "big") + b"Hell"
    )
    assert _in_steps(ascii85, b"87z" + hell + b"~>") == bytes(4) + b"Hell"


# -- a PDF in each filter, within its budget, is read --------------------------------
WORDS = b"BT /F1 12 Tf 72 690 Td (Encoded page words) Tj ET\n"


@pytest.mark.parametrize(
    ("stream", "stream_dict"),
    [
        (lzw_encode(WORDS), b"/Filter /LZWDecode"),
        (lzw_encode(WORDS, 0), b"/Filter /LZWDecode /DecodeParms << /EarlyChange 0 >>"),
        (run_length_encode(WORDS), b"/Filter /RunLengthDecode"),
        (WORDS.hex().encode() + b">", b"/Filter /ASCIIHexDecode"),
        (base64.a85encode(WORDS) + b"~>", b"/Filter /ASCII85Decode"),
        (base64.a85encode(lzw_encode(zlib.compress(WORDS))) + b"~>", b"/Filter [/A85 /LZW /Fl]"),
    ],
    ids=["lzw", "lzw-no-early-change", "run-length", "ascii-hex", "ascii85", "chain"],
)
def test_a_page_in_each_filter_is_read(stream: bytes, stream_dict: bytes) -> None:
    out = extract(
        message(
            attachments=[("report.pdf", pdf_with_stream(stream, stream_dict), "application/pdf")]
        )
    )
    assert reasons(out) == {}
    page = texts(out)[f"{WHERE} › page 1"]
    assert "Quarterly notes" in page and "Encoded page words" in page


# -- past the budget: limit:stream, the reader's own memory bounded -----------------
def _read_in_child(tmp_path: Path, pdf: bytes, limits: dict | None = None) -> tuple[dict, int]:
    """extract() on a message carrying ``pdf`` in a fresh process: (reasons, peak RSS)."""
    raw = tmp_path / "message.eml"
    raw.write_bytes(message(attachments=[("report.pdf", pdf, "application/pdf")]))
    script = (
        "import json, resource, sys\n"
        # A regression must fail the test, not take the machine's memory: 2 GiB at most.
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from detectors.extract import ExtractLimits, extract\n"
        "limits = ExtractLimits(**json.loads(sys.argv[2]))\n"
        "out = extract(open(sys.argv[1], 'rb').read(), limits)\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking process
        # (a pytest worker of 400 MB) across exec; VmHWM is this process image's own.
        "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
        "peak = int(status.split()[0]) * 1024\n"
        "print(json.dumps({'reasons': {o.location: o.reason for o in out.opaque}, 'peak': peak}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(raw), json.dumps(limits or {})],
        capture_output=True,
        text=True,
        timeout=100,
        env=env,
        check=True,
    )
    got = json.loads(done.stdout)
    return got["reasons"], got["peak"]


def _rl_literal_flate_bomb() -> bytes:
    return run_length_literal(flate_bomb(GIB))


BOMBS = {
    "lzw": lambda: (lzw_bomb(GIB), b"/Filter /LZWDecode", None),
    "run-length": lambda: (run_length_bomb(64 * MIB), b"/Filter /RunLengthDecode", None),
    "ascii85": lambda: (b"z" * (9 * MIB) + b"~>", b"/Filter /ASCII85Decode", None),
    # ASCIIHex halves its input: alone it passes 32 MiB only past the message size limit.
    "ascii-hex": lambda: (b"20" * (3 * MIB) + b">", b"/Filter /AHx", {"max_stream_bytes": 2 * MIB}),
    "chain-ahx-lzw": lambda: (lzw_bomb(GIB).hex().encode() + b">", b"/Filter [/AHx /LZW]", None),
    "chain-rl-flate": lambda: (_rl_literal_flate_bomb(), b"/Filter [/RL /Fl]", None),
    "chain-too-long": lambda: (b"20>", b"/Filter [" + b"/AHx " * 9 + b"]", None),
}


@pytest.mark.parametrize("kind", list(BOMBS))
def test_each_filter_past_the_stream_budget_is_limit_stream(tmp_path: Path, kind: str) -> None:
    stream, stream_dict, limits = BOMBS[kind]()
    pdf = pdf_with_stream(stream, stream_dict)
    assert len(pdf) < 20 * MIB
    got, peak = _read_in_child(tmp_path, pdf, limits)
    assert got == {WHERE: "limit:stream"}
    assert 0 < peak < READER_PEAK, f"{kind}: reader peaked at {peak // MIB} MiB"


@pytest.mark.parametrize("stream_dict", [
    b"/Filter /LZWDecode /DecodeParms << /EarlyChange 0 >>",  # the bomb read as declared
    b"/Filter /LZWDecode /X << /EarlyChange 0 >>",  # a stray key PDFium does not read
])  # fmt: skip
def test_lzw_is_measured_as_pdfium_reads_it_whatever_early_change_says(
    tmp_path: Path, stream_dict: bytes
) -> None:
    bomb = lzw_bomb(GIB) if b"/X" in stream_dict else _lzw_bomb_without_early_change()
    got, peak = _read_in_child(tmp_path, pdf_with_stream(bomb, stream_dict))
    assert got == {WHERE: "limit:stream"}
    assert 0 < peak < READER_PEAK


def _lzw_bomb_without_early_change() -> bytes:
    import itertools

    from hostile_files import lzw_codes

    longest = 4095 - 256
    repeats = GIB // longest
    codes = itertools.chain([0x20], range(258, 4096), itertools.repeat(4095, repeats), [257])
    return lzw_codes(codes, early_change=0)
