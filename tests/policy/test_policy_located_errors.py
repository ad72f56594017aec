"""Each broken policy input of issue 13 gives one clean located error, never a traceback:
from the loader, `mailgate policy lint` and `mailgate check` (SIGHUP: test_gw_serve_process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.cli import main
from policies.loader import PolicyError, load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FALLBACK = 'fallback: {id: fallback, guidance: ["¶18"], why: not exempt}\n'

# name: (policy text, the one error line's expected start after the file name)
BROKEN = {
    "impossible date": (
        FALLBACK + "suspension:\n  active: true\n  reason: DWP notice\n  since: 2025-13-01\n",
        ":5:10: '2025-13-01' is not a real date",
    ),
    "duplicate rule id": (
        "prohibitions:\n"
        '  - {id: no-cv, guidance: ["¶17"], why: x, when: {categories_any: [nino]}}\n'
        "exemptions:\n"
        '  - {id: no-cv, guidance: ["¶19"], why: y, when: {categories_any: [nino]}}\n' + FALLBACK,
        ":4:10: rule id 'no-cv' is used twice, here and at ",
    ),
    "domain with a space": (
        FALLBACK + "recipients:\n  internal:\n    domains: [pennine skills.example]\n",
        ":4:14: recipients.internal.domains: 'pennine skills.example' is not a domain: "
        "it has a space in it",
    ),
}


@pytest.fixture(params=sorted(BROKEN))
def broken(request, tmp_path) -> tuple[Path, str]:
    text, expected = BROKEN[request.param]
    path = tmp_path / "site.yaml"
    path.write_text(text, encoding="utf-8")
    return path, f"{path}{expected}"


def test_loader_gives_one_located_problem(broken):
    path, expected = broken
    with pytest.raises(PolicyError) as info:
        load(path)
    [problem] = info.value.problems
    assert problem.startswith(expected), problem


def test_duplicate_id_names_both_lines(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text(BROKEN["duplicate rule id"][0], encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load(path)
    [problem] = info.value.problems
    assert f"{path}:4:10:" in problem and f"here and at {path}:2:10:" in problem


@pytest.mark.parametrize("command", ["lint", "check"])
def test_cli_reports_it_cleanly(broken, command, capsys):
    path, expected = broken
    if command == "lint":
        code = main(["policy", "lint", str(path)])
    else:
        eml = sorted(EXAMPLES.glob("*.eml"))[0]
        code = main(["check", str(eml), "--policy", str(path)])
    err = capsys.readouterr().err
    assert code != 0
    assert expected in err
    assert "Traceback" not in err


def test_bad_entry_in_a_list_file_is_located(tmp_path):
    (tmp_path / "internal.txt").write_text("# ours\nprovider.example\nbad domain.example\n")
    path = tmp_path / "site.yaml"
    path.write_text(FALLBACK + "recipients:\n  internal:\n    domains_file: internal.txt\n")
    with pytest.raises(PolicyError) as info:
        load(path)
    assert info.value.problems == [
        f"{tmp_path / 'internal.txt'}:3:1: 'bad domain.example' is not a domain: "
        "it has a space in it"
    ]


@pytest.mark.parametrize(
    ("entry", "ok"),
    [
        ("dwp.gov.uk", True),
        ("Partner-1.Example.CO.UK", True),
        ("pennine skills.example", False),
        ("someone@partner.example", False),
        ("-bad.example", False),
        ("nodot", False),
    ],
)
def test_domains_are_validated(tmp_path, entry, ok):
    path = tmp_path / "site.yaml"
    path.write_text(FALLBACK + f"recipients:\n  internal:\n    domains: ['{entry}']\n")
    if ok:
        assert load(path).recipients.internal.domains == [entry.lower()]
    else:
        with pytest.raises(PolicyError, match="is not a domain"):
            load(path)


@pytest.mark.parametrize(
    ("entry", "ok"),
    [("team@dwp.gov.uk", True), ("no-at-sign.example", False), ("a b@x.example", False)],
)
def test_addresses_are_validated(tmp_path, entry, ok):
    path = tmp_path / "site.yaml"
    path.write_text(FALLBACK + f"recipients:\n  dwp:\n    addresses: ['{entry}']\n")
    if ok:
        assert entry in load(path).recipients.dwp.addresses
    else:
        with pytest.raises(PolicyError, match="is not a mail address"):
            load(path)


def test_config_typo_in_check_is_located_with_a_suggestion(tmp_path, capsys):
    cfg = tmp_path / "gw.yaml"
    cfg.write_text("hostname: gw.test\nupstrem: {host: relay.test}\n")
    eml = sorted(EXAMPLES.glob("*.eml"))[0]
    code = main(["check", str(eml), "--config", str(cfg)])
    err = capsys.readouterr().err
    assert code != 0
    assert f"{cfg}:2:1: upstrem: unknown key 'upstrem': did you mean 'upstream'?" in err
    assert "Traceback" not in err
