"""The scan pool: content analysis in worker processes, never on the event loop.

Each worker imports the analyser once (``detectors.analyse:analyse`` by
default) and, if its module has ``warm_up()``, calls it once at start so
heavy models (spaCy) load per worker, not per message.

A worker that dies (``BrokenProcessPool``) or a scan that runs past the
timeout raises ``ScanFailed``; the pool is then rebuilt (a runaway worker is
killed, not waited for). Scans that were in flight on a pool we killed because
of someone else's timeout get one retry on the new pool.
"""

from __future__ import annotations

import asyncio
import importlib
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from gateway import logs

_analyser: Callable[..., Any] | None = None


def _load(path: str) -> Callable[..., Any]:
    module_name, _, func = path.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, func)


def _init_worker(path: str, terms: Any = None) -> None:
    global _analyser
    _analyser = _load(path)
    warm_up = getattr(importlib.import_module(path.partition(":")[0]), "warm_up", None)
    if callable(warm_up):
        # The site's term lists travel with the pool (None: the analyser's own default).
        warm_up() if terms is None else warm_up(terms)


def _run(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Any:
    assert _analyser is not None, "worker not initialised"
    return _analyser(raw, mail_from, rcpt_tos)


def _ping() -> bool:
    return True


class ScanFailed(Exception):
    """The scan did not finish: worker crash or timeout. Never relay unscanned."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ScanPool:
    def __init__(self, workers: int, timeout: float, analyser: str, terms: Any = None) -> None:
        self.workers = workers
        self.timeout = timeout
        self.analyser = analyser
        self.terms = terms  # detectors.terms.TermLists loaded by the gateway, or None
        # spawn: no fork of a process running an event loop and threads.
        self._ctx = multiprocessing.get_context("spawn")
        self._pool = self._new_pool()
        self._killed: set[int] = set()  # ids of pools we terminated on purpose
        self._log = logs.get()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self._ctx,
            initializer=_init_worker,
            initargs=(self.analyser, self.terms),
        )

    async def start(self) -> None:
        """Start every worker now (and load its models), not on the first message."""
        loop = asyncio.get_running_loop()
        futures = [loop.run_in_executor(self._pool, _ping) for _ in range(self.workers * 2)]
        await asyncio.gather(*futures)

    def _replace(self, pool: ProcessPoolExecutor) -> None:
        if pool is not self._pool:
            return  # someone already replaced it
        self._killed.add(id(pool))
        self._pool = self._new_pool()
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def scan(self, raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Any:
        for attempt in (1, 2):
            pool = self._pool
            loop = asyncio.get_running_loop()
            try:
                fut = loop.run_in_executor(pool, _run, raw, mail_from, list(rcpt_tos))
                return await asyncio.wait_for(fut, self.timeout)
            except TimeoutError:
                self._log.warning("scan_timeout", timeout=self.timeout)
                self._replace(pool)
                raise ScanFailed("timeout") from None
            except BrokenProcessPool:
                if id(pool) in self._killed and attempt == 1:
                    continue  # collateral of another message's timeout: retry once
                self._log.warning("scan_worker_crashed")
                self._replace(pool)
                raise ScanFailed("worker crashed") from None
            except Exception as exc:  # the analyser itself failed on this message
                self._log.warning("scan_error", error=type(exc).__name__)
                raise ScanFailed(f"analyser error ({type(exc).__name__})") from None
        raise ScanFailed("worker crashed")

    def shutdown(self, *, graceful: bool = False) -> None:
        """Stop the workers. ``graceful``: scans already submitted still finish."""
        pool = self._pool
        if graceful:
            pool.shutdown(wait=False, cancel_futures=False)
            return
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
