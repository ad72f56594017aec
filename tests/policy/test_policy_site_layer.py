"""Issue 13, done when: examples/site-policy.yaml, a few lines extending the shipped
default, lints clean and decides every example message exactly as a full copy of the
default with the same changes made by hand (here, by the test on the parsed YAML)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import yaml

from detectors.analyse import set_terms
from gateway.cli import main
from gateway.commands import check
from gateway.commands.check import envelope_from_headers, read_message
from gateway.commands.policy import _case_registers
from policies.engine import decide
from policies.loader import DEFAULT_POLICY, load
from policies.terms import load_terms
from policies.verdict import EnvelopeFacts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SITE = EXAMPLES / "site-policy.yaml"


def full_copy_with_the_same_changes(directory: Path) -> Path:
    """What a site did before layers: copy the default (and its lists/) and edit the copy."""
    shutil.copytree(DEFAULT_POLICY.parent / "lists", directory / "lists")
    policy = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    policy["name"] = "northgate-employment"
    policy["recipients"]["internal"]["domains"] = ["northgate-employment.example"]
    policy["limits"]["list_names"] = 200
    health = next(r for r in policy["prohibitions"] if r["id"] == "health-prohibited")
    health["why"] = "Medical history and mental health information is not emailed from this site."
    health["action"] = "reject"
    policy["exemptions"] = [r for r in policy["exemptions"] if r["id"] != "nino-only-list"]
    path = directory / "full-copy.yaml"
    path.write_text(yaml.safe_dump(policy, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_site_file_is_a_few_lines_and_lints_clean(capsys):
    lines = [
        line
        for line in SITE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines[0] == "extends: dwp-provider"
    assert len(lines) <= 20
    assert main(["policy", "lint", str(SITE)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and "recipients.internal lists no domains" not in out


def test_the_site_layer_decides_like_a_full_copy_over_every_example(tmp_path):
    set_terms(load_terms())  # as check and the gateway's workers do
    site, full, default = load(SITE), load(full_copy_with_the_same_changes(tmp_path)), load()
    assert site == full
    cases = sorted(p for p in EXAMPLES.glob("*.yaml") if p != SITE)
    assert len(cases) >= 10
    differs_from_default = 0
    for case_path in cases:
        case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
        raw = read_message(EXAMPLES / case["message"])
        envelope = case["envelope"]
        mail_from, rcpt_tos = envelope_from_headers(raw, envelope["from"], envelope["to"], None)
        facts = EnvelopeFacts(mail_from, tuple(rcpt_tos))
        scan = check.analyse(raw, mail_from, rcpt_tos)
        now = datetime.fromisoformat(case["now"]).astimezone(UTC)
        verdicts = []
        for policy in (site, full, default):
            regs = _case_registers(case, str(case_path))
            try:
                verdicts.append(decide(facts, scan, policy, regs, now))
            finally:
                regs.close()
        assert verdicts[0] == verdicts[1], case_path.name
        differs_from_default += (verdicts[0].action, verdicts[0].rule) != (
            verdicts[2].action,
            verdicts[2].rule,
        )
    # The site's changes reach the decisions: the equality above is not the default's twice.
    assert differs_from_default >= 3
