"""build_actions: config sections to a ready PipelineActions."""

from __future__ import annotations

import asyncio
from pathlib import Path

from gateway.actions.settings import BounceConfig
from gateway.actions.wiring import build_actions
from gateway.audit import AuditConfig


def test_build_actions_resolves_store_and_internal_domains(tmp_path: Path) -> None:
    actions = build_actions(
        hostname="gw.test",
        nexthop=lambda: None,
        bounce=BounceConfig(from_address="m@provider.example"),
        audit=AuditConfig(url="sqlite:data/audit.db"),
        config_dir=tmp_path,
        internal_domains=["Provider.Example"],
    )
    assert actions.bounce.internal_domains == ["provider.example"]
    (tmp_path / "data").mkdir()

    async def go() -> None:
        await actions.open()
        await actions.close()

    asyncio.run(go())
    assert (tmp_path / "data" / "audit.db").is_file()  # relative to the config's directory

    own = build_actions(
        hostname="gw.test",
        nexthop=lambda: None,
        bounce=BounceConfig(from_address="m@p.example", internal_domains=["p.example"]),
        internal_domains=["other.example"],
    )
    assert own.bounce.internal_domains == ["p.example"]  # the bounce section wins


def test_what_a_message_carries_from_audit_to_act_lives_on_the_message(tmp_path: Path) -> None:
    from detectors.model import Scan
    from gateway.pipeline import Message
    from policies.verdict import Action, EnvelopeFacts, Verdict

    class Closed:  # the next-hop transaction a reject receives: already aborted
        open = False

        async def deliver(self, raw: bytes):  # pragma: no cover - a reject never delivers
            raise AssertionError("a rejected message must not be delivered")

        async def abort(self) -> None:
            return None

    def message(queue_id: str) -> Message:
        facts = EnvelopeFacts("s@provider.example", ("x@employer.example",))
        raw = b"From: s@provider.example\r\nTo: x@employer.example\r\nSubject: t\r\n\r\nhi\r\n"
        return Message(
            queue_id, facts.mail_from, list(facts.rcpt_tos), [], raw, b"", facts, Closed()
        )

    actions = build_actions(
        hostname="gw.test",
        nexthop=lambda: None,
        bounce=BounceConfig(from_address="m@provider.example"),
        audit=AuditConfig(url=f"sqlite:{tmp_path / 'audit.db'}"),
        config_dir=tmp_path,
    )
    verdict = Verdict(action=Action.REJECT, rule="nino-prohibited", reasons=["It holds a NINO."])

    async def go() -> tuple[Message, Message, str, str]:
        await actions.open()
        try:
            a, b = message("Q1"), message("Q2")
            await actions.audit(a, Scan(), verdict)
            reply_b = await actions.reject(b, verdict)  # never audited: a reference of its own
            reply_a = await actions.reject(a, verdict)
            await actions.audit_outcome(a, verdict, reply_a)
            await actions.audit_outcome(b, verdict, reply_b)
            return a, b, reply_a.text, reply_b.text
        finally:
            await actions.close()

    a, b, text_a, text_b = asyncio.run(go())
    assert a.notes.reference and a.notes.reference in text_a
    assert not b.notes.reference and a.notes.reference not in text_b
    assert a.notes.scan is not None and b.notes.scan is None
