"""Policy files: the shipped default is complete; broken files say where and how to fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detectors.model import Category
from policies.loader import DEFAULT_POLICY, PolicyError, load, parse

MINIMAL = 'fallback: {id: fallback, guidance: ["¶18"], why: not exempt}\n'


def errors_of(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "site.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load(path)
    return info.value.problems


def test_default_policy_loads_with_guidance_values():
    pol = load()
    assert pol.limits.cvs == pol.limits.application_forms == pol.limits.letters == 10
    assert pol.limits.list_names == 500
    assert pol.encryption.subject_tag == "[ENCRYPT]" and pol.encryption.route
    assert pol.monitor is False and pol.suspension.active is False
    assert "dwp.gsi.gov.uk" in pol.recipients.dwp.domains  # from lists/dwp-domains.txt


def test_every_rule_cites_a_paragraph():
    pol = load()
    for rule in pol.all_rules():
        assert rule.guidance and all("¶" in g for g in rule.guidance), rule.id


def test_default_policy_covers_every_exemption_and_prohibition_of_rules_md():
    ids = {r.id for r in load().all_rules()}
    assert {
        "cv-to-claimant",
        "one-name",
        "up-to-10-cvs",
        "up-to-10-application-forms",
        "up-to-10-letters",
        "list-up-to-500-names",
        "nino-only-list",
        "dwp-ucnea1-or-good-news-story",
        "dwp-list-up-to-500-names",
        "dwp-c15-process",
        "forward-to-approved-subcontractor",
        "cv-to-claimant-without-consent",
        "process-recipient-not-designated",
        "letter-not-permitted",
        "claimant-data-not-exempt",
    } <= ids
    prohibited = {c for p in load().prohibitions for c in (p.when.categories_any or [])}
    never = {
        Category.NINO, Category.DOB, Category.BANK, Category.HEALTH, Category.MENTAL_HEALTH,
        Category.SUBSTANCE_MISUSE, Category.CRIMINAL_RECORD, Category.BENEFIT_PAYMENT,
        Category.CHILDREN, Category.ETHNICITY, Category.SEXUAL_ORIENTATION,
    }  # fmt: skip
    assert never <= prohibited


def test_minimal_policy_is_enough(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert load(path).fallback.id == "fallback"


def test_unknown_key_names_line_column_and_suggests(tmp_path):
    text = MINIMAL + "recipients:\n  dwp:\n    domain: [dwp.gov.uk]\n"
    [problem] = errors_of(text, tmp_path)
    assert re.match(r".*site\.yaml:4:5: recipients\.dwp\.domain: ", problem)
    assert "did you mean 'domains'?" in problem


def test_bad_enum_value_points_at_the_item(tmp_path):
    text = MINIMAL + (
        "exemptions:\n"
        "  - id: mine\n"
        '    guidance: ["¶18"]\n'
        "    why: test\n"
        "    when:\n"
        "      recipients: [dwp, employers]\n"
    )
    [problem] = errors_of(text, tmp_path)
    assert ":7:25: exemptions.0.when.recipients.1:" in problem
    assert "'third_party'" in problem


def test_limit_name_or_number(tmp_path):
    text = MINIMAL + (
        "exemptions:\n"
        "  - id: mine\n"
        '    guidance: ["¶18"]\n'
        "    why: test\n"
        "    when: {max_people: lots}\n"
    )
    [problem] = errors_of(text, tmp_path)
    assert ":6:24: exemptions.0.when.max_people:" in problem
    assert "valid integer" in problem and "'list_names'" in problem


def test_guidance_must_be_a_paragraph_reference(tmp_path):
    [problem] = errors_of('fallback: {id: f, guidance: ["para 18"], why: x}\n', tmp_path)
    assert ":1:" in problem and "write '¶17'" in problem


def test_missing_fallback_is_reported(tmp_path):
    [problem] = errors_of("name: x\n", tmp_path)
    assert "required key 'fallback' is missing: add it" in problem


def test_duplicate_rule_ids_are_refused(tmp_path):
    text = MINIMAL + (
        "prohibitions:\n"
        '  - {id: fallback, guidance: ["¶33"], why: x, when: {categories_any: [nino]}}\n'
    )
    [problem] = errors_of(text, tmp_path)
    assert "used twice" in problem


def test_duplicate_keys_are_refused(tmp_path):
    [problem] = errors_of(MINIMAL + "monitor: true\nmonitor: false\n", tmp_path)
    assert ":3:1: duplicate key 'monitor'" in problem


def test_yaml_syntax_error_has_position(tmp_path):
    [problem] = errors_of(MINIMAL + "recipients: [a\n", tmp_path)
    assert re.search(r"site\.yaml:\d+:\d+: ", problem)


def test_suspension_needs_a_reason(tmp_path):
    [problem] = errors_of(MINIMAL + "suspension: {active: true}\n", tmp_path)
    assert ":2:13: suspension:" in problem and "needs a reason" in problem


def test_bad_date_says_how_to_write_one(tmp_path):
    text = MINIMAL + (
        "recipients:\n  supply_chain:\n    - name: A\n      processes:\n"
        "        - {process: exit_report, since: 1st April}\n"
    )
    [problem] = errors_of(text, tmp_path)
    assert "recipients.supply_chain.0.processes.0.since" in problem
    assert "2025-04-01" in problem


def test_missing_list_file_is_reported(tmp_path):
    [problem] = errors_of(MINIMAL + "recipients:\n  internal: {domains_file: nope.txt}\n", tmp_path)
    assert "cannot read list file" in problem and "nope.txt" in problem


def test_list_file_relative_to_policy(tmp_path):
    (tmp_path / "ours.txt").write_text("# our domains\nProvider.Example\n\n", encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(MINIMAL + "recipients:\n  internal: {domains_file: ours.txt}\n", "utf-8")
    assert load(path).recipients.internal.domains == ["provider.example"]


def test_top_level_must_be_a_mapping():
    with pytest.raises(PolicyError, match="top level must be a mapping"):
        parse("- a\n- b\n", "x.yaml")


def test_unreadable_file():
    with pytest.raises(PolicyError, match="cannot read the policy file"):
        load("/nonexistent/policy.yaml")


def test_default_path_is_packaged():
    assert DEFAULT_POLICY.name == "dwp-provider.yaml" and DEFAULT_POLICY.is_file()
