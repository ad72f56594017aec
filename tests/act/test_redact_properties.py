"""Properties of the last-line masking and of the reply line, over generated input."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.actions.bounce import reply_line
from gateway.actions.encrypt_route import add_trigger
from gateway.actions.settings import TriggerHeader
from gateway.audit.redact import redact
from policies.verdict import Action, Verdict

PREFIX = "ABCEGHJKLMNPRSTWXYZ"
MONTHS = ["January", "Feb", "mar", "APRIL", "Sept", "december"]

ninos = st.builds(
    lambda a, b, digits, sfx, sep: a + b + sep.join([digits[:2], digits[2:4], digits[4:6]]) + sfx,
    st.sampled_from(PREFIX),
    st.sampled_from(PREFIX),
    st.text(string.digits, min_size=6, max_size=6),
    st.sampled_from("ABCD"),
    st.sampled_from(["", " "]),
)
dates = st.one_of(
    st.builds(
        lambda d, m, y, sep: f"{d:02d}{sep}{m:02d}{sep}{y}",
        st.integers(1, 31), st.integers(1, 12), st.integers(1930, 2010), st.sampled_from("/-."),
    ),
    st.builds(
        lambda d, m, y: f"{d} {m} {y}",
        st.integers(1, 31), st.sampled_from(MONTHS), st.integers(1930, 2010),
    ),
)  # fmt: skip
accounts = st.text(string.digits, min_size=8, max_size=8)
filler = st.text(st.characters(blacklist_categories=("Cs", "Nd", "No", "Nl")), max_size=20)


@settings(max_examples=300, deadline=None)
@given(filler, st.one_of(ninos, dates, accounts), filler)
def test_identifier_shapes_never_survive(before: str, value: str, after: str) -> None:
    text = f"{before} {value} {after}"
    out = redact(text)
    assert value not in out
    assert not any(c.isdigit() for c in out)  # the filler has none: every digit was masked


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000), st.lists(st.text(max_size=20), max_size=4))
def test_reply_line_is_always_one_short_ascii_line(reason: str, guidance: list[str]) -> None:
    v = Verdict(action=Action.REJECT, rule="r", guidance=guidance, reasons=[reason])
    line = reply_line(v, "MG-AAAA-BBBB-CC")
    assert line.isascii() and "\r" not in line and "\n" not in line
    assert len(line) <= 512
    assert line.startswith("550 5.7.1 ") and "Ref MG-AAAA-BBBB-CC." in line


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Subject", "To", "From", "X-Thing", "subject"]),
            st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
        ),
        max_size=6,
    ),
    st.binary(max_size=500),
)
def test_route_tagging_keeps_the_body_exactly(headers, body: bytes) -> None:
    head = b"".join(f"{n}: {v}\r\n".encode() for n, v in headers)
    raw = head + b"\r\n" + body
    out = add_trigger(raw, TriggerHeader(name="X-Encrypt", value="yes"), "[SECURE]")
    assert out.endswith(body)
    out_head = out[: len(out) - len(body)]
    assert out_head.endswith(b"\r\n\r\n")
    lines = out_head.split(b"\r\n")
    assert lines[0] == b"X-Encrypt: yes"
    assert sum(line.startswith(b"X-Encrypt:") for line in lines) == 1
    subjects = [line for line in lines if line.lower().startswith(b"subject:")]
    assert subjects and b"[secure]" in subjects[0].lower()


QUEUE_IDS = st.one_of(
    st.text("0123456789ABCDEF", min_size=10, max_size=12),  # Postfix short IDs
    st.text(string.ascii_letters + string.digits, min_size=12, max_size=15),  # long IDs
).filter(lambda q: not q.isdigit())  # all digits: masked (an account number, perhaps)


@settings(max_examples=200, deadline=None)
@given(QUEUE_IDS, ninos, dates, accounts)
def test_an_upstream_reply_keeps_its_queue_id_and_masks_the_rest(queue_id, nino, date, account):
    from gateway.audit.redact import redact_reply

    reply = f"250 2.0.0 Ok: queued as {queue_id} for {nino} born {date} acct {account}"
    out = redact_reply(reply)
    assert f"queued as {queue_id} " in out  # the key into the upstream's own log
    for raw in (nino.replace(" ", ""), date, account):
        assert raw not in out.replace(" ", "") or raw in queue_id


def test_a_nino_where_the_queue_id_goes_is_masked_all_the_same():
    from gateway.audit.redact import redact_reply

    nino = "AB" + "123456" + "C"
    assert nino not in redact_reply(f"250 Ok: queued as {nino}")


REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # gateway.audit.record's
references = st.builds(
    lambda a, b, c: f"MG-{a}-{b}-{c}",
    *(st.text(alphabet, min_size=n, max_size=n) for alphabet, n in
      ((REF_ALPHABET, 4), ("0123456789", 4), (REF_ALPHABET, 2))),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(references)
def test_the_gateways_own_reference_stays_readable_in_its_reply(reference):
    # Digit-heavy references ("MG-8007-6N8P-GN", "MG-1234-5678-90") read as phone or
    # date shapes to redact(); the reply line keeps them, as the client heard them.
    from gateway.audit.redact import redact_reply

    line = f"550 5.7.1 Not sent: it could not be read (rule x). Ref {reference}. Details emailed."
    assert redact_reply(line) == line
