"""The suspension switch and gateway status rows in the gateways' database, SQLite and
PostgreSQL: two links (two gateways) on one database see one `suspend`, the history of
who/when/why is kept, `--until` ends it, and status rows are upserted per gateway."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.control import ControlError, open_control_store
from gateway.control.live import ControlLink
from policies.verdict import Action

T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit.db'}"
    pg = request.getfixturevalue("postgres_url")  # one server per session: start clean
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS suspension, gateway_state")
    return pg


def test_two_gateways_see_one_switch_and_its_history(url) -> None:
    clock = Clock()
    gw_a = ControlLink(open_control_store(url, create=True), lambda: "site v3", clock)
    gw_b = ControlLink(open_control_store(url, create=True), lambda: "site v3", clock)
    admin = open_control_store(url, create=False)
    try:
        assert gw_a.suspension() is None and gw_b.suspension() is None
        row = admin.suspend("reject", " DWP notice INC-9 ", None, "ops.lead", clock.now)
        assert (row.action, row.reason, row.set_by, row.until) == (
            "reject",
            "DWP notice INC-9",
            "ops.lead",
            None,
        )
        for gw in (gw_a, gw_b):
            s = gw.suspension()
            assert s is not None and s.action is Action.REJECT and s.in_force(clock.now)
            assert s.reason == "DWP notice INC-9"

        # A second suspension replaces the first: the first is stamped, never deleted.
        clock.now += timedelta(minutes=5)
        until = clock.now + timedelta(hours=2)
        second = admin.suspend("encrypt", "planned outage", until, "ann", clock.now)
        assert admin.current() == second
        assert gw_a.suspension().action is Action.ENCRYPT

        # At its end time it ends by itself, with nothing written.
        clock.now = until
        assert gw_a.suspension() is None and gw_b.suspension() is None
        assert admin.current() == second  # still on record, unlifted, past its end

        lifted = admin.lift("bob", clock.now)
        assert (lifted.lifted_by, lifted.lifted_at) == ("bob", clock.now)
        assert admin.latest() == lifted
        first, *_ = reversed(admin.history())
        assert [r.id for r in admin.history()] == [second.id, row.id]
        assert first.lifted_by == "ann" and first.lifted_at == second.since  # replaced
        with pytest.raises(ControlError, match="no suspension is in force"):
            admin.lift("bob", clock.now)

        # Status rows: one per gateway, the reload and the stop recorded.
        gw_a.reloaded("policy.yaml:3:1: bad date")
        gw_a.suspension()  # the watcher's next tick writes it
        states = {s.instance: s for s in admin.states()}
        assert len(states) == 1  # one process, so one host:pid (both links share it)
        [state] = states.values()
        assert state.policy == "site v3" and state.reload_ok is False
        assert "bad date" in state.reload_error
    finally:
        gw_b.store.close()
        gw_a.stopped()
        assert admin.states()[0].stopped
        admin.close()


def test_a_suspension_needs_a_reason_and_a_future_end(url) -> None:
    store = open_control_store(url, create=True)
    try:
        with pytest.raises(ControlError, match="needs a reason"):
            store.suspend("encrypt", "  ", None, "ann", T0)
        with pytest.raises(ControlError, match="not in the future"):
            store.suspend("encrypt", "x", T0 - timedelta(seconds=1), "ann", T0)
        with pytest.raises(ControlError, match="encrypt or reject"):
            store.suspend("relay", "x", None, "ann", T0)
        assert store.latest() is None
    finally:
        store.close()


def test_the_cli_never_creates_a_sqlite_database(tmp_path: Path) -> None:
    with pytest.raises(ControlError, match="no gateway database at"):
        open_control_store(f"sqlite:///{tmp_path / 'nope.db'}", create=False)
    assert not (tmp_path / "nope.db").exists()
