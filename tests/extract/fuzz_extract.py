"""Coverage-guided fuzzing of detectors.extract with atheris (not part of the test suite).

Run briefly by hand:
    pip install atheris
    python tests/extract/fuzz_extract.py -max_total_time=120 -rss_limit_mb=2048
The seeds are real messages with real attachments, so mutations reach the
format parsers, not only the MIME parser. Any exception escaping extract() or
an unpicklable result is a crash.
"""

from __future__ import annotations

import pickle
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from detectors.extract import ExtractLimits, extract
    from detectors.extract.dispatch import _readers

    _readers()  # the format readers are imported lazily: instrument them too

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
LIMITS = ExtractLimits(message_seconds=5.0, part_seconds=2.0)


def seeds() -> list[bytes]:
    from tests.extract.conftest import docx_file, message, pdf, xlsx_file, zip_file

    files = [
        ("a.pdf", pdf(["Fuzz page"])),
        ("b.docx", docx_file(["Fuzz paragraph"], table=[["A", "B"], ["1", "2"]])),
        ("c.xlsx", xlsx_file({"S": [["Name"], ["x"]]})),
        ("d.zip", zip_file({"e.txt": b"inner", "f.csv": b"a;b\n1;2\n"})),
    ]
    return [
        message("seed", html="<p>seed</p>", attachments=[(n, d, "application/octet-stream")])
        for n, d in files
    ]


def test_one(data: bytes) -> None:
    out = extract(data, LIMITS)
    pickle.dumps(out)


def main() -> None:
    corpus = Path(tempfile.gettempdir()) / "mailgate-extract-fuzz-corpus"
    if not corpus.exists():
        corpus.mkdir()
        for i, seed in enumerate(seeds()):
            (corpus / f"seed{i}.eml").write_bytes(seed)
    atheris.Setup([*sys.argv, str(corpus)], test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
