"""Putting the gateway's own mail in the outbox, and the task that delivers it.

``enqueue`` returns once the item is committed: the caller answers the client only
after that. The background task sends what is due through the gateway's next hop;
a temporary failure is tried again after ``retry_initial`` seconds, doubling up to
``retry_max``; a permanent refusal, or an item older than ``max_age``, is failed
and stays in the store for the administrator. Items survive restarts: on start
the task sends whatever an earlier process left.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

from gateway import logs, upstream_failures
from gateway.actions.submit import Sender, SubmitError
from gateway.metrics import Metrics
from gateway.outbox.store import OutboxConfig, OutboxError, OutboxItem, OutboxStore

log = logs.get()

BATCH = 20


class Outbox:
    def __init__(
        self,
        store: OutboxStore,
        send: Sender,
        config: OutboxConfig | None = None,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.send = send
        self.config = config or OutboxConfig()
        self.metrics = metrics or Metrics()
        self.clock = clock
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()  # one delivery pass at a time (the task, drain)
        self._task: asyncio.Task[None] | None = None

    async def open(self) -> None:
        await self.store.open()
        await self._show()
        self._task = asyncio.ensure_future(self._run())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.store.close()

    async def enqueue(
        self, kind: str, reference: str, data: bytes, mail_from: str, rcpt_tos: list[str]
    ) -> None:
        """Commit one message to the outbox (raises OutboxError) and wake the sender."""
        now = self.clock()
        await self.store.put(OutboxItem(kind, reference, mail_from, rcpt_tos, data, now, 0, now))
        self.metrics.outbox_queued.labels(kind).inc()
        self._wake.set()

    async def deliver_due(self) -> int:
        """One pass: send every item due now; how many were tried."""
        async with self._lock:
            tried = 0
            while items := await self.store.claim(self.clock(), BATCH):
                for item in items:
                    await self._deliver(item)
                tried += len(items)
            await self._show()
            return tried

    async def drain(self, timeout: float = 30.0) -> None:
        """Send what is due now (tests, shutdown); later retries are left to the task."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.deliver_due(), timeout)

    async def _deliver(self, item: OutboxItem) -> None:
        assert item.id is not None
        try:
            await self.send(item.data, item.mail_from, item.rcpt_tos)
        except SubmitError as e:
            await self._failed(item, e)
        except Exception as e:  # a next hop that is not there yet, a bug: try again later
            log.error("outbox_send_error", kind=item.kind, reference=item.reference, exc_info=e)
            await self._failed(item, SubmitError(451, f"4.3.0 {type(e).__name__}", "dropped"))
        else:
            await self.store.delivered(item.id)
            self.metrics.outbox_delivered.labels(item.kind).inc()
            self._count(item.kind, "sent")
            log.info("outbox_delivered", kind=item.kind, reference=item.reference)

    async def _failed(self, item: OutboxItem, e: SubmitError) -> None:
        assert item.id is not None
        cfg, now = self.config, self.clock()
        error = f"{e.code} {e.text}"[:300]
        upstream_failures.report(
            self.metrics, item.kind, "submit", e.code, e.text, e.kind, reference=item.reference
        )
        self._count(item.kind, "failed")
        if e.permanent or now - item.created > cfg.max_age:
            await self.store.fail(item.id, error)
            self.metrics.outbox_failed.labels(item.kind).inc()
            log.warning(
                "outbox_failed", kind=item.kind, reference=item.reference, error=logs.scrub(error)
            )
            return
        delay = min(cfg.retry_max, cfg.retry_initial * 2**item.attempts)
        await self.store.retry(item.id, now + delay, error)
        log.info(
            "outbox_retry",
            kind=item.kind,
            reference=item.reference,
            delay=round(delay, 1),
            error=logs.scrub(error),
        )

    def _count(self, kind: str, outcome: str) -> None:
        """Each attempt, in the explanation and notice counters."""
        if kind == "explanation":
            self.metrics.explanations.labels(outcome).inc()
        else:
            self.metrics.notices.labels(kind, outcome).inc()

    async def _show(self) -> None:
        for state, n in (await self.store.counts()).items():
            self.metrics.outbox.labels(state).set(n)

    async def _run(self) -> None:
        while True:
            self._wake.clear()  # before the pass: an enqueue during it wakes the next
            try:
                await self.deliver_due()
                due = await self.store.next_due()
            except OutboxError as e:
                log.error("outbox_error", exc_info=e)
                due = None
            wait = self.config.poll_interval
            if due is not None:
                wait = max(0.0, min(wait, due - self.clock()))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), wait)
