"""`transparency redact`: a redaction of a passage the scan missed."""

from __future__ import annotations

import pytest
from conftest import invoke
from decisions_helpers import OFFICER, flat, history, lines, records, run

from transparency.decisions import load_catalogue


@pytest.fixture
def scanned(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    return root


def _number(code: str) -> str:
    codes = [e.code for e in load_catalogue().applicable(environmental=False)]
    return str(codes.index(code) + 1)


S41 = lines(
    _number("FOIA s.41"),
    "The care package was given to the Council in confidence by the provider.",
    "Details the provider gave in confidence.",
    "",  # no representations from the supplier
    "",
    "y",
)


def test_a_manual_redaction_is_recorded_with_its_span(runner, scanned):
    result = run(runner, scanned, "redact", "home-care", "--text", "weekday care", input=S41)
    assert result.exit_code == 0, result.output
    assert "A redaction the scan missed · contract.docx" in result.output
    assert "The hourly rate for [[weekday care]] is £24.80 per hour." in result.output
    assert result.output.endswith("Recorded 1 redaction.\n")
    (record,) = records(scanned)
    assert {k: record[k] for k in ("document", "text", "action", "exemption", "decided_by")} == {
        "document": "contract.docx",
        "text": "weekday care",
        "action": "redact",
        "exemption": "FOIA s.41",
        "decided_by": OFFICER,
    }
    assert record["end"] - record["start"] == len("weekday care")
    assert [e["action"] for e in history(scanned)] == ["redact"]


def test_the_total_value_needs_an_override(runner, scanned):
    result = run(runner, scanned, "redact", "home-care", "--text", "£2,400,000", input="\n")
    assert result.exit_code == 1
    assert "'£2,400,000' is the total contract value. The law expects it to be published" in flat(
        result.output
    )
    assert result.output.endswith("Nothing was recorded.\n")
    assert records(scanned) == []
    override = "The figure would reveal the size of a classified programme."
    result = run(
        runner, scanned, "redact", "home-care", "--text", "£2,400,000", input=lines(override) + S41
    )
    assert result.exit_code == 0, result.output
    assert records(scanned)[0]["override"] == override
    assert f"Override         {override}" in result.output


def test_text_found_more_than_once_needs_a_choice(runner, scanned):
    result = run(runner, scanned, "redact", "home-care", "--text", "contract")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 'contract' appears 3 times (contract.docx at ")
    assert result.stderr.endswith(
        "Choose one with --occurrence N (counting from 1), or --every for each.\n"
    )
    result = run(runner, scanned, "redact", "home-care", "--text", "contract", "--every", input=S41)
    assert result.exit_code == 0, result.output
    assert "The same decision will be recorded for all 3 places." in result.output
    assert len(records(scanned)) == 3
    assert len({r["start"] for r in records(scanned)}) == 3


def test_text_not_in_the_document(runner, scanned):
    result = run(runner, scanned, "redact", "home-care", "--text", "not there")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 'not there' is not in the text of the contract.")


def test_a_flagged_passage_is_decided_in_review_not_here(runner, scanned):
    result = run(runner, scanned, "redact", "home-care", "--text", "£24.80 per hour")
    assert result.exit_code == 1
    assert "it overlaps the flagged passage '£24.80'" in result.stderr
    assert "decide that with `transparency review home-care`" in result.stderr


def test_text_or_span_is_required(runner, scanned):
    result = run(runner, scanned, "redact", "home-care")
    assert result.exit_code == 2
    assert "give either --text or both --start and --end" in result.stderr


def test_a_span_by_offsets(runner, scanned):
    from transparency.contracts import read_document

    text = read_document(scanned / "contracts/home-care/contract.docx").text
    start = text.index("three years")
    result = run(
        runner,
        scanned,
        "redact",
        "home-care",
        "--start",
        str(start),
        "--end",
        str(start + len("three years")),
        input=S41,
    )
    assert result.exit_code == 0, result.output
    assert records(scanned)[0]["text"] == "three years"


def test_a_change_waits_for_another_officers_lock_and_then_gives_up(runner, scanned, monkeypatch):
    from filelock import FileLock

    from transparency.decisions import store

    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.2)
    lock = FileLock(scanned / "decisions" / ".home-care.lock")
    with lock:
        result = run(runner, scanned, "redact", "home-care", "--text", "three years", input=S41)
    assert result.exit_code == 1
    assert "another change to these decisions has held the lock" in result.stderr
    assert "Nothing was changed." in result.stderr
    assert records(scanned) == [] and history(scanned) == []
    result = run(runner, scanned, "redact", "home-care", "--text", "three years", input=S41)
    assert result.exit_code == 0, result.output
    assert len(records(scanned)) == 1


def test_a_span_ending_inside_a_word_is_refused_when_it_is_decided(runner, scanned):
    from transparency.contracts import read_document

    text = read_document(scanned / "contracts/home-care/contract.docx").text
    start = text.index("three years")
    end = start + len("three ye")
    result = run(
        runner, scanned, "redact", "home-care", "--start", str(start), "--end", str(end), input=S41
    )
    assert result.exit_code == 1
    assert f"the span {start}-{end} of contract.docx starts or ends inside a word" in result.stderr
    assert f"use --start {start} --end {start + len('three years')}" in result.stderr
    assert records(scanned) == []
    result = run(runner, scanned, "redact", "home-care", "--text", "three ye", input=S41)
    assert result.exit_code == 1
    assert "'three ye' appears only inside longer words of the contract" in result.stderr
    assert records(scanned) == []


def test_a_hand_written_span_inside_a_word_stops_the_check(runner, scanned):
    import yaml
    from conftest import decide_all

    from transparency.contracts import read_document

    data = decide_all(scanned)
    text = read_document(scanned / "contracts/home-care/contract.docx").text
    start = text.index("three years")
    data["records"].append(
        {
            "document": "contract.docx",
            "start": start,
            "end": start + 8,
            "text": text[start : start + 8],
            "action": "redact",
            "exemption": "FOIA s.41",
            "justification": "Given in confidence.",
            "public_reason": "r",
            "decided_by": "A. Officer",
            "decided_on": "2025-03-10",
            "review_by": "2099-01-01",
        }
    )
    (scanned / "decisions" / "home-care.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    result = invoke(runner, scanned, "check", "--gate-only")
    assert result.exit_code == 3
    assert (
        f"record 7 (contract.docx {start}-{start + 8}): the passage at {start}-{start + 8} of"
        " contract.docx starts or ends inside a word" in result.stderr
    )
