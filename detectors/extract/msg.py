"""Outlook .msg (extract-msg): subject, body (text or HTML), attachments, embedded messages."""

from __future__ import annotations

import logging
from dataclasses import replace

import extract_msg

from .blob import Blob
from .dispatch import read_blob
from .html import emit_html
from .limits import LimitExceeded
from .state import Run, Where, quoted
from .textcodec import decode_text

logging.getLogger("extract_msg").setLevel(logging.CRITICAL)


def read(run: Run, blob: Blob) -> None:
    msg = extract_msg.openMsg(blob.data, delayAttachments=False)
    try:
        where = blob.where
        _message(run, msg, replace(where, depth=where.depth + 1))
    finally:
        msg.close()


def _message(run: Run, msg, where: Where) -> None:  # type: ignore[no-untyped-def]
    if where.depth > run.limits.max_depth:
        raise LimitExceeded("depth")
    run.emit(where, getattr(msg, "subject", None) or "", step="subject")
    body = getattr(msg, "body", None)
    if body:
        run.emit(where, str(body), step="body (text/plain)")
    else:
        html = getattr(msg, "htmlBody", None)
        if html:
            text = decode_text(html) if isinstance(html, bytes) else str(html)
            emit_html(run, where.step("body (html)"), text)
    for att in getattr(msg, "attachments", []) or []:
        run.check_time()
        run.take_member()
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None)
        data = getattr(att, "data", None)
        if data is not None and not isinstance(data, bytes | bytearray):
            # An embedded Outlook message: read it as a forwarded message.
            inner = Where(
                steps=(*where.steps, f"forwarded message {quoted(getattr(data, 'subject', ''))}"),
                source="forwarded",
                filename=where.filename,
                container=where.container,
                depth=where.depth + 1,
            )
            _message(run, data, inner)
            continue
        member = where.attachment(name or None)
        read_blob(run, bytes(data or b""), member)
