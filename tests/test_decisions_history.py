"""The decision history and `transparency verify`: every break found, naming the entry or record."""

from __future__ import annotations

import itertools
import json

import pytest
import yaml
from conftest import decide_all, invoke
from decisions_helpers import OFFICER, history, lines, records, run, scan_candidates, write_config

HISTORY = "decisions/home-care.history.jsonl"
DECISIONS = "decisions/home-care.yaml"


@pytest.fixture
def reviewed(runner, make_workspace):
    """Six passages released through `transparency review`: six history entries."""
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    count = len(scan_candidates(root))
    answers = lines("2", "Not sensitive.", "", "y") + lines("2", "", "", "y") * (count - 1)
    result = run(runner, root, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert len(history(root)) == count
    return root


def _entries(root):
    return (root / HISTORY).read_text().splitlines()


def _write(root, entries):
    (root / HISTORY).write_text("".join(f"{e}\n" for e in entries))


def _describe(root, n):
    entry = history(root)[n - 1]
    key = entry["record"]["candidate"]
    when = entry["at"][:16].replace("T", " ")
    return f"entry {n} (candidate {key}, decided by {OFFICER} at {when})"


def test_an_intact_history_verifies(runner, reviewed):
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 0, result.stderr
    assert result.output == (
        "home-care: history intact (6 entries) and the decisions file matches it; last"
        f" change: {_describe(reviewed, 6)}.\n"
    )


def test_every_change_is_an_entry_chained_to_the_one_before(reviewed):
    entries = history(reviewed)
    assert entries[0]["prev"] == "0" * 64
    for before, entry in itertools.pairwise(entries):
        assert entry["prev"] == before["hash"]
    first = entries[0]
    assert set(first) == {"n", "at", "by", "action", "target", "record", "changed", "prev", "hash"}
    assert (first["by"], first["action"], first["target"]) == (OFFICER, "decide", None)
    saved = yaml.safe_load((reviewed / DECISIONS).read_text())
    assert saved["history"] == entries[-1]["hash"]


def test_an_altered_entry_is_found(runner, reviewed):
    described = _describe(reviewed, 3)
    entries = _entries(reviewed)
    entries[2] = entries[2].replace("Not sensitive.", "Not sensitive at all.")
    _write(reviewed, entries)
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert result.stderr == (
        f"{reviewed}/{HISTORY}: {described}: altered after it was written (its contents no"
        " longer match its hash)\n"
        "The decision history of 1 contract does not match. Restore altered files from git;"
        " if a hand edit is right, record it with `transparency verify CONTRACT --accept`.\n"
    )


def test_an_entry_altered_and_rehashed_is_found_by_the_next_link(runner, reviewed):
    import hashlib

    entries = [json.loads(e) for e in _entries(reviewed)]
    entries[2]["by"] = "Somebody Else"
    body = {k: v for k, v in entries[2].items() if k != "hash"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    entries[2]["hash"] = hashlib.sha256(canonical.encode()).hexdigest()
    _write(reviewed, [json.dumps(e, ensure_ascii=False) for e in entries])
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert "entry 3 (candidate " in result.stderr
    assert ", decided by Somebody Else at " in result.stderr
    assert "altered or replaced: entry 4 no longer links to it" in result.stderr


def test_a_removed_entry_is_found(runner, reviewed):
    before = _describe(reviewed, 2)
    entries = _entries(reviewed)
    del entries[2]
    _write(reviewed, entries)
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert (
        f"{HISTORY}: entry 3: missing: it was removed from the history (it came after {before})"
        in result.stderr
    )


def test_reordered_entries_are_found(runner, reviewed):
    moved = _describe(reviewed, 2)
    entries = _entries(reviewed)
    entries[1], entries[2] = entries[2], entries[1]
    _write(reviewed, entries)
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert f"{moved}: out of order: it comes after entry 3 (entries were moved)" in result.stderr


def test_entries_cut_from_the_end_are_found(runner, reviewed):
    _write(reviewed, _entries(reviewed)[:-1])
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert (
        f"{DECISIONS}: history: links to a history entry that is not in the history"
        in result.stderr
    )


def test_a_damaged_line_is_found(runner, reviewed):
    entries = _entries(reviewed)
    entries[4] = entries[4][:40]
    _write(reviewed, entries)
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert (
        f"{HISTORY}: line 5: not an entry written by this tool (the line was edited or damaged)"
        in result.stderr
    )


def test_a_hand_edit_of_the_decisions_file_is_found_and_can_be_accepted(runner, reviewed):
    data = yaml.safe_load((reviewed / DECISIONS).read_text())
    candidate = data["records"][1]["candidate"]
    data["records"][1]["public_reason"] = "Edited by hand."
    (reviewed / DECISIONS).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    result = run(runner, reviewed, "verify")
    assert result.exit_code == 2
    assert (
        f"{DECISIONS}: record 2 (candidate {candidate}): changed by hand since"
        f" {_describe(reviewed, 2)}: public_reason differs from the history" in result.stderr
    )
    result = run(runner, reviewed, "verify", "home-care", "--accept", officer="Sam Roe")
    assert result.exit_code == 0, result.stderr
    assert result.output.startswith(
        "home-care: recorded 1 change made by hand, under the name Sam Roe.\n"
        "home-care: history intact (7 entries)"
    )
    last = history(reviewed)[-1]
    assert (last["action"], last["by"], last["changed"]) == ("accept", "Sam Roe", ["public_reason"])


def test_a_record_removed_or_added_by_hand_is_found(runner, reviewed):
    data = yaml.safe_load((reviewed / DECISIONS).read_text())
    removed = data["records"].pop(0)
    data["records"].append({**removed, "candidate": "c-0000000000"})
    (reviewed / DECISIONS).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    result = run(runner, reviewed, "verify")
    assert (
        f"{DECISIONS}: candidate {removed['candidate']}: removed by hand: the history records"
        f" this decision ({_describe(reviewed, 1)}) but the file does not" in result.stderr
    )
    assert (
        f"{DECISIONS}: record 6 (candidate c-0000000000): not in the history: added or changed"
        " by hand" in result.stderr
    )


def test_a_file_written_by_hand_has_no_history(runner, make_workspace):
    root = make_workspace()
    invoke(runner, root, "scan")
    decide_all(root)
    result = run(runner, root, "verify")
    assert result.exit_code == 2
    assert (
        f"{DECISIONS}: has no history (home-care.history.jsonl): it was written by hand or by"
        " another tool; check its records, then record them under your name with"
        " `transparency verify home-care --accept`" in result.stderr
    )
    result = run(runner, root, "verify", "home-care", "--accept")
    assert result.exit_code == 0, result.stderr
    assert "recorded 6 changes made by hand" in result.output


def test_a_damaged_history_is_never_accepted(runner, reviewed):
    entries = _entries(reviewed)
    del entries[0]
    _write(reviewed, entries)
    result = run(runner, reviewed, "verify", "home-care", "--accept")
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "home-care: the decision history itself is damaged. Restore it from git; changes to a"
        " damaged history cannot be recorded.\n"
    )


def test_the_publisher_can_make_the_build_check_the_history(runner, reviewed):
    assert invoke(runner, reviewed, "check").exit_code == 0
    entries = _entries(reviewed)
    entries[0] = entries[0].replace("Not sensitive.", "Changed.")
    _write(reviewed, entries)
    assert invoke(runner, reviewed, "check").exit_code == 0  # not required by default
    write_config(reviewed, require_history=True)
    result = invoke(runner, reviewed, "check")
    assert result.exit_code == 3
    assert (
        "altered after it was written (its contents no longer match its hash) (run"
        " `transparency verify home-care`)" in result.stderr
    )


def test_two_officers_at_once_keep_each_others_decisions(runner, make_workspace):
    from transparency.decisions.passages import Passage
    from transparency.decisions.session import DecisionSession
    from transparency.workspace import Workspace

    root = make_workspace()
    invoke(runner, root, "scan")
    first = DecisionSession(Workspace(root), "home-care", "Jane Doe")
    second = DecisionSession(Workspace(root), "home-care", "Sam Roe")  # opened before any save
    for session, candidate in zip((first, second), first.scan.candidates, strict=False):
        decision, problems = session.build(
            Passage.of(candidate), action="release", public_reason="Not sensitive."
        )
        assert not problems
        session.save(decision, action="decide")
    assert [r["decided_by"] for r in records(root)] == ["Jane Doe", "Sam Roe"]
    assert run(runner, root, "verify").exit_code == 0
