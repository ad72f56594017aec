"""Score the detectors on the held-out set written by bench/holdout/make.py.

Runs every message through detectors.analyse.analyse (the same entry point the
gateway uses) and prints recall and precision per category, the data-subject
exact-match rate, and the misses (message id and category only, never values).

    python -m bench.holdout.make && python -m bench.holdout.score [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from detectors.analyse import analyse, warm_up
from detectors.model import CONTACT_CATEGORIES, SPECIAL_CATEGORIES
from policies.terms import load_terms

HERE = Path(__file__).resolve().parent
SPECIALS = sorted(c.value for c in SPECIAL_CATEGORIES)
CONTACTS = {c.value for c in CONTACT_CATEGORIES}
# Boolean categories: label field -> detector category names that satisfy it.
BOOL_CATS = {
    "dob": {"dob"},
    "bank": {"bank"},
    "benefit_payment": {"benefit_payment"},
    "children": {"children"},
    "contact": CONTACTS,
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: int, found: int) -> None:
        hit = min(expected, found)
        self.tp += hit
        self.fn += expected - hit
        self.fp += found - hit

    @staticmethod
    def pct(num: int, den: int) -> str:
        return f"{100 * num / den:5.1f}%" if den else "   n/a"

    def row(self, name: str) -> str:
        recall = self.pct(self.tp, self.tp + self.fn)
        precision = self.pct(self.tp, self.tp + self.fp)
        return (
            f"{name:<20} {self.tp + self.fn:>4} {self.tp:>4} {self.fn:>4} {self.fp:>4}"
            f"  {recall}  {precision}"
        )


def expected_and_found(label: dict, counts: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Per category: (expected, found). NINO is a distinct count, the rest 0/1."""
    out = {"nino": (label["nino"], counts.get("nino", 0))}
    for cat, names in BOOL_CATS.items():
        out[cat] = (int(label[cat]), int(any(counts.get(n, 0) for n in names)))
    for cat in SPECIALS:
        out[cat] = (int(cat in label["special"]), int(counts.get(cat, 0) > 0))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--notes", action="store_true", help="show the phrasing note of each miss")
    args = ap.parse_args()

    labels = json.loads((HERE / "labels.json").read_text())
    tallies: dict[str, Tally] = {}
    misses: list[tuple[str, str, str, int, int]] = []
    people_ok = 0
    people_misses: list[tuple[str, int, int]] = []
    warm_up(load_terms())  # as each gateway worker does once: spaCy and the shipped term lists
    t0 = time.perf_counter()
    for label in labels:
        raw = (HERE / "messages" / f"{label['id']}.eml").read_bytes()
        scan = analyse(raw, label["mail_from"], label["rcpt_tos"])
        for cat, (exp, found) in expected_and_found(label, scan.category_counts()).items():
            tallies.setdefault(cat, Tally()).add(exp, found)
            if exp != found:
                kind = "missed" if found < exp else "false+"
                misses.append((label["id"], cat, kind, exp, found))
        if scan.data_subjects == label["people"]:
            people_ok += 1
        else:
            people_misses.append((label["id"], label["people"], scan.data_subjects))
    elapsed = time.perf_counter() - t0

    print(f"held-out set: {len(labels)} messages, scored in {elapsed:.1f}s\n")
    print(f"{'category':<20} {'exp':>4} {'tp':>4} {'fn':>4} {'fp':>4}  recall  precision")
    order = ["nino", "dob", "bank", *SPECIALS, "benefit_payment", "children", "contact"]
    for cat in order:
        print(tallies[cat].row(cat))
    rate = 100 * people_ok / len(labels)
    print(f"\ndata subjects exact match: {people_ok}/{len(labels)} ({rate:.1f}%)")

    notes = {lab["id"]: lab["notes"] for lab in labels}
    print("\nmisses and false positives (id, category, kind, expected, found):")
    for mid, cat, kind, exp, found in misses:
        note = f"  — {notes[mid].get(cat, '')}" if args.notes else ""
        print(f"  {mid} {cat:<20} {kind:<7} exp={exp} found={found}{note}")
    print("\ndata-subject count mismatches (id, expected, found):")
    for mid, exp, found in people_misses:
        print(f"  {mid} exp={exp} found={found}")

    if args.json:
        figures = {cat: {"tp": t.tp, "fn": t.fn, "fp": t.fp} for cat, t in sorted(tallies.items())}
        figures["people_exact"] = {"ok": people_ok, "total": len(labels)}
        print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
