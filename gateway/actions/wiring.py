"""One call to build the act step from its config sections, for `mailgate serve`.

The gateway config carries these top-level keys (each optional)::

    encryption:   EncryptionConfig  (default method, per-domain methods, route, smime)
    bounce:       BounceConfig      (from address, internal domains, templates, contacts)
    reject:       RejectConfig      (mode: smtp = 550 + explanation, explain = 250 + explanation)
    notices:      NoticeConfig      (encrypted notice, SS-014 incident notice)
    audit:        AuditConfig       (url, retention_days)
    outbox:       OutboxConfig      (url, retry_initial, retry_max, max_age, poll_interval)
    metrics:      MetricsConfig     (enabled, host, port)

and serve does, in order: ``actions = build_actions(...)``; ``await actions.open()``
(no audit store, no service); pass ``actions`` (and ``TimedPolicy(policy, metrics)``)
to the Gateway; ``start_metrics_server``; on SIGHUP ``actions.reload_certificates()``;
on shutdown ``await actions.close()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from gateway.actions.pipeline_actions import PipelineActions
from gateway.actions.settings import BounceConfig, EncryptionConfig, NoticeConfig, RejectConfig
from gateway.actions.submit import nexthop_sender
from gateway.audit import AuditConfig, open_store
from gateway.metrics import Metrics
from gateway.outbox import Outbox, OutboxConfig, open_outbox_store


def build_actions(
    *,
    hostname: str,
    nexthop: Any | Callable[[], Any],
    encryption: EncryptionConfig | None = None,
    bounce: BounceConfig | None = None,
    notices: NoticeConfig | None = None,
    audit: AuditConfig | None = None,
    config_dir: Path | None = None,
    metrics: Metrics | None = None,
    internal_domains: list[str] | None = None,
    sender_tag: str | None = "[ENCRYPT]",
    outbox: OutboxConfig | None = None,
    reject: RejectConfig | None = None,
) -> PipelineActions:
    """``nexthop``: the gateway's next hop (or a callable returning the current one):
    explanations, notices and split S/MIME deliveries go out through it.
    ``internal_domains``: the policy's internal domains
    (``policy.recipients.internal.domains``), used when ``bounce.internal_domains``
    is not set, so explanations reach staff without listing the domains twice.
    ``sender_tag``: the policy's ``encryption.subject_tag`` (None: no encryption here)."""
    audit = audit or AuditConfig()
    bounce = bounce or BounceConfig()
    if not bounce.internal_domains and internal_domains:
        bounce = BounceConfig.model_validate(
            {**bounce.model_dump(), "internal_domains": list(internal_domains)}
        )
    base = config_dir or Path.cwd()
    audit_url = audit.resolved_url(base)
    outbox = outbox or OutboxConfig()
    metrics = metrics or Metrics()
    send = nexthop_sender(nexthop)
    return PipelineActions(
        store=open_store(audit_url),
        hostname=hostname,
        send=send,
        outbox=Outbox(
            open_outbox_store(outbox.resolved_url(audit_url, base)), send, outbox, metrics
        ),
        encryption=encryption,
        bounce=bounce,
        notices=notices,
        metrics=metrics,
        sender_tag=sender_tag,
        reject=reject,
    )
