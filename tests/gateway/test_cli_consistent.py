"""The CLI as an administrator meets it, run as a real `python -m gateway.cli` process:
`--config` in the same places on every command, stores that are refused rather than
created, `policy test` deciding as the configured gateway, registers saying who
recorded each row, and a purge that keeps the three-month minimum."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from faker import Faker

from gateway.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
fake = Faker("en_GB")
Faker.seed(1313)


def mailgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gateway.cli", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd, env=env,
    )  # fmt: skip


def leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, parser)]
    out = []
    for name, child in subs[0].choices.items():
        out += leaf_commands(child, (*path, name))
    return out


def test_every_command_takes_config_after_its_verb_and_before_it():
    parser = build_parser()
    leaves = leaf_commands(parser)
    assert len(leaves) >= 14  # serve, check, policy …, consent …, permission …, audit …
    for path, leaf in leaves:
        flags = {s for a in leaf._actions for s in a.option_strings}
        assert "--config" in flags, f"`mailgate {' '.join(path)}` has no --config"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site directory: a config whose audit trail and registers are `trail.db`, and a
    trail that exists (as after the gateway's first start)."""
    (tmp_path / "mailgate.yaml").write_text("audit:\n  url: sqlite:trail.db\n")
    done = mailgate("consent", "add", fake.email(), "--evidence", "CRM 1", "--config",
                    "mailgate.yaml", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert mailgate("audit", "search", "--config", "mailgate.yaml", cwd=tmp_path).returncode == 0
    return tmp_path


@pytest.mark.parametrize(
    "argv",
    [
        ["--config", "mailgate.yaml", "audit", "search"],
        ["audit", "--config", "mailgate.yaml", "search"],
        ["audit", "search", "--config", "mailgate.yaml"],
        ["--config", "mailgate.yaml", "consent", "list"],
        ["consent", "list", "--config", "mailgate.yaml"],
        ["--config", "mailgate.yaml", "status"],
        ["status", "--config", "mailgate.yaml"],
    ],
)
def test_config_before_or_after_the_verb_reads_the_same_store(site, argv):
    elsewhere = site / "elsewhere"
    elsewhere.mkdir()
    # From another directory, with the config's path relative to it.
    argv = [("../mailgate.yaml" if a == "mailgate.yaml" else a) for a in argv]
    done = mailgate(*argv, cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    assert list(elsewhere.iterdir()) == []  # nothing created here


def test_two_different_configs_are_a_usage_error(site):
    (site / "other.yaml").write_text("audit:\n  url: sqlite:other.db\n")
    done = mailgate("--config", "mailgate.yaml", "audit", "search", "--config", "other.yaml",
                    cwd=site)  # fmt: skip
    assert done.returncode == 2
    assert "--config given twice with different files" in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "search"],
        ["audit", "report"],
        ["audit", "purge", "--dry-run"],
        ["consent", "list"],
        ["permission", "list"],
        ["consent", "revoke", "someone@mail.example"],
        ["permission", "revoke", "DWP/1"],
        ["status"],
        ["suspend", "--reason", "test"],
    ],
)
def test_a_missing_store_is_refused_not_created(tmp_path, argv):
    done = mailgate(*argv, cwd=tmp_path)
    assert done.returncode in (1, 2), done.stdout
    assert "no audit trail at" in done.stderr or "no gateway database at" in done.stderr
    assert "--config" in done.stderr  # says what to give
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # no ./audit.db


def test_policy_test_decides_as_the_configured_gateway(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in ("cv-with-nino.eml", "cv-with-nino.yaml"):
        shutil.copy(EXAMPLES / name, cases / name)
    assert "action: encrypt" in (cases / "cv-with-nino.yaml").read_text()

    as_written = mailgate("policy", "test", "cases", cwd=tmp_path)
    assert as_written.returncode == 0, as_written.stdout + as_written.stderr
    assert "no --config" in as_written.stdout

    (tmp_path / "mailgate.yaml").write_text("listen: {port: 2525}\n")  # no encryption
    for argv in (
        ["policy", "test", "cases", "--config", "mailgate.yaml"],
        ["--config", "mailgate.yaml", "policy", "test", "cases"],
    ):
        done = mailgate(*argv, cwd=tmp_path)
        assert done.returncode == 1, done.stdout + done.stderr
        assert "expected encrypt" in done.stdout and "got reject" in done.stdout
        assert "no encryption configured" in done.stdout
        # exactly what `mailgate check` says for the same config
        check = mailgate("check", "cases/cv-with-nino.eml", "--json", "--config", "mailgate.yaml",
                         cwd=tmp_path)  # fmt: skip
        assert json.loads(check.stdout)["action"] == "reject"


def test_registers_record_who_recorded_and_who_revoked(tmp_path):
    db = str(tmp_path / "gateway.db")
    claimant = fake.email()
    clerk = fake.name()
    added = mailgate("consent", "add", claimant, "--evidence", "CRM 12", "--by", clerk,
                     "--database", db, cwd=tmp_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert f"recorded by {clerk}" in added.stdout
    assert "new gateway database" in added.stderr  # a first add says it made the file
    # Without --by: the OS user running the command.
    other = fake.email()
    assert mailgate("consent", "add", other, "--evidence", "CRM 13", "--database", db,
                    cwd=tmp_path).returncode == 0  # fmt: skip
    listed = json.loads(
        mailgate("consent", "list", "--json", "--database", db, cwd=tmp_path).stdout
    )
    by = {c["address"]: c["recorded_by"] for c in listed}
    assert by == {claimant.lower(): clerk, other.lower(): getpass.getuser()}
    assert mailgate("consent", "revoke", claimant, "--by", "Team Lead", "--database", db,
                    cwd=tmp_path).returncode == 0  # fmt: skip
    shown = mailgate("consent", "list", "--all", "--database", db, cwd=tmp_path).stdout
    assert f"by {clerk}" in shown and "by Team Lead" in shown

    perm = mailgate(
        "permission", "add", "DWP/2026/41", "--sender", "*@provider.example", "--recipient",
        "employer.example", "--category", "nino", "--valid-until", "2027-06-30", "--by", clerk,
        "--database", db, cwd=tmp_path,
    )  # fmt: skip
    assert perm.returncode == 0, perm.stderr
    assert f"recorded by {clerk}" in perm.stdout
    [row] = json.loads(mailgate("permission", "list", "--json", "--database", db,
                                cwd=tmp_path).stdout)  # fmt: skip
    assert row["recorded_by"] == clerk
    mailgate("permission", "revoke", "DWP/2026/41", "--by", "Team Lead", "--database", db,
             cwd=tmp_path)  # fmt: skip
    assert "revoked" in (
        shown := mailgate("permission", "list", "--all", "--database", db, cwd=tmp_path).stdout
    )
    assert "by Team Lead" in shown


def test_a_register_from_before_gains_the_columns(tmp_path):
    """A database written before "recorded by" existed opens and lists, its rows unknown."""
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.execute(
            "CREATE TABLE consent (id INTEGER PRIMARY KEY, address TEXT NOT NULL,"
            " given_on TEXT NOT NULL, evidence TEXT NOT NULL, added_at TEXT NOT NULL,"
            " revoked_at TEXT)"
        )
        conn.execute(
            "INSERT INTO consent(address, given_on, evidence, added_at) VALUES (?,?,?,?)",
            ("old@mail.example", "2026-01-02", "letter 3", "2026-01-02T10:00:00+00:00"),
        )
    done = mailgate("consent", "list", "--database", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "old@mail.example" in done.stdout and "by unknown" in done.stdout


def test_status_says_the_upstream_is_down_and_what_is_waiting(site):
    from mailgate_support import free_port

    port = free_port()  # nothing listens there
    (site / "mailgate.yaml").write_text(
        f"audit:\n  url: sqlite:trail.db\nupstream: {{host: 127.0.0.1, port: {port},"
        " connect_timeout: 2}\n"
    )
    done = mailgate("status", "--config", "mailgate.yaml", cwd=site)
    assert done.returncode == 0, done.stderr
    assert f"upstream: down 127.0.0.1:{port}" in done.stdout
    assert "suspension: none" in done.stdout
    assert "outbox: 0 queued, 0 retrying, 0 failed" in done.stdout
    assert "gateways: none has reported" in done.stdout
