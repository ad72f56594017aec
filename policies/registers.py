"""The consent register (¶17) and DWP written permissions (¶18, ¶32, ¶33).

Both live in the gateway's SQLite database, next to the audit trail, so the
CLI (`mailgate consent …`, `mailgate permission …`) and the running gateway
see the same rows. Nothing is deleted: revoking stamps the row, so the record
of what was allowed when is kept.
"""

from __future__ import annotations

import fnmatch
import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from detectors.model import Category, DocKind
from policies.private_files import create_private

_SCHEMA = """
CREATE TABLE IF NOT EXISTS consent (
    id          INTEGER PRIMARY KEY,
    address     TEXT NOT NULL,
    given_on    TEXT NOT NULL,         -- ISO date the claimant consented
    evidence    TEXT NOT NULL,         -- where the confirmation is kept (¶17)
    added_at    TEXT NOT NULL,
    revoked_at  TEXT,                  -- ISO timestamp, NULL while in force
    recorded_by TEXT NOT NULL DEFAULT '',  -- who added it (--by, else the OS user)
    revoked_by  TEXT
);
CREATE INDEX IF NOT EXISTS consent_address ON consent(address);
CREATE TABLE IF NOT EXISTS dwp_permission (
    id            INTEGER PRIMARY KEY,
    reference     TEXT NOT NULL UNIQUE,  -- DWP's reference for the written permission
    sender_scope  TEXT NOT NULL,         -- JSON list of address globs or domains
    recipient_scope TEXT NOT NULL,       -- JSON list of address globs or domains
    categories    TEXT NOT NULL,         -- JSON list of Category values it allows
    doc_kinds     TEXT NOT NULL,         -- JSON list of DocKind values it allows
    max_people    INTEGER,               -- NULL: no limit beyond the categories
    valid_from    TEXT NOT NULL,
    valid_until   TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    added_at      TEXT NOT NULL,
    revoked_at    TEXT,
    recorded_by   TEXT NOT NULL DEFAULT '',
    revoked_by    TEXT
);
"""
# Columns added after the first release: a database from before gets them on open.
_ADDED_COLUMNS = {
    "consent": {"recorded_by": "TEXT NOT NULL DEFAULT ''", "revoked_by": "TEXT"},
    "dwp_permission": {"recorded_by": "TEXT NOT NULL DEFAULT ''", "revoked_by": "TEXT"},
}


class RegisterError(Exception):
    """A register operation that cannot be done; the message says why."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _day(moment: datetime) -> date:
    return moment.date()


def scope_matches(patterns: Iterable[str], address: str) -> bool:
    """``*@x.org`` style globs, or a bare domain (which matches its sub-domains too).

    Patterns are stored lower-case (the register writes them so); the address
    is lower-cased here.
    """
    address = address.strip().lower()
    domain = address.rpartition("@")[2]
    for pattern in patterns:
        if "@" in pattern or "*" in pattern or "?" in pattern or "[" in pattern:
            if fnmatch.fnmatchcase(address, pattern):
                return True
        elif domain == pattern or domain.endswith("." + pattern):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    address: str
    given_on: date
    evidence: str
    added_at: str
    revoked_at: str | None = None
    recorded_by: str = ""
    revoked_by: str | None = None

    def active(self, now: datetime) -> bool:
        return self.revoked_at is None and self.given_on <= _day(now)


@dataclass(frozen=True, slots=True)
class Permission:
    """What a DWP written permission allows, to whom, from whom, and for how long."""

    reference: str
    sender_scope: tuple[str, ...]
    recipient_scope: tuple[str, ...]
    valid_from: date
    valid_until: date
    categories: frozenset[Category] = field(default_factory=frozenset)
    doc_kinds: frozenset[DocKind] = field(default_factory=frozenset)
    max_people: int | None = None
    note: str = ""
    id: int = 0
    revoked_at: str | None = None
    recorded_by: str = ""  # who entered it in the register
    revoked_by: str | None = None

    def __post_init__(self) -> None:
        # Scopes are matched lower-case; normalise once here, not on every message.
        for name in ("sender_scope", "recipient_scope"):
            value = tuple(p.strip().lower() for p in getattr(self, name) if p.strip())
            object.__setattr__(self, name, value)

    def in_force(self, now: datetime) -> bool:
        day = _day(now)
        return self.revoked_at is None and self.valid_from <= day <= self.valid_until

    def applies_to(self, sender: str, recipient: str) -> bool:
        return scope_matches(self.sender_scope, sender) and scope_matches(
            self.recipient_scope, recipient
        )

    def uncovered(self, categories: set[Category], kinds: set[DocKind], people: int) -> list[str]:
        """What the message carries beyond this permission (empty: fully covered)."""
        gaps = []
        extra_cats = categories - self.categories - {Category.PERSON_NAME}
        if extra_cats:
            gaps.append("categories " + ", ".join(sorted(c.value for c in extra_cats)))
        extra_kinds = kinds - self.doc_kinds
        if extra_kinds:
            gaps.append("documents " + ", ".join(sorted(k.value for k in extra_kinds)))
        if self.max_people is not None and people > self.max_people:
            gaps.append(f"{people} people (it allows {self.max_people})")
        return gaps


@dataclass(slots=True)
class RegisterView:
    """The rows in force, read once and kept until the database changes.

    The engine takes one view per decision, so a decision runs no SQL at all.
    """

    version: int = -1
    consents: dict[str, list[Consent]] = field(default_factory=dict)
    permissions: list[Permission] = field(default_factory=list)
    fresh: bool = False

    def consent_for(self, address: str, now: datetime) -> Consent | None:
        """The consent in force for this address on ``now``, if any."""
        for consent in self.consents.get(address.strip().lower(), ()):
            if consent.active(now):
                return consent
        return None

    def permissions_for(self, sender: str, recipient: str, now: datetime) -> list[Permission]:
        """Permissions in force on ``now`` whose scopes take in this sender and recipient."""
        return [
            p
            for p in self.sender_permissions(sender, now)
            if scope_matches(p.recipient_scope, recipient)
        ]

    def sender_permissions(self, sender: str, now: datetime) -> list[Permission]:
        """Permissions in force on ``now`` for this sender, whoever the recipient."""
        return [
            p for p in self.permissions if p.in_force(now) and scope_matches(p.sender_scope, sender)
        ]


class Registers:
    """Consent and permissions over one SQLite file (":memory:" for a throwaway one).

    One connection per thread: the gateway may decide on worker threads while
    the CLI writes from another process; SQLite's locking keeps them apart.
    Look-ups read an in-memory snapshot that is reloaded only when the file has
    changed (``PRAGMA data_version``), so a decision costs no SQL beyond that.
    """

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        self._local = threading.local()
        self._shared: sqlite3.Connection | None = None
        self._shared_snapshot = RegisterView()
        self.writes = 0  # this object's own writes (any thread), for snapshot holders
        if self.path == ":memory:":
            # One in-memory database shared by all threads of this process.
            self._shared = sqlite3.connect(":memory:", check_same_thread=False)
        self._setup(self._conn())

    def _snapshot_slot(self) -> RegisterView:
        if self._shared is not None:
            return self._shared_snapshot
        snap = getattr(self._local, "snapshot", None)
        if snap is None:
            snap = self._local.snapshot = RegisterView()
        return snap

    def _changed(self) -> None:
        """Our own write: data_version only counts other connections' commits."""
        self._snapshot_slot().fresh = False
        self.writes += 1

    def snapshot(self) -> RegisterView:
        """The rows in force: the last view while the file is unchanged, else a new one.

        A view is never changed once returned, so a reader holding one (the engine)
        can keep using it while another thread builds the next.
        """
        slot = self._snapshot_slot()
        version = self._conn().execute("PRAGMA data_version").fetchone()[0]
        if slot.fresh and slot.version == version:
            return slot
        consents: dict[str, list[Consent]] = {}
        for c in self.consents():
            consents.setdefault(c.address, []).append(c)
        view = RegisterView(version, consents, self.permissions(), fresh=True)
        if self._shared is not None:
            self._shared_snapshot = view
        else:
            self._local.snapshot = view
        return view

    def _conn(self) -> sqlite3.Connection:
        if self._shared is not None:
            return self._shared
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                create_private(self.path)
                conn = sqlite3.connect(self.path, timeout=10)
            except (sqlite3.Error, OSError) as exc:
                raise RegisterError(f"{self.path}: cannot open the database: {exc}") from None
            conn.execute("PRAGMA busy_timeout = 10000")
            self._local.conn = conn
        return conn

    def _setup(self, conn: sqlite3.Connection) -> None:
        try:
            conn.executescript(_SCHEMA)
            for table, columns in _ADDED_COLUMNS.items():
                have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
                for name, decl in columns.items():
                    if name not in have:
                        conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
            conn.commit()
        except sqlite3.Error as exc:
            raise RegisterError(f"{self.path}: not a usable database: {exc}") from None

    def close(self) -> None:
        conn = self._shared or getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._local.conn = None

    # -- consent (¶17) ---------------------------------------------------------------

    def add_consent(
        self,
        address: str,
        given_on: date,
        evidence: str,
        now: datetime | None = None,
        *,
        recorded_by: str = "",
    ) -> Consent:
        address = _address(address)
        if not evidence.strip():
            raise RegisterError(
                "consent needs an evidence reference: where the claimant's confirmation is kept"
            )
        added = (now or _utcnow()).isoformat(timespec="seconds")
        conn = self._conn()
        with conn:
            cur = conn.execute(
                "INSERT INTO consent(address, given_on, evidence, added_at, recorded_by)"
                " VALUES (?,?,?,?,?)",
                (address, given_on.isoformat(), evidence.strip(), added, recorded_by),
            )
        self._changed()
        return Consent(
            int(cur.lastrowid or 0), address, given_on, evidence.strip(), added,
            recorded_by=recorded_by,
        )  # fmt: skip

    def consents(self, include_revoked: bool = False) -> list[Consent]:
        sql = (
            "SELECT id, address, given_on, evidence, added_at, revoked_at, recorded_by,"
            " revoked_by FROM consent"
        )
        if not include_revoked:
            sql += " WHERE revoked_at IS NULL"
        rows = self._conn().execute(sql + " ORDER BY address, id").fetchall()
        return [
            Consent(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], r[6], r[7])
            for r in rows
        ]

    def consent_for(self, address: str, now: datetime) -> Consent | None:
        return self.snapshot().consent_for(address, now)

    def revoke_consent(
        self, address: str, now: datetime | None = None, *, revoked_by: str | None = None
    ) -> int:
        """Revoke every consent in force for the address; returns how many."""
        conn = self._conn()
        with conn:
            cur = conn.execute(
                "UPDATE consent SET revoked_at = ?, revoked_by = ?"
                " WHERE address = ? AND revoked_at IS NULL",
                (
                    (now or _utcnow()).isoformat(timespec="seconds"),
                    revoked_by,
                    _address(address),
                ),
            )
        self._changed()
        if cur.rowcount == 0:
            raise RegisterError(f"no consent in force for {address.strip().lower()}")
        return cur.rowcount

    # -- written DWP permissions (¶18, ¶32, ¶33) -------------------------------------

    def add_permission(self, perm: Permission, now: datetime | None = None) -> Permission:
        if not perm.reference.strip():
            raise RegisterError("a permission needs DWP's reference")
        if not perm.sender_scope or not perm.recipient_scope:
            raise RegisterError("a permission needs a sender scope and a recipient scope")
        if perm.valid_until < perm.valid_from:
            raise RegisterError("'valid until' is before 'valid from'")
        if not perm.categories and not perm.doc_kinds:
            raise RegisterError("a permission must allow some categories or document kinds")
        added = (now or _utcnow()).isoformat(timespec="seconds")
        conn = self._conn()
        try:
            with conn:
                cur = conn.execute(
                    "INSERT INTO dwp_permission(reference, sender_scope, recipient_scope,"
                    " categories, doc_kinds, max_people, valid_from, valid_until, note, added_at,"
                    " recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        perm.reference.strip(),
                        json.dumps([s.lower() for s in perm.sender_scope]),
                        json.dumps([s.lower() for s in perm.recipient_scope]),
                        json.dumps(sorted(c.value for c in perm.categories)),
                        json.dumps(sorted(k.value for k in perm.doc_kinds)),
                        perm.max_people,
                        perm.valid_from.isoformat(),
                        perm.valid_until.isoformat(),
                        perm.note,
                        added,
                        perm.recorded_by,
                    ),
                )
        except sqlite3.IntegrityError:
            self._changed()
            raise RegisterError(
                f"a permission with reference {perm.reference!r} already exists: "
                "revoke it first or use another reference"
            ) from None
        self._changed()
        return _perm_row(self._conn().execute(_PERM_SELECT + " WHERE id = ?", (cur.lastrowid,)))[0]

    def permissions(self, include_revoked: bool = False) -> list[Permission]:
        sql = _PERM_SELECT + ("" if include_revoked else " WHERE revoked_at IS NULL")
        return _perm_row(self._conn().execute(sql + " ORDER BY reference"))

    def permissions_for(self, sender: str, recipient: str, now: datetime) -> list[Permission]:
        return self.snapshot().permissions_for(sender, recipient, now)

    def revoke_permission(
        self, reference: str, now: datetime | None = None, *, revoked_by: str | None = None
    ) -> None:
        conn = self._conn()
        with conn:
            cur = conn.execute(
                "UPDATE dwp_permission SET revoked_at = ?, revoked_by = ? WHERE reference = ?"
                " AND revoked_at IS NULL",
                ((now or _utcnow()).isoformat(timespec="seconds"), revoked_by, reference.strip()),
            )
        self._changed()
        if cur.rowcount == 0:
            raise RegisterError(f"no permission in force with reference {reference!r}")


_PERM_SELECT = (
    "SELECT id, reference, sender_scope, recipient_scope, categories, doc_kinds, max_people,"
    " valid_from, valid_until, note, revoked_at, recorded_by, revoked_by FROM dwp_permission"
)


def _perm_row(cursor: sqlite3.Cursor) -> list[Permission]:
    return [
        Permission(
            id=r[0],
            reference=r[1],
            sender_scope=tuple(json.loads(r[2])),
            recipient_scope=tuple(json.loads(r[3])),
            categories=frozenset(Category(c) for c in json.loads(r[4])),
            doc_kinds=frozenset(DocKind(k) for k in json.loads(r[5])),
            max_people=r[6],
            valid_from=date.fromisoformat(r[7]),
            valid_until=date.fromisoformat(r[8]),
            note=r[9],
            revoked_at=r[10],
            recorded_by=r[11],
            revoked_by=r[12],
        )
        for r in cursor.fetchall()
    ]


def _address(address: str) -> str:
    address = address.strip().lower()
    local, at, domain = address.rpartition("@")
    if not (local and at and "." in domain) or any(c.isspace() for c in address):
        raise RegisterError(f"{address!r} is not an email address (expected name@domain)")
    return address
