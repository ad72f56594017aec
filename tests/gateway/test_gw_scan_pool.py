"""The scan pool on its own, with real worker processes: crash, timeout, warm-up, shutdown."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest
from gw_helpers import message

from gateway.workers import ScanFailed, ScanPool, WorkerStartError

SLEEPY = "gw_hostile_analysers:sleepy"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead too: it only waits to be reaped.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


async def scan(pool: ScanPool, subject: str):
    return await pool.scan(message(subject), "a@provider.test", ["b@partner.test"])


async def wait_until(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 120))


def test_a_crash_fails_that_scan_only_and_the_worker_is_replaced():
    async def go():
        pool = ScanPool(2, 30, SLEEPY)
        await pool.start()
        before = set(pool.pids())
        slow = asyncio.ensure_future(scan(pool, "1.0"))  # busy on the other worker
        await asyncio.sleep(0.2)
        with pytest.raises(ScanFailed, match="worker crashed"):
            await scan(pool, "crash")
        assert (await slow).subject == "1.0"  # no collateral damage
        await wait_until(lambda: len(pool.pids()) == 2 and pool._idle.__len__() == 2)
        after = set(pool.pids())
        assert len(before - after) == 1 and len(after - before) == 1
        assert (await scan(pool, "0")).subject == "0"
        pool.shutdown()

    run(go())


def test_a_timeout_kills_the_runaway_and_a_fresh_worker_serves_the_next():
    async def go():
        pool = ScanPool(2, 1.0, SLEEPY)
        await pool.start()
        started = time.monotonic()
        other = asyncio.ensure_future(scan(pool, "0.5"))
        await asyncio.sleep(0.1)
        runaway_task = asyncio.ensure_future(scan(pool, "30"))
        await asyncio.sleep(0.2)
        runaway = set(pool.pids())
        with pytest.raises(ScanFailed, match="timeout"):
            await runaway_task
        assert time.monotonic() - started < 5
        assert (await other).subject == "0.5"
        await wait_until(lambda: len(pool._idle) == 2)
        killed = runaway - set(pool.pids())
        assert len(killed) == 1
        await wait_until(lambda: not alive(next(iter(killed))), 5)
        assert (await scan(pool, "0")).subject == "0"
        pool.shutdown()

    run(go())


def test_warm_up_runs_once_per_worker_with_the_term_lists(tmp_path, monkeypatch):
    log = tmp_path / "warm.log"
    monkeypatch.setenv("GW_WARM_LOG", str(log))

    async def go():
        pool = ScanPool(2, 30, "gw_warm_analyser:analyse", terms=("site", "terms"))
        await pool.start()
        seen = {(await scan(pool, str(i))).subject for i in range(20)}
        pids = set(pool.pids())
        pool.shutdown()
        return seen, pids

    seen, pids = run(go())
    lines = log.read_text().splitlines()
    assert len(lines) == 2
    assert {int(line.split()[0]) for line in lines} == pids
    assert all(line.endswith("('site', 'terms')") for line in lines)
    assert seen <= {str(p) for p in pids}


def test_a_worker_killed_while_idle_costs_no_message():
    async def go():
        pool = ScanPool(1, 30, SLEEPY)
        await pool.start()
        (pid,) = pool.pids()
        os.kill(pid, signal.SIGKILL)
        await wait_until(lambda: not alive(pid), 5)
        assert (await scan(pool, "0")).subject == "0"
        assert pool.pids() != [pid]
        pool.shutdown()

    run(go())


def test_a_client_gone_mid_scan_does_not_mix_up_answers():
    async def go():
        pool = ScanPool(1, 30, SLEEPY)
        await pool.start()
        first = asyncio.ensure_future(scan(pool, "0.5"))
        await asyncio.sleep(0.1)
        first.cancel()
        # The worker still owes the first answer; the next scan must get its own.
        assert (await scan(pool, "0.1")).subject == "0.1"
        pool.shutdown()

    run(go())


def test_graceful_shutdown_finishes_scans_in_flight_then_workers_exit():
    async def go():
        pool = ScanPool(2, 30, SLEEPY)
        await pool.start()
        pids = pool.pids()
        busy = asyncio.ensure_future(scan(pool, "0.5"))
        queued = asyncio.ensure_future(scan(pool, "0.3"))
        waiting = asyncio.ensure_future(scan(pool, "0.1"))  # both workers busy: it queues
        await asyncio.sleep(0.1)
        pool.shutdown(graceful=True)
        assert [(await t).subject for t in (busy, queued, waiting)] == ["0.5", "0.3", "0.1"]
        await wait_until(lambda: not any(alive(p) for p in pids), 10)
        with pytest.raises(ScanFailed):
            await scan(pool, "0")

    run(go())


def test_hard_shutdown_stops_every_worker():
    async def go():
        pool = ScanPool(2, 30, SLEEPY)
        await pool.start()
        pids = pool.pids()
        pool.shutdown()
        await wait_until(lambda: not any(alive(p) for p in pids), 10)

    run(go())


def test_a_worker_that_cannot_load_fails_start():
    async def go():
        pool = ScanPool(1, 30, "gw_broken_analyser:analyse")
        with pytest.raises(WorkerStartError, match="while loading"):
            await pool.start()
        with pytest.raises(ScanFailed, match="could start"):
            await scan(pool, "0")
        pool.shutdown()

    run(go())


WHOAMI = "gw_hostile_analysers:whoami"


def test_a_worker_is_recycled_after_its_scans_and_no_scan_waits_or_fails():
    async def go():
        pool = ScanPool(1, 30, WHOAMI, recycle_after=3)
        await pool.start()
        first = pool.pids()[0]
        served = [(await scan(pool, "0")).subject for _ in range(3)]
        assert served == [str(first)] * 3  # due now: its replacement is starting
        # The old worker serves until the new one is ready: nothing waits for a start.
        while (await scan(pool, "0")).subject == str(first):
            pass
        await wait_until(lambda: first not in pool.pids() and not alive(first), 30)
        assert len(pool.pids()) == 1  # one worker again, the fresh one
        second = pool.pids()[0]
        assert (await scan(pool, "0")).subject == str(second)
        pool.shutdown()

    run(go())


def test_a_worker_grown_near_its_ceiling_is_recycled_before_it_meets_it():
    async def go():
        pool = ScanPool(1, 30, WHOAMI, max_memory=1024 * 1024**2)
        await pool.start()
        worker = next(iter(pool._all))
        pool.recycle_size = worker.size + 100 * 1024**2  # 100 MiB above its size when ready
        first = worker.pid
        assert (await scan(pool, "60")).subject == str(first)  # under the mark: stays
        assert not worker.retiring
        assert (await scan(pool, "60")).subject == str(first)  # past it: replaced
        assert worker.retiring
        await wait_until(lambda: first not in pool.pids() and not alive(first), 30)
        fresh = pool.pids()[0]
        assert (await scan(pool, "0")).subject == str(fresh) != str(first)
        assert next(iter(pool._all)).size < pool.recycle_size  # the hoard went with it
        pool.shutdown()

    run(go())


def test_a_retiring_worker_that_crashes_is_replaced_once():
    async def go():
        pool = ScanPool(1, 30, SLEEPY, recycle_after=1)
        await pool.start()
        first = pool.pids()[0]
        await scan(pool, "0")  # due: its replacement is starting
        with pytest.raises(ScanFailed, match="worker crashed"):
            await scan(pool, "crash")  # served by the retiring worker, which dies
        await wait_until(lambda: len(pool._idle) >= 1 and first not in pool.pids(), 30)
        await asyncio.sleep(2)  # time for a second replacement, were one (wrongly) started
        assert len(pool.pids()) == 1
        pool.shutdown()

    run(go())
