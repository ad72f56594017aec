"""Realistic mix: labelled provider mail with attachments, through Postfix and Mailgate.

Sends every message of a corpus (``*.eml`` with the envelopes in ``labels.jsonl``:
``mail_from``, ``rcpt_to``) over ``--sessions`` concurrent SMTP sessions, first
through a private Postfix relaying to ``smtp-sink``, then through Mailgate (a real
``mailgate serve`` process, the REAL analyser, the corpus world's policy, registers
and audit store, in monitor mode so that every message is scanned, decided, audited
and relayed) to ``smtp-sink``. Prints both rates and the ratio; all in one run, so
the ratio holds on a noisy machine.

    python bench/realistic.py [--corpus ../shared/corpus] [--sessions 10]
        [--workers 2] [--root DIR ...]

``--workers 1,2`` runs Mailgate once per worker count; ``--root`` names more Mailgate
source trees to run the same way (e.g. an older checkout, to compare before/after).
Needs the Debian postfix package and root (the private Postfix instance).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiosmtplib
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))  # the private-Postfix helper the tests use
sys.path.insert(0, str(ROOT))

SMTP_SINK = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"


@dataclass(frozen=True)
class Mail:
    mail_from: str
    rcpt_to: list[str]
    raw: bytes


def load_corpus(corpus: Path) -> list[Mail]:
    mails = []
    for line in (corpus / "labels.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        raw = (corpus / label["file"]).read_bytes()
        raw = re.sub(rb"\r?\n", b"\r\n", raw)
        mails.append(Mail(label["mail_from"], list(label["rcpt_to"]), raw))
    return mails


# ---- the client: N sessions taking messages from one queue ------------------------------


@dataclass
class Outcome:
    seconds: float
    accepted: int
    refused: int
    latencies: list[float]
    main_cpu: float = 0.0  # CPU seconds the gateway's main process used
    worker_cpu: float = 0.0  # and its worker processes
    why: list[str] = field(default_factory=list)  # the refusals' replies


def cpu_seconds(pid: int) -> float:
    """User + system CPU the process itself has used (not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds(pid: int) -> float:
    """CPU used by the process's live descendants (the scan workers, which a fork
    server may have started)."""
    total = 0.0
    kids: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):  # a child is its starting thread's
        with contextlib.suppress(FileNotFoundError):  # ended meanwhile
            kids += (task / "children").read_text().split()
    for kid in map(int, kids):
        with contextlib.suppress(FileNotFoundError):
            total += cpu_seconds(kid) + children_cpu_seconds(kid)
    return total


async def _session(port: int, queue: asyncio.Queue, out: Outcome, pace: asyncio.Queue | None):
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=300, start_tls=False)
    await smtp.connect()
    try:
        while True:
            try:
                mail = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            if pace is not None:
                await pace.get()
            started = time.perf_counter()
            try:
                await smtp.sendmail(mail.mail_from, mail.rcpt_to, mail.raw)
                out.accepted += 1
            except aiosmtplib.SMTPResponseException as exc:
                out.refused += 1
                out.why.append(f"{exc.code} {exc.message[:80]}")
            except aiosmtplib.SMTPRecipientsRefused as exc:
                out.refused += 1
                out.why.append(str(exc)[:80])
            out.latencies.append(time.perf_counter() - started)
    finally:
        if smtp.is_connected:
            try:
                await smtp.quit()
            except aiosmtplib.SMTPException:
                smtp.close()


async def _ticker(pace: asyncio.Queue, rate: float, count: int) -> None:
    """Open-loop pacing: one ticket every 1/rate s, whether or not the last one finished."""
    start = time.perf_counter()
    for i in range(count):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        pace.put_nowait(None)


def send_all(port: int, mails: list[Mail], sessions: int, rate: float | None = None) -> Outcome:
    """Send ``mails`` over ``sessions`` sessions (at ``rate`` msg/s if given)."""

    async def go() -> Outcome:
        queue: asyncio.Queue = asyncio.Queue()
        for m in mails:
            queue.put_nowait(m)
        out = Outcome(0.0, 0, 0, [])
        pace: asyncio.Queue | None = asyncio.Queue() if rate else None
        started = time.monotonic()
        ticker = asyncio.ensure_future(_ticker(pace, rate, len(mails))) if pace else None
        await asyncio.gather(*(_session(port, queue, out, pace) for _ in range(sessions)))
        if ticker is not None:
            ticker.cancel()
        out.seconds = time.monotonic() - started
        return out

    return asyncio.run(go())


# ---- the servers ---------------------------------------------------------------------------


def start_sink(port: int, count: int | None) -> subprocess.Popen:
    from mailgate_support import wait_for_port

    args = [SMTP_SINK]
    if os.geteuid() == 0:
        args += ["-u", "nobody"]
    if count is not None:
        args += ["-M", str(count)]
    args += [f"127.0.0.1:{port}", "256"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port)
    return proc


def end_to_end(
    port: int, sink: subprocess.Popen | None, mails: list[Mail], sessions: int
) -> Outcome:
    """Messages/s from the first connection until the sink has every accepted one.
    ``sink`` is None for a before-queue relay: its 250 comes after the upstream's, so
    the last reply is the last delivery (and the sink is not stopped by a count that
    the gateway's own notices to senders would reach early)."""
    started = time.monotonic()
    out = send_all(port, mails, sessions)
    if sink is not None:
        if out.refused == 0:
            sink.wait(timeout=900)
        else:  # the sink never sees -M N: count what the client was told
            sink.kill()
    out.seconds = time.monotonic() - started
    return out


def world_config(work: Path, corpus: Path) -> dict:
    """The corpus world (bench/world) in monitor mode: everything is scanned and relayed."""
    from bench.world.make_config import main as make_world

    out = work / "world"
    with open(os.devnull, "w") as devnull:
        stdout, sys.stdout = sys.stdout, devnull
        try:
            make_world([str(corpus), str(out)])
        finally:
            sys.stdout = stdout
    policy = yaml.safe_load((out / "policy.yaml").read_text())
    policy["monitor"] = True
    (out / "policy.yaml").write_text(yaml.safe_dump(policy, sort_keys=False))
    return yaml.safe_load((out / "mailgate.yaml").read_text())


def start_mailgate(
    work: Path, upstream_port: int, *, analyser: str, workers: int, root: Path, base: dict
) -> tuple[subprocess.Popen, int]:
    from bench.throughput import start_mailgate as start

    return start(work, upstream_port, analyser, workers, root, base=base, start_timeout=300)


def through_postfix(work: Path, mails: list[Mail], sessions: int) -> Outcome:
    from mailgate_support import Postfix, free_port

    sink_port = free_port()
    sink = start_sink(sink_port, len(mails))
    pf = Postfix(work / "pf", sink_port, extra="smtp_connection_cache_on_demand = yes\n")
    shutil.chown(pf.root, "root")
    pf.root.chmod(0o755)
    pf.start()
    try:
        return end_to_end(pf.port, sink, mails, sessions)
    finally:
        pf.stop()


def through_mailgate(work: Path, mails: list[Mail], sessions: int, **kw) -> Outcome:
    from mailgate_support import free_port

    sink_port = free_port()
    sink = start_sink(sink_port, None)
    mg, port = start_mailgate(work, sink_port, **kw)
    try:
        send_all(port, mails[: kw["workers"] * 2], kw["workers"])  # warm every worker
        cpu, workers_cpu = cpu_seconds(mg.pid), children_cpu_seconds(mg.pid)
        out = end_to_end(port, None, mails, sessions)
        out.main_cpu = cpu_seconds(mg.pid) - cpu
        out.worker_cpu = children_cpu_seconds(mg.pid) - workers_cpu
        return out
    finally:
        mg.terminate()
        mg.wait(60)
        sink.kill()


def detectors_head() -> str:
    log = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--oneline", "-1", "--", "detectors"],
        capture_output=True,
        text=True,
    )
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--short", "--", "detectors"],
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    return log.stdout.strip() + (f" (+{len(dirty)} uncommitted files)" if dirty else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--workers", default="2", help="comma-separated worker counts")
    ap.add_argument("--root", type=Path, action="append", default=[], help="more trees")
    ap.add_argument("--limit", type=int, default=0, help="only the first N messages")
    ap.add_argument("--analyser", default="detectors.analyse:analyse")
    args = ap.parse_args()

    mails = load_corpus(args.corpus.resolve())
    if args.limit:
        mails = mails[: args.limit]
    size = sum(len(m.raw) for m in mails)
    work = Path(tempfile.mkdtemp(prefix="mgreal"))
    work.chmod(0o755)
    print(
        f"{len(mails)} messages, {size / 1e6:.1f} MB, {args.sessions} sessions; "
        f"analyser {args.analyser}; detectors at: {detectors_head()}"
    )
    base = world_config(work, args.corpus.resolve())

    pf = through_postfix(work, mails, args.sessions)
    pf_rate = pf.accepted / pf.seconds
    print(f"through Postfix relay            {pf_rate:8.1f} msg/s")
    for root in [ROOT, *args.root]:
        for workers in (int(w) for w in args.workers.split(",")):
            out = through_mailgate(
                work,
                mails,
                args.sessions,
                analyser=args.analyser,
                workers=workers,
                root=root.resolve(),
                base=base,
            )
            rate = out.accepted / out.seconds
            name = "this tree" if root == ROOT else str(root)
            print(
                f"through Mailgate, {workers} worker(s) {rate:8.1f} msg/s  "
                f"{rate / pf_rate:6.3f}× Postfix (target ≥ 0.5×)"
                + f"  main process {out.main_cpu * 1000 / len(mails):.1f} ms CPU/msg,"
                + f" workers {out.worker_cpu * 1000 / len(mails):.1f}"
                + (
                    f"  {out.refused} refused ({'; '.join(sorted(set(out.why)))})"
                    if out.refused
                    else ""
                )
                + f"  [{name}]",
                flush=True,
            )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
