"""The decider applies the database's suspension (`mailgate suspend`) in place of the
policy file's, on the next watcher tick, and drops it when lifted: a real SQLite control
store written by another connection, the shipped policy, no reload."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from policy_builders import EMPLOYER, SENDER, names, scan

from gateway.control import open_control_store
from gateway.control.live import ControlLink
from policies.engine import PolicyDecider
from policies.verdict import Action, EnvelopeFacts


def decide(decider: PolicyDecider, findings=None):
    findings = names(1) if findings is None else findings
    return decider.decide(EnvelopeFacts(SENDER, (EMPLOYER,)), scan(findings))


def test_switch_from_the_database_without_reload(tmp_path):
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    decider = PolicyDecider(None, None, encryption_available=True)
    link = ControlLink(open_control_store(url, create=True), lambda: "dwp-provider")
    decider.set_suspension_source(link.suspension)
    admin = open_control_store(url, create=False)
    decider.watch_registers(interval=0.05)
    try:
        before = decide(decider)
        assert before.action is Action.RELAY  # an exemption relays one person's details

        now = datetime.now(UTC)
        admin.suspend("encrypt", "DWP notice INC-5", now + timedelta(hours=1), "ann", now)
        deadline = time.monotonic() + 5
        while (v := decide(decider)).action is not Action.ENCRYPT:
            assert time.monotonic() < deadline, v
            time.sleep(0.02)
        assert v.rule == "unencrypted-email-suspended" and "INC-5" in v.reasons[0]
        assert decider.policy.suspension.active is False  # the file's switch untouched
        # Mail with no claimant data is unaffected.
        assert decide(decider, names(0)).action is Action.RELAY

        admin.lift("ann", datetime.now(UTC))
        deadline = time.monotonic() + 5
        while decide(decider).action is not Action.RELAY:
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        decider.stop_watching()
        link.stopped()
        admin.close()
