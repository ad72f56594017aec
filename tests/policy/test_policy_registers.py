"""Consent register and DWP written permissions in a real SQLite file."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest

from detectors.model import Category, DocKind
from policies.registers import Permission, RegisterError, Registers, scope_matches

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    regs = Registers(tmp_path / "mailgate.db")
    yield regs
    regs.close()


def perm(**kw) -> Permission:
    fields = {
        "reference": "DWP/2026/7",
        "sender_scope": ("*@provider.example",),
        "recipient_scope": ("employer.example", "ops@agency.example"),
        "valid_from": date(2026, 1, 1),
        "valid_until": date(2026, 6, 30),
        "categories": frozenset({Category.NINO, Category.DOB}),
        "doc_kinds": frozenset({DocKind.APPLICATION_FORM}),
        "max_people": 5,
    }
    fields.update(kw)
    return Permission(**fields)


def test_consent_add_list_revoke(db):
    db.add_consent("Jane.Doe@Example.org", date(2026, 2, 1), "CRM note 12")
    [c] = db.consents()
    assert (c.address, c.evidence) == ("jane.doe@example.org", "CRM note 12")
    assert db.consent_for("JANE.DOE@example.org", NOW) is not None
    assert db.consent_for("jane.doe@example.org", datetime(2026, 1, 31, tzinfo=UTC)) is None
    assert db.revoke_consent("jane.doe@example.org", NOW) == 1
    assert db.consent_for("jane.doe@example.org", NOW) is None
    assert db.consents() == []
    [revoked] = db.consents(include_revoked=True)
    assert revoked.revoked_at == NOW.isoformat(timespec="seconds")
    with pytest.raises(RegisterError, match="no consent in force"):
        db.revoke_consent("jane.doe@example.org")


def test_consent_needs_evidence_and_an_address(db):
    with pytest.raises(RegisterError, match="evidence"):
        db.add_consent("a@example.org", date(2026, 1, 1), " ")
    with pytest.raises(RegisterError, match="not an email address"):
        db.add_consent("not-an-address", date(2026, 1, 1), "x")


def test_rows_survive_reopening(tmp_path):
    path = tmp_path / "g.db"
    first = Registers(path)
    first.add_consent("a@example.org", date(2026, 1, 1), "form 1")
    first.add_permission(perm())
    first.close()
    again = Registers(path)
    assert [c.address for c in again.consents()] == ["a@example.org"]
    assert [p.reference for p in again.permissions()] == ["DWP/2026/7"]


def test_permission_scope_and_validity(db):
    db.add_permission(perm())
    assert db.permissions_for("k@provider.example", "hr@employer.example", NOW)
    assert db.permissions_for("k@provider.example", "hr@eu.employer.example", NOW)
    assert db.permissions_for("k@provider.example", "ops@agency.example", NOW)
    assert not db.permissions_for("k@provider.example", "other@agency.example", NOW)
    assert not db.permissions_for("k@elsewhere.example", "hr@employer.example", NOW)
    assert not db.permissions_for(
        "k@provider.example", "hr@employer.example", datetime(2026, 7, 1, tzinfo=UTC)
    )
    last_day = datetime(2026, 6, 30, 23, 59, tzinfo=UTC)
    assert db.permissions_for("k@provider.example", "hr@employer.example", last_day)


def test_permission_uncovered_lists_the_gaps():
    p = perm()
    assert p.uncovered({Category.NINO, Category.PERSON_NAME}, {DocKind.APPLICATION_FORM}, 5) == []
    gaps = p.uncovered({Category.BANK}, {DocKind.CV}, 6)
    assert gaps == ["categories bank", "documents cv", "6 people (it allows 5)"]


def test_permission_revoke_and_duplicates(db):
    db.add_permission(perm())
    with pytest.raises(RegisterError, match="already exists"):
        db.add_permission(perm())
    db.revoke_permission("DWP/2026/7", NOW)
    assert db.permissions() == []
    assert not db.permissions_for("k@provider.example", "hr@employer.example", NOW)
    with pytest.raises(RegisterError, match="no permission in force"):
        db.revoke_permission("DWP/2026/7")


def test_permission_validation(db):
    with pytest.raises(RegisterError, match="before"):
        db.add_permission(perm(valid_until=date(2025, 1, 1)))
    with pytest.raises(RegisterError, match="must allow"):
        db.add_permission(perm(categories=frozenset(), doc_kinds=frozenset()))
    with pytest.raises(RegisterError, match="scope"):
        db.add_permission(perm(recipient_scope=()))


def test_scope_patterns():
    assert scope_matches(["*@provider.example"], "A@Provider.Example")
    assert scope_matches(["provider.example"], "a@mail.provider.example")
    assert not scope_matches(["provider.example"], "a@notprovider.example")
    assert not scope_matches(["*@provider.example"], "a@mail.provider.example")


def test_other_threads_see_the_same_rows(db):
    db.add_consent("a@example.org", date(2026, 1, 1), "form 1")
    seen = []
    t = threading.Thread(target=lambda: seen.append(db.consent_for("a@example.org", NOW)))
    t.start()
    t.join()
    assert seen[0] is not None


def test_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(RegisterError, match="not a usable database"):
        Registers(bad)
