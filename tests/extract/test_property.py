"""Any bytes in, a result out: never an exception, always picklable, bounded."""

from __future__ import annotations

import datetime as dt
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors.extract import ExtractLimits, extract
from detectors.model import Extraction

from .conftest import docx_file, message, pdf, xlsx_file, zip_file

LIMITS = ExtractLimits(message_seconds=5.0, part_seconds=2.0)
# The deadline is a hang guard (twice the message budget), not a speed target.
SETTINGS = settings(
    max_examples=150,
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
)

# Real files to mutate: random bytes rarely reach the format parsers, flipped
# bytes inside real files do.
SEEDS = [
    pdf(["Seed page one", "Seed page two"]),
    docx_file(["Seed paragraph"], table=[["Name", "Town"], ["A", "B"]]),
    xlsx_file({"S": [["Name", "DOB"], ["x", "y"]]}),
    zip_file({"a.txt": b"seed text", "b.csv": b"a,b\n1,2\n"}),
]


def _check(raw: bytes) -> Extraction:
    out = extract(raw, LIMITS)
    assert isinstance(out, Extraction)
    assert pickle.loads(pickle.dumps(out)) == out
    for chunk in out.chunks:
        assert isinstance(chunk.text, str) and chunk.location
    for opaque in out.opaque:
        assert opaque.reason and opaque.location
    return out


@SETTINGS
@given(st.binary(max_size=4096))
def test_any_bytes_as_a_message(raw: bytes) -> None:
    _check(raw)


@SETTINGS
@given(
    headers=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "Subject",
                    "From",
                    "To",
                    "Cc",
                    "Content-Type",
                    "Message-ID",
                    "Content-Disposition",
                    "Content-Transfer-Encoding",
                ]
            ),
            st.text(alphabet=st.characters(min_codepoint=1, max_codepoint=0x2FF), max_size=60),
        ),
        max_size=8,
    ),
    body=st.binary(max_size=1024),
)
def test_any_headers_and_body(headers: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8", "surrogateescape")
    _check(head + b"\r\n" + body)


@SETTINGS
@given(
    seed=st.sampled_from(range(len(SEEDS))),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_mutated_real_attachments(seed: int, flips: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(SEEDS[seed])
    for pos, value in flips:
        data[pos % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    _check(message("x", attachments=[("f.bin", bytes(data), "application/octet-stream")]))
