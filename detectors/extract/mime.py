"""The MIME walk: headers, bodies, attachments, forwarded messages, encrypted mail.

Parsing is stdlib ``email`` with ``policy.default``. It records most defects
instead of raising, but some header values make the header classes raise
(see CPython's issues on the header registry), so every header access goes
through a fallback to the raw value.

``policy.default`` parses a header anew on every access (``get``,
``get_content_type``, ``get_filename`` and ``get_param`` each fetch it), which
was a third of extraction on real mail; each parse keeps its parsed headers for
reuse. Header objects are immutable, so sharing one is safe.
"""

from __future__ import annotations

import base64
import re
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses

from detectors.model import Address

from .blob import Blob
from .dispatch import read_blob
from .headers import sender_headers
from .html import emit_html
from .limits import LimitExceeded
from .smime import classify
from .state import Run, Where, emit_tables, quoted, shown_name
from .text_tables import aligned_tables, pipe_tables
from .textcodec import (
    decode_text,
    has_pgp_block,
    normalise_newlines,
    pgp_only,
    without_surrogates,
)

ADDRESS_HEADERS = ("from", "sender", "reply-to", "to", "cc", "bcc")
_FOLD = re.compile(r"\r?\n[ \t]*")
_RAW_PARAM = r"""(?:^|;)\s*{name}\*?=\s*(?:"([^"]*)"|([^;\s]*))"""
_SIGNATURES = {
    "application/pgp-signature",
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
}
_PKCS7 = {"application/pkcs7-mime", "application/x-pkcs7-mime"}


class _ReusedHeaders(policy.EmailPolicy):
    """``policy.default``, parsing each distinct header of one message once. A
    parse has its own, so nothing of one message outlives it."""

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)
        object.__setattr__(self, "_parsed", {})  # policies are read-only once made

    def header_fetch_parse(self, name, value):  # type: ignore[no-untyped-def]
        if hasattr(value, "name"):
            return value
        value = value.replace("\r", "").replace("\n", "")  # as the stdlib does: \r and \n only
        key = (name, value)
        parsed = self._parsed.get(key)  # type: ignore[attr-defined]
        if parsed is None:
            parsed = self._parsed[key] = self.header_factory(name, value)  # type: ignore[attr-defined]
        return parsed


def parse(raw: bytes, *, headers_only: bool = False) -> Message:
    return BytesParser(policy=_ReusedHeaders()).parsebytes(raw, headersonly=headers_only)


# -- safe header access ----------------------------------------------------------
def _decode_words(value: str) -> str:
    value = _FOLD.sub(" ", value)
    if "=?" not in value:
        return value.strip()
    try:
        return str(make_header(decode_header(value))).strip()
    except Exception:
        return value.strip()


def _raw(msg: Message, name: str) -> list[str]:
    out = []
    for key, value in msg.raw_items():
        if key.lower() == name:
            out.append(without_surrogates(value if isinstance(value, str) else str(value)))
    return out


def header(msg: Message, name: str, *, decode: bool = True) -> str:
    """A header's decoded value ('' if absent), never raising on a malformed one."""
    try:
        value = msg.get(name)
        return "" if value is None else without_surrogates(_FOLD.sub(" ", str(value)).strip())
    except Exception:
        raw = _raw(msg, name.lower())
        if not raw:
            return ""
        return _decode_words(raw[0]) if decode else _FOLD.sub(" ", raw[0]).strip()


def _raw_param(msg: Message, name: str, header_name: str) -> str | None:
    for value in _raw(msg, header_name):
        m = re.search(_RAW_PARAM.format(name=re.escape(name)), _FOLD.sub(" ", value), re.I)
        if m:
            return m.group(1) if m.group(1) is not None else m.group(2)
    return None


def content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        raw = _raw(part, "content-type")
        value = raw[0].split(";", 1)[0].strip().lower() if raw else ""
        return value if re.fullmatch(r"[\w.+-]+/[\w.+-]+", value) else "text/plain"


def _param(part: Message, name: str, header_name: str = "content-type") -> str | None:
    try:
        value = part.get_param(name, header=header_name)
        if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
            value = value[2]
        return None if value is None else str(value)
    except Exception:
        return _raw_param(part, name, header_name)


def filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = _raw_param(part, "filename", "content-disposition") or _raw_param(
            part, "name", "content-type"
        )
    return without_surrogates(_decode_words(name)) if name else None


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        raw = _raw(part, "content-disposition")
        return raw[0].split(";", 1)[0].strip().lower() if raw else None


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    return b""


def addresses(msg: Message) -> list[Address]:
    out = []
    for name in ADDRESS_HEADERS:
        try:
            found = [
                (a.display_name, a.addr_spec)
                for h in (msg.get_all(name) or [])
                for a in h.addresses
            ]
        except Exception:
            found = getaddresses([_decode_words(v) for v in _raw(msg, name)])
        for display, addr in found:
            if addr or display:
                out.append(Address(name=display or "", address=addr or "", header=name))
    return out


# -- the walk ----------------------------------------------------------------------
def read_message(run: Run, msg: Message, where: Where, *, top: bool, walk: bool = True) -> None:
    """Subject, bodies and attachments of a message (top-level or nested)."""
    subject = header(msg, "subject")
    if top:
        run.out.subject = subject
        run.out.message_id = header(msg, "message-id", decode=False) or None
        run.out.addresses = addresses(msg)
        run.emit(where.step("subject", source="subject"), subject)
        _sender_headers(run, msg, where)
    else:
        run.emit(where, subject, step="subject")
        lines = [f"{h.title()}: {v}" for h in ("from", "to", "cc", "date") if (v := header(msg, h))]
        run.emit(where, "\n".join(lines), step="headers")
    if walk:
        _walk(run, msg, where, mime_depth=0, top=top)


def _sender_headers(run: Run, msg: Message, where: Where) -> None:
    """Every header the sender wrote ("header X-Claimant") and the display names
    of the address headers ("header To display names")."""
    for name, value in sender_headers(msg, _decode_words):
        run.emit(where.step(f"header {shown_name(name)}", source="header"), value)
    shown: dict[str, list[str]] = {}
    for a in run.out.addresses:
        if a.name.strip():
            shown.setdefault(a.header.title(), []).append(a.name.strip())
    for name, values in shown.items():
        run.emit(where.step(f"header {name} display names", source="header"), "\n".join(values))


def _walk(run: Run, part: Message, where: Where, *, mime_depth: int, top: bool) -> None:
    ctype = content_type(part)
    if ctype == "message/rfc822":
        _forwarded(run, part, where)
        return
    if ctype == "multipart/encrypted":
        if top:
            run.out.encrypted = "pgp-mime"
        else:
            run.opaque(where, "encrypted:pgp", content_type=ctype)
        return
    if top and ctype in _PKCS7 and _pkcs7(run, part, where, mime_depth=mime_depth):
        return
    payload = part.get_payload()
    if part.is_multipart() and isinstance(payload, list):
        if mime_depth >= run.limits.max_mime_depth:
            run.opaque(where, "limit:depth", content_type=ctype)
            return
        children = payload
        if ctype == "multipart/signed" and children:
            # The content is the first part; the second is the signature itself.
            children = children[:1]
        for child in children:
            if not isinstance(child, Message):
                continue
            if run.parts > run.limits.max_parts:
                return  # already reported once as limit:parts
            # The message stays "top" through multipart/signed wrappers only.
            _walk(
                run,
                child,
                where,
                mime_depth=mime_depth + 1,
                top=top and ctype == "multipart/signed",
            )
        return
    _leaf(run, part, ctype, where)


def _leaf(run: Run, part: Message, ctype: str, where: Where) -> None:
    try:
        run.take_part()
    except LimitExceeded:
        if run.parts == run.limits.max_parts + 1:
            run.opaque(where, "limit:parts")
        return
    if ctype in _SIGNATURES:
        return  # a detached signature: no content of its own
    name = filename(part)
    disposition = _disposition(part)
    body = ctype in ("text/plain", "text/html") and not name and disposition != "attachment"
    if body:
        label = "body (html)" if ctype == "text/html" else "body (text/plain)"
        here = where.step(label)
        with run.part(here):
            try:
                run.check_time()
                _body(run, part, ctype, here)
            except LimitExceeded as e:
                run.opaque(here, f"limit:{e.which}", content_type=ctype)
            except Exception:
                run.opaque(here, "corrupt", content_type=ctype)
        return
    if ctype == "text/rfc822-headers":
        _returned_headers(run, part, where)
        return
    label = None if name else f"({ctype})"
    here = where.attachment(name, label)
    if not run.message_time_left():
        run.opaque(here, "limit:time", content_type=ctype)
        return
    data = _payload_bytes(part)
    inline = disposition != "attachment" and part.get("content-id") is not None
    read_blob(run, data, here, declared=ctype, charset=_param(part, "charset"), inline=inline)


def _body(run: Run, part: Message, ctype: str, where: Where) -> None:
    text = normalise_newlines(decode_text(_payload_bytes(part), _param(part, "charset")))
    if has_pgp_block(text):
        run.opaque(where, "encrypted:pgp", content_type=ctype)
        if pgp_only(text):
            return
        text = re.sub(
            r"-----BEGIN PGP MESSAGE-----.*?(-----END PGP MESSAGE-----|\Z)", "", text, flags=re.S
        )
    if ctype == "text/html":
        emit_html(run, where, text)
    else:
        run.emit(where, text, content_type=ctype)
        # A table typed with pipes or lined up with spaces is read as a table too, as
        # an HTML body's is.
        tables = pipe_tables(text) if "|" in text else []
        tables += aligned_tables(text) if "  " in text else []
        emit_tables(run, where, tables, ctype)


def _returned_headers(run: Run, part: Message, where: Where) -> None:
    """text/rfc822-headers (in bounces): the headers of a message, read as one."""
    headers = HeaderParser(policy=_ReusedHeaders()).parsestr(
        decode_text(_payload_bytes(part), _param(part, "charset"))
    )
    subject = header(headers, "subject")
    here = where.step(f"returned headers {quoted(subject)}", source="forwarded")
    lines = [f"{k}: {_decode_words(str(v))}" for k, v in headers.raw_items()]
    with run.part(here):
        try:
            run.emit(here, "\n".join(lines))
        except LimitExceeded as e:
            run.opaque(here, f"limit:{e.which}")


def _forwarded(run: Run, part: Message, where: Where) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        inner = parse(_payload_bytes(part))
    _nested(run, inner, where)


def _nested(run: Run, msg: Message, where: Where) -> None:
    subject = header(msg, "subject")
    here = where.step(
        f"forwarded message {quoted(subject or 'no subject')}",
        source="forwarded",
        depth=where.depth + 1,
    )
    if here.depth > run.limits.max_depth:
        run.opaque(here, "limit:depth", content_type="message/rfc822")
        return
    read_message(run, msg, here, top=False)


def read_attached_message(run: Run, blob: Blob) -> None:
    """An .eml file found as an attachment or inside an archive."""
    where = Where(
        steps=blob.where.steps,
        source="forwarded",
        filename=blob.where.filename,
        container=blob.where.container,
        depth=blob.where.depth + 1,
    )
    if where.depth > run.limits.max_depth:
        raise LimitExceeded("depth")
    read_message(run, parse(blob.data), where, top=False)


def _classify(data: bytes, smime_type: str = "") -> tuple[str, bytes | None]:
    try:
        return classify(data)
    except Exception:
        try:  # some senders leave it base64 without saying so
            return classify(base64.b64decode(data, validate=False))
        except Exception:
            return ("enveloped" if "enveloped" in smime_type else "corrupt"), None


def _pkcs7(run: Run, part: Message, where: Where, *, mime_depth: int) -> bool:
    """The whole message is S/MIME application/pkcs7-mime: enveloped means already
    encrypted; signed-data ("opaque signed") is unwrapped and read."""
    kind, content = _classify(_payload_bytes(part), (_param(part, "smime-type") or "").lower())
    if kind == "enveloped":
        run.out.encrypted = "smime"
        return True
    if kind == "signed" and content:
        _walk(run, parse(content), where, mime_depth=mime_depth + 1, top=True)
        return True
    if kind == "corrupt":
        run.opaque(where, "corrupt", content_type=content_type(part))
        return True
    return False


def read_pkcs7(run: Run, blob: Blob) -> None:
    """A PKCS#7 file attached to a message (or inside an archive)."""
    kind, content = _classify(blob.data)
    if kind == "enveloped":
        run.opaque(blob.where, "encrypted:smime", content_type=blob.mime, size=len(blob.data))
    elif kind == "signed" and content:
        _walk(run, parse(content), blob.where, mime_depth=0, top=False)
    else:
        raise ValueError("not a PKCS#7 message")
