"""The open data: the OCDS 1.1 package (validated offline against the official schemas with the
withheld information extension), the contracts register and the redactions register."""

from __future__ import annotations

import copy
import csv
import dataclasses
import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import decide_all, invoke
from jsonschema import Draft4Validator
from ocds_helpers import merge_patch
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from transparency.decisions import load_catalogue, publication_gate
from transparency.errors import ConfigError
from transparency.site import opendata
from transparency.site.leaks import Secret, find_leaks
from transparency.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).parent / "fixtures" / "ocds"
BASE = "https://contracts.anyshire.example/"
PUBLISHED = "2026-01-15T09:00:00Z"
#: A date before the sample decisions' review dates, so the gate passes whenever the suite runs.
TODAY = dt.date(2026, 1, 15)
SAMPLE_IDS = ("highways-maintenance-2025", "home-care-2025", "it-managed-services-2025")


def _load(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    release_schema = merge_patch(
        _load("release-schema.json"), _load("withheldInformation/release-schema.json")
    )
    package_schema = _load("release-package-schema.json")
    assert "1__1__" in release_schema["id"] and "1__1__" in package_schema["id"]
    registry = Registry().with_resource(
        release_schema["id"], Resource.from_contents(release_schema, DRAFT4)
    )
    return Draft4Validator(
        package_schema, registry=registry, format_checker=Draft4Validator.FORMAT_CHECKER
    )


def _errors(validator: Draft4Validator, package: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(package)
    ]


@pytest.fixture(scope="module")
def sample():
    """Three contracts of the repository's sample workspace and their redactions (the tests
    below state facts of these three, in this order)."""
    releases = {r.contract.id: r for r in publication_gate(Workspace.open(ROOT), today=TODAY)}
    return [releases[cid] for cid in SAMPLE_IDS]


def _package(releases, **kwargs) -> dict:
    return opendata.ocds_release_package(
        releases,
        publisher="Anyshire County Council",
        base_url=BASE,
        published=PUBLISHED,
        **kwargs,
    )


def _write_open_data(folder: Path, releases) -> Path:
    """The files as the site publishes them."""
    (folder / "open-data").mkdir(parents=True)
    (folder / "open-data" / "contracts.json").write_text(
        opendata.json_text(_package(releases)), encoding="utf-8"
    )
    (folder / "open-data" / "contracts.csv").write_text(
        opendata.contracts_csv(releases), encoding="utf-8", newline=""
    )
    (folder / "open-data" / "redactions.csv").write_text(
        opendata.redactions_csv(releases), encoding="utf-8", newline=""
    )
    for release in releases:
        single = _package([release], uri=f"{BASE}contracts/{release.contract.id}/release.json")
        path = folder / "contracts" / release.contract.id / "release.json"
        path.parent.mkdir(parents=True)
        path.write_text(opendata.json_text(single), encoding="utf-8")
    return folder


def _secrets(releases) -> list[Secret]:
    return [
        Secret(r.text, f"{rel.contract.id}: redaction {r.number}")
        for rel in releases
        for r in rel.redactions
    ]


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# The OCDS package


def test_the_package_is_valid_ocds_1_1_with_the_withheld_information_extension(sample, validator):
    package = _package(sample)
    assert _errors(validator, package) == []
    assert package["version"] == "1.1"
    assert package["extensions"] == [opendata.WITHHELD_INFORMATION_EXTENSION]
    assert package["uri"] == f"{BASE}open-data/contracts.json"


def test_one_release_per_contract(sample):
    releases = _package(sample)["releases"]
    assert [r["ocid"] for r in releases] == [
        f"ocds-transparency-{rel.contract.id}" for rel in sample
    ]
    assert len({r["id"] for r in releases}) == len(sample) == 3
    for release, source in zip(releases, sample, strict=True):
        meta = source.contract.meta
        assert release["tag"] == ["contract"]
        (contract,) = release["contracts"]
        assert contract["id"] == meta.reference
        assert contract["value"] == {"amount": int(meta.value.amount), "currency": "GBP"}
        assert [d["id"] for d in contract["documents"]] == [d.file for d in meta.documents]
        assert {d["documentType"] for d in contract["documents"]} == {"contractSigned"}
        assert release["awards"][0]["suppliers"][0]["id"] == f"GB-COH-{meta.supplier_id}"


def test_documents_link_to_the_published_copies(sample):
    (release,) = _package([sample[2]])["releases"]
    urls = [d["url"] for d in release["contracts"][0]["documents"]]
    assert urls == [
        f"{BASE}contracts/it-managed-services-2025/contract.pdf",
        f"{BASE}contracts/it-managed-services-2025/schedule-data-processing.docx",
    ]


def test_every_redaction_is_a_withheld_information_item(sample):
    for release, source in zip(_package(sample)["releases"], sample, strict=True):
        items = release["withheldInformation"]
        assert len(items) == len(source.redactions) > 0
        for item, redaction in zip(items, source.redactions, strict=True):
            assert item["id"] == f"redaction-{redaction.number}"
            assert item["field"] == "contracts/documents"
            assert item["rationale"] == redaction.decision.public_reason
            assert item["rationaleClassifications"] == [
                {
                    "scheme": redaction.exemption.regime,
                    "id": redaction.exemption.code,
                    "description": redaction.exemption.title,
                }
            ]
            assert item["availabilityDate"] == f"{redaction.decision.review_by}T00:00:00Z"


def test_each_document_states_what_was_withheld_and_on_which_grounds(sample):
    (release,) = _package([sample[2]])["releases"]
    schedule = release["contracts"][0]["documents"][1]
    withheld = sample[2].redactions_in("schedule-data-processing.docx")
    assert schedule["description"] == (
        f"Information has been withheld from this document in {len(withheld)} places, under:"
        f" FOIA s.40(2) ({len(withheld)} passages)."
    )


def test_a_procurement_act_ground_gives_the_section_94_3_statement(sample):
    pa23 = load_catalogue().get("PA23 s.94(1)(b)")
    release = sample[0]
    changed = dataclasses.replace(
        release, redactions=[dataclasses.replace(r, exemption=pa23) for r in release.redactions]
    )
    statement = opendata.withholding_statement(changed.redactions)
    count = len(release.redactions)
    assert statement.startswith(
        f"Information has been withheld from this document in {count} places, under:"
        f" PA23 s.94(1)(b) ({count} passages)."
    )
    assert "section 94(3) of the Procurement Act 2023" in statement
    assert "section 94(3)" not in opendata.withholding_statement(release.redactions)
    assert opendata.withholding_statement([]) == (
        "Published in full: nothing has been withheld from this document."
    )


def test_a_contract_with_nothing_withheld_has_no_withheld_information(sample, validator):
    release = dataclasses.replace(sample[0], redactions=[])
    package = _package([release])
    assert _errors(validator, package) == []
    assert "withheldInformation" not in package["releases"][0]


def test_one_contracts_download_is_a_valid_package_of_one_release(sample, validator):
    uri = f"{BASE}contracts/home-care-2025/release.json"
    package = _package([sample[1]], uri=uri)
    assert _errors(validator, package) == []
    assert package["uri"] == uri
    assert package["releases"] == [
        opendata.ocds_release(sample[1], base_url=BASE, published=PUBLISHED)
    ]


def test_a_package_written_from_each_release_written_once_is_the_same_text():
    """The site writes each release once and places it in the register's package and in its
    contract's own: the files are the text of the packages as ``json_text`` writes them, for
    every contract of the sample workspace (changes, a licence, none at all included)."""
    releases = publication_gate(Workspace.open(ROOT), today=TODAY)
    assert any(r.contract.meta.changes for r in releases)  # amendments have releases of their own
    options = {"publisher": "Anyshire County Council", "base_url": BASE, "published": PUBLISHED}

    def texts(chosen):
        return [
            opendata.release_text(item)
            for r in chosen
            for item in opendata.contract_releases(r, base_url=BASE, published=PUBLISHED)
        ]

    for chosen, extra in [
        (releases, {"license_url": "https://example.org/licence"}),
        (releases[:1], {"uri": f"{BASE}contracts/one/release.json"}),
        ([], {}),
    ]:
        expected = opendata.json_text(opendata.ocds_release_package(chosen, **options, **extra))
        assert opendata.package_text(texts(chosen), **options, **extra) == expected


def test_the_validator_rejects_what_the_extension_forbids(sample, validator):
    package = _package([sample[1]])
    broken = copy.deepcopy(package)
    item = broken["releases"][0]["withheldInformation"][0]
    del item["id"]
    item["availabilityDate"] = "10 June 2027"
    broken["releases"][0]["tag"] = ["signed"]
    errors = _errors(validator, broken)
    assert any("'id' is a required property" in e for e in errors)
    assert any("is not a 'date-time'" in e for e in errors)
    assert any("'signed' is not one of" in e for e in errors)


def test_release_ids_are_stable_and_change_with_the_content(sample):
    first = opendata.ocds_release(sample[0], base_url=BASE, published=PUBLISHED)
    again = opendata.ocds_release(sample[0], base_url=BASE, published=PUBLISHED)
    fewer = dataclasses.replace(sample[0], redactions=sample[0].redactions[1:])
    changed = opendata.ocds_release(fewer, base_url=BASE, published=PUBLISHED)
    assert first == again
    assert changed["id"] != first["id"] and changed["ocid"] == first["ocid"]


def test_the_ocid_prefix_is_configurable(sample):
    release = opendata.ocds_release(
        sample[0], base_url=BASE, published=PUBLISHED, ocid_prefix="ocds-abc123-"
    )
    assert release["ocid"] == "ocds-abc123-highways-maintenance-2025"


@pytest.mark.parametrize(
    ("published", "status"),
    [
        ("2025-01-01T00:00:00Z", "pending"),
        (PUBLISHED, "active"),
        ("2031-01-01T00:00:00Z", "terminated"),
    ],
)
def test_contract_status_on_the_publication_date(sample, published, status):
    release = opendata.ocds_release(sample[0], base_url=BASE, published=published)
    assert release["contracts"][0]["status"] == status


@pytest.mark.parametrize("base_url", ["", "/", "contracts.example.gov.uk"])
def test_the_site_address_is_required(sample, base_url):
    with pytest.raises(ConfigError, match="needs the site's full address"):
        opendata.ocds_release_package(
            sample, publisher="Anyshire", base_url=base_url, published=PUBLISHED
        )


# Nothing redacted


def test_no_redacted_text_in_any_open_data_file(sample, tmp_path):
    folder = _write_open_data(tmp_path, sample)
    assert find_leaks(folder, _secrets(sample)) == []
    texts = [p.read_text(encoding="utf-8") for p in folder.rglob("*.*")]
    assert len(texts) == 6
    for redaction in (r for rel in sample for r in rel.redactions):
        assert not any(redaction.text in text for text in texts), redaction.text


# The CSV registers


def test_contracts_register_has_the_transparency_code_columns(sample):
    rows = _rows(opendata.contracts_csv(sample))
    assert tuple(rows[0]) == (
        "Contract ID",
        "Reference",
        "Title",
        "Buyer",
        "Department",
        "Description",
        "Supplier",
        "Supplier address",
        "Supplier registration number",
        "SME",
        "VCSE",
        "Value",
        "Currency",
        "Irrecoverable VAT",
        "Awarded",
        "Start date",
        "End date",
        "Review date",
        "Invitation to quote or tender",
        "Procedure",
        "Redactions",
        "Grounds for withholding",
    )
    assert len(rows) == 4
    home_care = dict(zip(rows[0], rows[2], strict=True))
    assert home_care["Reference"] == "ACC-ASC-2025-007"
    assert home_care["Value"] == "8460000"
    assert home_care["Supplier registration number"] == "10482736"
    assert home_care["Start date"] == "2025-07-01"
    assert home_care["Redactions"] == str(len(sample[1].redactions))
    # What the sample's contract.yaml does not give is left empty.
    assert home_care["Irrecoverable VAT"] == home_care["SME"] == home_care["Review date"] == ""


def test_redactions_register_lists_every_redaction_and_its_reason(sample):
    rows = _rows(opendata.redactions_csv(sample))
    assert tuple(rows[0]) == (
        "Contract ID",
        "Reference",
        "Supplier",
        "Redaction",
        "Document",
        "Exemption",
        "Regime",
        "Family",
        "Public reason",
        "Decided on",
        "Approved on",
        "Review by",
    )
    assert len(rows) - 1 == sum(len(r.redactions) for r in sample) > 0
    last = dict(zip(rows[0], rows[-1], strict=True))
    redaction = sample[2].redactions[-1]
    assert last["Contract ID"] == "it-managed-services-2025"
    assert last["Redaction"] == str(redaction.number) == str(len(sample[2].redactions))
    assert last["Document"] == redaction.document == "schedule-data-processing.docx"
    assert last["Exemption"] == redaction.exemption.code
    assert last["Regime"] == redaction.exemption.regime
    assert last["Family"] == redaction.exemption.family
    assert last["Public reason"] == redaction.decision.public_reason
    assert last["Review by"] == redaction.decision.review_by.isoformat()


def test_csv_is_rfc_4180_with_crlf_line_ends(sample):
    text = opendata.contracts_csv(sample)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


# From contract.yaml to the open data, through the real pipeline


AWKWARD = 'Care, "support" and\nreablement'


@pytest.fixture
def published(runner, make_workspace):
    """A scanned, fully decided one-contract workspace with the Transparency Code fields."""
    root = make_workspace(
        meta={
            "title": AWKWARD,
            "supplier_address": "1 High Street, Anytown, AN1 1AA",
            "vat_irrecoverable": 1250.5,
            "review_date": "2027-04-01",
            "invitation": "tender",
            "sme": True,
            "vcse": False,
        }
    )
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    return publication_gate(Workspace.open(root))


def test_values_with_commas_quotes_and_line_breaks_are_quoted(published):
    text = opendata.contracts_csv(published)
    assert '"Care, ""support"" and\nreablement"' in text
    row = dict(zip(*_rows(text), strict=True))
    assert row["Title"] == AWKWARD
    assert row["Supplier address"] == "1 High Street, Anytown, AN1 1AA"


def test_transparency_code_fields_reach_the_register_and_the_package(published, validator):
    row = dict(zip(*_rows(opendata.contracts_csv(published)), strict=True))
    assert row["Irrecoverable VAT"] == "1250.5"
    assert row["Review date"] == "2027-04-01"
    assert row["Invitation to quote or tender"] == "tender"
    assert (row["SME"], row["VCSE"]) == ("yes", "no")
    redactions = published[0].redactions
    counts = Counter(r.exemption.code for r in redactions)
    assert row["Grounds for withholding"] == "; ".join(
        f"{code} ({n} passage{'s' if n != 1 else ''})" for code, n in sorted(counts.items())
    )
    assert row["Redactions"] == str(len(redactions)) != "0"
    package = _package(published)
    assert _errors(validator, package) == []
    supplier = package["releases"][0]["parties"][1]
    assert supplier["address"] == {"streetAddress": "1 High Street, Anytown, AN1 1AA"}
    assert supplier["identifier"] == {
        "scheme": "GB-COH",
        "id": "01234567",
        "legalName": "Brightpath Care Ltd",
    }
    assert len(package["releases"][0]["withheldInformation"]) == len(redactions)


def test_no_redacted_text_in_the_open_data_of_a_new_workspace(published, tmp_path):
    folder = _write_open_data(tmp_path / "site", published)
    assert find_leaks(folder, _secrets(published)) == []
    everything = "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.*"))
    for text in ("£24.80", "20-45-77", "41234567", "Priya Sandhu", "07700 900123"):
        assert text not in everything
