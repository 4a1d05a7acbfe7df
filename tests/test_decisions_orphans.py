"""A new version of a document: decisions on unchanged text stay, the others are orphaned."""

from __future__ import annotations

import pytest
import yaml
from conftest import PARAGRAPHS, invoke, write_docx
from decisions_helpers import flat, lines, records, run, scan_candidates

DOCX = "contracts/home-care/contract.docx"


def _new_version(paragraphs):
    return [(style, text.replace("£24.80", "£26.10")) for style, text in paragraphs]


@pytest.fixture
def reviewed(runner, make_workspace):
    """Every passage released through `transparency review`."""
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    count = len(scan_candidates(root))
    answers = lines("2", "Not sensitive.", "", "y") + lines("2", "", "", "y") * (count - 1)
    assert run(runner, root, "review", "home-care", input=answers).exit_code == 0
    return root


def test_decisions_on_unchanged_text_stay_and_a_gone_text_is_orphaned(runner, reviewed):
    before = {r["candidate"]: r["text"] for r in records(reviewed)}
    old = next(c for c, text in before.items() if text == "£24.80")
    write_docx(reviewed / DOCX, _new_version(PARAGRAPHS))
    assert invoke(runner, reviewed, "scan").exit_code == 0
    after = {c["id"]: c["text"] for c in scan_candidates(reviewed)}
    assert {c for c in before if c in after} == set(before) - {old}  # the rest stay attached
    result = invoke(runner, reviewed, "check")
    assert result.exit_code == 3
    assert (
        f"decisions/home-care.yaml: record 1 (candidate {old}): orphaned: candidate {old}"
        " is not in the latest scan; the decision no longer matches the document and"
        " is not applied: the text is no longer in the document; run `transparency review"
        " home-care` to remove the decision" in result.stderr
    )
    assert "a PRICING passage in contract.docx is undecided" in result.stderr
    status = yaml.safe_load(invoke(runner, reviewed, "status", "--json").output)[0]
    assert (status["orphaned"], status["undecided"]) == (1, 1)

    answers = lines("r", "y") + lines("2", "A published rate.", "", "y")
    result = run(runner, reviewed, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert "The decision to release '£24.80' (Jane Doe," in result.output
    assert "That text is no longer where it was, so the decision is not applied." in flat(
        result.output
    )
    assert "The text is not in the new version of the document." in result.output
    assert "  Removed." in result.output
    assert invoke(runner, reviewed, "check").exit_code == 0
    assert run(runner, reviewed, "verify").exit_code == 0


def test_an_orphan_whose_text_moved_is_reattached_by_the_officer(runner, reviewed):
    meta_path = reviewed / "contracts/home-care/contract.yaml"
    meta = yaml.safe_load(meta_path.read_text())
    meta["documents"] = [{"file": "contract-v2.docx", "title": "Signed contract, version 2"}]
    meta_path.write_text(yaml.safe_dump(meta))
    (reviewed / DOCX).unlink()
    write_docx(reviewed / "contracts/home-care/contract-v2.docx", _new_version(PARAGRAPHS))
    assert invoke(runner, reviewed, "scan").exit_code == 0
    moved = {c["text"]: c["id"] for c in scan_candidates(reviewed)}
    result = invoke(runner, reviewed, "check")
    assert result.exit_code == 3
    name = next(r for r in records(reviewed) if r["text"] == "Priya Sandhu")
    assert (
        f"orphaned: candidate {name['candidate']} is not in the latest scan;"
        " the decision no longer matches the document and is not applied: the text is now at"
        f" candidate {moved['Priya Sandhu']}; run `transparency review home-care` to re-attach"
        " the decision" in result.stderr
    )
    orphans = len(records(reviewed))
    answers = lines("r", "y") + lines("1") * (orphans - 1) + lines("2", "Published.", "", "y")
    result = run(runner, reviewed, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert "The same text is now here:" in result.output
    assert "  Attached." in result.output
    assert {r["candidate"] for r in records(reviewed)} == set(moved.values())
    assert invoke(runner, reviewed, "check").exit_code == 0
    assert run(runner, reviewed, "verify").exit_code == 0


def test_a_manual_redaction_follows_its_text_when_the_officer_agrees(runner, reviewed):
    answers = lines("7", "Given in confidence.", "Given in confidence.", "", "", "y")
    result = run(runner, reviewed, "redact", "home-care", "--text", "weekday care", input=answers)
    assert result.exit_code == 0, result.output
    start = records(reviewed)[-1]["start"]
    write_docx(reviewed / DOCX, [(None, "Version 2 of the signed contract."), *PARAGRAPHS])
    assert invoke(runner, reviewed, "scan").exit_code == 0
    result = invoke(runner, reviewed, "check")
    shift = len("Version 2 of the signed contract.\n\n")
    assert result.exit_code == 3
    assert (
        f"the text at {start}-{start + 12} of contract.docx is not the text decided; the"
        " decision no longer matches the document and is not"
        f" applied: the text is now at contract.docx {start + shift}-{start + shift + 12}; run"
        " `transparency review home-care` to re-attach the decision" in result.stderr
    )
    result = run(runner, reviewed, "review", "home-care", input=lines("1"))
    assert result.exit_code == 0, result.output
    assert "The hourly rate for [[weekday care]] is £24.80 per hour." in result.output
    assert records(reviewed)[-1]["start"] == start + shift
    assert invoke(runner, reviewed, "check").exit_code == 0
