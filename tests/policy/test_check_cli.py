"""`mailgate check` end to end: real .eml files through extraction, detection and policy.

Tests marked "needs detection" depend on detectors.analyse finding what a real
detector finds (NINOs, CVs, lists); the others hold with any analyser.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date

import pytest
from policy_mail import DOCX, XLSX, cv_docx, faker, make_nino, message, name_list_xlsx

from gateway.cli import main
from policies.loader import DEFAULT_POLICY
from policies.registers import Registers

SENDER = "Employment Support <employment.support@provider.example>"
ROUTE_CONFIG = "encryption:\n  default: route\n  route: {host: encrypt.provider.example}\n"
KEYS = {"action", "rule", "guidance", "reasons", "data_subjects", "findings", "doc_kinds",
        "recipients"}  # fmt: skip


def check(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def check_json(capsys, *argv: str) -> dict:
    code, out, err = check(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def eml(tmp_path):
    def write(raw: bytes, name: str = "m.eml"):
        path = tmp_path / name
        path.write_bytes(raw)
        return str(path)

    return write


def test_clean_mail_relays(capsys, eml):
    raw = message(SENDER, ["hr@employer.example"], "Thursday's jobs fair",
                  "Hi,\n\nThe jobs fair starts at 10am in the main hall.\n\nThanks\n")  # fmt: skip
    data = check_json(capsys, eml(raw))
    assert set(data) >= KEYS
    assert (data["action"], data["rule"]) == ("relay", "no-claimant-data")
    assert data["recipients"] == {"hr@employer.example": "third_party"}
    assert data["data_subjects"] == 0 and data["findings"] == {} and data["doc_kinds"] == {}


def test_envelope_options_override_headers(capsys, eml):
    raw = message(SENDER, ["hr@employer.example"], "Hello", "Hello there.\n")
    data = check_json(capsys, eml(raw), "--from", "x@provider.example", "--to",
                      "a@dwp.gov.uk", "--to", "b@acme.example")  # fmt: skip
    assert data["recipients"] == {"a@dwp.gov.uk": "dwp", "b@acme.example": "third_party"}
    assert data["envelope"]["from"] == "x@provider.example"


def test_text_output_names_decision_and_recipients(capsys, eml):
    raw = message(SENDER, ["hr@employer.example"], "Hello", "Hello there.\n", cc=["a@dwp.gov.uk"])
    code, out, _ = check(capsys, eml(raw))
    assert code == 0
    assert out.startswith("Decision: RELAY  rule no-claimant-data")
    assert "hr@employer.example  [third party]" in out and "a@dwp.gov.uk  [DWP]" in out


def test_cv_with_nino_to_employer_is_encrypted(capsys, eml, tmp_path):
    # needs detection
    rng, fake = random.Random(3), faker(3)
    nino = make_nino(rng)
    raw = message(SENDER, ["hr@employer.example"], "CV for the warehouse role",
                  "Hi,\n\nPlease find attached a CV for the role.\n\nKind regards\n",
                  [("cv-candidate.docx", cv_docx(fake, nino), *DOCX)])  # fmt: skip
    config = tmp_path / "mailgate.yaml"
    config.write_text(ROUTE_CONFIG)
    path = eml(raw)
    # The embedded defaults have no encryption method, so the same mail is refused there.
    without = check_json(capsys, path)
    assert (without["action"], without["rule"]) == ("reject", "nino-prohibited")
    assert any("No encryption route is configured" in r for r in without["reasons"])
    code, out, _ = check(capsys, path, "--config", str(config), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["action"], data["rule"], data["guidance"]) == (
        "encrypt",
        "nino-prohibited",
        ["¶33"],
    )
    assert data["findings"]["nino"] == 1
    assert data["doc_kinds"] == {"cv": 1}
    assert data["data_subjects"] == 1
    assert 'attachment "cv-candidate.docx"' in data["reasons"][0]
    # Personal data stays out of the output: only the masked shape.
    assert nino not in out and nino.replace(" ", "") not in out
    assert re.search(r"[A-Z]{2} •• •• •• [A-D]", data["reasons"][0])


def test_cv_without_nino_to_employer_relays(capsys, eml):
    # needs detection
    raw = message(SENDER, ["hr@employer.example"], "CV for the warehouse role",
                  "Hi,\n\nPlease find attached a CV.\n\nKind regards\n",
                  [("cv.docx", cv_docx(faker(5)), *DOCX)])  # fmt: skip
    data = check_json(capsys, eml(raw))
    assert (data["action"], data["rule"]) == ("relay", "up-to-10-cvs")


def test_list_of_names_boundary(capsys, eml, tmp_path):
    # needs detection
    config = tmp_path / "mailgate.yaml"
    config.write_text(ROUTE_CONFIG)
    rng, fake = random.Random(11), faker(11)
    for rows, action in ((500, "relay"), (501, "encrypt")):
        raw = message(SENDER, ["referrals@partner.example"], "Referral list",
                      "Attached: this week's referrals.\n",
                      [("referrals.xlsx", name_list_xlsx(fake, rng, rows), *XLSX)])  # fmt: skip
        data = check_json(capsys, eml(raw, f"list{rows}.eml"), "--config", str(config))
        assert data["doc_kinds"] == {"name_list": 1}, rows
        assert data["data_subjects"] == rows
        assert data["action"] == action, (rows, data["reasons"])


def test_config_gives_policy_and_consent_register(capsys, eml, tmp_path):
    # needs detection (the CV)
    db = tmp_path / "gateway.db"
    regs = Registers(db)
    regs.add_consent("sam.jones84@mail.example", date(2026, 1, 5), "CRM 881")
    regs.close()
    policy = tmp_path / "policy.yaml"
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    text = text.replace("domains_file: lists/", f"domains_file: {DEFAULT_POLICY.parent}/lists/")
    policy.write_text(text.replace("name: dwp-provider", "name: site-policy"), encoding="utf-8")
    config = tmp_path / "mailgate.yaml"
    config.write_text("policy:\n  path: policy.yaml\ndatabase:\n  path: gateway.db\n", "utf-8")
    raw = message(SENDER, ["sam.jones84@mail.example"], "Your CV", "Here is your CV.\n",
                  [("cv.docx", cv_docx(faker(9)), *DOCX)])  # fmt: skip
    data = check_json(capsys, eml(raw), "--config", str(config))
    assert data["policy"] == "site-policy"
    assert data["recipients"] == {"sam.jones84@mail.example": "claimant"}
    assert (data["action"], data["rule"]) == ("relay", "cv-to-claimant")


# -- usage and input errors: exit 2 with a clear message --------------------------------


def test_check_does_not_create_a_database(capsys, eml, tmp_path):
    config = tmp_path / "mailgate.yaml"
    config.write_text("database:\n  path: absent.db\n", "utf-8")
    raw = message(SENDER, ["hr@employer.example"], "Hello", "Hello there.\n")
    assert check_json(capsys, eml(raw), "--config", str(config))["action"] == "relay"
    assert not (tmp_path / "absent.db").exists()


def test_missing_file(capsys, tmp_path):
    code, _, err = check(capsys, str(tmp_path / "nope.eml"))
    assert code == 2 and "nope.eml: cannot read" in err


def test_empty_file(capsys, eml):
    code, _, err = check(capsys, eml(b""))
    assert code == 2 and "empty" in err


def test_not_an_email(capsys, eml):
    code, _, err = check(capsys, eml(b"%PDF-1.7\n1 0 obj\n"))
    assert code == 2 and "does not start with mail headers" in err


def test_no_recipients(capsys, eml):
    code, _, err = check(capsys, eml(b"From: a@provider.example\nSubject: x\n\nhello\n"))
    assert code == 2 and "no recipients" in err


def test_broken_policy_names_line(capsys, eml, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('fallback: {id: f, guidance: ["¶18"], why: x}\nmonitor: sometimes\n', "utf-8")
    raw = message(SENDER, ["a@b.example"], "x", "hello\n")
    code, _, err = check(capsys, eml(raw), "--policy", str(bad))
    assert code == 2 and f"{bad}:2:10: monitor:" in err


def test_broken_config(capsys, eml, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("policy: [not, a, mapping]\n", "utf-8")
    raw = message(SENDER, ["a@b.example"], "x", "hello\n")
    code, _, err = check(capsys, eml(raw), "--config", str(config))
    assert code == 2 and "'policy' must be a mapping" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2


def test_message_the_analyser_cannot_take_is_an_input_error(capsys, eml, monkeypatch):
    # The real analyser is built not to raise; this checks the CLI's answer if it ever does.
    import gateway.commands.check as check_cmd

    def explode(raw, mail_from, rcpt_tos):
        raise RuntimeError("parser gave up")

    monkeypatch.setattr(check_cmd, "analyse", explode)
    raw = message(SENDER, ["a@b.example"], "x", "hello\n")
    code, out, err = check(capsys, eml(raw))
    assert code == 2 and out == ""
    assert "could not be analysed (RuntimeError)" in err and "parser gave up" not in err


def test_several_files_one_json_line_each(capsys, eml):
    clean = eml(message(SENDER, ["hr@employer.example"], "Hello", "Hello there.\n"), "a.eml")
    empty = eml(b"", "b.eml")
    code, out, err = check(capsys, clean, empty, clean, "--json")
    assert code == 2 and "b.eml: the file is empty" in err
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["file"] == clean for line in lines)
    code, out, _ = check(capsys, clean, clean)
    assert code == 0 and out.count(f"== {clean}") == 2


def test_console_script_on_an_example():
    # needs detection; the installed `mailgate` entry point, as the README runs it
    import shutil
    import subprocess
    from pathlib import Path

    exe = shutil.which("mailgate")
    assert exe, "the mailgate console script is not installed (pip install -e .)"
    example = Path(__file__).resolve().parents[2] / "examples" / "cv-with-nino.eml"
    done = subprocess.run([exe, "check", str(example), "--json"], capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    # Embedded defaults: no encryption method configured, so "encrypt" becomes "reject".
    assert (data["action"], data["rule"]) == ("reject", "nino-prohibited")


def test_signature_logo_does_not_stop_a_clean_mail(capsys, eml):
    # A real 1x1 PNG, shown in the HTML body as Outlook attaches signature logos.
    import base64
    from email.message import EmailMessage

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "hr@employer.example"
    msg["Subject"] = "Jobs fair"
    msg.set_content("The jobs fair starts at 10am.")
    msg.add_alternative('<p>The jobs fair starts at 10am.</p><img src="cid:logo1">', "html")
    msg.get_payload()[1].add_related(
        png, "image", "png", cid="<logo1>", filename="image001.png", disposition="inline"
    )
    data = check_json(capsys, eml(msg.as_bytes()))
    assert (data["action"], data["rule"]) == ("relay", "no-claimant-data")
    # Reported, not hidden: the audit and the JSON still say what could not be read.
    assert data["unreadable"] == [
        {"location": 'attachment "image001.png"', "reason": "inline-image"}
    ]


# -- C15 ¶53: DWP's own mail passed on to an approved subcontractor ------------------------


@pytest.fixture
def site_policy(tmp_path):
    """The default policy with a supply chain (policy_builders.site_data), as a file."""
    import shutil

    import yaml
    from policy_builders import site_data

    shutil.copytree(DEFAULT_POLICY.parent / "lists", tmp_path / "lists")
    path = tmp_path / "site.yaml"
    path.write_text(yaml.safe_dump(site_data(), allow_unicode=True, sort_keys=False), "utf-8")
    return str(path)


def dwp_forward(cover: str, to: str, seed: int = 53) -> bytes:
    fake, rng = faker(seed), random.Random(seed)
    body = (
        f"{cover}\n\nKind regards\nEmployment Support\n\n"
        "________________________________\n"
        "From: Provider Referrals <provider.referrals@dwp.gov.uk>\n"
        "Sent: 12 January 2026 08:41\n"
        "To: intake@provider.example\n"
        "Subject: New programme referral\n\n"
        "A participant has been referred to you.\n\n"
        f"Name: {fake.name()}\nNINO: {make_nino(rng)}\nPostcode: {fake.postcode()}\n"
        "Programme: Work and Health\n"
    )
    return message(SENDER, [to], "FW: New programme referral", body)


def test_one_dwp_referral_forwarded_to_an_approved_partner_relays(capsys, eml, site_policy):
    raw = dwp_forward("Hi, one for your team - please pick up.", "intake@acme-training.example")
    data = check_json(capsys, eml(raw), "--policy", site_policy)
    assert (data["action"], data["rule"]) == ("relay", "forward-dwp-mail-to-approved-subcontractor")
    assert data["findings"]["nino"] == 1 and data["data_subjects"] == 1


def test_a_forwarded_referral_with_more_in_the_covering_text_is_not_exempt(
    capsys, eml, site_policy
):
    cover = "Hi, one for your team. He told me last week that he is using heroin again."
    raw = dwp_forward(cover, "intake@acme-training.example")
    data = check_json(capsys, eml(raw), "--policy", site_policy, "--config", _route(eml))
    assert data["action"] == "encrypt"
    # A partner approved for nothing is not an approved subcontractor.
    raw = dwp_forward("Hi, one for your team.", "office@newco-skills.example")
    data = check_json(capsys, eml(raw, "n.eml"), "--policy", site_policy, "--config", _route(eml))
    assert data["action"] == "encrypt"


def _route(eml) -> str:
    return eml(ROUTE_CONFIG.encode(), "route.yaml")
