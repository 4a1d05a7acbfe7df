"""`transparency due` and expired redactions: listed, blocking the build, decided again."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from conftest import decide_all, invoke
from decisions_helpers import flat, history, lines, records, run, write_config

from transparency.decisions.dates import add_months, long_date

TODAY = dt.date.today()


@pytest.fixture
def decided(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    data = decide_all(root)
    data["records"][0]["review_by"] = (TODAY - dt.timedelta(days=3)).isoformat()
    data["records"][1]["review_by"] = (TODAY + dt.timedelta(days=10)).isoformat()
    (root / "decisions/home-care.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    return root, data


def test_due_lists_overdue_and_near_review_dates(runner, decided):
    root, data = decided
    first, second = data["records"][:2]
    result = invoke(runner, root, "due")
    assert result.exit_code == 0, result.stderr
    horizon = TODAY + dt.timedelta(days=30)
    assert result.output == (
        f"Redactions to review by {long_date(horizon)} (30 days from today):\n"
        f"  {long_date(TODAY - dt.timedelta(days=3))}, overdue by 3 days\n"
        f"      home-care, record 1 (candidate {first['candidate']}): '£24.80' under"
        " FOIA s.43(2), decided by A. Officer\n"
        f"  {long_date(TODAY + dt.timedelta(days=10))}, due in 10 days\n"
        f"      home-care, record 2 (candidate {second['candidate']}): '20-45-77' under"
        " FOIA s.43(2), decided by A. Officer\n"
        "1 overdue: the site cannot be published until each is decided again (transparency"
        " review CONTRACT).\n"
    )


def test_due_within_a_period(runner, decided):
    root, _ = decided
    result = invoke(runner, root, "due", "--within", "1w", "--json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.output)
    assert (row["text"], row["days"], row["overdue"]) == ("£24.80", -3, True)
    result = invoke(runner, root, "due", "--within", "2y")
    assert result.output.count(", due in ") == 1
    write_config(root, due_within="2d")
    assert "(2 days from today)" in invoke(runner, root, "due").output


def test_due_rejects_a_period_it_cannot_read(runner, decided):
    root, _ = decided
    result = invoke(runner, root, "due", "--within", "soon")
    assert result.exit_code == 2
    assert (
        "Invalid value for '--within': 'soon' is not a period; write a number and a unit, such"
        " as 30d, 6w, 18m or 2y" in result.stderr
    )


def test_nothing_due(runner, decided):
    root, data = decided
    data["records"] = data["records"][2:]
    (root / "decisions/home-care.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = invoke(runner, root, "due")
    assert result.output == "No redaction is due for review within 30 days.\n"


def test_an_expired_redaction_blocks_the_build_until_decided_again(runner, decided):
    root, _ = decided
    result = invoke(runner, root, "build")
    assert result.exit_code == 3
    expired = long_date(TODAY - dt.timedelta(days=3))
    assert f"review_by: the review date {expired} has passed" in result.stderr
    assert not (root / "site").exists()

    result = run(runner, root, "review", "home-care", input=lines("1", "", "y"))
    assert result.exit_code == 0, result.output
    assert "Passage 1 of 1 · review date passed" in result.output
    assert (
        f"This passage is redacted, to be reviewed by {expired}. That date has passed, so the"
        " site cannot be published until the redaction is decided again." in flat(result.output)
    )
    assert "The decision on record" in result.output
    new_date = add_months(TODAY, 24)
    assert f"Keep the redaction until {long_date(new_date)}? [Y/n]: y" in result.output
    record = records(root)[0]
    assert (record["review_by"], record["decided_by"]) == (new_date.isoformat(), "Jane Doe")
    assert history(root)[-1]["action"] == "renew"
    assert invoke(runner, root, "check").exit_code == 0


def test_an_expired_redaction_can_be_released_instead(runner, decided):
    root, _ = decided
    result = run(runner, root, "review", "home-care", input=lines("2", "2", "Now public.", "", "y"))
    assert result.exit_code == 0, result.output
    record = records(root)[0]
    assert (record["action"], record["public_reason"]) == ("release", "Now public.")
    assert "review_by" not in record
    assert history(root)[-1]["action"] == "redecide"
