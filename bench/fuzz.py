# ruff: noqa: E501  (figures print on one line each)
"""A bounded mutation fuzzer over public MIME test messages, through extraction and scan.

    python -m bench.fuzz [--iterations 10000] [--seconds 1800] [--seed 12] [DIR ...]

Seeds: CPython's own email test messages (``test/test_email/data`` under the
interpreter's standard library; Debian ships them apart, in
``libpython3.11-testsuite``, which ``.ci/run`` installs; pass other directories of ``.eml``/``.txt`` files
to add to them). Each iteration mutates one seed (bit flips, cut, repeated or
spliced byte ranges, MIME tokens such as boundaries, encodings and deep nesting
dropped in) and runs it as ``mailgate check`` does: ``warm_up(terms)`` once, then
``detectors.extract.extract`` and ``detectors.analyse.analyse``. A crash is an
exception escaping either, a result that is not a valid Extraction/Scan (or does
not pickle, as a worker's answer must), or an input that runs past
``--input-seconds``. Runs under the worker's memory ceiling (``--max-memory``).
Prints iterations, crashes, the slowest input and its time, and peak RSS. A
benchmark prints; it never fails a build (the test suite runs a fixed slice).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import resource
import signal
import sys
import sysconfig
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detectors.model import Chunk, Extraction, Finding, Opaque, Scan

MB = 1024 * 1024
STDLIB_CORPUS = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
MAX_INPUT = 512 * 1024  # mutations that grow past this are cut back

# Pieces of MIME that reach the parsers' corners when dropped into a message.
TOKENS = [
    b"\r\n--BOUNDARY\r\n",
    b'Content-Type: multipart/mixed; boundary="BOUNDARY"\r\n\r\n',
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Transfer-Encoding: base64\r\n\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n=3D=0A=\r\n",
    b"Content-Disposition: attachment; filename*=utf-8''%E2%80%AEfdp.exe\r\n",
    b"=?utf-8?b?w6k=?= =?iso-8859-1?q?=E9?=",
    b"Content-Type: application/pdf; name=x.pdf\r\n\r\n%PDF-1.4\n1 0 obj<<>>stream\nx",
    b"Content-Type: text/html\r\n\r\n<table><tr><td>" * 3,
    b"\x00\xff\xfe",
    b"A" * 4096,
    b"\r\n\r\n",
    b"\r\n ",
]


@dataclass
class Crash:
    iteration: int
    seed: str
    kind: str  # the exception's type name, "invalid: …" or "timeout"
    digest: str  # BLAKE2 of the input (the input itself is saved only with --save)


@dataclass
class Report:
    iterations: int = 0
    seconds: float = 0.0
    crashes: list[Crash] = field(default_factory=list)
    slowest: tuple[float, str, int, int] = (0.0, "", 0, 0)  # seconds, seed, iteration, bytes
    total_input: int = 0

    @property
    def peak_rss_mb(self) -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seeds(dirs: list[Path]) -> list[tuple[str, bytes]]:
    """(name, bytes) of every message file in ``dirs``, in a fixed order."""
    out = []
    for d in dirs:
        for path in sorted(d.glob("*")):
            if path.is_file() and path.suffix in (".txt", ".eml", ""):
                out.append(
                    (
                        f"{d.name}/{path.name}",
                        path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
                    )
                )
    return out


def mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    """One to four random edits of ``data`` (``other``: another seed, for splices)."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        n = len(buf)
        op = rng.randrange(7)
        at = rng.randrange(n + 1) if n else 0
        if op == 0 and n:  # flip bits
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(n)] ^= 1 << rng.randrange(8)
        elif op == 1 and n:  # cut a range
            del buf[at : at + rng.randint(1, max(1, n // 8))]
        elif op == 2 and n:  # repeat a range
            piece = bytes(buf[at : at + rng.randint(1, 256)])
            buf[at:at] = piece * rng.randint(2, 64)
        elif op == 3:  # splice in part of another seed
            start = rng.randrange(len(other) + 1)
            buf[at:at] = other[start : start + rng.randint(1, 2048)]
        elif op == 4:  # a MIME token
            buf[at:at] = rng.choice(TOKENS)
        elif op == 5:  # random bytes
            buf[at:at] = rng.randbytes(rng.randint(1, 64))
        else:  # deep nesting
            buf[at:at] = rng.choice(TOKENS[:3]) * rng.randint(2, 60)
    return bytes(buf[:MAX_INPUT])


def invalid(extraction: object, result: object) -> str | None:
    """Why the results are not what a worker may answer, or None."""
    if not isinstance(extraction, Extraction):
        return "invalid: extraction type"
    if not all(
        isinstance(c, Chunk) and isinstance(c.location, str) and isinstance(c.text, str)
        for c in extraction.chunks
    ):
        return "invalid: chunk"
    if not all(isinstance(o, Opaque) and o.reason for o in extraction.opaque):
        return "invalid: opaque"
    if not isinstance(result, Scan):
        return "invalid: scan type"
    if not all(isinstance(f, Finding) and isinstance(f.location, str) for f in result.findings):
        return "invalid: finding"
    try:
        pickle.loads(pickle.dumps(result))
    except Exception:
        return "invalid: does not pickle"
    return None


class _Overran(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Overran


def inputs(corpus: list[tuple[str, bytes]], seed: int) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    while True:
        name, data = rng.choice(corpus)
        yield name, mutate(rng, data, rng.choice(corpus)[1])


def run(
    corpus: list[tuple[str, bytes]],
    iterations: int,
    seed: int = 12,
    seconds: float = float("inf"),
    input_seconds: float = 60.0,
    save: Path | None = None,
) -> Report:
    """Fuzz ``iterations`` inputs (or until ``seconds`` pass); warm_up must have run."""
    from detectors.analyse import analyse
    from detectors.extract import extract

    report = Report()
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for i, (name, raw) in enumerate(inputs(corpus, seed)):
            if i >= iterations or time.monotonic() - started > seconds:
                break
            kind = None
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, input_seconds)
            try:
                extraction = extract(raw)
                result = analyse(raw, "fuzz@provider.test", ["someone@partner.test"])
            except _Overran:
                kind = "timeout"
            except Exception as exc:
                kind = type(exc).__name__
            else:
                kind = invalid(extraction, result)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - t0
            report.iterations += 1
            report.total_input += len(raw)
            if took > report.slowest[0]:
                report.slowest = (took, name, i, len(raw))
            if kind is not None:
                digest = hashlib.blake2b(raw, digest_size=8).hexdigest()
                report.crashes.append(Crash(i, name, kind, digest))
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    (save / f"crash-{i}-{digest}.eml").write_bytes(raw)
    finally:
        signal.signal(signal.SIGALRM, previous)
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more directories of messages")
    ap.add_argument("--iterations", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=1800.0, help="time box for the whole run")
    ap.add_argument(
        "--input-seconds", type=float, default=60.0, help="one input past this is a crash"
    )
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument(
        "--max-memory",
        type=int,
        default=512 * MB,
        help="address-space ceiling, as a worker's (0: none)",
    )
    ap.add_argument("--save", type=Path, help="write crashing inputs here")
    args = ap.parse_args(argv)

    dirs = [STDLIB_CORPUS, *args.dirs] if STDLIB_CORPUS.is_dir() else list(args.dirs)
    if not STDLIB_CORPUS.is_dir():
        print(
            f"note: {STDLIB_CORPUS} is missing (a stripped Python); seeds from the directories given only"
        )
    corpus = seeds(dirs)
    if not corpus:
        print("no seed messages found", file=sys.stderr)
        return 2

    from detectors.analyse import warm_up
    from policies.terms import load_terms

    warm_up(load_terms())  # as mailgate check and every worker do
    if args.max_memory:
        resource.setrlimit(resource.RLIMIT_AS, (args.max_memory, args.max_memory))
    r = run(corpus, args.iterations, args.seed, args.seconds, args.input_seconds, args.save)
    took, name, at, size = r.slowest
    print(f"seeds: {len(corpus)} messages from {', '.join(str(d) for d in dirs)}")
    print(
        f"iterations: {r.iterations} in {r.seconds:.0f} s (seed {args.seed}), {r.iterations / max(r.seconds, 1e-9):.1f}/s, {r.total_input / MB:.1f} MB of input"
    )
    print(f"crashes: {len(r.crashes)}")
    for c in r.crashes[:20]:
        print(f"  iteration {c.iteration} ({c.seed}): {c.kind} [{c.digest}]")
    print(f"slowest: {took * 1000:.0f} ms, iteration {at}, mutated from {name} ({size} bytes)")
    print(
        f"peak RSS: {r.peak_rss_mb:.0f} MB (ceiling {args.max_memory // MB if args.max_memory else 'none'} MB address space)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
