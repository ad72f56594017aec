"""Write a gateway config for the labelled corpora's world, for `mailgate check --config`.

    python -m bench.world.make_config CORPUS_DIR OUT_DIR

The world (see ../shared/corpus/README.md): internal domain provider.example.org.uk,
DWP's four domains, two supply-chain partners with no process restrictions, claimants at
four personal-mail domains, a designated DWP inbox pair, an encryption route, and the
consent register in CORPUS_DIR/consent.txt. The policy is the shipped default with those
lists filled in; the consent register is a SQLite file made with `mailgate consent add`'s
own code.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import yaml

from policies.registers import Registers

WORLD = {
    "internal": ["provider.example.org.uk"],
    "supply_chain": ["northstar-training.co.uk", "bridgeway-support.org.uk"],
    "claimant_domains": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"],
    "dwp_inbox": "whp.provider-inbox@dwp.gov.uk",
    "provider_inbox": "whp.dataexchange@provider.example.org.uk",
}
C15_PROCESSES = [
    "exit_report", "compliance_doubt", "change_of_circumstances",
    "whp_employment_business_customer_form", "esf_14_20_form", "whps01",
]  # fmt: skip


def policy_for_world() -> dict:
    base = Path(__file__).resolve().parents[2] / "policies" / "dwp-provider.yaml"
    pol = yaml.safe_load(base.read_text())
    rec = pol["recipients"]
    rec["dwp"]["domains_file"] = str(base.parent / rec["dwp"]["domains_file"])
    rec["internal"]["domains"] = WORLD["internal"]
    # "No process restrictions": each partner is approved for every C15 ¶46 process.
    every = [
        {"process": kind, "since": "2020-01-01"} for kind in [*C15_PROCESSES, "good_news_story"]
    ]
    rec["supply_chain"] = [
        {"name": d.split(".")[0], "domains": [d], "processes": every} for d in WORLD["supply_chain"]
    ]
    rec["claimant"] = {"domains": WORLD["claimant_domains"]}
    pol["encryption"]["route"] = True
    # C15 ¶46 processes go from and to the designated inboxes; in this world a process
    # record sent anywhere else is encrypted, not refused, so the restriction is off.
    pol["processes"] = {
        kind: {"inboxes": [WORLD["dwp_inbox"]], "senders": [WORLD["provider_inbox"]]}
        for kind in C15_PROCESSES
    }
    pol["restrictions"] = [
        r for r in pol["restrictions"] if r["id"] != "process-recipient-not-designated"
    ]
    return pol


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, out = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    policy = out / "policy.yaml"
    policy.write_text(yaml.safe_dump(policy_for_world(), sort_keys=False))
    db = out / "registers.db"
    db.unlink(missing_ok=True)
    regs = Registers(db)
    consent = corpus / "consent.txt"
    for line in consent.read_text().splitlines() if consent.exists() else []:
        if line.strip() and not line.startswith("#"):
            regs.add_consent(line.strip(), given_on=date(2026, 1, 5), evidence="corpus register")
    regs.close()
    cfg = {
        "policy": {"path": str(policy)},
        "database": {"path": str(db)},
        "encryption": {"default": "route", "route": {"host": "127.0.0.1", "port": 10025}},
        "audit": {"url": f"sqlite:{out / 'audit.db'}"},
    }
    (out / "mailgate.yaml").write_text(yaml.safe_dump(cfg, sort_keys=False))
    print(out / "mailgate.yaml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
