"""Accuracy of the detectors on the labelled synthetic corpus, and Presidio's on
the same texts for NINO, IBAN and dates.

    python -m bench.accuracy [--n 400] [--seed 20240601] [--no-presidio]

Identifiers (NINO, DOB, bank) are scored by distinct values per message (a
message with 2 NINOs found as 1 is 1 TP and 1 FN); the other categories by
presence per message. People: exact match of ``Scan.data_subjects``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict

from bench.corpus import Sample, generate
from detectors import nlp as nlp_mod
from detectors.model import Category
from detectors.scan import scan
from policies.terms import load_terms

MIN_CONFIDENCE = 0.5  # policies/dwp-provider.yaml min_confidence
IDENTIFIERS = ("nino", "dob", "bank")
PRESENCE = (
    "health", "mental_health", "substance_misuse", "criminal_record", "ethnicity",
    "sexual_orientation", "religion", "trade_union", "benefit_payment", "children",
    "address", "phone", "personal_email",
)  # fmt: skip
TARGETS = {"recall": {"nino": 1.0, "dob": 1.0, "bank": 1.0}, "special_recall": 0.97,
           "identifier_precision": 0.99, "people_exact": 0.95}  # fmt: skip


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, truth: int, found: int) -> None:
        self.tp += min(truth, found)
        self.fp += max(0, found - truth)
        self.fn += max(0, truth - found)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def run_ours(samples: list[Sample]) -> tuple[dict[str, Score], dict, list[str]]:
    terms, nlp = load_terms(), nlp_mod.load()
    scores: dict[str, Score] = defaultdict(Score)
    people_ok, misses = 0, []
    iban = Score()
    for i, s in enumerate(samples):
        result = scan(
            s.extraction, mail_from=s.mail_from, rcpt_tos=s.rcpt_tos, terms=terms, nlp=nlp
        )
        # As the default policy reads it: findings below its 0.5 threshold do not count.
        kept = [f for f in result.findings if f.confidence >= MIN_CONFIDENCE]
        counts = dict(Counter(f.category.value for f in kept))  # presence per category
        for cat in IDENTIFIERS:
            counts[cat] = len({f.key for f in kept if f.category.value == cat})
        for cat in IDENTIFIERS:
            scores[cat].add(s.counts.get(cat, 0), counts.get(cat, 0))
            if counts.get(cat, 0) != s.counts.get(cat, 0):
                misses.append(
                    f"#{i} {s.name}: {cat} truth {s.counts.get(cat, 0)} found {counts.get(cat, 0)}"
                )
        found_iban = {
            f.key
            for f in result.findings
            if f.category == Category.BANK and f.context.startswith("IBAN")
        }
        iban.add(s.counts.get("iban", 0), len(found_iban))
        for cat in PRESENCE:
            truth, got = int(cat in s.present), int(cat in counts)
            scores[cat].add(truth, got)
            if truth != got and cat not in ("address", "phone", "personal_email"):
                misses.append(f"#{i} {s.name}: {cat} truth {truth} found {got}")
        if result.data_subjects == s.people:
            people_ok += 1
        else:
            misses.append(
                f"#{i} {s.name}: people truth {s.people} found {result.data_subjects}"
                f" ({result.people_evidence})"
            )
    scores["iban"] = iban
    return scores, {"people_exact": people_ok / len(samples)}, misses


def presidio_engine():
    import logging

    # Presidio's URL recognizer asks tldextract to fetch the public suffix list; with
    # no internet it falls back to its bundled copy, after logging a traceback.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": nlp_mod.MODEL}],
    }
    engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    # UK_NINO is not in Presidio's default registry: add it, or the comparison is moot.
    from presidio_analyzer.predefined_recognizers import UkNinoRecognizer

    analyzer.registry.add_recognizer(UkNinoRecognizer())
    return analyzer


def run_presidio(samples: list[Sample]) -> dict[str, Score]:
    engine = presidio_engine()
    scores: dict[str, Score] = defaultdict(Score)
    for s in samples:
        text = s.text()
        results = engine.analyze(
            text, language="en", entities=["UK_NINO", "IBAN_CODE", "DATE_TIME"]
        )
        found: dict[str, set[str]] = defaultdict(set)
        for r in results:
            value = re.sub(r"[\s\-]", "", text[r.start : r.end]).upper()
            found[r.entity_type].add(value[:8] if r.entity_type == "UK_NINO" else value)
        scores["nino"].add(s.counts.get("nino", 0), len(found["UK_NINO"]))
        scores["iban"].add(s.counts.get("iban", 0), len(found["IBAN_CODE"]))
        scores["dob"].add(s.counts.get("dob", 0), len(found["DATE_TIME"]))
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--show-misses", type=int, default=15)
    args = ap.parse_args(argv)
    samples = generate(args.n, args.seed)
    kinds: dict[str, int] = defaultdict(int)
    for s in samples:
        kinds[s.name] += 1
    print(
        f"corpus: {len(samples)} messages (seed {args.seed}): "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    t = time.perf_counter()
    ours, extra, misses = run_ours(samples)
    print(f"mailgate scan: {time.perf_counter() - t:.1f} s\n")
    print(f"{'category':<20}{'precision':>10}{'recall':>9}{'TP':>7}{'FP':>6}{'FN':>6}")
    for cat in (*IDENTIFIERS, "iban", *PRESENCE):
        sc = ours[cat]
        print(f"{cat:<20}{sc.precision:>10.1%}{sc.recall:>9.1%}{sc.tp:>7}{sc.fp:>6}{sc.fn:>6}")
    print(f"\npeople count exact match: {extra['people_exact']:.1%}")
    special = [c for c in PRESENCE if c in {x.value for x in Category} and c in (
        "health", "mental_health", "substance_misuse", "criminal_record", "ethnicity",
        "sexual_orientation", "religion", "trade_union")]  # fmt: skip
    sp = Score()
    for c in special:
        sp.tp += ours[c].tp
        sp.fp += ours[c].fp
        sp.fn += ours[c].fn
    ok = all(ours[c].recall >= TARGETS["recall"][c] for c in IDENTIFIERS)
    ok &= all(ours[c].precision >= TARGETS["identifier_precision"] for c in IDENTIFIERS)
    ok &= (
        sp.recall >= TARGETS["special_recall"] and extra["people_exact"] >= TARGETS["people_exact"]
    )
    print(f"special categories overall: precision {sp.precision:.1%} recall {sp.recall:.1%}")
    print(f"targets (recall 100% NINO/DOB/bank, precision ≥99% identifiers, special recall ≥97%, "
          f"people exact ≥95%): {'MET' if ok else 'NOT MET'}")  # fmt: skip
    if misses and args.show_misses:
        print(f"\nfirst misses ({len(misses)} total):")
        for line in misses[: args.show_misses]:
            print("  " + line)
    if not args.no_presidio:
        t = time.perf_counter()
        pres = run_presidio(samples)
        print(f"\nPresidio side by side ({time.perf_counter() - t:.1f} s), same texts:")
        print(f"{'':<28}{'mailgate P/R':>18}{'Presidio P/R':>18}")
        for cat, label in (
            ("nino", "NINO (UK_NINO)"),
            ("iban", "IBAN (IBAN_CODE)"),
            ("dob", "DOB (DATE_TIME)"),
        ):
            o, p = ours[cat], pres[cat]
            print(
                f"{label:<28}{o.precision:>9.1%}/{o.recall:<8.1%}{p.precision:>9.1%}/{p.recall:<8.1%}"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
