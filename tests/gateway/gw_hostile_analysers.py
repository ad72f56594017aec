"""Analysers that misbehave, for the worker crash/timeout/error tests (named in config)."""

from __future__ import annotations

import os
import time

from detectors.model import Scan


def crash(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    os._exit(3)  # the worker process dies mid-scan


def hang(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    time.sleep(120)
    return Scan()


def boom(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    raise ValueError("analyser bug")


def crash_if_marked(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    """Dies on messages carrying X-Test-Crash, scans the rest normally."""
    if b"\r\nX-Test-Crash: yes\r\n" in raw:
        os._exit(3)
    return Scan(subject="ok")


def quick(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    """Well-behaved and cheap: the subject line only."""
    for line in raw.split(b"\r\n"):
        if not line:
            break
        if line.lower().startswith(b"subject:"):
            return Scan(subject=line[8:].strip().decode("utf-8", "replace"))
    return Scan()


def sleepy(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    """Sleeps for the seconds its subject says ('0.5'), then answers with that subject;
    'crash' in the subject kills the worker instead."""
    subject = quick(raw, mail_from, rcpt_tos).subject
    if subject == "crash":
        os._exit(3)
    time.sleep(float(subject or 0))
    return Scan(subject=subject)


def hog(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    """Messages carrying X-Test-Hog ask for 2 GiB, and touch it (the worker's ceiling
    refuses it; without a ceiling it would be granted); the rest scan normally."""
    if b"\r\nX-Test-Hog: yes\r\n" in raw:
        hoard = bytearray(2 * 1024**3)
        hoard[::4096] = b"x" * len(hoard[::4096])
        return Scan(subject=f"hoarded {len(hoard)}")
    return quick(raw, mail_from, rcpt_tos)


def hang_if_marked(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    """Messages carrying X-Test-Hang never finish; the rest scan normally."""
    if b"\r\nX-Test-Hang: yes\r\n" in raw:
        time.sleep(120)
    return quick(raw, mail_from, rcpt_tos)


_HOARD: list[bytearray] = []


def whoami(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    """Answers with its process id, and keeps (and touches) as many MiB as the
    subject says, for ever: a worker that grows with every message."""
    megabytes = int(quick(raw, mail_from, rcpt_tos).subject or 0)
    if megabytes:
        block = bytearray(megabytes * 1024 * 1024)
        block[::4096] = b"x" * len(block[::4096])
        _HOARD.append(block)
    return Scan(subject=str(os.getpid()))
