# ruff: noqa: E501  (table printing and workload builders read better unwrapped)
"""Detection speed: messages/s and ms per message, ours beside Presidio, and the
worker's memory.

    python -m bench.detect [--repeat 200]

Workloads (built at run time from the synthetic corpus generator):
  clean   a 10 KB business mail with no personal data (subject, body, signature)
  cvs     a 50-CV zip, as the extractor hands it over: 50 CV chunks
  list    a 500-row name list (forename, surname, NINO, interview date)
Ours runs in a fresh worker process (spawned, as the gateway's pool does: load
spaCy and the term lists once, then scan), which reports its RSS. Presidio's
AnalyzerEngine (same spaCy model, all default recognizers) analyses the same
texts in this process.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import statistics
import sys
import time

from bench.corpus.generate import Maker, attachment, body, business_paragraph, cv_text
from detectors.model import Address, Chunk, Extraction, Table

TARGETS = {"clean_ms": 5.0, "speedup": 10.0, "rss_mb": 400.0}
SENDER = "tom.jones@provider.example"
RCPT = "priya.patel@employer.example"


def workloads(seed: int = 7) -> dict[str, Extraction]:
    m = Maker(seed)
    addrs = [Address("Tom Jones", SENDER, "from"), Address("Priya Patel", RCPT, "to")]
    text = "Hi Priya,\n\n"
    while len(text) < 10_000:
        text += business_paragraph(m) + "\n\n"
    text = text[:9_800] + "\n\nKind regards,\nTom Jones\nFinance Manager\nTel 0113 496 0000\n"
    clean = Extraction(
        "Quarterly budget review",
        [Chunk("subject", "Quarterly budget review", "subject"), body(text)],
        addresses=addrs,
    )

    cvs = [attachment(f"cv{i:02d}.docx", cv_text(m, m.f.name()), "cvs.zip") for i in range(50)]
    cv_msg = Extraction(
        "CVs",
        [
            Chunk("subject", "CVs", "subject"),
            body("Hi Priya,\n\n50 CVs attached.\n\nThanks,\nTom"),
            *cvs,
        ],
        addresses=addrs,
    )

    rows = []
    for _ in range(500):
        rows.append(
            (
                m.f.first_name(),
                m.f.last_name(),
                m.nino()[0],
                m.f.date_this_year().strftime("%d/%m/%Y"),
            )
        )
    table = Table(("Forename", "Surname", "NI Number", "Interview date"), tuple(rows))
    text_rows = "\n".join("\t".join(r) for r in (table.header, *rows))
    sheet = Chunk(
        'attachment "list.xlsx" › sheet "Referrals"',
        text_rows,
        "attachment",
        "list.xlsx",
        "list.xlsx",
        table=table,
    )
    lst = Extraction(
        "Referrals",
        [
            Chunk("subject", "Referrals", "subject"),
            body("Hi Priya,\n\nList attached.\n\nThanks,\nTom"),
            sheet,
        ],
        addresses=addrs,
    )
    return {"clean 10 KB mail": clean, "50-CV zip": cv_msg, "500-row name list": lst}


def cv_zip_message(seed: int = 7) -> bytes:
    """A real message: 50 DOCX CVs in a zip, for extract + scan end to end."""
    import io
    import zipfile
    from email.message import EmailMessage

    import docx

    m = Maker(seed)
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(50):
            d = docx.Document()
            for line in cv_text(m, m.f.name()).split("\n"):
                d.add_paragraph(line)
            out = io.BytesIO()
            d.save(out)
            zf.writestr(f"cv{i:02d}.docx", out.getvalue())
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Tom Jones <{SENDER}>", RCPT, "CVs"
    msg.set_content("Hi Priya,\n\n50 CVs attached.\n\nThanks,\nTom")
    msg.add_attachment(z.getvalue(), maintype="application", subtype="zip", filename="cvs.zip")
    return msg.as_bytes()


def as_text(ex: Extraction) -> str:
    return "\n".join(c.text for c in ex.chunks)


def _timed(fn, repeat: int) -> list[float]:
    fn()
    fn()  # warm caches
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _ours_worker(repeats: dict[str, int], queue) -> None:
    import psutil

    from detectors.analyse import warm_up
    from detectors.nlp import load
    from detectors.scan import scan
    from policies.terms import load_terms

    t = time.perf_counter()
    terms = load_terms()
    warm_up(terms)
    load_s = time.perf_counter() - t
    nlp = load()
    results = {}
    for name, ex in workloads().items():
        ms = _timed(
            lambda ex=ex: scan(ex, mail_from=SENDER, rcpt_tos=[RCPT], terms=terms, nlp=nlp),
            repeats[name],
        )
        s = scan(ex, mail_from=SENDER, rcpt_tos=[RCPT], terms=terms, nlp=nlp)
        results[name] = (ms, s.data_subjects, len(s.findings), len(as_text(ex).encode()))
    try:  # the same 50 CVs as a real zip of DOCX files, through the extractor too
        from detectors.analyse import analyse

        raw = cv_zip_message()
        ms = _timed(lambda: analyse(raw, SENDER, [RCPT]), repeats["50-CV zip"])
        s = analyse(raw, SENDER, [RCPT])
        results["50-CV zip, raw .eml"] = (ms, s.data_subjects, len(s.findings), len(raw))
    except ImportError:  # detectors.extract not there yet
        pass
    rss = psutil.Process().memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((results, rss, peak, load_s))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="detection speed, ours vs Presidio")
    ap.add_argument("--repeat", type=int, default=200, help="runs of the clean mail (others fewer)")
    ap.add_argument("--no-presidio", action="store_true")
    args = ap.parse_args(argv)
    repeats = {
        "clean 10 KB mail": args.repeat,
        "50-CV zip": max(5, args.repeat // 20),
        "500-row name list": max(5, args.repeat // 20),
    }

    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_ours_worker, args=(repeats, queue))
    proc.start()
    results, rss, peak, load_s = queue.get()
    proc.join()

    pres: dict[str, list[float]] = {}
    if not args.no_presidio:
        from bench.accuracy import presidio_engine

        engine = presidio_engine()
        for name, ex in workloads().items():
            text = as_text(ex)
            pres[name] = _timed(
                lambda text=text: engine.analyze(text, language="en"), max(3, repeats[name] // 10)
            )

    print(
        f"worker: spaCy + term lists loaded in {load_s:.2f} s; RSS {rss:.0f} MB (peak {peak:.0f} MB)\n"
    )
    print(f"{'workload':<20}{'size':>9}{'ms/msg':>9}{'p95':>8}{'msg/s':>9}{'people':>8}{'findings':>10}"
          f"{'Presidio ms':>13}{'speed-up':>10}")  # fmt: skip
    ok = True
    total_ours = total_pres = 0.0
    for name, (ms, people, nfind, size) in results.items():
        med = statistics.median(ms)
        p95 = sorted(ms)[int(len(ms) * 0.95) - 1]
        line = f"{name:<20}{size / 1024:>7.1f}KB{med:>9.2f}{p95:>8.2f}{1000 / statistics.mean(ms):>9.0f}{people:>8}{nfind:>10}"
        if name in pres:
            pm = statistics.median(pres[name])
            total_ours += med
            total_pres += pm
            line += f"{pm:>13.1f}{pm / med:>9.0f}×"
        print(line)
        if name.startswith("clean"):
            ok &= med <= TARGETS["clean_ms"]
    if total_pres:
        overall = total_pres / total_ours
        print(f"\noverall (sum of medians): {overall:.0f}× Presidio's speed")
        ok &= overall >= TARGETS["speedup"]
    ok &= rss <= TARGETS["rss_mb"]
    print(f"targets (clean ≤ {TARGETS['clean_ms']} ms, ≥ {TARGETS['speedup']:.0f}× Presidio, RSS ≤ {TARGETS['rss_mb']:.0f} MB): "
          f"{'MET' if ok else 'NOT MET'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
