"""Keep the sample workspace's decisions complete after its contracts are re-scanned.

The sample workspace stands in for a council's repository, so its decisions play the part of
the officers' records. This script only *adds* records for candidates that have none: it never
changes an existing record. Each new record follows the sample council's written policy below
(the same text is always decided the same way within a contract, so a name is never redacted in
one place and released in another).

    python tools/sample_decisions.py            # all contracts in ./contracts
    python tools/sample_decisions.py --check    # exit 1 if any candidate is undecided
    python tools/sample_decisions.py --rerecord # record every decision's history afresh

Every record goes through the decision store as the officers' commands write it: the decision
under its decider's name, then, for a redaction, its approval under the approver's name (an
``approve`` entry, the only kind of entry an approval counts from).

For a real workspace, officers decide with the CLI or by editing decisions/<id>.yaml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

from transparency.decisions import load_catalogue
from transparency.decisions.approvals import without_approval
from transparency.decisions.dates import add_months
from transparency.decisions.history import history_path
from transparency.decisions.model import Decision
from transparency.decisions.store import DecisionStore

CATALOGUE = load_catalogue()

DECIDED_BY = "Fiona Hale, Information Governance Officer"
APPROVED_BY = "Marcus Webb, Head of Legal Services"
#: Days after the award that the sample council decided and approved its redactions.
DECIDED_AFTER, APPROVED_AFTER = 21, 24

# Text the sample council publishes on purpose: role mailboxes and switchboards, published
# thresholds (insurance minimums, liability caps) and figures derivable from the published total.
RELEASE = {
    "adultsocialcare.invoices@anyshire.gov.uk": "A team mailbox, not a person's address.",
    "legal.notices@anyshire.gov.uk": "A team mailbox, not a person's address.",
    "accounts.payable@anyshire.gov.uk": "A team mailbox, not a person's address.",
    "dpo@anyshire.gov.uk": "The Data Protection Officer's role mailbox, published by law.",
    "01632 960000": "The safeguarding hub's public number.",
    "01632 960100": "The highways customer line, published on the Council's website.",
    "020 7946 0999": "The supplier's security operations centre switchboard, not a person's line.",
    "Alison Tranter": "The Council's Data Protection Officer, whose name is published.",
    "01632 960150": "The Data Protection Officer's published number.",
    "14001": "The number of the ISO standard for environmental management, not a code.",
    "unsubscribe_link": "A placeholder in the supplier's email template, not an account name.",
    "12 High Street, Anyford, AY1 3BB": "The bank branch's address, not a person's.",
}
RELEASE_AMOUNTS = {
    "£10,000,000": "A minimum level of insurance cover or a liability cap, not a price.",
    "£5,000,000": "A minimum level of insurance cover or a liability cap, not a price.",
    "£2,000,000": "A minimum level of insurance cover or a liability cap, not a price.",
    "£3,100,000": "The annual value, which follows from the published total.",
    "£6,075,000": "The core service charge over the term, published with the total value.",
    "£775,000": "The optional extension value, published with the total value.",
}

PRICING = {
    "public_reason": (
        "These are the supplier's unit prices. Publishing them would let competitors price just"
        " below them when the service is next tendered, and would weaken the Council's"
        " negotiating position."
    ),
    "harm": {
        "description": (
            "Competitors would learn the supplier's pricing structure and could undercut it at"
            " re-tender; the Council would lose leverage in negotiating variations."
        ),
        "likelihood": "would be likely to",
    },
    "public_interest": {
        "for_disclosure": [
            "Accountability for spending public money",
            "Scrutiny of value for money",
            "The total value of the contract is published, so the overall cost is known",
        ],
        "for_withholding": [
            "Harm to the supplier's competitive position",
            "Harm to the Council's negotiating position in future procurements",
            "The rates remain current for the life of the contract",
        ],
        "conclusion": (
            "The total value already allows scrutiny of the overall cost; the public interest in"
            " also publishing unit rates does not outweigh the likely harm while they are current."
        ),
    },
}
BANK = {
    "public_reason": (
        "Bank details are withheld because publishing them would make payment-diversion fraud"
        " against the supplier and the Council easier."
    ),
    "harm": {
        "description": "Fraudsters use published bank details to impersonate suppliers.",
        "likelihood": "would be likely to",
    },
    "public_interest": {
        "for_disclosure": ["Transparency about how payments are made"],
        "for_withholding": ["Prevention of fraud against public money"],
        "conclusion": (
            "Bank details add nothing to public understanding of the contract; the risk of"
            " fraud means the public interest favours withholding them."
        ),
    },
}
SECURITY = {
    "public_reason": (
        "Names of servers, administrator accounts and network addresses are withheld because"
        " they would help an attacker plan an intrusion into the Council's systems."
    ),
    "harm": {
        "description": (
            "Publishing internal host names, account names and address ranges would give an"
            " attacker a map of the Council's network, making unauthorised access more likely."
        ),
        "likelihood": "would be likely to",
    },
    "public_interest": {
        "for_disclosure": ["Public understanding of services delivered"],
        "for_withholding": ["Security of people, premises or systems"],
        "conclusion": (
            "The technical identifiers tell the public nothing about the service or its cost;"
            " the risk to the Council's systems means the public interest favours withholding."
        ),
    },
}
INSURANCE = {
    "public_reason": (
        "The supplier's insurance policy numbers and cover arrangements are withheld: they are"
        " the supplier's commercial information and would help fraudulent claims or approaches"
        " to its insurers."
    ),
    "harm": {
        "description": "Policy details could be misused to impersonate the supplier.",
        "likelihood": "would be likely to",
    },
    "public_interest": {
        "for_disclosure": ["The minimum cover the contract requires is published"],
        "for_withholding": ["Harm to the supplier's competitive position"],
        "conclusion": (
            "The required levels of cover are published; the policy details add little and"
            " carry a risk of misuse, so withholding them is in the public interest."
        ),
    },
}
FINANCIAL = {
    "public_reason": (
        "The supplier's own financial figures (its costs, margins and guarantees) are withheld:"
        " they would show competitors how it prices its work."
    ),
    "harm": {
        "description": "Competitors would learn the supplier's cost base and margin.",
        "likelihood": "would be likely to",
    },
    "public_interest": {
        "for_disclosure": ["Scrutiny of value for money"],
        "for_withholding": ["The supplier's trade secrets or know-how"],
        "conclusion": (
            "The price the Council pays is published; the supplier's internal figures would"
            " harm its competitive position for little public benefit."
        ),
    },
}
CONFIDENTIAL_RELEASE = (
    "The passage is labelled commercial in confidence, but the label alone does not make it"
    " confidential: it describes how the service is delivered, which the public may know."
    " Any prices within it are withheld separately."
)

PERSONAL = {
    "public_reason": (
        "The name or direct contact details of a member of staff who is not a senior official."
        " They would not expect them to be published, and the contract's role-based contacts"
        " serve the public instead."
    ),
    "justification": (
        "Personal data of staff below senior level; disclosure would be unfair and would break"
        " the first data protection principle, and no legitimate interest requires it."
    ),
}


def _record(candidate: dict, awarded: dt.date) -> dict:
    text, category = str(candidate["text"]), candidate["category"]
    decided_on = awarded + dt.timedelta(days=DECIDED_AFTER)
    approved_on = awarded + dt.timedelta(days=APPROVED_AFTER)
    base = {"candidate": candidate["id"]}
    reason = RELEASE.get(text) or (RELEASE_AMOUNTS.get(text) if category == "PRICING" else None)
    if category == "CONFIDENTIAL":
        reason = CONFIDENTIAL_RELEASE
    if reason is not None:
        return {
            **base,
            "action": "release",
            "public_reason": reason,
            "decided_by": DECIDED_BY,
            "decided_on": decided_on.isoformat(),
        }
    environmental = candidate["exemption"].startswith("EIR")
    if category == "PERSONAL":
        exemption, body = ("EIR reg 13" if environmental else "FOIA s.40(2)"), PERSONAL
    else:
        bodies = {
            "BANK": BANK,
            "SECURITY": SECURITY,
            "INSURANCE": INSURANCE,
            "FINANCIAL": FINANCIAL,
        }
        exemption, body = candidate["exemption"], bodies.get(category, PRICING)
        if category == "SECURITY" and not environmental:
            exemption = "FOIA s.31"
    return {
        **base,
        "action": "redact",
        "exemption": exemption,
        **body,
        "decided_by": DECIDED_BY,
        "decided_on": decided_on.isoformat(),
        "approved_by": APPROVED_BY,
        "approved_on": approved_on.isoformat(),
        # The catalogue's default review period for the exemption.
        "review_by": add_months(decided_on, CATALOGUE.get(exemption).review_months).isoformat(),
    }


def complete(root: Path, contract: str, *, check: bool) -> int:
    scan = yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())
    meta = yaml.safe_load((root / "contracts" / contract / "contract.yaml").read_text())
    path = root / "decisions" / f"{contract}.yaml"
    data = (
        yaml.safe_load(path.read_text()) if path.exists() else {"contract": contract, "records": []}
    )
    decided = {r.get("candidate") for r in data["records"]}
    # A change's document is decided after the change, as the original was after the award.
    since = {c["document"]: c["date"] for c in meta.get("changes", [])}
    new = [
        _record(c, since.get(c["document"], meta["awarded"]))
        for c in scan["candidates"]
        if c["id"] not in decided
    ]
    if new and not check:
        store = DecisionStore(path, contract)
        for record in new:
            _store(store, Decision.model_validate(record))
    return len(new)


def _store(store: DecisionStore, decision: Decision) -> None:
    """Record ``decision`` as its decider, then its approval as its approver."""
    store.add(without_approval(decision), by=decision.decided_by, action="decide")
    if decision.approved_by:
        store.replace(decision.key, decision, by=decision.approved_by, action="approve")


def rerecord(root: Path, contract: str) -> int:
    """Record the contract's decisions afresh: a new history, each record decided, then
    approved, by the people it names."""
    path = root / "decisions" / f"{contract}.yaml"
    data = yaml.safe_load(path.read_text())
    decisions = [Decision.model_validate(r) for r in data["records"]]
    history_path(path).unlink(missing_ok=True)
    path.unlink()
    store = DecisionStore(path, contract)
    for decision in decisions:
        _store(store, decision)
    return len(decisions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(), help="the workspace root")
    parser.add_argument("--check", action="store_true", help="only report undecided candidates")
    parser.add_argument(
        "--rerecord", action="store_true", help="record every decision's history afresh"
    )
    args = parser.parse_args()
    if args.rerecord:
        for path in sorted((args.root / "decisions").glob("*.yaml")):
            print(f"{path.stem}: {rerecord(args.root, path.stem)} records recorded")
        return 0
    missing = 0
    for scan in sorted((args.root / "redaction").glob("*.yaml")):
        count = complete(args.root, scan.stem, check=args.check)
        missing += count
        print(f"{scan.stem}: {count} {'undecided' if args.check else 'records added'}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
