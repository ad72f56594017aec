"""Layered policy files (issue 13): `extends:` a shipped policy by name or a file by path,
merged key by key, rules by id; errors located in the layer that has the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from policies.loader import DEFAULT_POLICY, PolicyError, load


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ids(rules) -> list[str]:
    return [rule.id for rule in rules]


def test_a_layer_changes_only_what_it_names(tmp_path):
    default = load()
    site = load(write(tmp_path / "site.yaml", "extends: dwp-provider\nlimits: {cvs: 4}\n"))
    assert site.limits.cvs == 4
    assert site.limits.list_names == default.limits.list_names
    assert site.model_copy(update={"limits": default.limits}) == default


def test_rules_replaced_in_place_removed_and_added_where_placed(tmp_path):
    default = load()
    site = load(
        write(
            tmp_path / "site.yaml",
            "extends: dwp-provider\n"
            "remove: [one-name, ethnicity-prohibited]\n"
            "exemptions:\n"
            "  - id: up-to-10-cvs\n"
            '    guidance: ["¶19"]\n'
            "    why: Up to three CVs here.\n"
            "    when: {documents_only: [cv], max_documents: 3}\n"
            "  - id: site-first\n"
            "    before: cv-to-claimant\n"
            '    guidance: ["¶19"]\n'
            "    why: first\n"
            "  - id: site-last\n"
            '    guidance: ["¶19"]\n'
            "    why: last\n",
        )
    )
    want = [i for i in ids(default.exemptions) if i != "one-name"]
    assert ids(site.exemptions) == ["site-first", *want, "site-last"]
    replaced = next(r for r in site.exemptions if r.id == "up-to-10-cvs")
    assert replaced.when.max_documents == 3 and replaced.why == "Up to three CVs here."
    assert replaced.when.max_people is None  # replaced whole, not merged
    assert "ethnicity-prohibited" not in ids(site.prohibitions)
    assert site.fallback == default.fallback


def test_chain_by_path_and_list_files_relative_to_their_layer(tmp_path):
    write(tmp_path / "region" / "lists" / "ours.txt", "north.example\n# a comment\n")
    write(
        tmp_path / "region" / "region.yaml",
        "extends: dwp-provider\nrecipients:\n  internal: {domains_file: lists/ours.txt}\n",
    )
    write(tmp_path / "site" / "lists" / "claimants.txt", "pat@mail.example\n")
    site = load(
        write(
            tmp_path / "site" / "site.yaml",
            "extends: ../region/region.yaml\n"
            "recipients:\n  claimant: {addresses_file: lists/claimants.txt}\n",
        )
    )
    assert site.recipients.internal.domains == ["north.example"]
    assert site.recipients.claimant.addresses == ["pat@mail.example"]
    # The shipped lists/ stay with the shipped file: DWP's domains still load.
    assert site.recipients.dwp.domains == load().recipients.dwp.domains != []


def _problem(path: Path) -> str:
    with pytest.raises(PolicyError) as caught:
        load(path)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


def test_a_cycle_is_an_error_at_the_extends_line(tmp_path):
    write(tmp_path / "a.yaml", "name: a\nextends: b.yaml\n")
    write(tmp_path / "b.yaml", "extends: a.yaml\n")
    assert _problem(tmp_path / "a.yaml").startswith(f"{tmp_path / 'b.yaml'}:1:10: ")
    assert "cycle" in _problem(tmp_path / "a.yaml")


@pytest.mark.parametrize(
    ("layers", "where", "says"),
    [
        ({"site.yaml": "extends: nothing-like-it\n"}, "site.yaml:1:10", "no shipped policy"),
        ({"site.yaml": "extends: ./gone.yaml\n"}, "site.yaml:1:10", "cannot read"),
        (
            {"site.yaml": "extends: dwp-provider\nremove: [one-nam]\n"},
            "site.yaml:2:10",
            "did you mean 'one-name'",
        ),
        (
            {
                "site.yaml": "extends: dwp-provider\nexemptions:\n"
                '  - {id: x, after: nope, guidance: ["¶19"], why: y}\n'
            },
            "site.yaml:3:20",
            "no rule 'nope'",
        ),
        (
            {
                "site.yaml": "extends: dwp-provider\nexemptions:\n"
                '  - {id: nino-prohibited, guidance: ["¶19"], why: y}\n'
            },
            "site.yaml:3:10",
            "one of the prohibitions",
        ),
        (
            {
                "base.yaml": "extends: dwp-provider\nlimits:\n  letters: -1\n",
                "site.yaml": "extends: base.yaml\nlimits: {cvs: 3}\n",
            },
            "base.yaml:3:12",
            "limits.letters",
        ),
        (
            {
                "site.yaml": "extends: dwp-provider\nrecipients:\n"
                "  internal: {domains_file: ours.txt}\n",
                "ours.txt": "fine.example\nnot a domain\n",
            },
            "ours.txt:2:1",
            "has a space",
        ),
        ({"site.yaml": "remove: [one-name]\n"}, "site.yaml:1:1", "only a file that extends"),
    ],
)
def test_errors_name_the_layer_and_line_that_has_them(tmp_path, layers, where, says):
    for name, text in layers.items():
        write(tmp_path / name, text)
    problem = _problem(tmp_path / "site.yaml")
    assert problem.startswith(f"{tmp_path}/{where}: "), problem
    assert says in problem


def test_the_shipped_default_extends_nothing():
    from policies.loader import parse_layer

    layer = parse_layer(DEFAULT_POLICY.read_text(encoding="utf-8"), str(DEFAULT_POLICY))
    assert "extends" not in layer and "remove" not in layer


# ---- mailgate policy show ------------------------------------------------------------


def _show(capsys, *args: str) -> tuple[int, str, str]:
    from gateway.cli import main

    code = main(["policy", "show", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_show_effective_names_the_file_and_line_of_every_value(capsys, tmp_path):
    write(tmp_path / "lists" / "ours.txt", "# our sites\nnorth.example\nsouth.example\n")
    site = write(
        tmp_path / "site.yaml",
        "extends: dwp-provider\n"
        "limits:\n"
        "  cvs: 4\n"
        "recipients:\n"
        "  internal: {domains: [hq.example], domains_file: lists/ours.txt}\n",
    )
    code, out, err = _show(capsys, "--effective", str(site))
    assert code == 0, err
    body = [line for line in out.splitlines() if not line.startswith("#")]
    leaves = [line for line in body if not line.rstrip().endswith(":")]
    assert leaves and all("  # " in line for line in leaves)
    assert f"  cvs: 4  # {site}:3" in body
    assert f"  letters: 10  # {DEFAULT_POLICY}:" in out
    assert f'      - "hq.example"  # {site}:5' in body
    assert f'      - "north.example"  # {tmp_path}/lists/ours.txt:2' in body
    assert f'      - "south.example"  # {tmp_path}/lists/ours.txt:3' in body
    assert "extends" not in "\n".join(body) and "domains_file" not in out
    # The output is a whole policy: kept before an upgrade, it loads anywhere as it is.
    kept = write(tmp_path / "elsewhere" / "kept.yaml", out)
    from policies.effective import dumped

    assert dumped(load(kept)) == dumped(load(site))


def test_show_without_effective_lists_the_chain(capsys, tmp_path):
    write(tmp_path / "region.yaml", "extends: dwp-provider\n")
    site = write(tmp_path / "site.yaml", "extends: region.yaml\n")
    code, out, _err = _show(capsys, str(site))
    assert code == 0
    assert out.splitlines() == [
        f"{site}  extends: region.yaml",
        f"{tmp_path}/region.yaml  extends: dwp-provider",
        str(DEFAULT_POLICY),
    ]


def test_show_of_a_broken_layer_is_its_located_error(capsys, tmp_path):
    site = write(tmp_path / "site.yaml", "extends: dwp-provider\nlimits: {cvs: many}\n")
    for args in (["--effective", str(site)], [str(site)]):
        code, out, err = _show(capsys, *args)
        assert code == 1 and out == ""
        assert err.startswith(f"{site}:2:15: limits.cvs")


# ---- mailgate policy diff: the upgrade path --------------------------------------------


def _diff(capsys, old: Path, new: Path) -> tuple[int, list[str]]:
    from gateway.cli import main

    code = main(["policy", "diff", str(old), str(new)])
    return code, capsys.readouterr().out.splitlines()


def test_diff_shows_what_a_new_shipped_default_changes_for_this_site(capsys, tmp_path):
    """The upgrade path of policies/README.md, with a stand-in for the shipped directory."""
    import shutil

    shipped = tmp_path / "shipped"
    shutil.copytree(DEFAULT_POLICY.parent / "lists", shipped / "lists")
    default_text = DEFAULT_POLICY.read_text(encoding="utf-8")
    write(shipped / "dwp-provider.yaml", default_text)
    site = write(
        tmp_path / "site" / "site.yaml",
        "extends: ../shipped/dwp-provider.yaml\nlimits: {cvs: 4}\nremove: [one-name]\n",
    )
    # 1. before upgrading, keep the effective policy
    from gateway.cli import main

    assert main(["policy", "show", "--effective", str(site)]) == 0
    before = write(tmp_path / "before.yaml", capsys.readouterr().out)
    assert _diff(capsys, before, site) == (
        0,
        [f"{before} and {site}: the effective policies are the same"],
    )
    # 2. the new release changes the shipped default
    new_text = (
        default_text.replace("  cvs: 10\n", "  cvs: 8\n")  # the site sets its own: no change
        .replace("  letters: 10\n", "  letters: 12\n")
        .replace("  - id: nino-only-list\n", "  - id: nino-only-list-v2\n")
        .replace('    why: National Insurance numbers must not be sent by unencrypted email.\n',
                 '    why: NINOs must not be sent by unencrypted email.\n')
        .replace("    advice: Keep to one claimant name per email", "    advice: One name")
    )  # fmt: skip
    assert new_text.count("cvs: 8") == new_text.count("letters: 12") == 1
    assert "advice: One name" in new_text  # a rule the site removed: no change for it
    write(shipped / "dwp-provider.yaml", new_text)
    # 3. what it changes for this site
    code, out = _diff(capsys, before, site)
    assert code == 1
    assert out[2:] == [
        "limits.letters: 10 -> 12",
        "rule removed: nino-only-list (exemptions)",
        "rule added: nino-only-list-v2 (exemptions, after list-up-to-500-names)",
        "rule changed: nino-prohibited (prohibitions)",
        '  why: "National Insurance numbers must not be sent by unencrypted email." -> '
        '"NINOs must not be sent by unencrypted email."',
    ]


def test_diff_of_an_unusable_file_is_a_usage_error(capsys, tmp_path):
    from gateway.cli import main

    bad = write(tmp_path / "bad.yaml", "extends: dwp-provider\nremove: [nope]\n")
    assert main(["policy", "diff", str(DEFAULT_POLICY), str(bad)]) == 2
    assert f"{bad}:2:10: remove: no rule 'nope'" in capsys.readouterr().err


def test_diff_new_defaults_to_the_policy_the_config_names(capsys, tmp_path):
    from gateway.cli import main

    site = write(tmp_path / "site.yaml", "extends: dwp-provider\nlimits: {letters: 3}\n")
    cfg = write(tmp_path / "mailgate.yaml", f"policy:\n  path: {site}\n")
    assert main(["policy", "diff", str(DEFAULT_POLICY), "--config", str(cfg)]) == 1
    assert capsys.readouterr().out.splitlines()[2:] == ["limits.letters: 10 -> 3"]
    assert main(["policy", "diff", str(DEFAULT_POLICY)]) == 0  # no config: the default
