"""TNEF (winmail.dat, tnefparse): subject, body, attachments."""

from __future__ import annotations

import logging
import struct

from tnefparse import TNEF

from .blob import Blob
from .dispatch import read_blob
from .html import emit_html
from .limits import LimitExceeded
from .rtf import rtf_text
from .state import Run
from .textcodec import decode_text

logging.getLogger("tnefparse").setLevel(logging.CRITICAL)
MAX_OBJECTS = 5000


def _count_objects(data: bytes) -> int:
    """tnefparse copies the rest of the file for every object (quadratic), so a
    file of many tiny objects could stall it: count them first, cheaply."""
    offset, count = 6, 0
    while offset + 12 < len(data):
        (length,) = struct.unpack_from("<I", data, offset + 5)
        offset += length + 11
        count += 1
        if count > MAX_OBJECTS:
            break
    return count


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_text(value.rstrip(b"\x00"))
    return str(value)


def read(run: Run, blob: Blob) -> None:
    if _count_objects(blob.data) > MAX_OBJECTS:
        raise LimitExceeded("parts")
    tnef = TNEF(blob.data, do_checksum=False)
    where = blob.where
    inner = type(where)(
        steps=where.steps,
        source=where.source,
        filename=where.filename,
        container=where.container,
        depth=where.depth + 1,
    )
    if inner.depth > run.limits.max_depth:
        raise LimitExceeded("depth")
    for prop in tnef.msgprops:
        if prop.name == TNEF.ATTSUBJECT:
            run.emit(where, _text(prop.data), step="subject")
    if tnef.body:
        run.emit(where, _text(tnef.body), step="body (text/plain)")
    elif tnef.htmlbody:
        emit_html(run, where.step("body (html)"), _text(tnef.htmlbody))
    elif tnef.rtfbody:
        run.emit(where, rtf_text(tnef.rtfbody), step="body (rtf)")
    for att in tnef.attachments:
        run.check_time()
        run.take_member()
        name = _text(att.long_filename()) or _text(getattr(att, "name", "")) or None
        read_blob(run, bytes(att.data or b""), inner.attachment(name))
