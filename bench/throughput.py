"""Throughput and added latency: direct to a sink, through Postfix, through Mailgate.

Uses Postfix's own load tools on loopback: ``smtp-source`` sends N messages of
10 KB over 20 concurrent sessions; ``smtp-sink -M N`` exits after receiving N,
so every figure is end to end (accepted by the final sink), including Postfix's
queue. Mailgate runs as a real ``mailgate serve`` process with the no-op scan
(pass ``--analyser detectors.analyse:analyse`` to measure the real detectors).
Added latency is measured at half load: an open-loop paced stream at half of
Mailgate's measured rate, over the same sessions, directly to the sink and then
through Mailgate; p50/p99 of each message's MAIL-to-final-reply time, subtracted.

    python bench/throughput.py [--messages 2000] [--sessions 20] [--size 10240]
        [--workers 1,2] [--root OTHER_TREE ...]

``--workers`` runs Mailgate once per worker count; ``--root`` names more Mailgate
source trees to run the same way (e.g. an older checkout, for before/after).

Needs the Debian postfix package (smtp-source, smtp-sink, postfix) and root for
the private Postfix instance.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))  # the private-Postfix helper the tests use

SMTP_SOURCE = shutil.which("smtp-source") or "/usr/sbin/smtp-source"
SMTP_SINK = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"


def noop(raw: bytes, mail_from: str, rcpt_tos: list[str]):
    """The no-op scan: crosses the process boundary, finds nothing."""
    from detectors.model import Scan

    return Scan()


def start_sink(port: int, count: int | None) -> subprocess.Popen:
    args = [SMTP_SINK]
    if os.geteuid() == 0:
        args += ["-u", "nobody"]
    args += ["-M", str(count)] if count is not None else []
    args += [f"127.0.0.1:{port}", "256"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    from mailgate_support import wait_for_port

    wait_for_port(port)
    return proc


def run_source(port: int, messages: int, sessions: int, size: int) -> None:
    subprocess.run(
        [
            SMTP_SOURCE,
            "-d",
            "-s",
            str(sessions),
            "-m",
            str(messages),
            "-l",
            str(size),
            "-M",
            "bench.test",
            "-f",
            "sender@provider.test",
            "-t",
            "rcpt@partner.test",
            f"127.0.0.1:{port}",
        ],
        # Not check=True: the sink exits on the N-th message, and sessions still
        # saying QUIT then see a lost connection. The sink's own exit is the proof.
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def end_to_end(target_port: int, sink: subprocess.Popen, args) -> float:
    """Messages/s from the first connection until the sink has them all."""
    started = time.monotonic()
    run_source(target_port, args.messages, args.sessions, args.size)
    if sink.wait(timeout=600) != 0:
        raise RuntimeError("smtp-sink did not receive every message")
    return args.messages / (time.monotonic() - started)


def cpu_seconds(pid: int) -> float:
    """User + system CPU the process itself has used (not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def rss_peak_kib(pid: int) -> int:
    """Peak RSS (VmHWM) of a process and its children (the scan workers)."""
    total = 0
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():  # workers may be started by any thread
        children = task / "children"
        if children.exists():
            pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            status = Path(f"/proc/{p}/status").read_text()
        except FileNotFoundError:
            continue
        m = re.search(r"VmHWM:\s+(\d+) kB", status)
        total += int(m.group(1)) if m else 0
    return total


def start_mailgate(
    workdir: Path,
    upstream_port: int,
    analyser: str,
    workers: int = 2,
    root: Path = ROOT,
    base: dict | None = None,
    start_timeout: float = 60,
) -> tuple[subprocess.Popen, int]:
    """A `mailgate serve` of the tree ``root`` relaying to ``upstream_port``; ``base``
    adds config keys (bench/realistic.py's corpus world). Its stderr is kept in a log,
    printed if it does not start."""
    from mailgate_support import free_port, wait_for_port

    port = free_port()
    cfg = {
        **(base or {}),
        "listen": {"host": "127.0.0.1", "port": port},
        "hostname": "mailgate.bench",
        "upstream": {"host": "127.0.0.1", "port": upstream_port, "pool_size": 32},
        "limits": {"max_sessions": 200},
        "scan": {"workers": workers, "timeout": 60, "analyser": analyser},
        "log": {"level": "warning"},
    }
    path = workdir / f"mailgate-{port}.yaml"
    path.write_text(yaml.safe_dump(cfg))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(root)])}
    log = workdir / f"mailgate-{port}.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--config", str(path)],
            cwd=workdir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        wait_for_port(port, start_timeout)
    except TimeoutError:
        proc.kill()
        sys.exit(f"Mailgate ({root}) did not start:\n{log.read_text()[-3000:]}")
    return proc, port


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--size", type=int, default=10240)
    ap.add_argument("--load-seconds", type=float, default=15, help="half-load latency run")
    ap.add_argument("--workers", default="2", help="comma-separated worker counts")
    ap.add_argument("--root", type=Path, action="append", default=[], help="more trees")
    ap.add_argument("--analyser", default="throughput:noop")
    args = ap.parse_args()

    from mailgate_support import Postfix, free_port

    work = Path(tempfile.mkdtemp(prefix="mgbench"))
    work.chmod(0o755)
    print(f"{args.messages} messages of {args.size} B, {args.sessions} concurrent sessions")

    # 1. Direct to the sink.
    port = free_port()
    direct = end_to_end(port, start_sink(port, args.messages), args)
    print(f"direct to smtp-sink        {direct:8.1f} msg/s")

    # 2. Through Postfix as a relay (store and forward, fsync'd queue).
    sink_port = free_port()
    sink = start_sink(sink_port, args.messages)
    pf = Postfix(work / "pf", sink_port, extra="smtp_connection_cache_on_demand = yes\n")
    shutil.chown(pf.root, "root")
    pf.root.chmod(0o755)
    pf.start()
    try:
        via_postfix = end_to_end(pf.port, sink, args)
    finally:
        pf.stop()
    print(f"through Postfix relay      {via_postfix:8.1f} msg/s")

    for root in [ROOT, *args.root]:
        for workers in (int(w) for w in args.workers.split(",")):
            name = "this tree" if root == ROOT else str(root)
            mailgate_run(work, args, via_postfix, workers, root.resolve(), name)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def mailgate_run(work: Path, args, via_postfix: float, workers: int, root: Path, name: str):
    from mailgate_support import free_port
    from realistic import Mail, send_all

    # 3. Through Mailgate (before-queue: 250 only after the sink said 250).
    sink_port = free_port()
    sink = start_sink(sink_port, args.messages)
    mg, mg_port = start_mailgate(work, sink_port, args.analyser, workers, root)
    try:
        cpu = cpu_seconds(mg.pid)
        via_mailgate = end_to_end(mg_port, sink, args)
        cpu_ms = (cpu_seconds(mg.pid) - cpu) * 1000 / args.messages
        print(
            f"through Mailgate, {workers} worker(s) {via_mailgate:8.1f} msg/s "
            f"({via_mailgate / via_postfix:.2f}× Postfix; target ≥ 0.6×); "
            f"main process {cpu_ms:.2f} ms CPU/msg  [{name}]",
            flush=True,
        )
        rss = rss_peak_kib(mg.pid)
    finally:
        mg.terminate()
        mg.wait(60)

    # 4. Added latency at half load: the same paced stream, direct and through Mailgate.
    rate = via_mailgate / 2
    count = max(int(rate * args.load_seconds), 50)
    body = ("x" * 76 + "\r\n") * (args.size // 78)
    raw = (
        "From: <sender@provider.test>\r\nTo: <rcpt@partner.test>\r\nSubject: probe\r\n"
        "Message-ID: <probe@bench.test>\r\n\r\n" + body
    ).encode()
    mails = [Mail("sender@provider.test", ["rcpt@partner.test"], raw)] * count
    sink_port = free_port()
    sink = start_sink(sink_port, None)
    mg, mg_port = start_mailgate(work, sink_port, args.analyser, workers, root)
    try:
        send_all(mg_port, mails[:20], 2)  # warm the pool
        direct_t = send_all(sink_port, mails, args.sessions, rate).latencies
        mg_t = send_all(mg_port, mails, args.sessions, rate).latencies
    finally:
        mg.terminate()
        mg.wait(60)
        sink.kill()
    for p in (50, 99):
        added = (pct(mg_t, p) - pct(direct_t, p)) * 1000
        print(
            f"  added latency at {rate:.0f} msg/s p{p}  {added:7.2f} ms "
            f"(direct {pct(direct_t, p) * 1000:.2f} ms, via Mailgate {pct(mg_t, p) * 1000:.2f} ms)"
            + ("; target p99 ≤ 50 ms" if p == 99 else "")
        )
    print(f"  peak RSS {rss / 1024:8.1f} MiB (main process + {workers} scan worker(s))", flush=True)


if __name__ == "__main__":
    sys.exit(main())
