"""Encrypt by route: hand the message to the provider's encryption service.

The service (Egress, Purview Message Encryption connector, Proofpoint, …) encrypts
what arrives with its trigger header or subject tag. The message is in clear on
the way there, so TLS to it is mandatory and always verified.
"""

from __future__ import annotations

from email.header import decode_header, make_header

from gateway.actions.headers import field_name, header_fields, split_raw
from gateway.actions.settings import RouteUpstream, TriggerHeader
from gateway.actions.submit import SubmitReply, submit, verified_tls_context


def _decoded(field: list[bytes]) -> str:
    value = b"".join(field).split(b":", 1)[1] if b":" in field[0] else b""
    text = value.decode("utf-8", "replace")
    try:
        return str(make_header(decode_header(" ".join(text.split()))))
    except (ValueError, LookupError):
        return text


def add_trigger(raw: bytes, header: TriggerHeader | None, subject_tag: str | None) -> bytes:
    """The message with the service's trigger header and subject tag added.

    Works on the raw bytes: the body and every other header stay byte-for-byte as
    they were. An existing header of the trigger's name is replaced (one value,
    ours); the tag is not added twice.
    """
    head, body = split_raw(raw)
    eol = b"\r\n" if b"\r\n" in (head or raw[:1000]) or not head else b"\n"
    fields = header_fields(head)
    if header is not None:
        name = header.name.encode("ascii")
        fields = [f for f in fields if field_name(f) != name.lower()]
        fields.insert(0, [name + b": " + header.value.encode("ascii") + eol])
    if subject_tag:
        tag = subject_tag.encode("ascii")
        subjects = [f for f in fields if field_name(f) == b"subject"]
        if not subjects:
            fields.append([b"Subject: " + tag + eol])
        elif subject_tag.lower() not in _decoded(subjects[0]).lower():
            first = subjects[0][0]
            rest = first.split(b":", 1)[1].lstrip(b" \t")
            subjects[0][0] = b"Subject: " + tag + (b" " + rest if rest.strip() else eol)
    return b"".join(line for f in fields for line in f) + eol + body


class RouteEncryptor:
    """Sends messages to the encryption service over verified TLS."""

    def __init__(self, settings: RouteUpstream, local_hostname: str | None = None) -> None:
        self.settings = settings
        self.local_hostname = settings.helo or local_hostname
        self._tls = verified_tls_context(settings.ca_file)
        self._password = (
            settings.password_file.read_text(encoding="utf-8").strip()
            if settings.password_file
            else None
        )

    def describe(self) -> str:
        s = self.settings
        return f"smtp://{s.host}:{s.port} (tls={s.tls}, verified)"

    def prepare(self, raw: bytes) -> bytes:
        return add_trigger(raw, self.settings.header, self.settings.subject_tag)

    async def send(self, raw: bytes, mail_from: str, rcpt_tos: list[str]) -> SubmitReply:
        """Hand on the tagged message. Raises SubmitError (code, permanent) on failure."""
        s = self.settings
        return await submit(
            self.prepare(raw),
            mail_from,
            rcpt_tos,
            host=s.host,
            port=s.port,
            tls=s.tls,
            tls_context=self._tls,
            username=s.username if self._password is not None else None,
            password=self._password,
            helo=self.local_hostname,
            connect_timeout=s.connect_timeout,
            timeout=s.timeout,
        )
