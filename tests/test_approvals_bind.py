"""An approval binds to what was approved: only `transparency approve` records one, and any
later change to the record, by a command or by hand, accepted or not, voids it."""

from __future__ import annotations

import pytest
import yaml
from conftest import decide_all, invoke
from decisions_helpers import history, records, run, write_config

DECISIONS = "decisions/home-care.yaml"
OFFICER, APPROVER = "A. Officer", "Sam Roe"


@pytest.fixture
def approved(runner, make_workspace):
    """Every candidate redacted by the officer (recorded under their name) and approved."""
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    write_config(root, require_approval=True, require_history=True)
    accepted = run(runner, root, "verify", "home-care", "--accept", officer=OFFICER)
    assert accepted.exit_code == 0, accepted.output
    done = run(runner, root, "approve", "home-care", "--all", input="y\n", officer=APPROVER)
    assert done.exit_code == 0, done.output
    assert invoke(runner, root, "check").exit_code == 0
    return root


def _edit(root, index: int, **changes) -> None:
    path = root / DECISIONS
    data = yaml.safe_load(path.read_text())
    data["records"][index].update(changes)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _waiting(runner, root) -> list[str]:
    result = invoke(runner, root, "check")
    assert result.exit_code == 3, result.stderr
    return [line for line in result.stderr.splitlines() if ": approved_by: " in line]


def test_an_approved_record_edited_by_hand_and_accepted_awaits_approval_again(runner, approved):
    _edit(approved, 0, public_reason="A new reason nobody approved.")
    [line] = _waiting(runner, approved)
    assert "record 1" in line and "the approval does not hold" in line
    accepted = run(runner, approved, "verify", "home-care", "--accept", officer=OFFICER)
    assert accepted.exit_code == 0, accepted.output
    assert "approved_by" not in records(approved)[0]  # accepting never keeps an approval
    assert history(approved)[-1]["action"] == "accept"
    [line] = _waiting(runner, approved)
    assert "requires a second person to approve each redaction" in line
    status = yaml.safe_load(invoke(runner, approved, "status", "--json").output)[0]
    assert status["awaiting_approval"] == 1
    again = run(runner, approved, "approve", "home-care", "--all", input="y\n", officer=APPROVER)
    assert "1 approved" in again.output
    assert invoke(runner, approved, "check").exit_code == 0


def test_an_approval_written_by_hand_never_counts(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root, approved_by=APPROVER, approved_on="2025-03-11")
    write_config(root, require_approval=True)
    lines = _waiting(runner, root)
    assert len(lines) == len(records(root))
    assert all("the approval does not hold" in line for line in lines)
    # Accepting the hand edit under one's own name does not make the approval count either.
    accepted = run(runner, root, "verify", "home-care", "--accept", officer=OFFICER)
    assert accepted.exit_code == 0, accepted.output
    assert not any("approved_by" in r for r in records(root))
    assert len(_waiting(runner, root)) == len(records(root))


def test_approved_by_added_by_hand_to_an_unapproved_record_does_not_count(runner, approved):
    first = records(approved)[0]
    # A recorded change (a new review date, edited and accepted) voids the approval ...
    _edit(approved, 0, review_by="2098-01-01")
    assert run(runner, approved, "verify", "home-care", "--accept", officer=OFFICER).exit_code == 0
    # ... and write the old approval back by hand.
    _edit(approved, 0, approved_by=first["approved_by"], approved_on=first["approved_on"])
    [line] = _waiting(runner, approved)
    assert "the approval does not hold" in line
    assert run(runner, approved, "verify", "home-care", "--accept", officer=OFFICER).exit_code == 0
    assert "approved_by" not in records(approved)[0]
    [line] = _waiting(runner, approved)
    assert "requires a second person to approve" in line


def test_a_hand_written_approval_is_not_published_where_approval_is_optional(
    runner, make_workspace
):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root, approved_by=APPROVER, approved_on="2025-03-11")
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.stderr
    page = (root / "site/contracts/home-care/index.html").read_text()
    assert "approved on" not in page
    assert APPROVER not in page
    run(runner, root, "verify", "home-care", "--accept", officer=OFFICER)
    done = run(runner, root, "approve", "home-care", "--all", input="y\n", officer=APPROVER)
    assert done.exit_code == 0, done.output
    assert invoke(runner, root, "build").exit_code == 0
    assert "approved on" in (root / "site/contracts/home-care/index.html").read_text()


def test_a_history_cut_after_a_passing_check_voids_the_approvals(runner, approved):
    """The gate keeps what passed by its inputs, the decision history among them: the same
    decisions with their approvals gone from the history no longer pass."""
    assert invoke(runner, approved, "check", "--gate-only").exit_code == 0
    path = approved / "decisions" / "home-care.history.jsonl"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(line for line in lines if '"approve"' not in line))
    result = invoke(runner, approved, "check", "--gate-only")
    assert result.exit_code == 3
    assert "approved_by" in result.stderr
