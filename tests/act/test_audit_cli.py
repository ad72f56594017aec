"""`mailgate audit purge|search|report` on a real store, as an administrator runs it."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from act_planted import envelope, make_planted, scan_for, verdict

from gateway.audit import AuditQuery, build_record, open_store
from gateway.cli import main
from policies.verdict import Action

NOW = datetime.now(UTC)


def fill(url: str) -> list[str]:
    async def go() -> list[str]:
        store = open_store(url)
        await store.open()
        refs = []
        rows = [
            (Action.REJECT, "ann@provider.example", "nino-prohibited", 1),
            (Action.REJECT, "ann@provider.example", "nino-prohibited", 2),
            (Action.ENCRYPT, "bob@provider.example", "dob-prohibited", 1),
            (Action.RELAY, "bob@provider.example", "no-data", 100),
            (Action.RELAY, "cy@provider.example", "no-data", 400),
        ]
        for i, (action, sender, rule, days) in enumerate(rows):
            p = make_planted(i)
            rec = build_record(
                envelope=envelope(sender, ["x@employer.example"]),
                verdict=verdict(action, ["x@employer.example"], rule=rule),
                scan=scan_for(p),
                raw=b"m%d" % i,
                queue_id=f"Q{i}",
                now=NOW - timedelta(days=days),
            )
            await store.write(rec)
            refs.append(rec.reference)
        await store.close()
        return refs

    return asyncio.run(go())


def count(url: str) -> int:
    async def go() -> int:
        store = open_store(url)
        await store.open()
        try:
            return len(await store.search(AuditQuery()))
        finally:
            await store.close()

    return asyncio.run(go())


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'audit.db'}"


def test_purge_default_retention_removes_only_old(url, capsys) -> None:
    fill(url)
    assert main(["audit", "--store", url, "purge"]) == 0
    assert "purged 2 record(s) older than 93 days" in capsys.readouterr().out
    assert count(url) == 3
    assert main(["audit", "--store", url, "purge", "--older-than", "2", "--force"]) == 0
    assert count(url) == 2  # the two from yesterday


def test_search_by_reference_and_filters(url, capsys) -> None:
    refs = fill(url)
    assert main(["audit", "--store", url, "search", "--reference", refs[2]]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and refs[2] in out[0] and "encrypt" in out[0]

    assert (
        main(
            [
                "audit",
                "--store",
                url,
                "search",
                "--sender",
                "@provider.example",
                "--action",
                "reject",
                "--format",
                "json",
            ]
        )
        == 0
    )
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["queue_id"] for x in lines] == ["Q1", "Q0"]

    assert main(["audit", "--store", url, "search", "--since", "7d", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["queue_id"] for r in rows} == {"Q0", "Q1", "Q2"}
    for i in range(5):
        for value in make_planted(i).values():
            assert value not in repr(rows)

    assert main(["audit", "--store", url, "search", "--rule", "nope"]) == 0
    assert capsys.readouterr().out.strip() == "no records"


def test_report_csv_counts(url, capsys) -> None:
    fill(url)
    assert main(["audit", "--store", url, "report", "--by", "action,rule"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["action"], r["rule"]): int(r["count"]) for r in rows} == {
        ("encrypt", "dob-prohibited"): 1,
        ("reject", "nino-prohibited"): 2,
        ("relay", "no-data"): 2,
    }
    assert main(["audit", "--store", url, "report", "--since", "30d"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["day", "action", "rule", "sender", "count"]
    assert sum(int(r["count"]) for r in rows) == 3
    assert {r["day"] for r in rows} == {
        (NOW - timedelta(days=d)).date().isoformat() for d in (1, 2)
    }


def test_config_file_audit_section(tmp_path, capsys) -> None:
    cfg = tmp_path / "mailgate.yaml"
    cfg.write_text("listen: {port: 2525}\naudit:\n  url: sqlite:trail.db\n  retention_days: 3\n")
    fill(f"sqlite:///{tmp_path / 'trail.db'}")
    # Below the three-month minimum, the config's retention needs --force as well.
    assert main(["audit", "--config", str(cfg), "purge"]) == 2
    assert "audit.retention_days: 3" in capsys.readouterr().err
    assert main(["audit", "--config", str(cfg), "purge", "--force"]) == 0
    assert "purged 2 record(s) older than 3 days" in capsys.readouterr().out


def test_errors_are_clear(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("audit:\n  url: mysql://x\n")
    assert main(["audit", "--config", str(bad), "search"]) == 2
    assert "audit.url" in capsys.readouterr().err
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert main(["audit", "--store", url, "search", "--since", "yesterday"]) == 2
    assert "not a date or time" in capsys.readouterr().err
    assert main(["audit", "--store", url, "report", "--by", "subject"]) == 2
    assert "report dimensions" in capsys.readouterr().err
    missing = f"sqlite:///{tmp_path / 'no' / 'dir.db'}"
    assert main(["audit", "--store", missing, "search"]) == 1
    assert "no audit trail at" in capsys.readouterr().err


def test_console_script_runs(url) -> None:
    fill(url)
    out = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "audit", "--store", url, "report", "--by", "action"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.splitlines() == ["action,count", "encrypt,1", "reject,2", "relay,2"]


def test_purge_keeps_three_months_unless_forced_and_dry_run_deletes_nothing(url) -> None:
    """As a subprocess: the minimum is said, with why, and nothing is lost by asking."""
    fill(url)  # records 1, 1, 2, 100 and 400 days old

    def purge(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "gateway.cli", "audit", "purge", "--store", url, *extra],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    refused = purge("--older-than", "30")
    assert refused.returncode == 2
    assert "three months" in refused.stderr and "--force" in refused.stderr
    assert "93 days" in refused.stderr
    assert count(url) == 5

    dry = purge("--older-than", "30", "--force", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would purge 2 record(s) older than 30 days" in dry.stdout
    assert count(url) == 5
    assert "would purge 2 record(s) older than 93 days" in purge("--dry-run").stdout
    assert count(url) == 5

    done = purge("--older-than", "30", "--force")
    assert done.returncode == 0 and "purged 2 record(s)" in done.stdout
    assert count(url) == 3
