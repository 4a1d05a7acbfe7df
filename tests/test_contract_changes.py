"""A contract's history: contract.yaml's ``changes``, each change's document scanned, decided,
burnt in and leak-checked like the original, the contract page as the contract now stands with a
timeline, the OCDS amendments (validated offline against the official schema) and the
Procurement Act 2023 change-notice rules."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path

import docx
import pytest
import yaml
from conftest import CONTRACT_YAML, decide_all, invoke, write_docx
from jsonschema import Draft4Validator
from ocds_helpers import merge_patch
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from transparency.contracts.changes import (
    Change,
    ChangeNotice,
    ChangeNoticeRules,
    working_days_between,
)
from transparency.decisions import publication_gate
from transparency.site.contract_page import contract_page
from transparency.site.formatting import contract_status
from transparency.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).parent / "fixtures" / "ocds"

VARIATION = [
    ("Heading 1", "Variation 1 to the home care services contract"),
    (None, "From 1 October 2025 the service covers the Westmere villages."),
    (None, "Care in the Westmere villages is charged at £26.10 per hour."),
    (None, "Please send queries to Mr Tobias Rendle, tobias.rendle@brightpathcare.co.uk."),
]
EXTENSION = [
    ("Heading 1", "Extension of the home care services contract"),
    (None, "The contract is extended by twelve months, to 31 March 2029."),
    (None, "Payments shall be made to sort code 20-45-91, account number 70012345."),
]
CHANGES = [
    {
        "id": "variation-1",
        "date": dt.date(2025, 10, 1),
        "kind": "variation",
        "summary": "The Westmere villages added to the area served.",
        "document": "variation-1.docx",
        "value": {"amount": 2520000, "currency": "GBP"},
    },
    {
        "id": "extension-1",
        "date": dt.date(2026, 4, 1),
        "kind": "extension",
        "summary": "A fourth year, to 31 March 2029.",
        "reason": "The service will be let again with the reablement service in 2029.",
        "document": "extension-1.docx",
        "value": {"amount": 3300000, "currency": "GBP"},
        "ends": dt.date(2029, 3, 31),
        "notice": {"published": dt.date(2026, 3, 2), "reference": "CCN-1"},
    },
]
DOCUMENTS = [
    *CONTRACT_YAML["documents"],
    {"file": "variation-1.docx", "title": "Variation 1: the Westmere villages"},
    {"file": "extension-1.docx", "title": "Extension to March 2029"},
]


def _workspace(make_workspace, changes=CHANGES, **meta) -> Path:
    root = make_workspace(meta={"documents": DOCUMENTS, "changes": changes, **meta})
    folder = root / "contracts" / "home-care"
    write_docx(folder / "variation-1.docx", VARIATION)
    write_docx(folder / "extension-1.docx", EXTENSION)
    return root


def _meta_path(root: Path) -> str:
    return str(root / "contracts" / "home-care" / "contract.yaml")


def _set_changes(root: Path, changes: list[dict], **fields) -> None:
    path = Path(_meta_path(root))
    data = yaml.safe_load(path.read_text())
    data["changes"] = changes
    data.update(fields)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


@pytest.fixture
def published(runner, make_workspace) -> Path:
    root = _workspace(make_workspace)
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output
    assert "Leak check passed" in result.output
    return root


# The model and its validation


def test_every_problem_of_the_changes_at_once_naming_the_change_and_field(runner, make_workspace):
    root = _workspace(make_workspace)
    broken = [
        {**CHANGES[0], "kind": "novation", "summary": ""},
        {**{k: v for k, v in CHANGES[1].items() if k != "date"}, "value": {"amount": -1}},
        {**CHANGES[1], "id": "extension-2", "colour": "red", "notice": {"published": "soon"}},
    ]
    _set_changes(root, broken)
    result = invoke(runner, root, "scan")
    assert result.exit_code == 2
    path = _meta_path(root)
    assert result.output.splitlines() == [
        f"{path}: change 1 (variation-1): kind: Input should be 'variation', 'extension',"
        " 'price review' or 'termination'",
        f"{path}: change 1 (variation-1): summary: String should have at least 1 character",
        f"{path}: change 2 (extension-1): date: required field is missing",
        f"{path}: change 2 (extension-1): value.amount: Input should be greater than or equal to 0",
        f"{path}: change 3 (extension-2): notice.published: Input should be a valid date or"
        " datetime, input is too short",
        f"{path}: change 3 (extension-2): colour: unknown field (check its spelling against"
        " the reference)",
        "6 invalid fields found.",
    ]


def test_changes_are_checked_against_the_contract_and_each_other(runner, make_workspace):
    root = _workspace(make_workspace)
    broken = [
        {**CHANGES[1], "date": dt.date(2026, 4, 1)},  # an extension of 2029
        {**CHANGES[0], "date": dt.date(2025, 2, 1), "document": "missing.docx"},
        {
            "id": "extension-1",
            "date": dt.date(2026, 5, 1),
            "kind": "extension",
            "summary": "Longer.",
            "document": "extension-1.docx",
            "value": {"amount": 1, "currency": "EUR"},
            "ends": dt.date(2028, 1, 1),
        },
        {
            "id": "review-1",
            "date": dt.date(2026, 6, 1),
            "kind": "price review",
            "summary": "Rates reviewed.",
            "document": "contract.docx",
        },
        {
            "id": "end",
            "date": dt.date(2026, 7, 1),
            "kind": "termination",
            "summary": "Ended early.",
            "document": "variation-1.docx",
            "ends": dt.date(2030, 1, 1),
        },
        {**CHANGES[0], "id": "late", "date": dt.date(2026, 8, 1), "document": "extension-1.docx"},
    ]
    _set_changes(root, broken)
    result = invoke(runner, root, "review", "home-care", "--officer", "A. Officer")
    assert result.exit_code == 2
    path = _meta_path(root)
    assert result.output.splitlines() == [
        f"{path}: change 2 (variation-1): document: 'missing.docx' is not one of the contract's"
        " documents; list it under 'documents' (file and title) so that it is scanned and"
        " redacted",
        f"{path}: change 2 (variation-1): date: is before the contract was awarded",
        f"{path}: change 2 (variation-1): date: is before the change listed above it; list the"
        " changes in date order",
        f"{path}: change 3 (extension-1): id: 'extension-1' names another change too",
        f"{path}: change 3 (extension-1): document: records change 1 already",
        f"{path}: change 3 (extension-1): value.currency: is not the contract's currency (GBP)",
        f"{path}: change 3 (extension-1): ends: an extension must end later than the contract"
        " did before it (2029-03-31)",
        f"{path}: change 4 (review-1): document: is the original contract, not a change to it",
        f"{path}: change 4 (review-1): value: a price review needs the new total value",
        # Measured against the end date as the changes above it left it.
        f"{path}: change 5 (end): ends: a termination cannot end the contract later than it was"
        " to end (2028-01-01)",
        f"{path}: change 6 (late): document: records change 1 already",
        f"{path}: change 6 (late): date: comes after the contract's termination",
        "12 invalid fields found.",
    ]


def test_every_field_of_a_change_is_documented():
    formats = (ROOT / "docs" / "file-formats.md").read_text()
    for model in (Change, ChangeNotice, ChangeNoticeRules):
        missing = [f for f in model.model_fields if f"`{f}`" not in formats]
        assert not missing, f"{model.__name__} fields missing from docs/file-formats.md"


# Each change's document: scanned, decided, burnt in and leak-checked


def _candidates(root: Path) -> list[dict]:
    return yaml.safe_load((root / "redaction" / "home-care.yaml").read_text())["candidates"]


def test_a_change_document_is_scanned_and_must_be_decided(runner, make_workspace):
    root = _workspace(make_workspace)
    assert invoke(runner, root, "scan", "home-care").exit_code == 0
    by_document = {c["document"] for c in _candidates(root)}
    assert by_document == {"contract.docx", "variation-1.docx", "extension-1.docx"}
    texts = {c["text"] for c in _candidates(root) if c["document"] == "variation-1.docx"}
    assert {"£26.10", "tobias.rendle@brightpathcare.co.uk"} <= texts
    decisions = decide_all(root)
    decisions["records"] = [
        r
        for r, c in zip(decisions["records"], _candidates(root), strict=True)
        if c["document"] != "extension-1.docx"
    ]
    (root / "decisions" / "home-care.yaml").write_text(yaml.safe_dump(decisions))
    result = invoke(runner, root, "check", "--gate-only")
    assert result.exit_code == 3
    undecided = [line for line in result.output.splitlines() if "is undecided" in line]
    assert undecided and all("extension-1.docx" in line for line in undecided)


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_a_change_documents_redactions_are_burnt_in_and_leak_checked(published):
    site = published / "site" / "contracts" / "home-care"
    variation = _docx_text(site / "variation-1.docx")
    extension = _docx_text(site / "extension-1.docx")
    assert "the Westmere villages" in variation and "twelve months" in extension
    redacted = [c["text"] for c in _candidates(published) if c["document"] != "contract.docx"]
    assert "£26.10" in redacted and "70012345" in redacted
    for path in published.joinpath("site").rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".csv"}:
            text = path.read_text(encoding="utf-8")
            assert not any(t in text for t in redacted), path
    for text in redacted:
        assert text not in variation and text not in extension


def test_the_leak_check_covers_a_change_documents_redactions(runner, published):
    # The extension's redacted account number written into one of the publisher's pages.
    (published / "pages" / "index.md").write_text("# Contracts\n\nPaid to 70012345.\n")
    result = invoke(runner, published, "build")
    assert result.exit_code == 4, result.output
    assert "extension-1.docx" in result.output and "70012345" not in result.output


# The contract page


def _page(root: Path) -> str:
    return (root / "site" / "contracts" / "home-care" / "index.html").read_text(encoding="utf-8")


def _row(html: str, name: str) -> str:
    match = re.search(rf'<th scope="row">{name}</th><td>(.*?)</td>', html)
    assert match, name
    return match.group(1)


def test_the_contract_page_shows_the_contract_as_it_now_stands(published):
    page = _page(published)
    assert _row(page, "Total value") == "£3,300,000 (as awarded: £2,400,000)"
    assert _row(page, "Runs") == "1 April 2025 to 31 March 2029 (as awarded: to 31 March 2028)"


def test_the_contract_page_has_a_timeline_of_changes_with_their_documents(published):
    page = _page(published)
    timeline = re.search(r'<ol class="tp-timeline">(.*?)</ol>', page, re.S).group(1)
    items = re.findall(
        r'<li class="tp-change">(.*?)</li>\s*(?=<li class="tp-change">|$)', timeline, re.S
    )
    assert len(items) == 2
    assert "Variation" in items[0] and "1 October 2025" in items[0]
    assert "Total value £2,400,000 → £2,520,000" in items[0]
    assert "Extension" in items[1] and "End date 31 March 2028 → 31 March 2029" in items[1]
    assert "Change notice published on 2 March 2026 (CCN-1)" in items[1]
    assert "Why: The service will be let again" in items[1]
    assert 'href="#change-variation-1"' in items[0]
    # Each change's document under its change, redacted, with markers linking to the reasons.
    start = page.index('<h3 id="change-variation-1">')
    end = page.index('<h3 id="change-extension-1">')
    section = page[start:end]
    assert "the Westmere villages" in section and 'class="redaction"' in section
    assert "£26.10" not in page
    # ... and not among the original documents.
    assert not re.search(r"<h2[^>]*>Variation 1: the Westmere villages", page)


def test_a_change_yet_to_take_effect_is_shown_as_such(published):
    [release] = publication_gate(Workspace.open(published), today=dt.date(2026, 1, 1))
    page = contract_page(release, lambda target: target, today=dt.date(2026, 1, 1))
    assert "£2,520,000 (as awarded: £2,400,000)" in page
    assert "1 April 2025 to 31 March 2028</td>" in page
    assert "Takes effect on 1 April 2026" in page and "From 1 October 2025" in page


def test_the_register_lists_the_contract_as_it_now_stands(published):
    index = (published / "site" / "contracts" / "index.html").read_text(encoding="utf-8")
    row = re.search(r"<tr><td><a [^>]*>[^<]*</a></td>.*?</tr>", index, re.S).group(0)
    assert '<td data-value="3300000">£3,300,000</td>' in row
    assert '<td data-value="2029-03-31">31 March 2029</td>' in row
    assert "£2,400,000" not in row and "31 March 2028" not in row
    home = (published / "site" / "index.html").read_text(encoding="utf-8")
    figure = re.search(r'<span class="tp-number">([^<]*)</span> total value', home).group(1)
    assert figure == "£3,300,000"


def test_an_extended_contract_is_active_until_its_new_end(published):
    [release] = publication_gate(Workspace.open(published), today=dt.date(2026, 1, 1))
    assert contract_status(release, dt.date(2028, 6, 1)) == "Active"
    assert contract_status(release, dt.date(2029, 4, 1)) == "Ended"


# The open data


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    def load(name: str) -> dict:
        return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))

    release = merge_patch(
        load("release-schema.json"), load("withheldInformation/release-schema.json")
    )
    registry = Registry().with_resource(release["id"], Resource.from_contents(release, DRAFT4))
    return Draft4Validator(
        load("release-package-schema.json"),
        registry=registry,
        format_checker=Draft4Validator.FORMAT_CHECKER,
    )


def _errors(validator, package: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(package)
    ]


def test_each_change_is_an_ocds_amendment_with_its_own_release(published, validator):
    package = json.loads((published / "site" / "open-data" / "contracts.json").read_text())
    assert _errors(validator, package) == []
    signed, variation, extension = package["releases"]
    assert [r["tag"] for r in package["releases"]] == [
        ["contract"],
        ["contractAmendment"],
        ["contractAmendment"],
    ]
    assert len({r["ocid"] for r in package["releases"]}) == 1
    dates = [r["date"] for r in package["releases"]]
    assert dates == sorted(dates)
    assert signed["contracts"][0]["value"]["amount"] == 2400000
    assert [d["id"] for d in signed["contracts"][0]["documents"]] == ["contract.docx"]
    (amendment,) = variation["contracts"][0]["amendments"]
    assert amendment == {
        "id": "variation-1",
        "date": "2025-10-01T00:00:00Z",
        "rationale": "The Westmere villages added to the area served.",
        "description": "The Westmere villages added to the area served.",
        "amendsReleaseID": signed["id"],
        "releaseID": variation["id"],
    }
    (later,) = extension["contracts"][0]["amendments"]
    assert later["amendsReleaseID"] == variation["id"] and later["releaseID"] == extension["id"]
    assert later["rationale"].startswith("The service will be let again")
    contract = extension["contracts"][0]
    assert contract["value"] == {"amount": 3300000, "currency": "GBP"}
    assert contract["period"]["endDate"] == "2029-03-31T23:59:59Z"
    assert [d["id"] for d in contract["documents"]] == ["extension-1.docx"]
    assert contract["documents"][0]["documentType"] == "contractAnnexe"
    candidates = _candidates(published)
    in_extension = [c for c in candidates if c["document"] == "extension-1.docx"]
    assert len(extension["withheldInformation"]) == len(in_extension) > 0
    # The one-contract download carries the same three releases.
    single = json.loads(
        (published / "site" / "contracts" / "home-care" / "release.json").read_text()
    )
    assert _errors(validator, single) == []
    assert [r["id"] for r in single["releases"]] == [r["id"] for r in package["releases"]]
    # The register gives the contract as it now stands.
    register = (published / "site" / "open-data" / "contracts.csv").read_text()
    assert ",3300000,GBP," in register and ",2029-03-31," in register


def test_a_termination_is_a_contract_termination_release(runner, make_workspace, validator):
    end = {
        "id": "termination",
        "date": dt.date(2025, 12, 31),
        "kind": "termination",
        "summary": "Ended by agreement.",
        "document": "variation-1.docx",
        "notice": {"published": dt.date(2025, 11, 3), "url": "https://notices.example/ccn/7"},
    }
    root = _workspace(make_workspace, changes=[end])
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    [release] = publication_gate(Workspace.open(root))
    from transparency.site import opendata

    package = opendata.ocds_release_package(
        [release],
        publisher="Anyshire",
        base_url="https://x.example/",
        published="2026-01-15T00:00:00Z",
    )
    assert _errors(validator, package) == []
    last = package["releases"][-1]
    assert last["tag"] == ["contractTermination"]
    contract = last["contracts"][0]
    assert contract["status"] == "terminated"
    assert contract["period"]["endDate"] == "2025-12-31T23:59:59Z"
    assert contract["documents"][0]["documentType"] == "contractArrangements"
    assert contract["documents"][1]["documentType"] == "notice"
    assert contract["documents"][1]["url"] == "https://notices.example/ccn/7"


# The Procurement Act 2023 change-notice rules


def _gate(runner, root: Path):
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    return invoke(runner, root, "check", "--gate-only")


def test_a_change_over_the_threshold_needs_a_change_notice(runner, make_workspace):
    without = {k: v for k, v in CHANGES[1].items() if k != "notice"}
    root = _workspace(make_workspace, changes=[CHANGES[0], without])
    result = _gate(runner, root)
    assert result.exit_code == 3
    assert result.output.splitlines()[0] == (
        f"{_meta_path(root)}: change 2 (extension-1): notice: a contract change notice is"
        " required before this change takes effect (the value moves by 32.5% of the awarded"
        " value, more than 10% for goods and services); record it as notice.published"
    )


@pytest.mark.parametrize(
    ("category", "needed"), [(None, True), ("services", True), ("works", False)]
)
def test_the_threshold_for_works_is_higher(runner, make_workspace, category, needed):
    change = {**CHANGES[0], "value": {"amount": 2700000}}  # 12.5% of the awarded value
    meta = {"procurement_category": category} if category else {}
    root = _workspace(make_workspace, changes=[change], **meta)
    result = _gate(runner, root)
    assert (result.exit_code == 3) is needed, result.output
    assert ("notice: a contract change notice is required" in result.output) is needed


def test_the_thresholds_are_settings(runner, make_workspace):
    without = {k: v for k, v in CHANGES[1].items() if k != "notice"}
    root = _workspace(make_workspace, changes=[CHANGES[0], without])
    (root / "transparency.yaml").write_text("change_notices:\n  goods_services_percent: 40\n")
    result = _gate(runner, root)
    assert result.exit_code == 0, result.output


def test_a_notice_published_after_the_change_is_refused(runner, make_workspace):
    late = {**CHANGES[1], "notice": {"published": dt.date(2026, 4, 2)}}
    root = _workspace(make_workspace, changes=[CHANGES[0], late])
    result = _gate(runner, root)
    assert result.exit_code == 3
    assert result.output.splitlines()[0] == (
        f"{_meta_path(root)}: change 2 (extension-1): notice.published: the change notice was"
        " published after the change took effect; it must be published before"
    )


@pytest.mark.parametrize(
    ("published", "warning"),
    [
        (dt.date(2026, 3, 2), None),
        (
            dt.date(2026, 3, 27),
            "the change took effect 3 working day(s) after its notice; the voluntary standstill"
            " is 8",
        ),
        (
            dt.date(2026, 4, 1),
            "the change notice was published on the day the change took effect; it must come"
            " before it",
        ),
    ],
)
def test_the_standstill_and_same_day_notices_are_warnings(
    runner, make_workspace, caplog, published, warning
):
    change = {**CHANGES[1], "notice": {"published": published}}
    root = _workspace(make_workspace, changes=[CHANGES[0], change])
    with caplog.at_level(logging.WARNING, logger="transparency.decisions.gate"):
        result = _gate(runner, root)
    assert result.exit_code == 0, result.output
    messages = [r.getMessage() for r in caplog.records if r.name == "transparency.decisions.gate"]
    if warning is None:
        assert messages == []
    else:
        assert messages == [
            f"{_meta_path(root)}: change 2 (extension-1): notice.published: {warning}"
        ]


@pytest.mark.parametrize(
    ("first", "last", "days"),
    [
        (dt.date(2026, 3, 2), dt.date(2026, 3, 3), 1),  # Monday to Tuesday
        (dt.date(2026, 3, 6), dt.date(2026, 3, 9), 1),  # Friday to Monday
        (dt.date(2026, 4, 2), dt.date(2026, 4, 7), 1),  # over Good Friday and Easter Monday
        (dt.date(2026, 12, 21), dt.date(2027, 1, 4), 7),  # Christmas, Boxing Day, New Year
        (dt.date(2026, 3, 2), dt.date(2026, 3, 2), 0),
    ],
)
def test_working_days_leave_out_weekends_and_bank_holidays(first, last, days):
    assert working_days_between(first, last) == days


# The sample workspace


def test_the_sample_shows_a_variation_and_an_extension():
    workspace = Workspace.open(ROOT)
    meta = workspace.contract("grounds-maintenance-2025").meta
    assert [c.kind for c in meta.changes] == ["variation", "extension"]
    assert [Path(c.document).suffix for c in meta.changes] == [".pdf", ".docx"]
    scan = yaml.safe_load((ROOT / "redaction" / "grounds-maintenance-2025.yaml").read_text())
    decisions = yaml.safe_load((ROOT / "decisions" / "grounds-maintenance-2025.yaml").read_text())
    redacted = {r["candidate"] for r in decisions["records"] if r["action"] == "redact"}
    for change in meta.changes:
        assert any(
            c["document"] == change.document and c["id"] in redacted for c in scan["candidates"]
        ), change.document
