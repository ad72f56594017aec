"""How long one policy decision takes (target: well under 1 ms), on hand-built scans.

    python -m bench.policy_decide [--n 20000]

Prints per-scenario median and 99th percentile in microseconds. The registers
are a real SQLite file with some consents and permissions in it, so the
figures include the consent and permission look-ups the gateway does.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from detectors.model import Category, DocKind, DocKindFinding, Finding, Scan
from policies.engine import decide
from policies.loader import load
from policies.registers import Permission, Registers
from policies.verdict import EnvelopeFacts

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _f(cat: Category, i: int, where: str = 'attachment "a.docx"') -> Finding:
    return Finding(cat, where, "•••", 0.9, "bench", f"{cat}-{i}")


def scenarios() -> dict[str, tuple[EnvelopeFacts, Scan]]:
    env = EnvelopeFacts("adviser@provider.example", ("hr@employer.example",))
    many = EnvelopeFacts(
        "adviser@provider.example",
        tuple(f"r{i}@{d}" for i, d in enumerate(["employer.example", "dwp.gov.uk"] * 10)),
    )
    names500 = [_f(Category.PERSON_NAME, i) for i in range(500)]
    return {
        "clean": (env, Scan()),
        "one name": (env, Scan(findings=[_f(Category.PERSON_NAME, 0)], data_subjects=1)),
        "cv with nino": (
            env,
            Scan(
                findings=[_f(Category.PERSON_NAME, 0), _f(Category.NINO, 0)],
                data_subjects=1,
                doc_kinds=[DocKindFinding(DocKind.CV, 'attachment "cv.docx"', "name")],
            ),
        ),
        "list of 500": (
            env,
            Scan(
                findings=names500,
                data_subjects=500,
                doc_kinds=[DocKindFinding(DocKind.NAME_LIST, "x", "t", 500, ("surname",))],
            ),
        ),
        "20 recipients, 11 CVs": (
            many,
            Scan(
                findings=[_f(Category.PERSON_NAME, i) for i in range(11)],
                data_subjects=11,
                doc_kinds=[DocKindFinding(DocKind.CV, f"cv{i}", "n") for i in range(11)],
            ),
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    args = ap.parse_args()
    policy = load()
    with tempfile.TemporaryDirectory() as tmp:
        regs = Registers(Path(tmp) / "bench.db")
        for i in range(200):
            regs.add_consent(f"claimant{i}@mail.example", date(2026, 1, 1), f"ev {i}")
        for i in range(20):
            regs.add_permission(
                Permission(
                    reference=f"P{i}",
                    sender_scope=("*@provider.example",),
                    recipient_scope=(f"partner{i}.example",),
                    valid_from=date(2026, 1, 1),
                    valid_until=date(2026, 12, 31),
                    categories=frozenset({Category.NINO}),
                )
            )
        print(f"policy decide, {args.n} runs each (µs): median  p99")
        for name, (env, scan) in scenarios().items():
            times = []
            for _ in range(args.n):
                t0 = time.perf_counter_ns()
                decide(env, scan, policy, regs, NOW)
                times.append((time.perf_counter_ns() - t0) / 1000)
            times.sort()
            p99 = times[int(len(times) * 0.99)]
            print(f"  {name:24s} {statistics.median(times):8.1f} {p99:8.1f}")
        regs.close()


if __name__ == "__main__":
    main()
