"""The NER's memory grows with the text it is handed at once: long jobs go in pieces and
batches are bounded in characters, so a long run of text (a mislabelled base64 image read
as plain text) scans under the worker's address-space ceiling instead of failing it."""

from __future__ import annotations

import base64
import random
import subprocess
import sys
import textwrap
from email.message import EmailMessage

from detectors import people

CEILING = 512 * 1024 * 1024  # scan.max_worker_memory's default


def test_long_jobs_are_cut_at_lines_and_keep_their_offsets():
    text = "".join(f"line {i} Carys Pugh\n" for i in range(3000))
    pieces = people._pieces((text, 100, people.Regions(), "body"))
    assert len(pieces) > 1 and all(len(p[0]) <= people.MAX_NER_PIECE for p in pieces)
    assert "".join(p[0] for p in pieces) == text
    for piece, offset, _r, _l in pieces:
        assert text[offset - 100 : offset - 100 + len(piece)] == piece
        assert piece.endswith("\n")  # cut at a line's end


def test_batches_are_bounded_in_characters_and_texts():
    texts = ["x" * 9000] * 5 + ["y"] * 70
    batches = people._batches(texts)
    assert [t for b in batches for t in b] == texts
    assert all(sum(map(len, b)) <= people.MAX_NER_PIECE or len(b) == 1 for b in batches)
    assert all(len(b) <= people.NER_BATCH for b in batches)


def test_a_long_run_of_text_scans_under_the_worker_ceiling(tmp_path):
    rng = random.Random(5)
    # A run of text whose every line is capitalised words, with a finding in it: every
    # line is the NER's to read (160,000 characters, under the per-message budget).
    words = base64.b64encode(rng.randbytes(120_000)).decode()
    letters = "".join(c for c in words.lower() if c.isalpha())
    lines = [f"Ref {letters[i : i + 6].title()} {letters[i + 6 : i + 12].title()} {words[i:i + 60]}"
             for i in range(0, min(len(letters), len(words)) - 60, 60)]  # fmt: skip
    blob = "NI number JT 48 27 36 B\n" + "\n".join(lines) + "\n"
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@provider.example", "b@employer.example", "Scan"
    m.set_content("Morning Carys,\n\nScan attached, NI number JT 48 27 36 B.\n\nTom Jones\n")
    m.add_attachment(blob.encode(), maintype="text", subtype="plain", filename="IMG_2041.txt")
    (tmp_path / "m.eml").write_bytes(bytes(m))
    child = textwrap.dedent(
        f"""
        import resource, sys
        from detectors import analyse, nlp
        from policies.terms import load_terms
        analyse.set_terms(load_terms())
        nlp.load()
        resource.setrlimit(resource.RLIMIT_AS, ({CEILING}, {CEILING}))
        s = analyse.analyse(open(sys.argv[1], "rb").read(), "a@provider.example",
                            ["b@employer.example"])
        print("nino" in s.category_counts())
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path / "m.eml")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "True"
