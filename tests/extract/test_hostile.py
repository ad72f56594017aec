"""Hostile inputs end within their limits with the right opaque reason."""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib

import pytest
from hostile_files import GIB, MIB, flate_bomb, pdf_from_objects, pdf_with_stream

from detectors.extract import ExtractLimits, extract
from detectors.extract.limits import LimitExceeded

from .conftest import message, pdf, reasons, texts, xlsx_file, zip_file

pytestmark = pytest.mark.timeout(60)


def attach(*files: tuple[str, bytes]) -> bytes:
    return message(
        "see attached", attachments=[(n, d, "application/octet-stream") for n, d in files]
    )


def test_42_zip_style_nested_bomb() -> None:
    # Five levels, sixteen copies each, a 2 MB file of zeros at the bottom:
    # 16^5 leaves, 2 TB if it were all read. Each level stays small, like 42.zip.
    level = zip_file({f"{i}.txt": b"\0" * (2 * 1024 * 1024) for i in range(16)})
    for depth in range(4):
        level = zip_file({f"lib{depth}_{i}.zip": level for i in range(16)})
    assert len(level) < 2 * 1024 * 1024
    out = extract(attach(("42.zip", level)))
    found = {o.reason for o in out.opaque}
    assert "limit:members" in found
    assert "limit:ratio" in found
    assert reasons(out).get('attachment "42.zip"') == "limit:members"
    assert len(out.opaque) <= ExtractLimits().max_members + 1
    assert not any("\0" in c.text for c in out.chunks)


def test_member_with_a_1_to_1000_ratio() -> None:
    zeros = b"\0" * (10 * 1024 * 1024)
    data = zip_file({"readme.txt": b"harmless", "zeros.txt": zeros})
    assert zipfile.ZipFile(io.BytesIO(data)).getinfo("zeros.txt").compress_size * 900 < len(zeros)
    out = extract(attach(("bomb.zip", data), ("bomb.gz", gzip.compress(zeros))))
    assert reasons(out) == {
        'attachment "bomb.zip" › "zeros.txt"': "limit:ratio",
        'attachment "bomb.gz"': "limit:ratio",
    }
    assert texts(out)['attachment "bomb.zip" › "readme.txt"'] == "harmless"


def test_archive_nesting_deeper_than_the_limit() -> None:
    data = b"bottom secret"
    name = "leaf.txt"
    for level in range(8, 0, -1):
        data = zip_file({name: data})
        name = f"l{level}.zip"
    out = extract(attach(("d.zip", data)))
    (opaque,) = out.opaque
    assert opaque.reason == "limit:depth"
    assert opaque.location == 'attachment "d.zip" › ' + " › ".join(
        f'"l{n}.zip"' for n in range(2, 8)
    )
    assert not any("bottom secret" in c.text for c in out.chunks)


def _siblings(n: int) -> bytes:
    parts = [b'Subject: many\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n']
    for i in range(n):
        parts.append(
            b"--b\r\nContent-Type: text/plain\r\n"
            b'Content-Disposition: attachment; filename="p%d.txt"\r\n\r\npart %d\r\n' % (i, i)
        )
    parts.append(b"--b--\r\n")
    return b"".join(parts)


def test_ten_thousand_sibling_parts() -> None:
    out = extract(_siblings(10_000))
    read = [c for c in out.chunks if c.source == "attachment"]
    assert len(read) == ExtractLimits().max_parts
    assert read[-1].location == f'attachment "p{ExtractLimits().max_parts - 1}.txt"'
    assert reasons(out) == {"message": "limit:parts"}


def test_far_too_many_parts_are_refused_before_parsing() -> None:
    out = extract(_siblings(30_000), ExtractLimits(max_parts=100))
    assert out.subject == "many"
    assert reasons(out) == {"message": "limit:parts"}
    assert [c.location for c in out.chunks] == ["subject"]


def test_hundred_deep_multipart() -> None:
    head, tail = b"Subject: deep\r\n", b""
    for i in range(100):
        head += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        tail = b"\r\n--b%d--\r\n" % i + tail
    out = extract(head + b"Content-Type: text/plain\r\n\r\nbottom text" + tail)
    assert reasons(out) == {"message": "limit:depth"}
    assert not any("bottom text" in c.text for c in out.chunks)


def test_hundred_deep_forwarded_messages() -> None:
    inner = b"Subject: level 100\r\n\r\nbottom"
    for i in range(99, 0, -1):
        inner = b"Subject: level %d\r\nContent-Type: message/rfc822\r\n\r\n" % i + inner
    out = extract(inner)
    (opaque,) = out.opaque
    assert opaque.reason == "limit:depth"
    assert opaque.location == " › ".join(f'forwarded message "level {n}"' for n in range(2, 8))
    assert texts(out)['forwarded message "level 2" › subject'] == "level 2"


def _pdf_with_page_loop() -> bytes:
    stream = b"BT /F1 12 Tf 72 712 Td (Looped page text) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",  # the tree contains itself
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_from_objects(objs)


def test_pdf_with_a_page_tree_loop() -> None:
    out = extract(attach(("loop.pdf", _pdf_with_page_loop())))
    assert texts(out)['attachment "loop.pdf" › page 1'] == "Looped page text"
    assert reasons(out) == {'attachment "loop.pdf" › page 2': "corrupt"}


def test_message_deadline_marks_every_part() -> None:
    raw = attach(("a.pdf", pdf(["x"])), ("b.txt", b"text"))
    out = extract(raw, ExtractLimits(message_seconds=0.0))
    assert reasons(out) == {
        "body (text/plain)": "limit:time",
        'attachment "a.pdf"': "limit:time",
        'attachment "b.txt"': "limit:time",
    }


def test_part_deadline() -> None:
    out = extract(attach(("a.pdf", pdf(["x"]))), ExtractLimits(part_seconds=0.0))
    assert reasons(out)['attachment "a.pdf"'] == "limit:time"


def test_text_limit_cuts_text_and_tables_and_says_so() -> None:
    sheet = xlsx_file({"S": [["Name", "Town"]] + [[f"person {i}", "Leeds"] for i in range(200)]})
    out = extract(
        attach(("long.txt", b"word " * 1000), ("s.xlsx", sheet)), ExtractLimits(max_part_text=500)
    )
    t = texts(out)
    assert t['attachment "long.txt"'] == ("word " * 100)
    table = next(c.table for c in out.chunks if c.table)
    assert 0 < len(table.rows) < 200
    assert table.rows[0] == ("person 0", "Leeds")
    assert reasons(out) == {
        'attachment "long.txt"': "limit:text",
        'attachment "s.xlsx"': "limit:text",
    }


def test_total_bytes_limit() -> None:
    data = zip_file({f"{i}.txt": b"%d " % i * 120_000 for i in range(5)})
    out = extract(attach(("z.zip", data)), ExtractLimits(max_total_bytes=500_000))
    assert reasons(out)['attachment "z.zip"'] == "limit:bytes"
    assert 1 <= sum(1 for c in out.chunks if c.container == "z.zip") < 5


def test_members_limit_per_message() -> None:
    data = zip_file({f"{i}.txt": b"x" for i in range(50)})
    out = extract(attach(("m.zip", data)), ExtractLimits(max_members=10))
    assert sum(1 for c in out.chunks if c.container == "m.zip") == 10
    assert reasons(out) == {'attachment "m.zip"': "limit:members"}


# -- a PDF stream that inflates past its budget: PDFium itself has no output limit ------
def _pdf_attached(data: bytes) -> bytes:
    return message("see attached", attachments=[("report.pdf", data, "application/pdf")])


def test_a_pdf_whose_one_flate_stream_inflates_to_1_gib_is_limit_stream() -> None:
    data = pdf_with_stream(flate_bomb(GIB))
    assert len(data) < 2 * MIB  # small on the wire
    out = extract(_pdf_attached(data))
    assert reasons(out) == {'attachment "report.pdf"': "limit:stream"}


@pytest.mark.parametrize(
    "stream_dict",
    [b"/Filter [/FlateDecode /FlateDecode]", b"/Filter [/AHx /Fl /Fl]"],
)
def test_a_bomb_wrapped_in_more_filters_is_still_measured(stream_dict: bytes) -> None:
    stream = zlib.compress(flate_bomb(64 * MIB))
    if b"AHx" in stream_dict:
        stream = stream.hex().encode() + b">"
    out = extract(_pdf_attached(pdf_with_stream(stream, stream_dict)))
    assert reasons(out) == {'attachment "report.pdf"': "limit:stream"}


def test_streams_within_their_budget_are_read_and_their_sum_is_the_parts() -> None:
    page = b"BT /F1 12 Tf 72 700 Td (Within budget) Tj ET\n" + b" " * (4 * MIB)
    fine = pdf_with_stream(zlib.compress(page))
    out = extract(_pdf_attached(fine))
    assert reasons(out) == {}
    assert "Within budget" in texts(out)['attachment "report.pdf" › page 1']
    tight = ExtractLimits(max_stream_bytes=8 * MIB, max_part_bytes=3 * MIB)
    assert reasons(extract(_pdf_attached(fine), tight)) == {
        'attachment "report.pdf"': "limit:bytes"
    }


def test_the_pypdf_fallback_is_held_to_the_same_stream_budget() -> None:
    # The reader of files PDFium refuses, on a RunLength stream (not measured up front):
    # pypdf's own output limits are set to the stream budget.
    from detectors.extract.blob import Blob
    from detectors.extract.pdf import _read_pypdf
    from detectors.extract.state import Run, Where

    bomb = b"\x81 " * (16 * MIB // 128) + b"\x80"  # two bytes, 128 spaces
    data = pdf_with_stream(bomb, b"/Filter /RunLengthDecode")
    run = Run(ExtractLimits(max_stream_bytes=8 * MIB))
    blob = Blob(data=data, where=Where(), mime="application/pdf", declared=None, charset=None)
    with pytest.raises(LimitExceeded) as stopped:
        _read_pypdf(run, blob)
    assert stopped.value.which == "stream"
    within = Run(ExtractLimits())  # within the default budget: read
    _read_pypdf(within, blob)
    assert "Quarterly notes" in texts(within.out)["page 1"]
