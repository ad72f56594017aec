"""`mailgate serve` with the real analyser, over SMTP to a real sink: a PDF in each
filter PDFium expands for text (LZW, RunLength, ASCII85, chains with ASCIIHex and
Flate), decoding past the stream budget, is rejected (limit:stream) the first time,
nothing relayed, and no gateway process's peak RSS (the kernel's high-water mark,
VmHWM, what ru_maxrss reports once it exits) goes past the default worker ceiling. The
ceiling itself is raised to 3 GiB here, so it is the budget, not the ceiling, that
holds the worker: PDFium takes the LZW bomb past 2 GB."""

from __future__ import annotations

import email.policy
import smtplib
from email.message import EmailMessage
from pathlib import Path

import pytest
from hostile_files import GIB, MIB, flate_bomb, lzw_bomb, pdf_with_stream, run_length_bomb
from mailgate_support import peak_rss, upstream_to
from test_gw_serve_process import Serve

pytestmark = pytest.mark.timeout(300)

SENDER = "caseworker@provider.test"
DEFAULT_CEILING = 512 * MIB


def with_pdf(subject: str, pdf: bytes) -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = f"Case Worker <{SENDER}>"
    m["To"] = "jobs@employer.example"
    m["Subject"] = subject
    m.set_content("Please find the notes attached.\n")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="notes.pdf")
    return m.as_bytes()


def send(port: int, raw: bytes) -> tuple[int, str]:
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=120) as client:
            client.sendmail(SENDER, ["jobs@employer.example"], raw)
    except smtplib.SMTPDataError as exc:
        return exc.smtp_code, exc.smtp_error.decode()
    return 250, ""


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except (FileNotFoundError, ProcessLookupError):
                continue
            out += kids
            todo += kids
    return out


def rl_literal(data: bytes) -> bytes:
    chunks = (data[i : i + 128] for i in range(0, len(data), 128))
    return b"".join(bytes((len(c) - 1,)) + c for c in chunks) + b"\x80"


BOMBS = [
    ("lzw", lzw_bomb(GIB), b"/Filter /LZWDecode"),
    ("run-length", run_length_bomb(64 * MIB), b"/Filter /RunLengthDecode"),
    ("ascii85", b"z" * (9 * MIB) + b"~>", b"/Filter /ASCII85Decode"),
    ("ascii-hex then lzw", lzw_bomb(GIB).hex().encode() + b">", b"/Filter [/AHx /LZW]"),
    ("run-length then flate", rl_literal(flate_bomb(GIB)), b"/Filter [/RL /Fl]"),
]


def test_a_pdf_bomb_in_every_filter_is_rejected_with_the_worker_bounded(tmp_path, sink):
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(sink.port),
        "audit": {"url": "sqlite:audit.db"},
        "scan": {"workers": 1, "timeout": 120, "max_worker_memory": 3 * GIB},
    }
    s = Serve(cfg, tmp_path)
    try:
        s.wait_line(
            r'"event": ?"scan_workers_ready"|scan workers ready', timeout=5
        ) if False else None
        peaks = {}
        for name, stream, stream_dict in BOMBS:
            raw = with_pdf(f"Notes {name}", pdf_with_stream(stream, stream_dict))
            assert len(raw) < 16 * MIB
            code, text = send(s.port, raw)
            assert code == 550 and text.startswith("5.7.1"), (name, code, text)
            workers = descendants(s.proc.pid)
            assert workers, "no worker processes found"
            peaks[name] = max(peak_rss(p) for p in [s.proc.pid, *workers])
        assert send(s.port, with_pdf("Fine", pdf_with_stream(b"")))[0] == 250
        got = sink.wait_for(1, timeout=30)
        assert [m.mail_from for m in got] == [SENDER]  # only the fine one was relayed
        refused = [e["upstream_reply"] for e in s.events("message") if e["outcome"] == "refused"]
        assert len(refused) == len(BOMBS)
        assert all("(stream limit)" in r and "rule unreadable-content" in r for r in refused)
        over = {n: p // MIB for n, p in peaks.items() if p >= DEFAULT_CEILING}
        assert not over, f"peak RSS in MiB past {DEFAULT_CEILING // MIB}: {over}"
    finally:
        s.stop()
