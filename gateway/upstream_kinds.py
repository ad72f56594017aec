"""How handing mail on failed, for logs and the ``kind`` label of
mailgate_upstream_errors_total. A leaf module: relay.py, actions/submit.py and
upstream_failures.py all import it, and it imports nothing of the gateway's.

refused: it could not be reached; timeout: it did not answer in time; tls: TLS could
not be set up as configured; dropped: the connection went mid-transaction; deferred:
it answered 4xx; rejected: it answered 5xx; unsupported: it lacks an extension the
message needs (8BITMIME, SMTPUTF8).
"""

from __future__ import annotations

KINDS = ("refused", "timeout", "tls", "dropped", "deferred", "rejected", "unsupported")


def kind_of_code(code: int) -> str:
    """The kind of an upstream's own non-2xx reply."""
    return "rejected" if code >= 500 else "deferred"
