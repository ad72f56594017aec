"""Every NINO HMRC could issue is found, in every written form, and masked."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from detectors import nino
from detectors.detector import Context
from detectors.masking import Keyer

FIRST = "ABCEGHJKLMNOPRSTWXYZ"
SECOND = "ABCEGHJKLMNPRSTWXYZ"
EXCLUDED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

prefixes = (
    st.tuples(st.sampled_from(FIRST), st.sampled_from(SECOND))
    .map("".join)
    .filter(lambda p: p not in EXCLUDED)
)
digits = st.lists(st.integers(0, 99), min_size=3, max_size=3)
styles = st.sampled_from(["compact", "spaced", "dashed", "lower", "grouped"])


def write(prefix: str, ds: list[int], suffix: str, style: str) -> str:
    d = [f"{x:02d}" for x in ds]
    return {
        "compact": f"{prefix}{''.join(d)}{suffix}",
        "spaced": f"{prefix} {d[0]} {d[1]} {d[2]} {suffix}",
        "dashed": f"{prefix}-{d[0]}-{d[1]}-{d[2]}-{suffix}",
        "lower": f"{prefix}{''.join(d)}{suffix}".lower(),
        "grouped": f"{prefix} {''.join(d)} {suffix}",
    }[style]


@settings(max_examples=300, deadline=None)
@given(prefixes, digits, st.sampled_from("ABCD"), styles, st.sampled_from(["", "Ref: ", "(", "x "]))
def test_every_valid_nino_is_found_and_masked(prefix, ds, suffix, style, lead):
    # A doubled letter with six noughts or nines is a template's picture ("AA 00 00 00 A").
    assume(not (prefix[0] == prefix[1] and ds in ([0, 0, 0], [99, 99, 99])))
    text = f"{lead}{write(prefix, ds, suffix, style)}{')' if lead == '(' else '.'}"
    out = nino.detect(text, Context("body", Keyer()))
    assert len(out) == 1
    assert out[0].masked == f"{prefix} •• •• •• {suffix}"
    six = "".join(f"{x:02d}" for x in ds)
    assert six not in out[0].masked + out[0].context + out[0].key


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [*sorted(EXCLUDED), "DA", "FA", "IA", "QA", "UA", "VA", "AD", "AF", "AI", "AO"]
    ),
    digits,
    st.sampled_from("ABCD"),
    styles,
)
def test_invalid_prefixes_never_match(prefix, ds, suffix, style):
    text = f"NINO {write(prefix, ds, suffix, style)}"
    assert nino.detect(text, Context("body", Keyer())) == []
