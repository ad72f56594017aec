"""The engine decides on an in-memory registers view: no SQL inside decide, and a
consent written by another connection (another process) counts after a refresh."""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from detectors.model import Scan
from policies.engine import PolicyDecider
from policies.registers import Registers
from policies.verdict import EnvelopeFacts

NOW = datetime(2026, 3, 2, 10, tzinfo=UTC)


def facts(to: str) -> EnvelopeFacts:
    return EnvelopeFacts(mail_from="employment.support@provider.test", rcpt_tos=(to,))


def sqlite_calls_during(fn) -> list[str]:
    """Every call into the sqlite3 C module made by ``fn`` on this thread."""
    seen: list[str] = []

    def profile(frame, event, arg):
        if event == "c_call" and "sqlite3" in (getattr(arg, "__module__", "") or repr(arg)):
            seen.append(repr(arg))

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return seen


def test_profiler_sees_sqlite_calls(tmp_path: Path):
    # The probe itself works: a direct query is seen.
    conn = sqlite3.connect(tmp_path / "x.db")
    assert sqlite_calls_during(lambda: conn.execute("PRAGMA data_version").fetchone())


def test_decide_runs_no_sql(tmp_path: Path):
    regs = Registers(tmp_path / "gateway.db")
    regs.add_consent("claimant@mail.example", date(2026, 1, 5), "CRM note 1")
    decider = PolicyDecider(None, regs)
    decider.decide(facts("claimant@mail.example"), Scan(), NOW)  # the view is in memory now
    calls = sqlite_calls_during(
        lambda: [decider.decide(facts("claimant@mail.example"), Scan(), NOW) for _ in range(20)]
    )
    assert calls == []


def test_another_connection_s_consent_counts_once_the_watcher_refreshes(tmp_path: Path):
    db = tmp_path / "gateway.db"
    decider = PolicyDecider(None, Registers(db))
    assert decider._view is not None and not decider._view.consents
    decider.watch_registers(interval=0.1)
    try:
        other = Registers(db)  # its own connection, as `mailgate consent add` has
        other.add_consent("claimant@mail.example", date(2026, 1, 5), "CRM note 2")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            view = decider._view
            if view is not None and view.consent_for("claimant@mail.example", NOW):
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the watcher never picked up the new consent")
    finally:
        decider.stop_watching()


def test_a_view_once_handed_out_never_changes(tmp_path: Path):
    db = tmp_path / "gateway.db"
    regs = Registers(db)
    before = regs.snapshot()
    Registers(db).add_consent("claimant@mail.example", date(2026, 1, 5), "CRM note 3")
    after = regs.snapshot()
    assert after is not before
    assert not before.consents and "claimant@mail.example" in after.consents
