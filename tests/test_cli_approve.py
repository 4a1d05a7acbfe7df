"""`transparency approve` and the publisher's approval rule in transparency.yaml."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import decide_all, invoke
from decisions_helpers import history, lines, records, run, write_config


@pytest.fixture
def decided(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    return root


def test_required_approval_blocks_the_build_until_a_second_person_approves(runner, decided):
    write_config(decided, require_approval=True)
    result = invoke(runner, decided, "check")
    assert result.exit_code == 3
    assert result.stderr.count(
        "approved_by: transparency.yaml requires a second person to approve each redaction;"
        " run `transparency approve home-care`"
    ) == len(records(decided))

    result = run(runner, decided, "approve", "home-care", input="1\n" * 6, officer="Sam Roe")
    assert result.exit_code == 0, result.output
    assert "  Approver     Sam Roe\n  Waiting      6 decisions to approve\n" in result.output
    assert "Decision 1 of 6" in result.output
    assert "  Decided by       A. Officer on 10 March 2025" in result.output
    assert result.output.endswith("6 approved; 0 still waiting for you.\n")
    for record in records(decided):
        assert record["approved_by"] == "Sam Roe"
        assert record["approved_on"] == dt.date.today().isoformat()
    assert [e["action"] for e in history(decided)] == ["approve"] * 6
    result = invoke(runner, decided, "check")
    assert result.exit_code == 0, result.stderr


def test_nobody_approves_their_own_decisions(runner, decided):
    result = run(runner, decided, "approve", "home-care", officer="A. Officer")
    assert result.exit_code == 0, result.output
    assert "You made 6 of the waiting decisions yourself; someone else must approve those." in (
        " ".join(result.output.split())
    )
    assert result.output.endswith("Nothing for you to approve.\n")


def test_skip_and_stop(runner, decided):
    result = run(runner, decided, "approve", "home-care", input=lines("2", "1", "q"), officer="S")
    assert result.exit_code == 0, result.output
    assert result.output.endswith("1 approved; 5 still waiting for you.\n")
    assert [bool(r.get("approved_by")) for r in records(decided)][:2] == [False, True]


def test_approve_all_after_reading_the_list(runner, decided):
    result = run(runner, decided, "approve", "home-care", "--all", input="y\n", officer="S")
    assert result.exit_code == 0, result.output
    assert "  • '£24.80': FOIA s.43(2), by A. Officer" in result.output
    assert all(r["approved_by"] == "S" for r in records(decided))


def test_only_listed_approvers_may_approve(runner, decided):
    write_config(decided, approvers=["Marcus Webb, Head of Legal Services"])
    result = run(runner, decided, "approve", "home-care", officer="Sam Roe")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: 'Sam Roe' is not one of the approvers listed in transparency.yaml. Give your"
        " name as listed (--officer): Marcus Webb, Head of Legal Services.\n"
    )
    result = run(
        runner, decided, "approve", "home-care", "--all", input="y\n", officer="marcus webb"
    )
    assert result.exit_code == 0, result.output
    assert records(decided)[0]["approved_by"] == "Marcus Webb, Head of Legal Services"
