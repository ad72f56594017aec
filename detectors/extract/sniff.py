"""The real type of a file, by its content (libmagic, then a look inside containers).

The declared MIME type and the file name are never trusted to pick a parser;
the name only chooses a text dialect (a text file called .csv is read as CSV).
"""

from __future__ import annotations

import io
import mimetypes
import re
import zipfile
from functools import lru_cache

import magic

SNIFF_BYTES = 256 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"

_ZIP_TYPES = {
    "application/zip",
    "application/x-zip-compressed",
    "application/java-archive",
    "application/epub+zip",
}
_TEXTUAL = {
    "application/json",
    "application/csv",
    "application/xml",
    "application/x-empty",
    "application/javascript",
}
_PKCS7_DECLARED = {"application/pkcs7-mime", "application/x-pkcs7-mime"}
_CSV_DECLARED = {"text/csv", "text/tab-separated-values", "application/csv", "text/x-csv"}
_CSV_SUFFIXES = (".csv", ".tsv", ".tab")
_ARCHIVES = {
    "application/x-7z-compressed": "7z",
    "application/x-tar": "tar",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/x-bzip2": "bzip2",
    "application/x-xz": "xz",
    "application/x-rar": "rar",
    "application/vnd.rar": "rar",
    "application/x-rar-compressed": "rar",
}
_ODF = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}


# What a sender's label can claim that we read: file name extensions and declared types.
_READABLE_SUFFIXES = frozenset(
    {
        "pdf", "docx", "docm", "xlsx", "xlsm", "pptx", "xls", "odt", "ods", "odp", "csv",
        "tsv", "tab", "txt", "text", "log", "md", "htm", "html", "rtf", "ics", "vcf", "eml",
        "msg", "zip", "7z", "tar", "gz", "tgz", "bz2", "xz", "p7m",
    }
)  # fmt: skip
_READABLE_DECLARED = (
    "text/", "message/", "application/pdf", "application/vnd.openxmlformats-officedocument.",
    "application/vnd.ms-excel", "application/vnd.oasis.opendocument.", "application/rtf",
    "application/zip", "application/x-zip", "application/gzip", "application/x-7z",
    "application/x-tar", "application/vnd.ms-outlook", "application/ms-tnef",
)  # fmt: skip


def claims_readable_format(declared: str | None, filename: str | None) -> bool:
    """Whether the declared type or the file name says a format we read ("CV.pdf",
    text/plain). Bytes that then turn out to be no readable format are mislabelled."""
    if declared and declared.lower().startswith(_READABLE_DECLARED):
        return True
    suffix = (filename or "").rpartition(".")[2].lower() if "." in (filename or "") else ""
    return suffix in _READABLE_SUFFIXES


# The built-in table only (not /etc/mime.types): the same answer on every machine.
_NAMED_TYPES = mimetypes.MimeTypes(filenames=())
for _suffix in (".exe", ".dll", ".scr", ".com"):  # the built-in table calls them octet-stream
    _NAMED_TYPES.add_type("application/x-msdownload", _suffix)
_GENERIC = {"application/octet-stream", "application/x-download", "binary/octet-stream"}
# Names for one format that libmagic and the suffix table spell differently.
_SAME_FORMAT = {
    "application/x-msdos-program": "exe",
    "application/x-msdownload": "exe",
    "application/x-dosexec": "exe",
    "application/vnd.microsoft.portable-executable": "exe",
    "application/x-executable": "elf",
    "application/x-sharedlib": "elf",
    "application/x-pie-executable": "elf",
    "application/vnd.rar": "rar",
    "application/x-rar": "rar",
    "application/x-rar-compressed": "rar",
    "application/x-7z-compressed": "7z",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
}


def _format(mime: str) -> str:
    mime = mime.split(";", 1)[0].strip().lower()
    return _SAME_FORMAT.get(mime, mime)


def mislabelled(mime: str, declared: str | None, filename: str | None) -> bool:
    """Whether the declared type or the name's suffix names a format, and the bytes
    (libmagic's ``mime``) are another: "photo.png" or image/png holding a program."""
    claims = set()
    if declared and declared.split(";", 1)[0].strip().lower() not in _GENERIC:
        claims.add(_format(declared))
    if filename and "." in filename:
        named, _ = _NAMED_TYPES.guess_type("x." + filename.rpartition(".")[2], strict=False)
        if named and named not in _GENERIC:
            claims.add(_format(named))
    return bool(claims) and _format(mime) not in claims


@lru_cache(maxsize=1)
def _magic() -> magic.Magic:
    return magic.Magic(mime=True)


def sniff(data: bytes) -> str:
    """libmagic's MIME type for the first bytes of ``data``."""
    if not data:
        return "application/x-empty"
    try:
        return _magic().from_buffer(data[:SNIFF_BYTES]) or "application/octet-stream"
    except Exception:  # libmagic errors on some inputs; never fatal
        return "application/octet-stream"


def kind_of(data: bytes, mime: str, declared: str | None, filename: str | None) -> str:
    """Which reader handles this content: 'pdf', 'docx', 'zip', 'text', …"""
    head = data[:8]
    if head.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if head.startswith(TNEF_MAGIC) or mime == "application/vnd.ms-tnef":
        return "tnef"
    if mime == "application/pdf" or data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) or (
        head.startswith(b"PK") and (mime in _ZIP_TYPES or mime.startswith("application/vnd."))
    ):
        return _zip_kind(data)
    if mime in _ARCHIVES:
        return _ARCHIVES[mime]
    if mime in ("application/pgp-encrypted", "application/pgp"):
        return "pgp"
    if mime in ("application/pkcs7-mime", "application/x-pkcs7-mime"):
        return "smime"
    if mime.startswith("image/"):
        return "image"
    if mime.startswith(("audio/", "video/")):
        return "media"
    if mime in ("application/x-empty", "inode/x-empty"):
        return "empty"
    if mime.startswith(("text/", "message/")) or mime in _TEXTUAL:
        return _text_kind(data, mime, declared, filename)
    if mime == "application/octet-stream" and (declared or "").lower() in _PKCS7_DECLARED:
        return "smime"  # DER is opaque to libmagic; the parser checks the structure
    if mime == "application/octet-stream" and _looks_like_text(data):
        return _text_kind(data, "text/plain", declared, filename)  # too short for libmagic
    return "unknown"


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(sample) - 4:
            return False
        text = sample[: e.start].decode("utf-8")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
    return bool(text) and printable >= 0.95 * len(text)


def _text_kind(data: bytes, mime: str, declared: str | None, filename: str | None) -> str:
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    if start.startswith(b"{\\RTF"):
        return "rtf"
    if start.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if start.startswith(b"BEGIN:VCARD"):
        return "vcard"
    if start.startswith(b"-----BEGIN PGP MESSAGE-----"):
        return "pgp"
    if mime in ("message/rfc822", "message/news") or _looks_like_email(data):
        return "email"
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime == "text/rtf":
        return "rtf"
    if mime == "text/calendar":
        return "ics"
    if mime in ("text/vcard", "text/x-vcard", "text/directory"):
        return "vcard"
    name = (filename or "").lower()
    if (
        mime == "text/csv"
        or (declared or "").lower() in _CSV_DECLARED
        or name.endswith(_CSV_SUFFIXES)
    ):
        return "csv"
    return "text"


_HEADER_LINE = re.compile(rb"^[!-9;-~]+:[ \t]?")
_MAIL_HEADERS = {
    b"from",
    b"to",
    b"cc",
    b"subject",
    b"date",
    b"message-id",
    b"mime-version",
    b"received",
    b"return-path",
    b"content-type",
    b"reply-to",
    b"sender",
}


def _looks_like_email(data: bytes) -> bool:
    """A header block (field lines up to a blank line) naming two or more mail headers."""
    names = set()
    for line in data[:65536].splitlines()[:200]:
        if not line.strip():
            return len(names & _MAIL_HEADERS) >= 2
        if line[:1] in b" \t":
            continue  # folded continuation
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(b":", 1)[0].strip().lower())
    return False


_OOXML_MAIN = (
    (b"wordprocessingml.document.main+xml", "docx"),
    (b"wordprocessingml.template.main+xml", "docx"),
    (b"ms-word.document.macroEnabled.main+xml", "docx"),
    (b"spreadsheetml.sheet.main+xml", "xlsx"),
    (b"presentationml.presentation.main+xml", "pptx"),
)


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "[Content_Types].xml" in names:
                # An Office package may name its main part anything; its content types say.
                declared = zf.read("[Content_Types].xml")[:65536]
                for marker, kind in _OOXML_MAIN:
                    if marker in declared:
                        return kind
            if "mimetype" in names and "content.xml" in names:
                kind = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                return _ODF.get(kind, "odt")
    except Exception:
        return "zip"  # the archive reader reports it as corrupt, with its location
    return "zip"


def _ole_kind(data: bytes) -> str:
    import olefile  # ships with extract-msg; reads the OLE2 (CFB) directory

    try:
        with olefile.OleFileIO(data) as ole:
            streams = {"/".join(s).lower() for s in ole.listdir(streams=True, storages=True)}
    except Exception:
        return "ole-corrupt"
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        return "office-encrypted"  # a password-protected DOCX/XLSX/PPTX
    if "workbook" in streams or "book" in streams:
        return "xls"
    if any(s.startswith("__substg1.0_") for s in streams):
        return "msg"
    if "worddocument" in streams:
        return "doc"
    if "powerpoint document" in streams:
        return "ppt"
    return "ole"
