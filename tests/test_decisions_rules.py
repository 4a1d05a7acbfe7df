"""Decision records: every rule, one failing case each, errors naming file, record and field."""

from __future__ import annotations

import pytest
import yaml
from conftest import decide_all, invoke


@pytest.fixture
def decided(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    data = decide_all(root)
    return root, data


def _rewrite(root, data):
    (root / "decisions/home-care.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    )


def _first(data, category_exemption):
    return next(i for i, r in enumerate(data["records"]) if r["exemption"] == category_exemption)


CASES = [
    (
        "unknown exemption",
        "FOIA s.43(2)",
        lambda r: r.update(exemption="FOIA s.99"),
        "exemption: unknown exemption 'FOIA s.99'; use one of:",
    ),
    (
        "no public interest test",
        "FOIA s.43(2)",
        lambda r: r.pop("public_interest"),
        "public_interest: FOIA s.43(2) is qualified: record the public interest test",
    ),
    (
        "half a public interest test",
        "FOIA s.43(2)",
        lambda r: r["public_interest"].pop("conclusion"),
        "public_interest.conclusion: required field is missing",
    ),
    (
        "no harm for a prejudice-based exemption",
        "FOIA s.43(2)",
        lambda r: r.pop("harm"),
        "harm: FOIA s.43(2) is prejudice-based",
    ),
    (
        "no justification for an absolute exemption",
        "FOIA s.40(2)",
        lambda r: r.pop("justification"),
        "justification: FOIA s.40(2) is not subject to the public interest test",
    ),
    (
        "no public reason",
        "FOIA s.40(2)",
        lambda r: r.pop("public_reason"),
        "public_reason: required field is missing",
    ),
    (
        "no decider",
        "FOIA s.40(2)",
        lambda r: r.pop("decided_by"),
        "decided_by: required field is missing",
    ),
    (
        "no decision date",
        "FOIA s.40(2)",
        lambda r: r.pop("decided_on"),
        "decided_on: required field is missing",
    ),
    (
        "bad date",
        "FOIA s.40(2)",
        lambda r: r.update(decided_on="last Tuesday"),
        "decided_on: Input should be a valid date",
    ),
    (
        "no review date",
        "FOIA s.40(2)",
        lambda r: r.pop("review_by"),
        "review_by: a redaction needs a date by which it will be reviewed",
    ),
    (
        "unknown action",
        "FOIA s.40(2)",
        lambda r: r.update(action="hide"),
        "action: Input should be 'redact' or 'release'",
    ),
    (
        "self-approval",
        "FOIA s.40(2)",
        lambda r: r.update(approved_by="A. Officer"),
        "approved_by: the approver must be someone other than the decider",
    ),
    (
        "typo in a field name",
        "FOIA s.40(2)",
        lambda r: r.update(publc_reason="x"),
        "publc_reason: unknown field",
    ),
]


@pytest.mark.parametrize(
    ("name", "exemption", "change", "message"), CASES, ids=[c[0] for c in CASES]
)
def test_rule(runner, decided, name, exemption, change, message):
    root, data = decided
    index = _first(data, exemption)
    change(data["records"][index])
    _rewrite(root, data)
    result = invoke(runner, root, "check")
    assert result.exit_code in (2, 3), result.output
    candidate = data["records"][index]["candidate"]
    expected = f"decisions/home-care.yaml: record {index + 1} (candidate {candidate}): {message}"
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_every_problem_is_reported_at_once(runner, decided):
    root, data = decided
    for record in data["records"]:
        record.pop("public_reason")
    _rewrite(root, data)
    result = invoke(runner, root, "check")
    assert result.stderr.count("public_reason: required field is missing") == 6


def test_redacting_the_total_value_needs_an_override(runner, decided):
    root, data = decided
    data["records"].append(
        {
            "document": "contract.docx",
            "start": 0,
            "end": 1,
            "text": "x",
            "action": "redact",
            "exemption": "FOIA s.40(2)",
            "justification": "j",
            "public_reason": "r",
            "decided_by": "A. Officer",
            "decided_on": "2025-03-10",
            "review_by": "2099-01-01",
        }
    )
    text = "£2,400,000"
    body = root / "contracts/home-care/contract.docx"
    assert body.exists()
    from transparency.contracts import read_document

    doc = read_document(body)
    start = doc.text.index(text)
    data["records"][-1].update(start=start, end=start + len(text), text=text)
    _rewrite(root, data)
    result = invoke(runner, root, "check")
    assert (
        "override: '£2,400,000' is the total contract value, which must be published"
        in result.stderr
    )
    data["records"][-1]["override"] = "Disclosure would reveal a classified programme's budget."
    _rewrite(root, data)
    assert invoke(runner, root, "check").exit_code == 0


def test_manual_span_must_match_the_document(runner, decided):
    root, data = decided
    data["records"].append(
        {
            "document": "contract.docx",
            "start": 0,
            "end": 4,
            "text": "Nope",
            "action": "redact",
            "exemption": "FOIA s.40(2)",
            "justification": "j",
            "public_reason": "r",
            "decided_by": "A. Officer",
            "decided_on": "2025-03-10",
            "review_by": "2099-01-01",
        }
    )
    _rewrite(root, data)
    result = invoke(runner, root, "check")
    assert result.exit_code == 3
    assert "the text at 0-4 of contract.docx is 'Home', not 'Nope'" in result.stderr


def test_invalid_decisions_yaml_is_reported(runner, decided):
    root, _ = decided
    (root / "decisions/home-care.yaml").write_text(
        "contract: home-care\nrecords:\n  - candidate: [\n"
    )
    result = invoke(runner, root, "check")
    assert result.exit_code == 3
    assert "decisions/home-care.yaml: line" in result.stderr
    assert "invalid YAML" in result.stderr


def test_environmental_document_needs_eir(runner, make_workspace):
    root = make_workspace(meta={"environmental": True})
    invoke(runner, root, "scan")
    scan = yaml.safe_load((root / "redaction/home-care.yaml").read_text())
    assert {c["exemption"] for c in scan["candidates"]} == {"EIR reg 12(5)(e)", "EIR reg 13"}
    data = decide_all(root, exemption="FOIA s.41", justification="j")
    result = invoke(runner, root, "check")
    assert "the document is environmental information, so the EIR applies" in result.stderr
    assert data
