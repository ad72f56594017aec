"""Each failure to hand mail on, counted and logged in one place.

Every caller that talks to an upstream (the relay transaction at MAIL, RCPT and DATA,
the encryption route, S/MIME deliveries, the outbox) reports a failure here: one
``upstream_failed`` log event with the upstream, the stage, the kind (``upstream_kinds.KINDS``),
the code and the reply masked, and ``mailgate_upstream_errors_total{upstream,kind}``
one up. A refused recipient (``rejected`` at RCPT) is counted too: the alert rules
tell an upstream that is down (refused, timeout, tls, dropped) from one that says no.
"""

from __future__ import annotations

from gateway import logs
from gateway.metrics import Metrics
from gateway.upstream_kinds import kind_of_code

log = logs.get()


def report(
    metrics: Metrics,
    upstream: str,
    stage: str,
    code: int,
    text: str,
    kind: str = "",
    **ids: str | None,
) -> str:
    """Count and log one failure; returns its kind. ``ids``: queue_id, reference."""
    kind = kind or kind_of_code(code)
    metrics.upstream_error(upstream, kind)
    log.warning(
        "upstream_failed",
        upstream=upstream,
        stage=stage,
        kind=kind,
        code=code,
        reply=logs.scrub(" ".join(text.split())),
        **{k: v for k, v in ids.items() if v is not None},
    )
    return kind
