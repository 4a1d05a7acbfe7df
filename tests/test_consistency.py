"""Consistency as a check: a distinctive text redacted in one place needs a decision wherever else
it is, in the same contract or another; short common texts are decided place by place."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
import yaml
from conftest import CONTRACT_YAML, decide_all, invoke, write_docx

from transparency.cli import cli

NAME = "Priya Sandhu"
PARAGRAPHS = [
    ("Heading 1", "Home care services contract"),
    (None, "This contract is made between Anyshire County Council and Brightpath Care Ltd."),
    ("Heading 2", "3. Contacts"),
    (None, "Contract Manager: Ms Priya Sandhu, priya.sandhu@brightpathcare.co.uk, 07700 900123."),
    ("Heading 2", "9. Meetings"),
    (None, "The quarterly review is chaired by PRIYA SANDHU and the Council's commissioner."),
    ("Heading 2", "12. Charges"),
    (None, "Charges rise by 10% each April, and a visit costs £150."),
    (None, "Overtime is paid at 10% above the base rate."),
]
#: A second contract that names the same person, in capitals the scan does not flag.
OTHER_PARAGRAPHS = [
    ("Heading 1", "Day care services contract"),
    (None, "This contract is made between Anyshire County Council and Brightpath Care Ltd."),
    ("Heading 2", "5. Governance"),
    (None, "Monthly meetings are chaired by PRIYA SANDHU for the supplier."),
]
PART = 4  # no run of this many characters of the withheld name may appear in a message


@pytest.fixture
def workspace(make_workspace) -> Path:
    return make_workspace(PARAGRAPHS)


def add_contract(root: Path, contract_id: str, paragraphs) -> None:
    folder = root / "contracts" / contract_id
    folder.mkdir(parents=True)
    write_docx(folder / "contract.docx", paragraphs)
    meta = {**CONTRACT_YAML, "id": contract_id, "reference": f"ACC-{contract_id.upper()}"}
    (folder / "contract.yaml").write_text(yaml.safe_dump(meta))


def candidates(root: Path, contract: str = "home-care") -> list[dict]:
    return yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())["candidates"]


def scan(runner, root: Path) -> None:
    result = invoke(runner, root, "scan")
    assert result.exit_code == 0, result.output


def gate(runner, root: Path, command: str = "check", *extra: str):
    return runner.invoke(cli, [command, *extra, "--workspace", str(root)])


def add_record(root: Path, record: dict, contract: str = "home-care") -> None:
    path = root / "decisions" / f"{contract}.yaml"
    data = (
        yaml.safe_load(path.read_text()) if path.exists() else {"contract": contract, "records": []}
    )
    data["records"].append(record)
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def release(candidate: dict) -> dict:
    return {
        "candidate": candidate["id"],
        "text": candidate["text"],
        "action": "release",
        "public_reason": "The chair of the review meetings is named in the published minutes.",
        "decided_by": "A. Officer",
        "decided_on": dt.date.today().isoformat(),
    }


def same_text_as_the_name(root: Path, contract: str = "home-care") -> list[dict]:
    return [c for c in candidates(root, contract) if c["text"].casefold() == NAME.casefold()]


def assert_no_part(output: str, root: Path, text: str = NAME) -> None:
    output = output.replace(str(root.resolve()), "ROOT").replace(str(root), "ROOT")
    parts = {text[i : i + PART].casefold() for i in range(len(text) - PART + 1)}
    found = sorted(part for part in parts if part in output.casefold())
    assert not found, f"{found} in\n{output}"


def test_a_name_redacted_in_one_clause_is_proposed_where_it_appears_again(runner, workspace):
    scan(runner, workspace)
    flagged = same_text_as_the_name(workspace)
    assert [c["text"] for c in flagged] == [NAME]  # the scan alone misses the capitals
    decide_all(workspace)  # record 1 redacts the name in clause 3
    scan(runner, workspace)
    first, again = same_text_as_the_name(workspace)
    assert first["id"] == flagged[0]["id"]
    assert again["text"] == "PRIYA SANDHU"
    assert again["category"] == "PERSONAL"
    assert again["exemption"] == "FOIA s.40(2)"
    assert again["start"] > first["end"]
    assert again["explanation"].startswith(
        "The same text is redacted at contract.docx, clause 3 (decision 1)."
    )
    assert_no_part(again["explanation"], workspace)


def test_the_gate_refuses_the_other_occurrence_even_before_a_rescan(runner, workspace):
    scan(runner, workspace)
    decide_all(workspace)
    for command, extra in (("check", ("--gate-only",)), ("check", ()), ("build", ())):
        result = gate(runner, workspace, command, *extra)
        assert result.exit_code == 3, result.output
        assert "contract.docx at " in result.stderr
        assert (
            "is redacted at contract.docx, clause 3 (decision 1) but has no decision here"
            in result.stderr
        )
        assert "run `transparency scan home-care`" in result.stderr
        assert "1 problem found" in result.stderr
        assert_no_part(result.output + result.stderr, workspace)


def test_check_refuses_until_the_occurrence_is_decided_and_a_release_satisfies_it(
    runner, workspace
):
    scan(runner, workspace)
    decide_all(workspace)
    scan(runner, workspace)
    _, again = same_text_as_the_name(workspace)
    result = gate(runner, workspace, "check")
    assert result.exit_code == 3, result.output
    assert f"candidate {again['id']}: the text at contract.docx at" in result.stderr
    assert "redact or release it with `transparency review home-care`" in result.stderr
    assert "is undecided" not in result.stderr  # one problem for the place, not two
    assert_no_part(result.output + result.stderr, workspace)
    add_record(workspace, release(again))
    result = gate(runner, workspace, "check", "--gate-only")
    assert result.exit_code == 0, result.output + result.stderr
    assert "All 1 contracts are ready to publish" in result.output


def test_a_short_amount_redacted_once_is_decided_place_by_place(runner, workspace):
    # The rules alone do not propose the uplift, so that the officer redacts it by hand at
    # one of its two places (the scoring model, which does propose it, is not in question).
    (workspace / "recognizers.yaml").write_text("scoring: rules\n", encoding="utf-8")
    scan(runner, workspace)
    decide_all(workspace)
    document = yaml.safe_load((workspace / "redaction" / "home-care.yaml").read_text())
    assert not any(c["text"] == "10%" for c in document["candidates"])
    text = _document_text(workspace)
    start = text.index("10%")
    assert text.count("10%") == 2
    add_record(
        workspace,
        {
            "document": "contract.docx",
            "start": start,
            "end": start + 3,
            "text": "10%",
            "action": "redact",
            "exemption": "FOIA s.43(2)",
            "public_reason": "The uplift is part of the supplier's price.",
            "harm": {"description": "Competitors could undercut the uplift."},
            "public_interest": {
                "for_disclosure": ["Accountability for public money"],
                "for_withholding": ["Harm to the supplier's competitive position"],
                "conclusion": "Withholding outweighs disclosure for the uplift.",
            },
            "decided_by": "A. Officer",
            "decided_on": "2025-03-10",
            "review_by": "2099-03-10",
        },
    )
    # The name's other occurrence is decided, so that only the amount is in question.
    scan(runner, workspace)
    add_record(workspace, release(same_text_as_the_name(workspace)[1]))
    scan(runner, workspace)
    assert not any(c["text"] == "10%" for c in candidates(workspace))
    result = gate(runner, workspace, "check", "--gate-only")
    assert result.exit_code == 0, result.output + result.stderr


def test_a_name_redacted_in_one_contract_is_proposed_in_another(runner, workspace):
    add_contract(workspace, "day-care", OTHER_PARAGRAPHS)
    scan(runner, workspace)
    assert not same_text_as_the_name(workspace, "day-care")
    decide_all(workspace)
    decide_all(workspace, "day-care")
    result = gate(runner, workspace, "check", "--gate-only")
    assert result.exit_code == 3
    assert "is redacted in contract home-care (contract.docx, decision 1)" in (result.stderr)
    scan(runner, workspace)
    (proposed,) = same_text_as_the_name(workspace, "day-care")
    assert proposed["text"] == "PRIYA SANDHU"
    assert proposed["explanation"].startswith(
        "The same text is redacted in contract home-care (contract.docx, decision 1)."
    )
    assert_no_part(proposed["explanation"], workspace)


def test_proposals_keep_their_ids_across_scans_and_stay_once_decided(runner, workspace):
    scan(runner, workspace)
    decide_all(workspace)
    scan(runner, workspace)
    first = (workspace / "redaction" / "home-care.yaml").read_bytes()
    ids = [c["id"] for c in candidates(workspace)]
    assert len(ids) == len(set(ids))
    scan(runner, workspace)
    assert (workspace / "redaction" / "home-care.yaml").read_bytes() == first
    _, again = same_text_as_the_name(workspace)
    add_record(workspace, release(again))
    scan(runner, workspace)
    assert [c["id"] for c in candidates(workspace)] == ids
    assert gate(runner, workspace, "check", "--gate-only").exit_code == 0


def test_scan_and_gate_messages_never_quote_the_withheld_name(runner, workspace, caplog):
    add_contract(workspace, "day-care", OTHER_PARAGRAPHS)
    scan(runner, workspace)
    decide_all(workspace)
    decide_all(workspace, "day-care")
    caplog.set_level(logging.INFO)
    outputs = []
    for args in (["-v", "scan", "--jobs", "1"], ["-v", "check", "--gate-only"], ["status"]):
        result = runner.invoke(cli, [*args, "--workspace", str(workspace)])
        outputs.append(result.output + result.stderr)
    assert "proposed for consistency" in caplog.text
    assert "but has no decision here" in outputs[1]
    for output in [*outputs, caplog.text]:
        assert_no_part(output, workspace)
    for contract in ("home-care", "day-care"):
        for candidate in candidates(workspace, contract):
            if candidate["explanation"].startswith("The same text is redacted"):
                assert_no_part(candidate["explanation"], workspace)


def _document_text(root: Path) -> str:
    from transparency.contracts import read_document

    return read_document(root / "contracts" / "home-care" / "contract.docx").text


def _release_the_name(root: Path) -> None:
    path = root / "decisions" / "home-care.yaml"
    data = yaml.safe_load(path.read_text())
    names = {c["id"]: c for c in same_text_as_the_name(root)}
    data["records"] = [
        release(names[r["candidate"]]) if r.get("candidate") in names else r
        for r in data["records"]
    ]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def test_a_contract_that_passed_is_checked_again_when_another_redacts_its_text(runner, workspace):
    """What the gate keeps of a contract that passed holds only while every text redacted
    elsewhere that its documents hold is the same: one more redaction in another contract
    checks it again, though none of its own files changed."""
    add_contract(workspace, "day-care", OTHER_PARAGRAPHS)
    scan(runner, workspace)
    decide_all(workspace)
    decide_all(workspace, "day-care")
    _release_the_name(workspace)
    assert gate(runner, workspace, "check", "--gate-only").exit_code == 0
    assert gate(runner, workspace, "check", "--gate-only").exit_code == 0  # from what was kept
    assert list((workspace / ".cache" / "gate").iterdir())
    decide_all(workspace)  # the name redacted in home-care again
    result = gate(runner, workspace, "check", "--gate-only")
    assert result.exit_code == 3
    assert "day-care" in result.stderr
    assert "is redacted in contract home-care (contract.docx, decision" in result.stderr


def test_a_contract_that_passed_is_refused_once_its_review_date_has_passed(runner, make_workspace):
    from transparency.decisions import publication_gate
    from transparency.errors import PublicationRefused
    from transparency.workspace import Workspace

    workspace = make_workspace()
    scan(runner, workspace)
    decide_all(workspace, review_by="2030-06-01")
    assert publication_gate(Workspace.open(workspace), dt.date(2030, 5, 1))
    assert publication_gate(Workspace.open(workspace), dt.date(2030, 5, 1))
    with pytest.raises(PublicationRefused) as refused:
        publication_gate(Workspace.open(workspace), dt.date(2030, 6, 2))
    assert any("review date" in problem.message for problem in refused.value.problems)


def test_a_damaged_kept_gate_outcome_is_checked_again(runner, make_workspace):
    workspace = make_workspace()
    scan(runner, workspace)
    decide_all(workspace)
    assert gate(runner, workspace, "check", "--gate-only").exit_code == 0
    (entry,) = (workspace / ".cache" / "gate").iterdir()
    kept = entry.read_bytes()
    for damaged in ("{damaged", '{"approved": [], "redactions": [[1]], "warnings": []}'):
        entry.write_text(damaged)
        assert gate(runner, workspace, "check", "--gate-only").exit_code == 0
        assert entry.read_bytes() == kept  # checked again and kept afresh
