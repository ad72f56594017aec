"""One file (an attachment or an archive member): sniff it, bound it, hand it to its reader.

Every failure becomes an Opaque part at the file's location; nothing escapes.
"""

from __future__ import annotations

from . import images
from .blob import Blob, Reader
from .limits import LimitExceeded, NoText, PasswordProtected
from .sniff import claims_readable_format, kind_of, mislabelled, sniff
from .state import Run, Where

# Kinds we recognise but cannot read, and the reason we give.
_UNREADABLE = {
    "image": "no-text",
    "media": "no-text",
    "pgp": "encrypted:pgp",
    "office-encrypted": "password-protected",
    "ole-corrupt": "corrupt",
    "rar": "unsupported:application/x-rar",  # no free unrar on Debian
    "doc": "unsupported:application/msword",
    "ppt": "unsupported:application/vnd.ms-powerpoint",
}


# The type of each kind we recognise by looking inside (libmagic may say only "CDFV2").
_KIND_TYPES = {
    "doc": "application/msword",
    "ppt": "application/vnd.ms-powerpoint",
    "rar": "application/vnd.rar",
}


def _readers() -> dict[str, Reader]:
    # Imported here: the container readers import this module to recurse.
    from . import (
        archives,
        csvfile,
        docx,
        html,
        ics,
        mime,
        msg,
        odf,
        pdf,
        plaintext,
        pptx,
        rtf,
        tnef,
        vcard,
        xls,
        xlsx,
    )

    return {
        "pdf": pdf.read,
        "docx": docx.read,
        "xlsx": xlsx.read,
        "pptx": pptx.read,
        "xls": xls.read,
        "odt": odf.read,
        "ods": odf.read,
        "odp": odf.read,
        "csv": csvfile.read,
        "text": plaintext.read,
        "html": html.read,
        "rtf": rtf.read,
        "ics": ics.read,
        "vcard": vcard.read,
        "email": mime.read_attached_message,
        "smime": mime.read_pkcs7,
        "msg": msg.read,
        "tnef": tnef.read,
        "zip": archives.read_zip,
        "7z": archives.read_7z,
        "tar": archives.read_tar,
        "gzip": archives.read_compressed,
        "bzip2": archives.read_compressed,
        "xz": archives.read_compressed,
    }


_READERS: dict[str, Reader] = {}


def load_readers() -> None:
    """Import every format reader (about a second): once per worker, at warm-up."""
    if not _READERS:
        _READERS.update(_readers())


def _unknown_reason(mime: str, declared: str | None, filename: str | None) -> str:
    """A file no reader takes. RULES.md: bytes that are no format at all, or a name or
    declared type saying one format while the bytes are another we cannot read, are
    corrupt (rejected: never let through unread). A real file of a known format that
    we do not read, labelled as what it is, is unsupported."""
    if mime == "application/octet-stream":
        return "corrupt"  # libmagic found no format in the bytes: random or damaged
    if claims_readable_format(declared, filename):
        return "corrupt"  # mislabelled: "notes.txt" or "CV.pdf" whose bytes are a program
    return f"unsupported:{mime}"


def read_blob(
    run: Run,
    data: bytes,
    where: Where,
    declared: str | None = None,
    charset: str | None = None,
    inline: bool = False,
) -> None:
    """Read one file's text into ``run``; unreadable files become Opaque parts.

    ``inline``: the part is shown in the body (Content-ID, not an attachment)."""
    load_readers()
    mime = sniff(data)
    run.attachment(where, declared, mime, len(data))
    limits = run.limits
    if where.depth > limits.max_depth:
        run.opaque(where, "limit:depth", content_type=mime, size=len(data))
        return
    if len(data) > limits.max_part_bytes:
        run.opaque(where, "limit:bytes", content_type=mime, size=len(data))
        return
    kind = kind_of(data, mime, declared, where.filename)
    if kind == "empty":
        return  # nothing to read and nothing hidden
    reader = _READERS.get(kind)
    if reader is None:
        reason = _UNREADABLE.get(kind) or _unknown_reason(mime, declared, where.filename)
        sniffed = _KIND_TYPES.get(kind, mime)  # our own look inside an OLE file beats libmagic's
        if reason.startswith("unsupported:") and mislabelled(sniffed, declared, where.filename):
            reason = "corrupt"  # RULES.md: labelled one format, the bytes no readable one
        # Judged by its sniffed content: a PDF labelled image/png is still read as a PDF.
        if kind == "image" and inline and len(data) <= limits.max_inline_image_bytes:
            reason = "inline-image"
        if kind == "image" and not images.decodes(data):
            reason = "corrupt"
        run.opaque(where, reason, content_type=mime, size=len(data))
        return
    blob = Blob(data=data, where=where, mime=mime, declared=declared, charset=charset)
    with run.part(where):
        try:
            run.check_time()
            reader(run, blob)
        except LimitExceeded as e:
            run.opaque(where, f"limit:{e.which}", content_type=mime, size=len(data))
        except PasswordProtected:
            run.opaque(where, "password-protected", content_type=mime, size=len(data))
        except NoText:
            run.opaque(where, "no-text", content_type=mime, size=len(data))
        except Exception:  # any parser failure on hostile or broken input
            run.opaque(where, "corrupt", content_type=mime, size=len(data))
