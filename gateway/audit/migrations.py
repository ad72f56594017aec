"""Versioned audit schema, applied in order when a store opens.

Append a new (version, sqlite statements, postgres statements) entry to change the
schema; never edit one that has shipped. ``audit_schema`` remembers what was applied.
"""

from __future__ import annotations

# The same in both dialects.
_INDEXES = [
    "CREATE INDEX audit_record_time ON audit_record(time)",
    "CREATE INDEX audit_record_sender ON audit_record(lower(sender))",
    "CREATE INDEX audit_record_action_rule ON audit_record(action, rule)",
    "CREATE INDEX audit_recipient_record ON audit_recipient(record_id)",
    "CREATE INDEX audit_recipient_address ON audit_recipient(lower(address))",
]

MIGRATIONS: list[tuple[int, list[str], list[str]]] = [
    (
        1,
        [
            """CREATE TABLE audit_record (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                reference TEXT NOT NULL UNIQUE,
                time TEXT NOT NULL,            -- UTC, fixed-width ISO 8601: sorts as text
                day TEXT NOT NULL,             -- UTC date, for reports
                queue_id TEXT NOT NULL,
                message_id TEXT,
                sender TEXT NOT NULL,
                action TEXT NOT NULL,
                rule TEXT NOT NULL,
                monitor INTEGER NOT NULL,
                people INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                method TEXT,
                upstream_reply TEXT,
                detail TEXT NOT NULL           -- the whole record as JSON
            )""",
            """CREATE TABLE audit_recipient (
                record_id INTEGER NOT NULL REFERENCES audit_record(id) ON DELETE CASCADE,
                address TEXT NOT NULL,
                class TEXT NOT NULL,
                action TEXT NOT NULL,
                rule TEXT NOT NULL
            )""",
            *_INDEXES,
        ],
        [
            """CREATE TABLE audit_record (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                time TIMESTAMPTZ NOT NULL,
                day DATE NOT NULL,
                queue_id TEXT NOT NULL,
                message_id TEXT,
                sender TEXT NOT NULL,
                action TEXT NOT NULL,
                rule TEXT NOT NULL,
                monitor BOOLEAN NOT NULL,
                people INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                method TEXT,
                upstream_reply TEXT,
                detail JSONB NOT NULL
            )""",
            """CREATE TABLE audit_recipient (
                record_id BIGINT NOT NULL REFERENCES audit_record(id) ON DELETE CASCADE,
                address TEXT NOT NULL,
                class TEXT NOT NULL,
                action TEXT NOT NULL,
                rule TEXT NOT NULL
            )""",
            *_INDEXES,
        ],
    ),
    (
        # Messages whose scan ran out of time or memory (gateway/failed_scans.py), by
        # content digest, so a restarted gateway, or another of a cluster, answers the
        # same bytes as the one that failed them. Not personal data: a BLAKE2 digest.
        2,
        [
            """CREATE TABLE failed_scan (
                digest TEXT PRIMARY KEY,       -- hex BLAKE2b-128 of the client's bytes
                which TEXT NOT NULL,           -- time or memory
                failures INTEGER NOT NULL,
                first_failed TEXT NOT NULL,    -- UTC, fixed-width ISO 8601, as audit_record.time
                last_failed TEXT NOT NULL,
                expires TEXT NOT NULL
            )""",
            "CREATE INDEX failed_scan_expires ON failed_scan(expires)",
        ],
        [
            """CREATE TABLE failed_scan (
                digest TEXT PRIMARY KEY,
                which TEXT NOT NULL,
                failures INTEGER NOT NULL,
                first_failed TIMESTAMPTZ NOT NULL,
                last_failed TIMESTAMPTZ NOT NULL,
                expires TIMESTAMPTZ NOT NULL
            )""",
            "CREATE INDEX failed_scan_expires ON failed_scan(expires)",
        ],
    ),
]

LATEST = MIGRATIONS[-1][0]

SCHEMA_TABLE_SQLITE = (
    "CREATE TABLE IF NOT EXISTS audit_schema (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
)
SCHEMA_TABLE_POSTGRES = (
    "CREATE TABLE IF NOT EXISTS audit_schema "
    "(version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())"
)
