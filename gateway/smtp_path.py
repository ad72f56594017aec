"""The address in a MAIL FROM / RCPT TO argument, the common case taken directly.

aiosmtpd's ``SMTP._getaddr`` defines a ``typing.Protocol`` class on every call and runs
the standard library's RFC 5322 header parser: on small mail that was an eighth of the
gateway's main-process CPU (py-spy, bench/throughput.py). Nearly every real path is a
plain ``<dot-atom@domain>``, whose address is exactly its text; that shape is matched
here, and anything else (quoted local parts, comments, spaces, non-ASCII, source
routes, a bare address without brackets) goes to aiosmtpd's own parser, unchanged.
"""

from __future__ import annotations

import re

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_LABEL = r"[A-Za-z0-9-]"
# Possessive throughout: linear on any input (no atom character is a dot, so each
# repetition has one way to match).
PLAIN_PATH_RE = re.compile(rf"<((?:{_ATOM}++\.)*+{_ATOM}++@(?:{_LABEL}++\.)*+{_LABEL}++)>")


def plain_path(arg: str) -> tuple[str, str] | None:
    """(address, the rest of the argument) for a plain ``<local@domain>``; None when
    the argument needs the full parser."""
    m = PLAIN_PATH_RE.match(arg)
    if m is None:
        return None
    rest = arg[m.end() :].lstrip(" \t")  # the parser takes the blanks after ">" too
    if rest.startswith("("):
        return None  # a comment there: the parser's to read
    return m[1], rest
