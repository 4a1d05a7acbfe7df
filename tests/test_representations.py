"""The supplier's representations: recorded with a decision as evidence weighed, checked against
the decision's date, asked by `review` and `redact`, and shown with each redaction's reasons."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from conftest import decide_all, invoke
from decisions_helpers import REDACT_S43_2, flat, lines, records, run, scan_candidates

from transparency.decisions.dates import long_date

LETTER = {
    "by": "Brightpath Care Ltd",
    "on": "2025-03-03",
    "summary": "Asked that the hourly rates be withheld: they are quoted in bids elsewhere.",
    "document": "letter-2025-03-03.pdf",
}
PUBLIC_REASON = "The hourly rates would let competitors undercut the provider."


@pytest.fixture
def scanned(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    return root


def _rewrite(root, data):
    (root / "decisions/home-care.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    )


def _first(data, exemption="FOIA s.43(2)") -> int:
    return next(i for i, r in enumerate(data["records"]) if r["exemption"] == exemption)


def _check(runner, root):
    return invoke(runner, root, "check", "--gate-only")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# -- the decisions record ------------------------------------------------------------------


def test_a_record_with_representations_is_valid_on_a_redaction_and_a_release(runner, scanned):
    data = decide_all(scanned)
    without_document = {k: v for k, v in LETTER.items() if k != "document"}
    data["records"][0]["representations"] = [LETTER, without_document]
    data["records"][-1].update(action="release", representations=[without_document])
    _rewrite(scanned, data)
    result = _check(runner, scanned)
    assert result.exit_code == 0, result.stderr


def test_an_unquoted_on_key_written_by_hand_is_read_as_the_date(runner, scanned):
    data = decide_all(scanned)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    first = text.index("  action: redact")
    text = (
        text[:first]
        + "  representations:\n"
        + "  - by: Brightpath Care Ltd\n"
        + "    on: 2025-03-03\n"  # YAML 1.1 reads this key as the boolean true
        + "    summary: Asked that the rates be withheld.\n"
        + text[first:]
    )
    (scanned / "decisions/home-care.yaml").write_text(text)
    result = _check(runner, scanned)
    assert result.exit_code == 0, result.stderr


def test_a_representation_made_after_the_decision_is_a_problem(runner, scanned):
    data = decide_all(scanned)
    index = _first(data)
    data["records"][index]["representations"] = [LETTER, {**LETTER, "on": "2025-03-12"}]
    release = _first(data, "FOIA s.40(2)")
    data["records"][release].update(
        action="release", representations=[{**LETTER, "on": "2025-04-01"}]
    )
    data["records"][release + 1].update(review_by="2025-01-01")  # reported in the same run
    _rewrite(scanned, data)
    result = _check(runner, scanned)
    assert result.exit_code == 3
    records_ = data["records"]
    assert (
        f"decisions/home-care.yaml: record {index + 1} (candidate {records_[index]['candidate']}):"
        " representations.on: representation 2 (2025-03-12) was made after the decision"
        " (2025-03-10); only what was said before it can have been weighed" in result.stderr
    )
    assert (
        f"record {release + 1} (candidate {records_[release]['candidate']}): representations.on:"
        " representation 1 (2025-04-01) was made after the decision" in result.stderr
    )
    assert "review_by: must be after 'decided_on'" in result.stderr
    assert "representation 1 (2025-03-03)" not in result.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.pop("by"), "representations.by: required field is missing"),
        (lambda r: r.pop("on"), "representations.on: required field is missing"),
        (lambda r: r.pop("summary"), "representations.summary: required field is missing"),
        (lambda r: r.update(on="early March"), "representations.on: Input should be a valid date"),
        (lambda r: r.update(summary=" "), "representations.summary: String should have at least"),
        (lambda r: r.update(letter="x"), "representations.letter: unknown field"),
    ],
    ids=["no by", "no date", "no summary", "bad date", "empty summary", "unknown field"],
)
def test_each_representation_is_checked_field_by_field(runner, scanned, change, message):
    data = decide_all(scanned)
    representation = dict(LETTER)
    change(representation)
    data["records"][0]["representations"] = [representation]
    _rewrite(scanned, data)
    result = _check(runner, scanned)
    assert result.exit_code in (2, 3), result.stderr
    candidate = data["records"][0]["candidate"]
    expected = f"decisions/home-care.yaml: record 1 (candidate {candidate}): {message}"
    assert expected in result.stderr, result.stderr


# -- the officers' commands ----------------------------------------------------------------


def _redact_with(representations: str) -> str:
    """REDACT_S43_2 with ``representations`` as the answers about representations."""
    before, after = REDACT_S43_2.split(PUBLIC_REASON + "\n")
    assert after.startswith("\n"), "REDACT_S43_2 answers No right after the public reason"
    return before + PUBLIC_REASON + "\n" + representations + after[1:]


def test_review_records_one_representation_with_a_redaction(runner, scanned):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    answers = _redact_with(
        lines(
            "y",  # the supplier made representations
            "",  # by the supplier named in contract.yaml
            tomorrow.isoformat(),  # refused: after today
            "3 March 2025",
            LETTER["summary"],
            LETTER["document"],
            "",  # no other
        )
    )
    result = run(runner, scanned, "review", "home-care", input=answers + "q\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Did the supplier make representations about this passage? [y/N]: y" in out
    assert "Made by (the supplier or its representative) [Brightpath Care Ltd]:" in out
    assert f"  The date must not be after today ({long_date(dt.date.today())})." in out
    assert out.index("Did the supplier make representations") < out.index("Review by (a date")
    screen = out.split("Your decision")[1]
    assert "  Supplier's       • Brightpath Care Ltd, 3 March 2025: Asked that the hourly" in screen
    assert "\n  representations  " in screen
    assert "(recorded in letter-2025-03-03.pdf)" in flat(screen)
    assert screen.index("Conclusion") < screen.index("Supplier's") < screen.index("Decided by")
    (record,) = records(scanned)
    assert record["representations"] == [LETTER]


def test_review_records_two_representations_with_a_release(runner, scanned):
    answers = lines(
        "2",  # release
        "The rate is published in the Council's budget.",
        "y",
        "",
        "2025-03-03",
        "Asked that the rate be withheld.",
        "",  # no document
        "y",  # another
        "Hale & Co Solicitors, for Brightpath Care Ltd",
        "04/03/2025",
        "Repeated the request, citing a pending tender.",
        "hale-2025-03-04.pdf",
        "n",
        "y",  # save
        "q",
    )
    result = run(runner, scanned, "review", "home-care", input=answers)
    assert result.exit_code == 0, result.output
    # The second is made by the same person as the first unless the officer says otherwise.
    assert "Made by (the supplier or its representative) [Brightpath Care Ltd]:" in result.output
    screen = result.output.split("Your decision")[1].split("Save this decision?")[0]
    assert "  Why              The rate is published in the Council's budget.\n" in screen
    assert "\n  Supplier's       • Brightpath Care Ltd, 3 March 2025: Asked that the rate" in screen
    assert "\n  representations  " in screen
    assert (
        "• Hale & Co Solicitors, for Brightpath Care Ltd, 4 March 2025: Repeated the request,"
        " citing a pending tender. (recorded in hale-2025-03-04.pdf)" in flat(screen)
    )
    assert screen.index("Why") < screen.index("Supplier's") < screen.index("Decided by")
    (record,) = records(scanned)
    assert record["action"] == "release"
    assert record["representations"] == [
        {
            "by": "Brightpath Care Ltd",
            "on": "2025-03-03",
            "summary": "Asked that the rate be withheld.",
        },
        {
            "by": "Hale & Co Solicitors, for Brightpath Care Ltd",
            "on": "2025-03-04",
            "summary": "Repeated the request, citing a pending tender.",
            "document": "hale-2025-03-04.pdf",
        },
    ]


def test_no_representations_leaves_the_field_out(runner, scanned):
    result = run(runner, scanned, "review", "home-care", input=REDACT_S43_2 + "q\n")
    assert result.exit_code == 0, result.output
    assert "Did the supplier make representations about this passage? [y/N]: \n" in result.output
    assert "Supplier's" not in result.output
    (record,) = records(scanned)
    assert "representations" not in record


def test_redact_asks_for_representations_too(runner, scanned):
    from test_cli_redact import S41

    answers = S41.replace(
        "Details the provider gave in confidence.\n\n",
        "Details the provider gave in confidence.\n"
        + lines("y", "", "2025-03-01", "Said the care package was given in confidence.", "", ""),
    )
    result = run(runner, scanned, "redact", "home-care", "--text", "weekday care", input=answers)
    assert result.exit_code == 0, result.output
    (record,) = records(scanned)
    assert record["representations"] == [
        {
            "by": "Brightpath Care Ltd",
            "on": "2025-03-01",
            "summary": "Said the care package was given in confidence.",
        }
    ]


# -- the public site -----------------------------------------------------------------------


def test_the_contract_page_shows_the_representations_with_the_reasons(runner, scanned):
    data = decide_all(scanned)
    index = _first(data)
    data["records"][index]["representations"] = [
        LETTER,
        {
            "by": "Hale & Co <Solicitors>",
            "on": "2025-03-04",
            "summary": "Said <b>all</b> rates are confidential.",
        },
    ]
    _rewrite(scanned, data)
    result = invoke(runner, scanned, "build")
    assert result.exit_code == 0, result.stderr
    page = (scanned / "site/contracts/home-care/index.html").read_text()
    # The redaction with representations is explained apart from those without.
    assert page.count('class="tp-reason"') == 3
    assert page.count('class="tp-representations"') == 1
    reason = page.split('class="tp-representations"')[1].split("</details>")[0]
    assert "<summary>Representations from the supplier</summary>" in reason
    text = _text(reason)
    assert (
        "Brightpath Care Ltd, 3 March 2025: Asked that the hourly rates be withheld: they are"
        " quoted in bids elsewhere. (document: letter-2025-03-03.pdf)" in text
    )
    assert "Hale &amp; Co &lt;Solicitors&gt;, 4 March 2025:" in reason
    assert "Said &lt;b&gt;all&lt;/b&gt; rates are confidential." in reason
    assert "<b>all</b>" not in page
    pit = page.index('class="tp-pit"', page.index(f'id="redaction-{index + 1}"'))
    assert pit < page.index('class="tp-representations"') < page.index('class="tp-law"', pit)


def test_an_empty_list_is_no_representations(runner, scanned):
    data = decide_all(scanned, representations=[])
    _rewrite(scanned, data)
    assert _check(runner, scanned).exit_code == 0
    result = invoke(runner, scanned, "build")
    assert result.exit_code == 0, result.stderr
    page = (scanned / "site/contracts/home-care/index.html").read_text()
    assert page.count('class="tp-reason"') == 2
    assert "Representations from the supplier" not in page


def test_a_representation_quoting_the_withheld_text_stops_the_build(runner, scanned):
    data = decide_all(scanned)
    index = next(i for i, c in enumerate(scan_candidates(scanned)) if c["text"] == "£24.80")
    data["records"][index]["representations"] = [
        {**LETTER, "summary": "Asked that the rate of £24.80 be withheld."}
    ]
    _rewrite(scanned, data)
    result = invoke(runner, scanned, "build")
    assert result.exit_code == 4, result.stderr
