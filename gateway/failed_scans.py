"""Messages whose scan ran out of time or memory, remembered by content digest.

A client that gets 451 retries the same bytes; a message that needs more time or
memory than a worker has would be retried for ever. The pool notes each such
failure here (in the gateway process, bounded: a digest and a time per entry);
the same content failing again within the window is answered with a ``Scan``
whose whole message is ``limit:time`` or ``limit:memory``, which the policy
rejects with an explanation like every other ``limit:*`` reason.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable

from detectors.model import Opaque, Scan

MAX_ENTRIES = 10_000  # ~1 MB; the oldest go first beyond this


def content_digest(raw: bytes) -> bytes:
    """What identifies a retry: the client's bytes (the gateway's trace is not in them)."""
    return hashlib.blake2b(raw, digest_size=16).digest()


def limit_scan(which: str, size: int) -> Scan:
    """The scan of a message that could not be read within the worker's ``which`` budget."""
    return Scan(
        opaque=[
            Opaque(
                location="message",
                reason=f"limit:{which}",
                content_type="message/rfc822",
                size=size,
            )
        ]
    )


class FailedScans:
    """Digests of messages whose scan hit the time or memory ceiling, for ``window`` s."""

    def __init__(
        self,
        window: float = 86_400.0,
        max_entries: int = MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.window = window
        self.max_entries = max_entries
        self._clock = clock
        self._seen: OrderedDict[bytes, float] = OrderedDict()  # oldest failure first

    def __len__(self) -> int:
        return len(self._seen)

    def strike(self, digest: bytes) -> bool:
        """Note one failure; True when the same content already failed within the window."""
        now = self._clock()
        while self._seen:
            oldest, at = next(iter(self._seen.items()))
            if now - at <= self.window:
                break
            del self._seen[oldest]
        again = self._seen.pop(digest, None) is not None
        self._seen[digest] = now
        while len(self._seen) > self.max_entries:
            self._seen.popitem(last=False)
        return again
