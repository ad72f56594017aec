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
