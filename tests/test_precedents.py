"""Learning from the publisher's decisions: four contracts made from one template.

The officers decide the first three: each text the template carries in every copy (its service
credits and the hours of its staffing table, set by the authority's own terms) is released, each
value of the contract's own (its prices, its supervisor) is redacted. The fourth contract, scanned
after them, must be proposed at least 30% fewer false flags, and every value of its own still.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import yaml
from conftest import CONTRACT_YAML, invoke

IDS = ["cleaning-north", "cleaning-south", "cleaning-east", "cleaning-west"]
#: Each contract's own values: (hourly rate, monthly charge, supervisor, mobile).
OWN = [
    ("£14.85", "£23,400", "Ms Harriet Oyelowo", "07700 900311"),
    ("£15.20", "£19,850", "Mr Tobias Kennerley", "07700 900482"),
    ("£14.40", "£27,120", "Ms Ingrid Salcombe", "07700 900517"),
    ("£15.65", "£21,990", "Mr Callum Ashbury", "07700 900643"),
]


def _write(path: Path, rate: str, monthly: str, supervisor: str, mobile: str) -> None:
    """One copy of the template: its own values in clauses 5 and 7, the rest the same."""
    document = docx.Document()
    document.add_paragraph("Office cleaning services contract", style="Heading 1")
    document.add_paragraph(
        "This contract is made between Anyshire County Council and Brightpath Care Ltd."
    )
    document.add_paragraph("4. Service levels and service credits", style="Heading 2")
    _table(document, [
        ("Measure", "Target", "Service credit"),
        ("Routine cleans completed on schedule", "98%", "2% of the monthly charge"),
        ("Urgent spills attended within two hours", "95%", "1% of the monthly charge"),
        ("Customer satisfaction survey", "85%", "0.5% of the monthly charge"),
    ])  # fmt: skip
    document.add_paragraph("5. Contacts", style="Heading 2")
    document.add_paragraph(
        "Faults are reported to the Council switchboard on 0113 496 0000 or to"
        f" facilities@anyshire.gov.uk. The Contractor's site supervisor is {supervisor},"
        f" mobile {mobile}."
    )
    document.add_paragraph("6. Staffing", style="Heading 2")
    _table(document, [("Role", "Grade", "Weekly hours"), ("Cleaner", "Grade 2", "20"),
                      ("Supervisor", "Grade 4", "37.5")])  # fmt: skip
    document.add_paragraph("7. Charges", style="Heading 2")
    document.add_paragraph(
        f"Cleaning is charged at {rate} per hour, and the monthly charge is {monthly}."
    )
    document.save(path)


def _table(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def _workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    for contract_id, own in zip(IDS, OWN, strict=True):
        folder = root / "contracts" / contract_id
        folder.mkdir(parents=True)
        _write(folder / "contract.docx", *own)
        meta = {**CONTRACT_YAML, "id": contract_id, "reference": f"ACC-{contract_id.upper()}"}
        (folder / "contract.yaml").write_text(yaml.safe_dump(meta))
    return root


def _candidates(root: Path, contract_id: str) -> list[dict]:
    return yaml.safe_load((root / "redaction" / f"{contract_id}.yaml").read_text())["candidates"]


def _own(candidate: dict, index: int) -> bool:
    return any(value in candidate["text"] or candidate["text"] in value for value in OWN[index])


def _decide(root: Path, contract_id: str, index: int) -> None:
    records = []
    for candidate in _candidates(root, contract_id):
        record = {
            "candidate": candidate["id"],
            "decided_by": "A. Officer",
            "decided_on": dt.date.today().isoformat(),
        }
        if _own(candidate, index):
            record |= {
                "action": "redact",
                "exemption": candidate["exemption"],
                "public_reason": "The contract's own price or a member of its staff.",
                "review_by": "2099-03-10",
            }
            if candidate["exemption"] == "FOIA s.43(2)":
                record |= {
                    "harm": {"description": "Competitors would learn the price."},
                    "public_interest": {
                        "for_disclosure": ["Accountability for public money"],
                        "for_withholding": ["Fair competition at the next tender"],
                        "conclusion": "Withholding outweighs disclosure.",
                    },
                }
        else:
            record |= {"action": "release", "public_reason": "Public in every copy."}
        records.append(record)
    path = root / "decisions" / f"{contract_id}.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump({"contract": contract_id, "records": records}))


def test_the_fourth_contract_of_a_template_gets_fewer_false_flags(runner, tmp_path):
    root = _workspace(tmp_path)
    assert invoke(runner, root, "scan").exit_code == 0
    before = _candidates(root, IDS[3])
    false_before = [c for c in before if not _own(c, 3)]
    found_before = {c["text"] for c in before if _own(c, 3)}
    assert len(false_before) >= 3, before  # the template's public texts are flagged at first
    for index, contract_id in enumerate(IDS[:3]):
        _decide(root, contract_id, index)
    assert invoke(runner, root, "scan").exit_code == 0
    after = _candidates(root, IDS[3])
    false_after = [c for c in after if not _own(c, 3)]
    assert len(false_after) <= 0.7 * len(false_before), (false_before, false_after)
    assert {c["text"] for c in after if _own(c, 3)} == found_before  # equal recall
    lowered = [c for c in after if "Released in contracts" in c["explanation"]]
    for candidate in lowered:
        assert "cleaning-east, cleaning-north and cleaning-south" in candidate["explanation"]


def test_a_decided_candidate_keeps_its_place_whatever_the_others_decided(runner, tmp_path):
    root = _workspace(tmp_path)
    assert invoke(runner, root, "scan").exit_code == 0
    for index, contract_id in enumerate(IDS):
        _decide(root, contract_id, index)
    assert invoke(runner, root, "scan").exit_code == 0
    decided = yaml.safe_load((root / "decisions" / f"{IDS[3]}.yaml").read_text())["records"]
    ids = {c["id"] for c in _candidates(root, IDS[3])}
    assert {r["candidate"] for r in decided} <= ids  # no decision loses its candidate


def test_a_decided_candidate_the_scan_no_longer_proposes_stays(runner, tmp_path):
    """A rescan that no longer proposes a decided passage (here: its recognizer is switched
    off; a refitted model weighing it lower does the same) keeps its candidate, so that the
    officer's decision is not orphaned."""
    root = _workspace(tmp_path)
    assert invoke(runner, root, "scan").exit_code == 0
    for index, contract_id in enumerate(IDS):
        _decide(root, contract_id, index)
    decided = {c["id"] for c in _candidates(root, IDS[0])}
    (root / "recognizers.yaml").write_text("disabled: [money_price]\n", encoding="utf-8")
    assert invoke(runner, root, "scan").exit_code == 0
    again = {c["id"]: c for c in _candidates(root, IDS[0])}
    assert decided <= set(again)
    kept = [c for c in again.values() if c["explanation"].endswith("a decision names it.")]
    assert {c["text"] for c in kept} >= {"£14.85", "£23,400"}
