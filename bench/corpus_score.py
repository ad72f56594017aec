"""Score a labelled corpus in one process: ``mailgate check``'s decisions, the shared
scorer's figures.

    python -m bench.corpus_score CORPUS_DIR [--show-wrong] [--only ID,RULE] [--jobs N] [--dump F]

CORPUS_DIR has the layout of ../shared/corpus (``labels.jsonl``, ``mail/``,
``consent.txt``). The world's config is written by bench.world.make_config. Every case
goes through the same code as ``mailgate check FILE --from S --to R … --json`` (load the
policy and registers once, then extract, detect and decide), in N worker processes
that each load spaCy once, instead of one process per case; the figures come from
../shared/corpus/score.py's own scoring, so they are the scorer's figures.

``--dump F`` also writes every case's ``check --json`` result to F (JSON lines, by
id), so two commits can be compared case by case (a refactor must not change them).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from argparse import Namespace
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.world import make_config

SCORER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "score.py"
_setup: tuple | None = None


def _load_scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("corpus_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.HERE = corpus  # labels and mail of this corpus
    return module


def _init(config: str) -> None:
    global _setup
    from gateway.commands.check import load_setup

    _setup = load_setup(Path(config), None)


def _check(job: tuple[str, str, list[str]]) -> tuple[dict | None, str | None]:
    from gateway.commands.check import InputError, check_one

    path, mail_from, rcpt_tos = job
    policy, _path, registers = _setup  # type: ignore[misc]
    try:
        return check_one(Path(path), Namespace(mail_from=mail_from, rcpt_tos=rcpt_tos),
                         policy, registers), None  # fmt: skip
    except InputError as exc:
        return None, str(exc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show-wrong", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--dump", type=Path, help="write each case's result here (JSON lines)")
    args = ap.parse_args(argv)
    corpus = args.corpus.resolve()
    world = Path(tempfile.mkdtemp(prefix="mailgate-world-"))
    make_config.main([str(corpus), str(world)])
    config = str(world / "mailgate.yaml")
    scorer = _load_scorer(corpus)
    import json

    labs = [json.loads(line) for line in (corpus / "labels.jsonl").read_text().splitlines()
            if line.strip()]  # fmt: skip
    jobs = [(str(corpus / lab["file"]), lab["mail_from"], lab["rcpt_to"]) for lab in labs]
    with ProcessPoolExecutor(max(1, args.jobs), initializer=_init, initargs=(config,)) as ex:
        results = dict(zip((lab["id"] for lab in labs), ex.map(_check, jobs), strict=True))

    if args.dump:
        with args.dump.open("w") as out:
            for case_id, (result, error) in results.items():
                out.write(json.dumps({"id": case_id, "result": result, "error": error},
                                     sort_keys=True) + "\n")  # fmt: skip
    # The scorer runs each case through run_case; answer from the results above.
    scorer.run_case = lambda lab, _args: (lab, *results[lab["id"]])
    sys.argv = ["score.py", "--config", config, "--jobs", "1"]
    sys.argv += ["--show-wrong"] if args.show_wrong else []
    sys.argv += ["--only", args.only] if args.only else []
    return scorer.main()


if __name__ == "__main__":
    raise SystemExit(main())
