"""CPU time for growth tests: the best of three runs of this process's CPU, so a busy
machine slows a small and a large input alike (a ratio, never a threshold)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu_seconds(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best
