"""The scan pool: content analysis in worker processes, never on the event loop.

Each worker is a spawned process with one end of a socket pair; the event loop
reads the other end directly (asyncio streams), one request at a time per
worker: no executor manager or feeder thread, no shared result queue, so the
main process spends its CPU on SMTP and the workers get the rest.

Each worker imports the analyser once (``detectors.analyse:analyse`` by
default) and, if its module has ``warm_up()``, calls it once at start so
heavy models (spaCy) load per worker, not per message.

A worker that dies or a scan that runs past the timeout raises ``ScanFailed``
(the client gets 451 4.3.0); that one worker is killed and a new one is
spawned in its place, the others carry on. A worker reads EOF when the gateway
goes away and exits.

Each worker runs under a hard address-space ceiling (``RLIMIT_AS``,
``scan.max_worker_memory``): an allocation past it fails inside the worker, which
then says "memory" (Python's MemoryError) or dies by SIGABRT (a native library
that aborts when malloc fails); either way the scan failed for lack of memory.
A message whose scan ran out of time or memory is remembered by its digest
(``gateway.failed_scans``): when the same bytes fail so again, the scan answers
``limit:time`` / ``limit:memory`` (rejected and explained by the policy) instead
of a 451 the client would retry for ever; bytes already so answered are answered
so again before any worker is given them (also after a restart: ``mailgate serve``
keeps the digests in the gateway database).

A worker is retired and replaced after ``scan.recycle_after`` scans, or once its
address space has grown past ``scan.recycle_at`` of the ceiling (each reply says
how big the worker is): what a long run leaves behind (caches, a fragmented heap)
never makes an ordinary message the one that meets the ceiling. The replacement is
started first and the old worker serves until it is ready, so recycling costs no
capacity; for the few seconds of the overlap there is one worker more.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import multiprocessing
import os
import pickle
import resource
import signal
import socket
import struct
from collections import deque
from collections.abc import Callable
from typing import Any

from gateway import logs
from gateway.failed_scans import FailedScans, content_digest, limit_scan

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


# ---- the wire: an 8-byte length, then a pickle ---------------------------------------

_HEADER = struct.Struct("!Q")


def _send_blocking(sock: socket.socket, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(data)) + data)


def _recv_exactly(sock: socket.socket, size: int) -> bytearray | None:
    buf = bytearray(size)
    view, got = memoryview(buf), 0
    while got < size:
        n = sock.recv_into(view[got:])
        if n == 0:
            return None  # the gateway went away
        got += n
    return buf


def _set_memory_ceiling(limit: int | None) -> None:
    """No allocation past ``limit`` bytes of address space, in this process and its threads."""
    if limit is not None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _address_space() -> int:
    """This process's size in bytes, as RLIMIT_AS counts it (VmSize)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0  # not Linux: no recycling by size


def _worker_main(
    sock: socket.socket, path: str, terms: Any, memory_limit: int | None = None
) -> None:
    """A worker process: warm up once, say ready, then answer one request at a time."""
    # Ctrl-C in a terminal reaches the whole process group; the gateway decides when
    # workers stop (EOF on the socket, or a signal addressed to this process).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _set_memory_ceiling(memory_limit)
    _init_worker(path, terms)
    _send_blocking(sock, ("ready", None, _address_space()))
    while True:
        header = _recv_exactly(sock, _HEADER.size)
        body = _recv_exactly(sock, _HEADER.unpack(header)[0]) if header else None
        if body is None:
            return
        raw, mail_from, rcpt_tos = pickle.loads(body)
        del body
        try:
            value = _run(raw, mail_from, rcpt_tos)
            reply: tuple[str, Any, int] = ("ok", value, _address_space())
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            # The ceiling: say so, then exit (a heap that ran out mid-parse is not trusted).
            reply = ("memory", None, 0)
            del raw
            _send_blocking(sock, reply)
            os._exit(0)
        except Exception as exc:  # the analyser failed on this message (or its result)
            data = pickle.dumps(("error", type(exc).__name__, _address_space()))
        sock.sendall(_HEADER.pack(len(data)) + data)


# ---- the gateway's side ---------------------------------------------------------------


class ScanFailed(Exception):
    """The scan did not finish: worker crash or timeout. Never relay unscanned."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WorkerStartError(RuntimeError):
    """A worker died before it was ready (the analyser or its models failed to load)."""


class _WorkerGone(Exception):
    """EOF or a broken socket: the worker process is dead."""


class _Worker:
    """One worker process and the event loop's end of its socket."""

    def __init__(self, ctx: Any, analyser: str, terms: Any, memory_limit: int | None) -> None:
        ours, theirs = socket.socketpair()
        self._theirs = theirs
        self._sock = ours
        self.process = ctx.Process(
            target=_worker_main,
            args=(theirs, analyser, terms, memory_limit),
            daemon=True,
            name="scan-worker",
        )
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self.scans = 0  # answered
        self.size = 0  # address space after its last answer, in bytes
        self.retiring = False  # a replacement is starting
        self.drop_when_free = False  # the replacement is ready: go when this scan ends

    @property
    def pid(self) -> int | None:
        return self.process.pid

    async def start(self) -> None:
        """Spawn (off the loop: spawn writes the preparation data) and wait for 'ready'."""
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, self.process.start)
        finally:
            self._theirs.close()  # the child has its own copy
        self._reader, self._writer = await asyncio.open_unix_connection(sock=self._sock)
        try:
            status, _, self.size = await self._receive()
        except _WorkerGone:
            self.process.join(5)
            raise WorkerStartError(
                f"scan worker exited with code {self.process.exitcode} while loading"
            ) from None
        if status != "ready":
            raise WorkerStartError(f"scan worker said {status!r} instead of ready")

    async def _receive(self) -> tuple[str, Any, int]:
        assert self._reader is not None
        try:
            header = await self._reader.readexactly(_HEADER.size)
            body = await self._reader.readexactly(_HEADER.unpack(header)[0])
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise _WorkerGone() from exc
        return pickle.loads(body)

    async def call(self, request: bytes) -> tuple[str, Any, int]:
        assert self._writer is not None
        try:
            self._writer.write(_HEADER.pack(len(request)))
            self._writer.write(request)
            await self._writer.drain()
        except ConnectionError as exc:
            raise _WorkerGone() from exc
        return await self._receive()

    async def died_of_memory(self) -> bool:
        """After EOF: did the process die as a native library does when malloc fails under
        the ceiling (SIGABRT), or as the kernel's OOM killer ends it (SIGKILL, not ours)?"""
        for _ in range(40):  # the exit status follows EOF within moments
            if self.process.exitcode is not None:
                break
            await asyncio.sleep(0.025)
        return self.process.exitcode in (-signal.SIGABRT, -signal.SIGKILL)

    def alive(self) -> bool:
        return self.process.is_alive() and not (self._reader and self._reader.at_eof())

    def stop(self, *, kill: bool = False) -> None:
        """Close our end (an idle worker then exits on EOF); ``kill``: SIGKILL it now."""
        if self._writer is not None:
            self._writer.close()
        else:
            self._sock.close()
        if kill and self.process.pid is not None and self.process.exitcode is None:
            with contextlib.suppress(OSError):
                self.process.kill()
        _reap_later(self.process)


def _reap_later(process: Any) -> None:
    """Join the process when it has exited, without blocking the loop (no zombies)."""
    if process.pid is None:
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # no loop (interpreter exit): multiprocessing's atexit joins daemons
    sentinel = process.sentinel

    def reap() -> None:
        loop.remove_reader(sentinel)
        process.join(0)

    if process.exitcode is not None:
        return
    loop.add_reader(sentinel, reap)


class ScanPool:
    """``workers`` processes, each running ``analyser`` (``module:function``).

    ``scan`` waits for an idle worker, then gives the scan ``timeout`` seconds.
    ``max_memory``: each worker's address-space ceiling in bytes (None: none).
    ``failures``: where messages that ran out of time or memory are remembered
    (the gateway keeps one across pools, so a reload does not forget them).
    ``recycle_after``: scans after which a worker is replaced (0: never);
    ``recycle_size``: address space in bytes past which it is replaced (None: never).
    """

    def __init__(
        self,
        workers: int,
        timeout: float,
        analyser: str,
        terms: Any = None,
        *,
        max_memory: int | None = None,
        failures: FailedScans | None = None,
        recycle_after: int = 0,
        recycle_size: int | None = None,
    ) -> None:
        self.workers = workers
        self.timeout = timeout
        self.analyser = analyser
        self.terms = terms  # policies.terms.TermLists loaded by the gateway, or None
        self.max_memory = max_memory
        self.failures = failures if failures is not None else FailedScans()
        self.recycle_after = recycle_after
        self.recycle_size = recycle_size
        # spawn: no fork of a process running an event loop and threads.
        self._ctx = multiprocessing.get_context("spawn")
        self._all: set[_Worker] = set()
        self._idle: list[_Worker] = []
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._started: asyncio.Future[None] | None = None
        self._closing = False  # graceful: no new workers, finish what was asked
        self._failing = False  # the last worker start failed: do not queue scans for ever
        self._closed = False
        self._log = logs.get()

    # -- life cycle ------------------------------------------------------------------

    async def start(self) -> None:
        """Start every worker now (and load its models), not on the first message.

        Raises WorkerStartError when a worker dies while loading.
        """
        if self._started is None:
            self._started = asyncio.ensure_future(self._start_all())
        await asyncio.shield(self._started)

    async def _start_all(self) -> None:
        workers = [self._new_worker() for _ in range(self.workers)]
        self._all.update(workers)
        results = await asyncio.gather(*(w.start() for w in workers), return_exceptions=True)
        for worker, result in zip(workers, results, strict=True):
            if isinstance(result, BaseException):
                self._drop(worker, kill=True)
                self._failing = True
                self._background(self._spawn_one(1.0))  # keep trying, backing off
            else:
                self._release(worker)
        for result in results:
            if isinstance(result, BaseException):
                raise result

    def _new_worker(self) -> _Worker:
        return _Worker(self._ctx, self.analyser, self.terms, self.max_memory)

    def pids(self) -> list[int]:
        """The worker processes' ids (for tests and diagnostics)."""
        return [w.pid for w in self._all if w.pid is not None]

    def shutdown(self, *, graceful: bool = False) -> None:
        """Stop the workers. ``graceful``: scans already submitted still finish."""
        self._closing = True
        if graceful:  # idle ones go now, busy ones when their scan is answered
            for worker in list(self._idle):
                self._drop(worker)
            return
        self._closed = True
        for task in list(self._tasks):  # replacements not yet spawned
            task.cancel()
        for worker in list(self._all):
            self._drop(worker, kill=False)
            if worker.process.pid is not None and worker.process.exitcode is None:
                worker.process.terminate()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(ScanFailed("gateway stopping"))

    # -- workers in and out ------------------------------------------------------------

    async def _acquire(self) -> _Worker:
        if self._started is None:
            self._started = asyncio.ensure_future(self._start_all())
            self._started.add_done_callback(self._log_start_failure)
        while True:
            if self._closed or (self._closing and not self._all):
                raise ScanFailed("gateway stopping")
            if self._failing and not self._idle:
                raise ScanFailed("no scan worker could start")
            if self._idle:
                worker = self._idle.pop()
            else:
                waiter = asyncio.get_running_loop().create_future()
                self._waiters.append(waiter)
                try:
                    worker = await waiter
                except asyncio.CancelledError:
                    if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                        self._release(waiter.result())  # handed over just as we left
                    with contextlib.suppress(ValueError):
                        self._waiters.remove(waiter)
                    raise
            if worker.alive():
                return worker
            self._log.warning("scan_worker_died_idle", pid=worker.pid)
            self._replace(worker)

    def _log_start_failure(self, fut: asyncio.Future[None]) -> None:
        if not fut.cancelled() and fut.exception() is not None:
            self._log.error("scan_workers_failed", error=str(fut.exception()))

    def _release(self, worker: _Worker) -> None:
        if worker.drop_when_free:  # retired, and its replacement is serving
            self._drop(worker)
            return
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        if self._closing:
            self._drop(worker)
        else:
            self._idle.append(worker)

    def _drop(self, worker: _Worker, *, kill: bool = False) -> None:
        self._all.discard(worker)
        with contextlib.suppress(ValueError):
            self._idle.remove(worker)
        worker.stop(kill=kill)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and spawn one in its place (in the background)."""
        self._drop(worker, kill=True)
        if self._closing or worker.retiring:  # a retired one's replacement is on its way
            return
        self._background(self._spawn_one())

    def _answered(self, worker: _Worker, size: int) -> None:
        """A scan is answered: count it, retire the worker if it is due, free it."""
        worker.scans += 1
        worker.size = size
        if not worker.retiring and not self._closing:
            why = None
            if self.recycle_after and worker.scans >= self.recycle_after:
                why = "scans"
            elif self.recycle_size is not None and size > self.recycle_size:
                why = "memory"
            if why is not None:
                worker.retiring = True
                self._log.info(
                    "scan_worker_recycle", pid=worker.pid, reason=why, scans=worker.scans,
                    address_space_mb=size // (1024 * 1024),
                )  # fmt: skip
                self._background(self._spawn_one(replacing=worker))
        self._release(worker)

    def _retire(self, worker: _Worker) -> None:
        """Its replacement is ready: the retired worker goes now if idle, else when free."""
        if worker in self._idle:
            self._drop(worker)
        elif worker in self._all:
            worker.drop_when_free = True

    async def _spawn_one(self, delay: float = 0.0, replacing: _Worker | None = None) -> None:
        await asyncio.sleep(delay)
        if self._closing:
            return
        worker = self._new_worker()
        self._all.add(worker)
        try:
            await worker.start()
        except Exception as exc:
            self._drop(worker, kill=True)
            self._failing = True
            self._log.error("scan_worker_start_failed", error=str(exc))
            self._background(self._spawn_one(min(max(delay * 2, 1.0), 30.0), replacing))
            return
        self._failing = False
        if self._closing:
            self._drop(worker)
        else:
            if replacing is not None:
                self._retire(replacing)
            self._release(worker)

    def _background(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- one scan --------------------------------------------------------------------

    async def scan(self, raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Any:
        which = await self._condemned(raw)
        if which is not None:  # failed twice already (perhaps before a restart): no worker
            self._log.warning("scan_limit_repeated", limit=which, scanned=False)
            return limit_scan(which, len(raw))
        worker = await self._acquire()
        request = pickle.dumps((raw, mail_from, list(rcpt_tos)), protocol=pickle.HIGHEST_PROTOCOL)
        job = asyncio.ensure_future(worker.call(request))
        try:
            status, value, size = await asyncio.wait_for(asyncio.shield(job), self.timeout)
        except TimeoutError:
            job.cancel()
            self._log.warning("scan_timeout", timeout=self.timeout, pid=worker.pid)
            self._replace(worker)
            return await self._out_of(raw, "time")
        except _WorkerGone:
            memory = await worker.died_of_memory()
            self._log.warning(
                "scan_worker_crashed", pid=worker.pid, exitcode=worker.process.exitcode
            )
            self._replace(worker)
            if memory:
                return await self._out_of(raw, "memory")
            raise ScanFailed("worker crashed") from None
        except asyncio.CancelledError:
            # The client went away mid-scan: the worker still owes us the answer.
            self._background(self._finish_orphan(worker, job, raw))
            raise
        if status == "memory":  # the worker hit its ceiling and exited
            self._log.warning("scan_memory_ceiling", limit=self.max_memory, pid=worker.pid)
            self._replace(worker)
            return await self._out_of(raw, "memory")
        self._answered(worker, size)
        if status != "ok":  # the analyser itself failed on this message
            self._log.warning("scan_error", error=value)
            raise ScanFailed(f"analyser error ({value})")
        return value

    async def _strike(self, raw: bytes, which: str) -> bool:
        """Remember this message's failure; True when it had already failed so."""

        def strike() -> bool:
            return self.failures.strike(content_digest(raw), which)

        return await asyncio.get_running_loop().run_in_executor(None, strike)  # off the loop

    async def _condemned(self, raw: bytes) -> str | None:
        """What ran out when these bytes were last answered limit:…, if they were."""
        if not len(self.failures):  # nothing remembered: no digest to take
            return None
        loop = asyncio.get_running_loop()
        digest = await loop.run_in_executor(None, content_digest, raw)
        return self.failures.condemned(digest)

    async def _out_of(self, raw: bytes, which: str) -> Any:
        """The first time: ScanFailed (451, try again). The same bytes again: ``limit:which``."""
        if await self._strike(raw, which):
            self._log.warning("scan_limit_repeated", limit=which)
            return limit_scan(which, len(raw))
        raise ScanFailed("timeout" if which == "time" else "memory ceiling") from None

    async def _finish_orphan(self, worker: _Worker, job: asyncio.Future[Any], raw: bytes) -> None:
        try:
            status, _, size = await asyncio.wait_for(job, self.timeout)
        except TimeoutError:
            self._replace(worker)
            await self._strike(raw, "time")
        except _WorkerGone:
            memory = await worker.died_of_memory()
            self._replace(worker)
            if memory:
                await self._strike(raw, "memory")
        else:
            if status == "memory":
                self._replace(worker)
                await self._strike(raw, "memory")
            else:
                self._answered(worker, size)
