"""`mailgate policy lint|test`, `mailgate consent …` and `mailgate permission …`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gateway.cli import build_parser, main
from policies.loader import DEFAULT_POLICY
from policies.registers import Registers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- lint -------------------------------------------------------------------------------


def test_lint_default_policy(capsys):
    code, out, _ = cli(capsys, "policy", "lint", str(DEFAULT_POLICY))
    assert code == 0
    assert "OK — policy 'dwp-provider'" in out and "12 exemptions" in out
    assert "recipients.internal lists no domains" in out


def test_lint_broken_policy_names_line_and_fix(capsys, tmp_path):
    bad = tmp_path / "site.yaml"
    text = DEFAULT_POLICY.read_text(encoding="utf-8").replace("  subject_tag:", "  subject_tags:")
    bad.write_text(text, encoding="utf-8")
    code, _, err = cli(capsys, "policy", "lint", str(bad))
    assert code == 1
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "subject_tags:" in t)
    assert f"{bad}:{line}:3: encryption.subject_tags: unknown key" in err
    assert "did you mean 'subject_tag'?" in err
    assert "1 problem; nothing was changed" in err


def test_lint_notes_switches(capsys, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(
        'fallback: {id: f, guidance: ["¶18"], why: x}\nmonitor: true\n'
        "encryption: {route: false}\nsuspension: {active: true, reason: DWP outage}\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "policy", "lint", str(path))
    assert code == 0
    assert "monitor mode is ON" in out and "SUSPENDED (DWP outage" in out
    assert "no end time" in out and "no encryption route" in out


# -- test -------------------------------------------------------------------------------


def test_examples_pass_with_default_policy(capsys):
    # needs detection: every example's expected decision is the real one
    code, out, _ = cli(capsys, "policy", "test", str(EXAMPLES))
    assert code == 0, out
    # every YAML file there but the site policy (examples/site-policy.yaml) is a case
    cases = len([p for p in EXAMPLES.glob("*.yaml") if p.name != "site-policy.yaml"])
    assert cases >= 12 and f"{cases} passed, 0 failed" in out


def test_failing_case_is_reported_with_reasons(capsys, tmp_path):
    shutil.copy(EXAMPLES / "clean-mail.eml", tmp_path / "clean.eml")
    (tmp_path / "clean.yaml").write_text(
        "envelope: {to: [hr@employer.example]}\nexpect: {action: reject, rule: made-up}\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "policy", "test", str(tmp_path))
    assert code == 1
    assert "FAIL clean: expected reject made-up, got relay no-claimant-data" in out
    assert "- No claimant data was found." in out


def test_policy_in_the_directory_is_used(capsys, tmp_path):
    shutil.copy(EXAMPLES / "clean-mail.eml", tmp_path / "m.eml")
    (tmp_path / "m.yaml").write_text(
        "message: m.eml\nexpect: {action: encrypt, rule: sender-requested-encryption}\n",
        encoding="utf-8",
    )
    # A site policy whose subject tag happens to be in this message's subject.
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    text = text.replace("domains_file: lists/", f"domains_file: {DEFAULT_POLICY.parent}/lists/")
    text = text.replace('subject_tag: "[ENCRYPT]"', 'subject_tag: "Jobs fair"')
    (tmp_path / "policy.yaml").write_text(text, encoding="utf-8")
    code, out, _ = cli(capsys, "policy", "test", str(tmp_path))
    assert code == 0, out
    assert "PASS m: encrypt sender-requested-encryption" in out


def test_case_with_a_permission(capsys, tmp_path):
    # needs detection (the NINO in the CV)
    shutil.copy(EXAMPLES / "cv-with-nino.eml", tmp_path / "cv.eml")
    (tmp_path / "cv.yaml").write_text(
        "now: 2026-03-02T10:00:00Z\n"
        "permissions:\n"
        '  - {reference: DWP-77, sender: ["*@northgate-employment.example"],\n'
        "     recipient: [brightwell-logistics.example], categories: [nino, address, phone],\n"
        "     doc_kinds: [cv], max_people: 1}\n"
        "expect: {action: relay, rule: 'permission:DWP-77'}\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "policy", "test", str(tmp_path))
    assert code == 0, out


def test_case_errors_are_clear(capsys, tmp_path):
    (tmp_path / "a.yaml").write_text("expect: {action: explode}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("expect: {action: relay}\n", encoding="utf-8")
    code, out, _ = cli(capsys, "policy", "test", str(tmp_path))
    assert code == 1
    assert "a.yaml: expect.action must be relay, encrypt or reject" in out
    assert "b.eml: cannot read" in out


def test_no_cases_or_no_directory(capsys, tmp_path):
    code, _, err = cli(capsys, "policy", "test", str(tmp_path))
    assert code == 2 and "no test cases" in err
    code, _, err = cli(capsys, "policy", "test", str(tmp_path / "missing"))
    assert code == 2 and "not a directory" in err


# -- consent and permission -----------------------------------------------------------


def test_consent_and_permission_parsers_are_registered():
    parser = build_parser()
    for argv in (["consent", "list", "--database", "x"], ["permission", "list", "--database", "x"]):
        assert parser.parse_args(argv).func is not None


def test_consent_cycle(capsys, tmp_path):
    db = str(tmp_path / "g.db")
    code, out, _ = cli(capsys, "consent", "add", "Sam.Jones@Mail.example", "--date",
                       "2026-01-05", "--evidence", "CRM 881", "--database", db)  # fmt: skip
    assert code == 0 and "consent recorded: sam.jones@mail.example" in out
    code, out, _ = cli(capsys, "consent", "list", "--json", "--database", db)
    [row] = json.loads(out)
    assert (row["address"], row["given_on"], row["evidence"]) == (
        "sam.jones@mail.example",
        "2026-01-05",
        "CRM 881",
    )
    assert cli(capsys, "consent", "revoke", "sam.jones@mail.example", "--database", db)[0] == 0
    code, out, _ = cli(capsys, "consent", "list", "--database", db)
    assert "0 consents" in out
    code, out, _ = cli(capsys, "consent", "list", "--all", "--database", db)
    assert "revoked" in out
    code, _, err = cli(capsys, "consent", "revoke", "sam.jones@mail.example", "--database", db)
    assert code == 2 and "no consent in force" in err


def test_consent_via_config(capsys, tmp_path):
    config = tmp_path / "mailgate.yaml"
    config.write_text("database:\n  path: state/gateway.db\n", encoding="utf-8")
    (tmp_path / "state").mkdir()
    code, _, _ = cli(capsys, "consent", "add", "a@mail.example", "--evidence", "form 2",
                     "--config", str(config))  # fmt: skip
    assert code == 0 and (tmp_path / "state" / "gateway.db").is_file()


def test_registers_share_the_audit_sqlite_file_by_default(capsys, tmp_path):
    config = tmp_path / "mailgate.yaml"
    config.write_text('audit:\n  url: "sqlite:audit.db"\n', encoding="utf-8")
    code, _, _ = cli(capsys, "consent", "add", "a@mail.example", "--evidence", "form 2",
                     "--config", str(config))  # fmt: skip
    assert code == 0
    assert Registers(tmp_path / "audit.db").consents()[0].address == "a@mail.example"
    config.write_text('audit:\n  url: "postgresql://db/audit"\n', encoding="utf-8")
    code, _, err = cli(capsys, "consent", "list", "--config", str(config))
    assert code == 2 and "database.path" in err


def test_consent_without_config_uses_the_embedded_default_database(capsys, tmp_path, monkeypatch):
    # As `mailgate serve` with no config: the registers share ./audit.db.
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli(capsys, "consent", "add", "sam@mail.example", "--evidence", "CRM 12")
    assert code == 0 and (tmp_path / "audit.db").is_file()
    code, out, _ = cli(capsys, "consent", "list")
    assert code == 0 and "sam@mail.example" in out


def test_consent_needs_a_database_when_the_audit_is_not_sqlite(capsys, tmp_path):
    config = tmp_path / "mailgate.yaml"
    config.write_text("audit: {url: 'postgresql://mailgate@db.example/mailgate'}\n")
    code, _, err = cli(capsys, "consent", "list", "--config", str(config))
    assert code == 2 and "--database PATH" in err


def test_permission_cycle(capsys, tmp_path):
    db = str(tmp_path / "g.db")
    code, out, _ = cli(
        capsys, "permission", "add", "DWP/2026/7", "--sender", "*@provider.example",
        "--recipient", "employer.example", "--category", "nino", "--doc-kind", "cv",
        "--max-people", "3", "--valid-from", "2026-01-01", "--valid-until", "2026-06-30",
        "--database", db,
    )  # fmt: skip
    assert code == 0
    assert "DWP/2026/7: from *@provider.example to employer.example; allows nino, cv" in out
    code, out, _ = cli(capsys, "permission", "list", "--json", "--database", db)
    [row] = json.loads(out)
    assert row["categories"] == ["nino"] and row["max_people"] == 3
    code, _, err = cli(capsys, "permission", "add", "DWP/2026/7", "--sender", "a.example",
                       "--recipient", "b.example", "--category", "dob", "--valid-from",
                       "2026-01-01", "--valid-until", "2026-06-30", "--database", db)  # fmt: skip
    assert code == 2 and "already exists" in err
    assert cli(capsys, "permission", "revoke", "DWP/2026/7", "--database", db)[0] == 0
    assert "0 permissions" in cli(capsys, "permission", "list", "--database", db)[1]


def test_permission_bad_category_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as info:
        main(["permission", "add", "X", "--sender", "a", "--recipient", "b", "--category",
              "shoe_size", "--valid-until", "2026-01-01", "--database", str(tmp_path)])  # fmt: skip
    assert info.value.code == 2
    assert "'shoe_size' is not one of: nino" in capsys.readouterr().err


def test_permission_bad_date(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["permission", "add", "X", "--sender", "a", "--recipient", "b", "--category",
              "nino", "--valid-until", "31/12/2026", "--database", str(tmp_path)])  # fmt: skip
    assert "write 2026-03-02" in capsys.readouterr().err
