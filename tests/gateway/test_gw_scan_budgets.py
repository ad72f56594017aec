"""The scan pool's budgets, with real worker processes: the memory ceiling (a Python
allocation past it, and PDFium aborting under it on a real hostile PDF), and a message
that runs out of time or memory twice being answered limit:time / limit:memory."""

from __future__ import annotations

import asyncio
import email.policy
from email.message import EmailMessage

import pytest
from gw_helpers import message
from hostile_files import GIB, MIB, flate_bomb, pdf_with_stream
from mailgate_support import peak_rss

from gateway.failed_scans import FailedScans
from gateway.workers import ScanFailed, ScanPool

HOG = "gw_hostile_analysers:hog"
CEILING = 512 * MIB


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 240))


def reasons(scan) -> dict[str, str]:
    return {o.location: o.reason for o in scan.opaque}


def with_pdf(data: bytes) -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "Case Worker <caseworker@provider.test>"
    m["To"] = "jobs@employer.example"
    m["Subject"] = "Quarterly notes"
    m.set_content("Please find the notes attached.\n")
    m.add_attachment(data, maintype="application", subtype="pdf", filename="notes.pdf")
    return m.as_bytes()


async def watched_scan(pool: ScanPool, raw: bytes) -> tuple[object, int]:
    """Scan ``raw`` while sampling the busy worker's peak RSS: (scan or exception, peak)."""
    pids = pool.pids()
    peak = 0
    task = asyncio.ensure_future(pool.scan(raw, "caseworker@provider.test", ["a@employer.example"]))
    while not task.done():
        peak = max([peak, *(peak_rss(p) for p in pids)])
        await asyncio.sleep(0.02)
    try:
        return task.result(), peak
    except ScanFailed as exc:
        return exc, peak


def test_past_the_ceiling_the_scan_fails_the_worker_is_replaced_and_a_repeat_is_limit_memory():
    async def go():
        pool = ScanPool(1, 60, HOG, max_memory=CEILING)
        await pool.start()
        (first_pid,) = pool.pids()
        hog = message("hog", extra="X-Test-Hog: yes\r\n")
        with pytest.raises(ScanFailed, match="memory ceiling"):
            await pool.scan(hog, "a@provider.test", ["b@partner.test"])
        # The next message is served (by a fresh worker), and the same bytes again are
        # limit:memory without another worker being spent on them.
        assert (await pool.scan(message("fine"), "a@provider.test", [])).subject == "fine"
        (second_pid,) = pool.pids()
        assert second_pid != first_pid
        again = await pool.scan(hog, "a@provider.test", ["b@partner.test"])
        assert reasons(again) == {"message": "limit:memory"}
        assert again.opaque[0].size == len(hog)
        pool.shutdown()
        return second_pid

    run(go())


def test_without_a_ceiling_the_same_allocation_is_granted():
    """The ceiling is what refuses the hog above (the machine would grant 2 GiB)."""

    async def go():
        pool = ScanPool(1, 60, HOG, max_memory=None)
        await pool.start()
        hog = message("hog", extra="X-Test-Hog: yes\r\n")
        got = await pool.scan(hog, "a@provider.test", [])
        pool.shutdown()
        return got

    assert run(go()).subject == f"hoarded {2 * GIB}"


def test_a_timeout_is_451_the_first_time_and_limit_time_when_the_same_message_returns():
    async def go():
        pool = ScanPool(1, 1.0, "gw_hostile_analysers:hang_if_marked")
        await pool.start()
        slow = message("slow", extra="X-Test-Hang: yes\r\n")
        with pytest.raises(ScanFailed, match="timeout"):
            await pool.scan(slow, "a@provider.test", [])
        other = message("slow too", extra="X-Test-Hang: yes\r\n")  # other bytes: its own first
        with pytest.raises(ScanFailed, match="timeout"):
            await pool.scan(other, "a@provider.test", [])
        assert reasons(await pool.scan(slow, "a@provider.test", [])) == {"message": "limit:time"}
        assert reasons(await pool.scan(other, "a@provider.test", [])) == {"message": "limit:time"}
        assert (await pool.scan(message("quick"), "a@provider.test", [])).subject == "quick"
        pool.shutdown()

    run(go())


def test_failures_are_forgotten_after_the_window_and_the_table_is_bounded():
    now = [0.0]
    seen = FailedScans(window=60, max_entries=3, clock=lambda: now[0])
    assert not seen.strike(b"a")
    now[0] = 30
    assert seen.strike(b"a")  # again within the window
    now[0] = 100
    assert not seen.strike(b"a") and len(seen) == 1  # the window passed: a first failure
    for digest in (b"b", b"c", b"d"):
        seen.strike(digest)
    assert len(seen) == 3 and not seen.strike(b"a")  # the oldest went first


@pytest.fixture(scope="module")
def real_pool_terms():
    from policies.terms import load_terms

    return load_terms()


def test_the_real_analyser_reads_a_1_gib_pdf_stream_as_limit_stream_within_the_ceiling(
    real_pool_terms,
):
    raw = with_pdf(pdf_with_stream(flate_bomb(GIB)))
    assert len(raw) < 2 * MIB

    async def go():
        pool = ScanPool(1, 60, "detectors.analyse:analyse", real_pool_terms, max_memory=CEILING)
        await pool.start()
        got, peak = await watched_scan(pool, raw)
        pool.shutdown()
        return got, peak

    got, peak = run(go())
    assert reasons(got) == {'attachment "notes.pdf"': "limit:stream"}
    assert 0 < peak < CEILING


def test_a_bomb_the_stream_check_cannot_see_ends_at_the_ceiling_then_limit_memory(
    real_pool_terms,
):
    # The page's content stream dressed as an image: not measured up front, so PDFium
    # inflates it and aborts when the ceiling refuses it memory (SIGABRT).
    disguised = pdf_with_stream(flate_bomb(GIB), b"/Subtype /Image /Filter /FlateDecode")
    raw = with_pdf(disguised)

    async def go():
        pool = ScanPool(1, 60, "detectors.analyse:analyse", real_pool_terms, max_memory=CEILING)
        await pool.start()
        first, peak = await watched_scan(pool, raw)
        second, _ = await watched_scan(pool, raw)
        fine = await pool.scan(with_pdf(pdf_with_stream(b"")), "caseworker@provider.test", [])
        pool.shutdown()
        return first, peak, second, fine

    first, peak, second, fine = run(go())
    assert isinstance(first, ScanFailed) and "memory ceiling" in str(first)
    assert peak < CEILING
    assert reasons(second) == {"message": "limit:memory"}
    assert fine.subject == "Quarterly notes"  # a fresh worker, reading PDFs again
