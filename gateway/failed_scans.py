"""Messages whose scan ran out of time or memory, remembered by content digest.

A client that gets 451 retries the same bytes; a message that needs more time or
memory than a worker has would be retried for ever. The pool notes each such
failure here (a digest, what ran out, how often, when; bounded); the same content
failing again within the window is answered with a ``Scan`` whose whole message is
``limit:time`` or ``limit:memory``, which the policy rejects with an explanation like
every other ``limit:*`` reason, and once it has been so answered the same bytes are
answered so at once, without a worker being spent on them again.

``mailgate serve`` keeps the digests in the gateway's own database too (the control
store: the audit trail's SQLite file or PostgreSQL database, table ``failed_scan``),
written through on every failure and read back when the gateway starts, so a
restarted gateway (or another of a cluster, at its own first failure of the same
bytes) answers the retry as the one that failed them would. The database failing is
logged and the table in memory carries on: its answer is the same for this process.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from detectors.model import Opaque, Scan
from gateway import logs

if TYPE_CHECKING:
    from gateway.control.store import ControlStore

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


@dataclass(slots=True)
class _Failure:
    which: str
    failures: int
    at: float  # the last failure, seconds since the epoch


class FailedScans:
    """Digests of messages whose scan hit the time or memory ceiling, for ``window`` s
    after their last failure; with a ``store``, kept there as well (``attach``)."""

    def __init__(
        self,
        window: float = 86_400.0,
        max_entries: int = MAX_ENTRIES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.window = window
        self.max_entries = max_entries
        self._clock = clock
        self._seen: OrderedDict[bytes, _Failure] = OrderedDict()  # oldest failure first
        self._store: ControlStore | None = None
        self._lock = threading.Lock()  # the table: strikes run on executor threads
        self._store_lock = threading.Lock()  # one connection, one statement at a time
        self._log = logs.get()

    def __len__(self) -> int:
        return len(self._seen)

    def attach(self, store: ControlStore) -> int:
        """Keep the digests in ``store`` from now on, and take in the ones it holds
        (a restart's memory). Returns how many it held. Blocking: call off the loop
        or before serving."""
        from gateway.control.store import ControlError

        self._store = store
        try:
            rows = store.failed_scans(self._now())
        except ControlError as exc:
            self._log.warning("failed_scans_unreadable", error=logs.scrub(str(exc)))
            return 0
        with self._lock:
            for row in sorted(rows, key=lambda r: r.last_failed):
                failure = _Failure(row.which, row.failures, row.last_failed.timestamp())
                self._remember(row.digest, failure)
        return len(rows)

    def close(self) -> None:
        """Stop keeping the digests in the store (the gateway is stopping)."""
        with self._store_lock:
            store, self._store = self._store, None
        if store is not None:
            store.close()

    def condemned(self, digest: bytes) -> str | None:
        """``time`` or ``memory`` when these bytes have already been answered limit:…
        (they failed twice within the window): answer so again without a scan."""
        with self._lock:
            failure = self._seen.get(digest)
        if failure is None or failure.failures < 2 or self._clock() - failure.at > self.window:
            return None
        return failure.which

    def strike(self, digest: bytes, which: str = "time") -> bool:
        """Note one failure; True when the same content already failed within the window.
        With a store: blocking (the pool calls it off the event loop)."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            earlier = self._seen.get(digest)
            failures = (earlier.failures if earlier else 0) + 1
            self._remember(digest, _Failure(which, failures, now))
        if self._store is not None:
            with self._store_lock:
                stored = self._strike_stored(digest, which, now)
            if stored > failures:  # counted by an earlier run, or another gateway
                failures = stored
                with self._lock:
                    self._remember(digest, _Failure(which, failures, now))
        return failures >= 2

    def _strike_stored(self, digest: bytes, which: str, now: float) -> int:
        from gateway.control.store import ControlError

        assert self._store is not None
        at = datetime.fromtimestamp(now, UTC)
        until = datetime.fromtimestamp(now + self.window, UTC)
        try:
            return self._store.strike_scan(digest, which, at, until)
        except ControlError as exc:
            self._log.warning("failed_scan_not_stored", error=logs.scrub(str(exc)))
            return 0

    def _remember(self, digest: bytes, failure: _Failure) -> None:
        self._seen.pop(digest, None)
        self._seen[digest] = failure
        while len(self._seen) > self.max_entries:
            self._seen.popitem(last=False)

    def _expire(self, now: float) -> None:
        while self._seen:
            oldest, failure = next(iter(self._seen.items()))
            if now - failure.at <= self.window:
                break
            del self._seen[oldest]

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), UTC)
