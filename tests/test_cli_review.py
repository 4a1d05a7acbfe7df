"""`transparency review`: an interactive session fed through standard input."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PARAGRAPHS, decide_all, invoke, write_docx
from decisions_helpers import (
    OFFICER,
    REDACT_S43_2,
    flat,
    history,
    lines,
    records,
    release,
    run,
    scan_candidates,
    write_config,
)

from transparency.decisions.dates import add_months, long_date


@pytest.fixture
def scanned(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    return root


def test_a_session_saves_each_decision_and_resumes_where_it_stopped(runner, scanned):
    root = scanned
    candidates = scan_candidates(root)
    first, second = candidates[0], candidates[1]
    assert first["text"] == "£24.80"
    result = run(runner, root, "review", "home-care", input=REDACT_S43_2 + lines("q"))
    assert result.exit_code == 0, result.output
    out = result.output
    assert f'Passage 1 of {len(candidates)} · contract.docx · under "Schedule 2 — Charges"' in out
    assert "The hourly rate for weekday care is [[£24.80]] per hour." in out
    assert "  Flagged as       A price, rate or sum of money" in out
    assert "  Suggested        FOIA s.43(2), Commercial interests" in out
    assert "  10  FOIA s.43(2)  Commercial interests  (suggested)" in out
    assert "   1  Accountability for spending public money" in out
    review_by = add_months(dt.date.today(), 24)
    assert f"Review by (a date, or a period such as 18m) [{review_by}]" in out
    assert "Your decision\n  Passage          '£24.80' in contract.docx\n" in out
    assert "  Decision         Redact under FOIA s.43(2), Commercial interests\n" in out
    assert "  The public sees  Redacted — commercial confidentiality, FOIA s.43(2)\n" in out
    assert f"  Decided by       {OFFICER} on {long_date(dt.date.today())}\n" in out
    assert "  Saved." in out
    assert out.endswith(
        "1 change saved in this session.\n"
        f"Still to do: {len(candidates) - 1} flagged passages to decide.\n"
        "Carry on with: transparency review home-care\n"
    )
    (record,) = records(root)
    assert record == {
        "candidate": first["id"],
        "text": "£24.80",
        "action": "redact",
        "exemption": "FOIA s.43(2)",
        "public_reason": "The hourly rates would let competitors undercut the provider.",
        "harm": {
            "description": "Competitors could undercut the rates at the next tender.",
            "likelihood": "would be likely to",
        },
        "public_interest": {
            "for_disclosure": [
                "Accountability for spending public money",
                "Scrutiny of value for money",
                "The rates are current",
            ],
            "for_withholding": ["Harm to the supplier's competitive position"],
            "conclusion": "Withholding outweighs disclosure while the rates are current.",
        },
        "decided_by": OFFICER,
        "decided_on": dt.date.today().isoformat(),
        "review_by": review_by.isoformat(),
    }
    (entry,) = history(root)
    assert (entry["n"], entry["by"], entry["action"], entry["record"]) == (
        1,
        OFFICER,
        "decide",
        record,
    )

    # Resume: the decided passage is not asked again; the next one is first.
    result = run(runner, root, "review", "home-care", input=release("Not sensitive.") + "q\n")
    assert result.exit_code == 0, result.output
    assert f"  Progress   {len(candidates)} flagged passages, 1 decided" in result.output
    assert f"Passage 1 of {len(candidates) - 1}" in result.output
    assert f"[[{second['text']}]]" in result.output
    assert "[[£24.80]]" not in result.output
    assert [r["candidate"] for r in records(root)] == [first["id"], second["id"]]
    assert records(root)[1]["action"] == "release"
    assert [e["n"] for e in history(root)] == [1, 2]


def test_the_officer_sees_the_decision_and_may_decline_to_save_it(runner, scanned):
    answers = REDACT_S43_2[: -len("y\n")] + lines("n", "q")
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert "Save this decision? [Y/n]: n\n  Not saved. Back to the passage." in result.output
    assert records(scanned) == []
    assert not (scanned / "decisions").exists()


def test_stopping_mid_decision_keeps_what_was_saved(runner, scanned):
    answers = REDACT_S43_2 + lines("1", "")  # the second passage: stop at the harm
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 1
    assert "Stopped. Nothing was saved for the passage on screen." in result.output
    assert "1 change saved in this session." in result.output
    assert len(records(scanned)) == 1


def test_the_same_grounds_can_be_reused_for_the_next_passage(runner, scanned):
    candidates = scan_candidates(scanned)
    assert candidates[1]["exemption"] == "FOIA s.43(2)"
    answers = REDACT_S43_2 + lines("1", "", "y", "", "", "y", "q")
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert "You have recorded a FOIA s.43(2) redaction in this contract before" in flat(
        result.output
    )
    first, second = records(scanned)
    assert second["candidate"] == candidates[1]["id"]
    for field in ("exemption", "public_reason", "harm", "public_interest"):
        assert second[field] == first[field]


def test_the_passage_can_be_made_wider_and_narrower(runner, scanned):
    answers = lines(
        "4",  # wider or narrower
        "1",  # add the next word
        "1",
        "3",  # drop the last word
        "2",  # add the word before
        "0",  # done
        "2",  # release
        "A published rate.",
        "",
        "y",
        "q",
    )
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert "[[£24.80 per]] hour." in result.output
    assert "[[£24.80 per hour.]]" in result.output
    assert "is [[£24.80 per]] hour" in result.output
    assert "  Changed          you changed the passage from '£24.80'" in result.output
    (record,) = records(scanned)
    text = "is £24.80 per"
    assert record["text"] == text
    assert record["candidate"] == scan_candidates(scanned)[0]["id"]
    assert record["end"] - record["start"] == len(text)
    assert invoke(runner, scanned, "check").exit_code == 3  # the others are undecided


def test_a_passage_cannot_swallow_another_flagged_passage(runner, scanned):
    sort_code = scan_candidates(scanned)[1]
    assert sort_code["text"] == "20-45-77"
    answers = lines("3", "4", "1", "1", "1", "1", "0", "q")
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert (
        "That cannot be done: that would take in '41234567', which is flagged separately"
        " and decided on its own." in result.output
    )


def test_narrowing_a_single_word_is_refused(runner, scanned):
    result = run(runner, scanned, "review", "home-care", input=lines("4", "3", "0", "q"))
    assert "That cannot be done: the passage is a single word" in result.output


def test_the_exact_words_can_be_typed(runner, scanned):
    answers = lines("4", "5", "£24.80 per hour", "0", "2", "Published rate.", "", "y", "q")
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert records(scanned)[0]["text"] == "£24.80 per hour"


def test_every_occurrence_can_be_decided_at_once(runner, make_workspace):
    paragraphs = [
        *PARAGRAPHS,
        (None, "Escalations go to Ms Priya Sandhu by letter."),
    ]
    root = make_workspace(paragraphs)
    invoke(runner, root, "scan")
    names = [c for c in scan_candidates(root) if c["text"] == "Priya Sandhu"]
    assert len(names) == 2
    skip_to_name = "3\n" * next(
        i for i, c in enumerate(scan_candidates(root)) if c["text"] == "Priya Sandhu"
    )
    answers = skip_to_name + release("The supplier's named contract manager.") + lines("y", "q")
    result = run(runner, root, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert (
        "'Priya Sandhu' appears 1 more time in this contract, not yet decided. Record the same"
        " decision for each?" in flat(result.output)
    )
    assert "Saved the same decision for 1 more passage." in result.output
    assert sorted(r["candidate"] for r in records(root)) == sorted(c["id"] for c in names)


def test_nothing_to_decide(runner, scanned):
    decide_all(scanned)
    result = run(runner, scanned, "review", "home-care")
    assert result.exit_code == 0, result.output
    assert "Every flagged passage of home-care has a decision." in result.output
    assert "Next: transparency check, then transparency build." in result.output


def test_an_officer_must_be_named(runner, scanned):
    result = run(runner, scanned, "review", "home-care", officer=None)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: nobody to record as the officer making these changes. Give your name with"
        " --officer NAME, set TRANSPARENCY_OFFICER, or set `git config user.name`. Nothing"
        " was changed.\n"
    )


def test_only_listed_officers_may_decide(runner, scanned):
    write_config(scanned, officers=["Fiona Hale, Information Governance Officer"])
    result = run(runner, scanned, "review", "home-care", officer="Bob")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: 'Bob' is not one of the officers listed in transparency.yaml. Give your name as"
        " listed (--officer): Fiona Hale, Information Governance Officer.\n"
    )
    result = run(
        runner, scanned, "review", "home-care", input=release("Fine.") + "q\n", officer="fiona hale"
    )
    assert result.exit_code == 0, result.output
    assert records(scanned)[0]["decided_by"] == "Fiona Hale, Information Governance Officer"


def test_environmental_information_offers_eir_and_pa23_only(runner, make_workspace):
    root = make_workspace(meta={"environmental": True})
    invoke(runner, root, "scan")
    result = run(runner, root, "review", "home-care", input=lines("1", "") + "q\n")
    assert "the Environmental Information Regulations apply instead of FOIA" in flat(result.output)
    assert "EIR reg 12(5)(e)  Commercial confidentiality  (suggested)" in result.output
    assert "FOIA s.43(2)" not in result.output.split("Which exemption applies?")[1]


def test_pa23_needs_an_overriding_public_interest(runner, scanned):
    answers = lines(
        "1",
        "2",  # PA23 s.94(1)(b)
        "Rivals would undercut the rates.",
        "2",
        "1",
        "",
        "1",
        "",
        "Withholding outweighs disclosure.",
        "There is an overriding public interest in withholding the rates.",
        "The rates would let competitors undercut the provider.",
        "",
        "",
        "y",
        "q",
    )
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    assert (
        "  The conclusion must state an overriding public interest in withholding." in result.output
    )
    assert records(scanned)[0]["exemption"] == "PA23 s.94(1)(b)"


def test_an_absolute_exemption_asks_for_its_justification(runner, scanned):
    skip = "3\n" * next(
        i for i, c in enumerate(scan_candidates(scanned)) if c["exemption"] == "FOIA s.40(2)"
    )
    answers = skip + lines(
        "1",
        "",
        "A junior officer's name.",
        "Personal data of a junior member of staff.",
        "",
        "",
        "y",
    )
    result = run(runner, scanned, "review", "home-care", input=answers + "q\n")
    assert result.exit_code == 0, result.output
    assert "FOIA s.40(2) is absolute" in result.output
    assert "There is no public interest test, but record why the exemption applies" in flat(
        result.output
    )
    (record,) = records(scanned)
    assert record["justification"] == "A junior officer's name."
    assert add_months(dt.date.today(), 60).isoformat() == record["review_by"]


def test_a_changed_document_must_be_scanned_before_review(runner, scanned):
    write_docx(scanned / "contracts/home-care/contract.docx", [*PARAGRAPHS, (None, "More.")])
    result = run(runner, scanned, "review", "home-care")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {scanned}/redaction/home-care.yaml: contract.docx has changed (or was added)"
        " since the last scan. Run `transparency scan home-care` first, then review again.\n"
    )


def test_a_decided_passage_can_be_decided_again(runner, scanned):
    decide_all(scanned)
    first = records(scanned)[0]
    answers = lines("2", "The rates were published in the annual report.", "", "y")
    result = run(
        runner, scanned, "review", "home-care", "--again", first["candidate"], input=answers
    )
    assert result.exit_code == 0, result.output
    assert "Passage 1 of 1 (decided before)" in result.output
    assert "The decision on record" in result.output
    record = records(scanned)[0]
    assert (record["candidate"], record["action"]) == (first["candidate"], "release")
    assert history(scanned)[-1]["action"] == "redecide"
    result = run(runner, scanned, "review", "home-care", "--again", "c-nothing")
    assert result.exit_code == 2
    assert "Invalid value for --again: no decision on 'c-nothing' in this contract" in (
        result.stderr
    )
