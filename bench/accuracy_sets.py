"""Every labelled corpus side by side: the development corpus and each held-out set.

    python -m bench.accuracy_sets [--jobs 2] [CORPUS_DIR ...]

With no arguments: ../shared/corpus and every bench/heldout/*/ whose mail/ is built.
Each is scored exactly as ``python -m bench.corpus_score DIR`` scores it (the shared
scorer's figures, ``mailgate check``'s decisions); this prints one line per corpus:
verdicts right, leaks, over-blocks, errors and exact people counts. Presidio has no
verdicts to compare: its identifier figures are in ``bench.accuracy``. A benchmark
prints; it never fails a build. Held-out sets are scored once before and once after a
change to measure it (bench/heldout/README.md says which figure each set gave when).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
from pathlib import Path

from bench import corpus_score

ROOT = Path(__file__).resolve().parents[1]
_VERDICTS = re.compile(
    r"verdicts right (\d+)/(\d+) \(([\d.]+)%\), leaks (\d+), over-blocked (\d+), errors (\d+)"
)
_PEOPLE = re.compile(r"people count exact: (\d+)/(\d+)")


def _corpora() -> list[Path]:
    found = [ROOT.parent / "shared" / "corpus"]
    found += sorted(p for p in (ROOT / "bench" / "heldout").iterdir() if (p / "mail").is_dir())
    return [p for p in found if (p / "labels.jsonl").exists()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    print(f"{'corpus':<28}{'verdicts':>18}{'leaks':>7}{'over':>6}{'errors':>8}{'people exact':>16}")
    for corpus in args.corpora or _corpora():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            corpus_score.main([str(corpus), "--jobs", str(args.jobs)])
        text = out.getvalue()
        v, p = _VERDICTS.search(text), _PEOPLE.search(text)
        if v is None:
            print(f"{corpus.name:<28} (no score: {text.strip().splitlines()[-1:]})")
            continue
        right, total, pct, leaks, over, errors = v.groups()
        people = f"{p[1]}/{p[2]}" if p else "-"
        name = corpus.name if corpus.name != "corpus" else "shared/corpus (dev)"
        verdicts = f"{right}/{total} ({pct}%)"
        print(f"{name:<28}{verdicts:>18}{leaks:>7}{over:>6}{errors:>8}{people:>16}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
