"""The SQLite files the gateway creates — the audit trail, the consent and permission
registers, and their -wal/-shm/-journal side files — are mode 0600 whatever the umask:
they hold who wrote to whom, and the claimants' consent evidence references."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from act_planted import envelope, make_planted, scan_for, verdict

from gateway.audit import build_record, open_store
from policies.registers import Registers
from policies.verdict import Action

NOW = datetime(2026, 11, 22, 5, 0, tzinfo=UTC)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask022", "umask002", "umask000"])
def umask(request) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def modes(db: Path) -> dict[str, str]:
    """The database and whichever side files are there now, with their modes."""
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = db.with_name(db.name + suffix)
        if path.exists():
            out[path.name] = oct(stat.S_IMODE(path.stat().st_mode))
    return out


def a_record(i: int = 1):
    p = make_planted(i)
    rcpt = "emp@employer.example"
    return build_record(
        envelope=envelope("ann@provider.example", [rcpt]),
        verdict=verdict(Action.REJECT, [rcpt], rule="nino-prohibited"),
        scan=scan_for(p),
        raw=f"message {i}".encode(),
        queue_id=f"Q{i}",
        upstream_reply=None,
        now=NOW,
    )


def test_audit_store_and_its_wal_are_private(tmp_path: Path, umask: int) -> None:
    db = tmp_path / "audit.db"

    async def go() -> dict[str, str]:
        store = open_store(f"sqlite:///{db}")
        await store.open()
        try:
            await store.write(a_record())
            return modes(db)  # while open: -wal and -shm are there
        finally:
            await store.close()

    seen = asyncio.run(go())
    assert {"audit.db", "audit.db-wal", "audit.db-shm"} <= set(seen)
    assert all(m == "0o600" for m in seen.values()), seen
    assert all(m == "0o600" for m in modes(db).values())


def test_registers_file_is_private(tmp_path: Path, umask: int) -> None:
    db = tmp_path / "registers.db"
    regs = Registers(db)
    try:
        regs.add_consent("c@claimant.example", date(2026, 11, 1), "case note 42")
        seen = modes(db)
    finally:
        regs.close()
    assert "registers.db" in seen
    assert all(m == "0o600" for m in seen.values()), seen


@pytest.mark.parametrize("first", ["audit", "registers"])
def test_registers_sharing_the_audit_file_are_private(
    tmp_path: Path, umask: int, first: str
) -> None:
    """No database.path: the registers live in the audit file (WAL), whichever opens it first."""
    db = tmp_path / "audit.db"

    async def go() -> dict[str, str]:
        regs = Registers(db) if first == "registers" else None
        store = open_store(f"sqlite:///{db}")
        await store.open()
        try:
            regs = regs or Registers(db)
            regs.add_consent("c@claimant.example", date(2026, 11, 1), "case note 42")
            await store.write(a_record())
            return modes(db)
        finally:
            regs.close()
            await store.close()

    seen = asyncio.run(go())
    assert {"audit.db", "audit.db-wal", "audit.db-shm"} <= set(seen)
    assert all(m == "0o600" for m in seen.values()), seen


def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask: int) -> None:
    """Only files we create are set: a site that chose 0640 for a reporting group keeps it."""
    db = tmp_path / "registers.db"
    Registers(db).close()
    db.chmod(0o640)
    Registers(db).close()
    assert modes(db)["registers.db"] == "0o640"


def test_an_unwritable_directory_is_a_register_error(tmp_path: Path) -> None:
    from policies.registers import RegisterError

    with pytest.raises(RegisterError, match="cannot open the database"):
        Registers(tmp_path / "missing" / "registers.db")
