"""The scan takes whatever the extractor hands it without raising."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors.model import Chunk, Table

from .helpers import attachment, body

texts = st.text(
    alphabet=st.sampled_from(list("AB CDjk0123456789-/.:\n\t£@,()'Mr DOB NINO sort code ")),
    max_size=400,
)
cells = st.text(max_size=20)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts, texts, st.lists(st.lists(cells, max_size=5), max_size=8), st.lists(cells, max_size=4))
def test_scan_never_raises(run, a, b, rows, header):
    table = Table(header=tuple(header), rows=tuple(tuple(r) for r in rows))
    chunks = [
        body(a),
        attachment("x.docx", b),
        Chunk('attachment "l.xlsx" › sheet "S"', "", "attachment", "l.xlsx", table=table),
    ]
    s = run(*chunks, subject=a[:50])
    assert s.data_subjects >= 0
    for f in s.findings:
        assert f.masked and f.location
