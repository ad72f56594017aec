"""Failed AUTH, counted per client address and per user name.

Each failure is answered after a delay that doubles with the failures counted
against the address or the user; at the configured number the address (or the
user) is cooling off: AUTH gets ``421 4.7.0`` and the connection is closed until
the period ends. A success clears the address's count (not the user's: a valid
account must not reset the guessing of another). One instance per gateway, kept
across SIGHUP (``settings`` is swapped, the counts stay).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from gateway.config import AuthLimits

# Distinct addresses and user names remembered: a spray of made-up names must
# not grow memory without bound (the oldest records go first).
MAX_RECORDS = 10_000


@dataclass(slots=True)
class _Record:
    failures: int = 0
    last: float = 0.0
    cooling_until: float = 0.0


@dataclass(frozen=True, slots=True)
class Penalty:
    """What a failure costs: the wait before ``535``, and whether AUTH is now refused."""

    delay: float
    cooling_off: bool


class AuthThrottle:
    def __init__(self, settings: AuthLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.clock = clock
        self._clients: OrderedDict[str, _Record] = OrderedDict()
        self._users: OrderedDict[str, _Record] = OrderedDict()

    def _current(self, table: OrderedDict[str, _Record], key: str | None) -> _Record | None:
        if key is None:
            return None
        rec = table.get(key)
        if rec is None:
            return None
        now = self.clock()
        expired = now - rec.last > self.settings.window and now >= rec.cooling_until
        if expired or (rec.cooling_until and now >= rec.cooling_until):
            del table[key]  # forgotten, or the cooling-off is over: a fresh start
            return None
        return rec

    def cooling_off(self, client: str | None, user: str | None = None) -> bool:
        now = self.clock()
        for table, key in ((self._clients, client), (self._users, user)):
            rec = self._current(table, key)
            if rec is not None and rec.cooling_until > now:
                return True
        return False

    def failed(self, client: str | None, user: str | None) -> Penalty:
        s = self.settings
        now = self.clock()
        counts, cooling = [], False
        for table, key, limit in (
            (self._clients, client, s.max_failures_per_client),
            (self._users, user, s.max_failures_per_user),
        ):
            if key is None:
                continue
            rec = self._current(table, key) or _Record()
            rec.failures += 1
            rec.last = now
            if rec.failures >= limit:
                rec.cooling_until = now + s.cooling_off
                cooling = True
            table[key] = rec
            table.move_to_end(key)
            while len(table) > MAX_RECORDS:
                table.popitem(last=False)
            counts.append(rec.failures)
        worst = max(counts, default=1)
        return Penalty(min(s.max_delay, s.delay * 2 ** (worst - 1)), cooling)

    def succeeded(self, client: str | None) -> None:
        if client is not None:
            self._clients.pop(client, None)

    def cooling_count(self) -> int:
        """Addresses and users cooling off now (for the metrics gauge)."""
        now = self.clock()
        tables = (self._clients, self._users)
        return sum(1 for t in tables for r in t.values() if r.cooling_until > now)
