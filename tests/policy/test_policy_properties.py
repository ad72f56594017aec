"""Properties of the engine over generated scans and recipient sets (hypothesis)."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy_builders import (
    CLAIMANT,
    DWP,
    DWP_EBCF_INBOX,
    EMPLOYER,
    INTERNAL,
    NOW,
    PARTNER,
    SENDER,
    make_policy,
)

from detectors.model import Category, DocKind, DocKindFinding, Finding, Opaque, Scan
from policies.engine import decide
from policies.registers import Registers
from policies.verdict import SEVERITY, Action, EnvelopeFacts

POLICY = make_policy()
MONITOR = make_policy(monitor=True)
NO_ROUTE = make_policy(encryption={"route": False})
ADDRESSES = [EMPLOYER, PARTNER, INTERNAL, DWP, DWP_EBCF_INBOX, CLAIMANT, "x@other.example"]

findings = st.lists(
    st.builds(
        lambda cat, i, conf: Finding(cat, 'attachment "a.docx"', "•••", conf, "ctx", f"{cat}-{i}"),
        st.sampled_from(list(Category)),
        st.integers(0, 3),
        st.sampled_from([0.3, 0.9]),
    ),
    max_size=8,
)
documents = st.lists(
    st.builds(
        lambda kind, people: DocKindFinding(kind, "attachment", "test", people),
        st.sampled_from(list(DocKind)),
        st.integers(1, 3),
    ),
    max_size=4,
)
OPAQUE_REASONS = ["password-protected", "corrupt", "limit:depth", "no-text", "encrypted:pgp"]
opaques = st.lists(
    st.builds(
        lambda r: Opaque('attachment "z.zip"', r),
        st.sampled_from(
            ["password-protected", "corrupt", "limit:depth", "no-text", "encrypted:pgp"]
        ),
    ),
    max_size=1,
)
scans = st.builds(
    lambda f, d, o, people, subject, ident: Scan(
        findings=f,
        doc_kinds=d,
        opaque=o,
        data_subjects=people,
        subject=subject,
        recipients_identified=[CLAIMANT] if ident else [],
    ),
    findings,
    documents,
    opaques,
    st.integers(0, 600),
    st.sampled_from(["Referral", "", "[ENCRYPT] Referral"]),
    st.booleans(),
)
recipient_sets = st.lists(st.sampled_from(ADDRESSES), min_size=1, max_size=4, unique=True)

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


def _decide(scan, rcpts, pol=POLICY, regs=None):
    return decide(EnvelopeFacts(SENDER, tuple(rcpts)), scan, pol, regs, NOW)


@SETTINGS
@given(scans, recipient_sets)
def test_deterministic(scan, rcpts):
    regs = Registers(":memory:")
    assert _decide(scan, rcpts, regs=regs) == _decide(copy.deepcopy(scan), rcpts, regs=regs)


@SETTINGS
@given(scans, recipient_sets, st.sampled_from(ADDRESSES))
def test_another_recipient_never_makes_it_less_strict(scan, rcpts, extra):
    before = _decide(scan, rcpts)
    after = _decide(scan, [*rcpts, extra] if extra not in rcpts else rcpts)
    assert SEVERITY[after.action] >= SEVERITY[before.action]


@SETTINGS
@given(scans, recipient_sets)
def test_message_outcome_is_the_strictest_recipient(scan, rcpts):
    v = _decide(scan, rcpts)
    assert set(v.per_recipient) == {a.lower() for a in rcpts}
    assert SEVERITY[v.action] == max(SEVERITY[d.action] for d in v.per_recipient.values())


@SETTINGS
@given(scans, recipient_sets)
def test_every_outcome_is_explained(scan, rcpts):
    v = _decide(scan, rcpts)
    assert v.rule and v.reasons
    if v.action is not Action.RELAY:
        assert v.guidance and all("¶" in g for g in v.guidance)


@SETTINGS
@given(scans, recipient_sets)
def test_monitor_mode_keeps_the_decision_and_marks_it(scan, rcpts):
    plain, monitored = _decide(scan, rcpts), _decide(scan, rcpts, MONITOR)
    assert (monitored.action, monitored.rule) == (plain.action, plain.rule)
    assert monitored.monitor and monitored.warnings[0].startswith("MONITOR MODE")


@SETTINGS
@given(scans, recipient_sets)
def test_without_encryption_route_nothing_is_encrypt(scan, rcpts):
    plain, no_route = _decide(scan, rcpts), _decide(scan, rcpts, NO_ROUTE)
    assert no_route.action is not Action.ENCRYPT
    if plain.action is Action.ENCRYPT:
        assert no_route.action is Action.REJECT


@SETTINGS
@given(scans, recipient_sets)
def test_prohibited_data_never_relays_unencrypted_to_a_third_party(scan, rcpts):
    never = {Category.DOB, Category.BANK, Category.HEALTH, Category.CRIMINAL_RECORD}
    if EMPLOYER not in rcpts or scan.encrypted:
        return
    if any(f.category in never and f.confidence >= 0.5 for f in scan.findings):
        assert _decide(scan, rcpts).action is not Action.RELAY
