"""The public site's open data: an OCDS 1.1 release package and two CSV registers.

* :func:`ocds_release_package` (``open-data/contracts.json``): one Open Contracting Data Standard
  1.1 release per contract, with the `withheld information` extension
  (:data:`WITHHELD_INFORMATION_EXTENSION`), which records each redaction: where it is, the legal
  ground, the public reason and the date from which it may be released.
* :func:`contracts_csv` (``open-data/contracts.csv``): the contracts register with the Local
  Government Transparency Code 2015 fields.
* :func:`redactions_csv` (``open-data/redactions.csv``): one row per redaction and its reason.

Everything here is built from the public metadata and the officers' decisions only: the redacted
text itself never enters the open data (the site's leak check covers these files too). The
functions are pure: the mkdocs plugin writes the files. The mapping of each field is described in
``docs/open-data.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import quote, urlsplit

from transparency.contracts.changes import standing
from transparency.decisions import ContractRelease, Redaction
from transparency.errors import ConfigError

__all__ = [
    "CONTRACTS_COLUMNS",
    "DEFAULT_OCID_PREFIX",
    "OCDS_VERSION",
    "REDACTIONS_COLUMNS",
    "WITHHELD_INFORMATION_EXTENSION",
    "contract_releases",
    "contracts_csv",
    "json_text",
    "ocds_release",
    "ocds_release_package",
    "package_text",
    "redactions_csv",
    "release_text",
    "withholding_statement",
]

OCDS_VERSION = "1.1"
#: The extension's ``extension.json``, as listed in the OCDS extension registry.
WITHHELD_INFORMATION_EXTENSION = (
    "https://raw.githubusercontent.com/open-contracting-extensions/"
    "ocds_withheldInformation_extension/master/extension.json"
)
#: A placeholder: a publisher registers its own ``ocds-xxxxxx`` prefix with Open Contracting.
DEFAULT_OCID_PREFIX = "ocds-transparency-"
#: The OCDS field the withheld passages would otherwise be published in.
DOCUMENTS_FIELD = "contracts/documents"

CONTRACTS_COLUMNS = (
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

REDACTIONS_COLUMNS = (
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

_MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
#: A Companies House number: 8 digits, or a 2-letter prefix (SC, NI, OC ...) and 6 digits.
_COMPANIES_HOUSE = re.compile(r"^(?:\d{8}|[A-Z]{2}\d{6})$")


def ocds_release_package(
    releases: Sequence[ContractRelease],
    *,
    publisher: str,
    base_url: str,
    published: str,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
    uri: str | None = None,
    license_url: str | None = None,
) -> dict:
    """An OCDS 1.1 release package with one release per contract.

    ``base_url`` is the site's absolute address (mkdocs' ``site_url``); ``published`` the
    package's date-time (RFC 3339, e.g. ``2025-10-01T09:00:00Z``); ``uri`` the package's own
    address (default ``<base_url>open-data/contracts.json``). For one contract's download, pass a
    one-item list and that file's address: OCDS publishes releases inside packages.
    """
    package = _package_head(
        base_url=base_url,
        published=published,
        publisher=publisher,
        uri=uri,
        license_url=license_url,
    )
    package["releases"] = [
        item
        for r in releases
        for item in contract_releases(
            r, base_url=base_url, published=published, ocid_prefix=ocid_prefix
        )
    ]
    return package


def contract_releases(
    release: ContractRelease,
    *,
    base_url: str,
    published: str,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
) -> list[dict]:
    """The OCDS releases of one contract, as :func:`ocds_release_package` holds them: its
    release, then one for each change of the contract (an amendment, ``amendments.py``)."""
    from transparency.site.amendments import amendment_releases

    base = _base_url(base_url)
    first = ocds_release(release, base_url=base, published=published, ocid_prefix=ocid_prefix)
    return [first, *amendment_releases(release, first, base_url=base, published=published)]


def _package_head(
    *, base_url: str, published: str, publisher: str, uri: str | None, license_url: str | None
) -> dict:
    """A release package's fields before its releases."""
    base = _base_url(base_url)
    package: dict = {
        "uri": uri or f"{base}open-data/contracts.json",
        "version": OCDS_VERSION,
        "extensions": [WITHHELD_INFORMATION_EXTENSION],
        "publishedDate": published,
        "publisher": {"name": publisher},
    }
    if license_url:
        package["license"] = license_url
    return package


def release_text(release: dict) -> str:
    """One release (of :func:`contract_releases`) as :func:`json_text` writes it inside a
    package, for :func:`package_text`."""
    return _ITEM_INDENT + json.dumps(release, indent=2, ensure_ascii=False).replace(
        "\n", "\n" + _ITEM_INDENT
    )


_ITEM_INDENT = " " * 4  # a package's releases are two levels deep


def package_text(
    releases: Iterable[str],
    *,
    publisher: str,
    base_url: str,
    published: str,
    uri: str | None = None,
    license_url: str | None = None,
) -> str:
    """The :func:`json_text` of a release package holding ``releases``, each already written
    by :func:`release_text`: the same text, but a release published both in the register's
    package and in its contract's own is serialised once."""
    head = _package_head(
        base_url=base_url,
        published=published,
        publisher=publisher,
        uri=uri,
        license_url=license_url,
    )
    empty = json_text({**head, "releases": []})
    items = list(releases)
    if not items:
        return empty
    end = "[]\n}\n"  # "releases" is the package's last field
    return empty[: -len(end)] + "[\n" + ",\n".join(items) + "\n  ]\n}\n"


def ocds_release(
    release: ContractRelease,
    *,
    base_url: str,
    published: str,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
) -> dict:
    """One contract as an OCDS 1.1 ``contract`` release, its redactions as withheld information.

    The release ``id`` is the contract id and a digest of the release's content, so that an
    unchanged contract keeps its id from build to build and a changed one gets a new id.
    """
    base = _base_url(base_url)
    meta = release.contract.meta
    buyer, supplier = _parties(release)
    period = {"startDate": _datetime(meta.starts), "endDate": _datetime(meta.ends, end=True)}
    value = {"amount": _number(meta.value.amount), "currency": meta.value.currency}
    supplier_ref = {"id": supplier["id"], "name": supplier["name"]}
    contract: dict = {"id": meta.reference, "awardID": meta.reference, "title": meta.title}
    if meta.description:
        contract["description"] = meta.description
    contract |= {
        "status": _status(meta.starts, meta.ends, _date(published)),
        "period": period,
        "value": value,
        "documents": [
            _document(release, ref.file, ref.title, base)
            for ref in meta.documents
            if not meta.change_of(ref.file)  # a change's document is in its amendment's release
        ],
    }
    data: dict = {
        "ocid": f"{ocid_prefix}{meta.id}",
        "date": _datetime(_release_date(release)),
        "tag": ["contract"],
        "initiationType": "tender",
        "parties": [buyer, supplier],
        "buyer": {"id": buyer["id"], "name": buyer["name"]},
        "awards": [
            {
                "id": meta.reference,
                "status": "active",
                "date": _datetime(meta.awarded),
                "value": value,
                "suppliers": [supplier_ref],
                "contractPeriod": period,
            }
        ],
        "contracts": [contract],
    }
    from transparency.site.performance import implementation, performance_of

    if performed := implementation(performance_of(release)):  # results against the KPIs
        contract["implementation"] = performed
    signed = [r for r in release.redactions if not meta.change_of(r.document)]
    if signed:
        titles = {ref.file: ref.title for ref in meta.documents}
        data["withheldInformation"] = [_withheld(r, titles[r.document]) for r in signed]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]
    return {"ocid": data["ocid"], "id": f"{meta.id}-{digest}", **data}


def withholding_statement(redactions: Sequence[Redaction], what: str = "this document") -> str:
    """What was withheld from ``what`` and on which grounds, in plain words.

    Where a Procurement Act 2023 ground is relied on, the sentence says that this is the
    statement section 94(3) requires.
    """
    if not redactions:
        return f"Published in full: nothing has been withheld from {what}."
    count = len(redactions)
    text = (
        f"Information has been withheld from {what} in {count}"
        f" place{'s' if count != 1 else ''}, under: {_grounds(redactions)}."
    )
    if any(r.exemption.regime == "PA23" for r in redactions):
        text += (
            " This is the statement required by section 94(3) of the Procurement Act 2023"
            " of the information withheld and the ground relied on."
        )
    return text


def contracts_csv(releases: Iterable[ContractRelease]) -> str:
    """The contracts register: the Transparency Code's fields, one row per contract.

    Fields that ``contract.yaml`` does not give are left empty (see ``docs/open-data.md``).
    """
    rows = []
    for release in releases:
        meta = release.contract.meta
        now = standing(meta)  # the value and end date after the contract's changes
        rows.append(
            [
                meta.id,
                meta.reference,
                meta.title,
                meta.buyer,
                meta.department,
                meta.description,
                meta.supplier,
                meta.supplier_address,
                meta.supplier_id,
                _yes_no(meta.sme),
                _yes_no(meta.vcse),
                str(now.value.amount),
                now.value.currency,
                "" if meta.vat_irrecoverable is None else str(meta.vat_irrecoverable),
                meta.awarded.isoformat(),
                meta.starts.isoformat(),
                now.ends.isoformat(),
                meta.review_date.isoformat() if meta.review_date else "",
                meta.invitation or "",
                meta.procedure,
                str(len(release.redactions)),
                _grounds(release.redactions),
            ]
        )
    return _csv(CONTRACTS_COLUMNS, rows)


def redactions_csv(releases: Iterable[ContractRelease]) -> str:
    """The redactions register: where each redaction is and why; never the text withheld."""
    rows = []
    for release in releases:
        meta = release.contract.meta
        for r in release.redactions:
            d = r.decision
            rows.append(
                [
                    meta.id,
                    meta.reference,
                    meta.supplier,
                    str(r.number),
                    r.document,
                    r.exemption.code,
                    r.exemption.regime,
                    r.exemption.family,
                    d.public_reason,
                    d.decided_on.isoformat(),
                    d.approved_on.isoformat() if d.approved_on else "",
                    d.review_by.isoformat() if d.review_by else "",
                ]
            )
    return _csv(REDACTIONS_COLUMNS, rows)


def json_text(data: dict) -> str:
    """The JSON text of a package or release as the site publishes it (UTF-8, indented)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _base_url(base_url: str) -> str:
    """The site's address, ending in ``/``; OCDS needs absolute URLs."""
    parts = urlsplit(base_url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"the open data needs the site's full address, not '{base_url}'",
            path="mkdocs.yml",
            hint="Set site_url (for example https://contracts.example.gov.uk/).",
        )
    return base_url if base_url.endswith("/") else f"{base_url}/"


def _parties(release: ContractRelease) -> tuple[dict, dict]:
    meta = release.contract.meta
    buyer: dict = {
        "id": _slug(meta.buyer),
        "name": meta.buyer,
        "roles": ["buyer", "procuringEntity"],
    }
    if meta.department:
        buyer["contactPoint"] = {"name": meta.department}
    number = meta.supplier_id.replace(" ", "").upper()
    supplier: dict = {"id": _slug(meta.supplier), "name": meta.supplier}
    if _COMPANIES_HOUSE.match(number):
        supplier["id"] = f"GB-COH-{number}"
        supplier["identifier"] = {"scheme": "GB-COH", "id": number, "legalName": meta.supplier}
    elif meta.supplier_id:
        supplier["identifier"] = {"id": meta.supplier_id, "legalName": meta.supplier}
    if meta.supplier_address:
        supplier["address"] = {"streetAddress": meta.supplier_address}
    supplier["roles"] = ["supplier"]
    return buyer, supplier


def _document(release: ContractRelease, file: str, title: str, base: str) -> dict:
    """One source document: its published (redacted) copy and what was withheld from it."""
    redactions = [r for r in release.redactions if r.document == file]
    document = {
        "id": file,
        "documentType": "contractSigned",
        "title": title,
        "description": withholding_statement(redactions),
        "url": f"{base}contracts/{quote(release.contract.id)}/{quote(file)}",
    }
    media_type = _MEDIA_TYPES.get(PurePosixPath(file).suffix.lower())
    if media_type:
        document["format"] = media_type
    return document


def _withheld(redaction: Redaction, title: str) -> dict:
    """A redaction as an item of the withheld information extension (never its text)."""
    ex = redaction.exemption
    item = {
        "id": redaction.anchor,
        "field": DOCUMENTS_FIELD,
        "name": f"{title} ({redaction.document})",
        "rationale": redaction.decision.public_reason,
        "rationaleClassifications": [{"scheme": ex.regime, "id": ex.code, "description": ex.title}],
    }
    if redaction.decision.review_by:
        item["availabilityDate"] = _datetime(redaction.decision.review_by)
    return item


def _grounds(redactions: Sequence[Redaction]) -> str:
    """``FOIA s.40(2) (1 passage); FOIA s.43(2) (3 passages)``."""
    counts = Counter(r.exemption.code for r in redactions)
    return "; ".join(
        f"{code} ({n} passage{'s' if n != 1 else ''})" for code, n in sorted(counts.items())
    )


def _release_date(release: ContractRelease) -> dt.date:
    """When the published form was settled: the award, or the latest decision or approval
    on the signed documents (a change's document is settled in its amendment's release)."""
    from transparency.site.changes import decision_dates

    return max([release.contract.meta.awarded, *decision_dates(release, None)])


def _status(starts: dt.date, ends: dt.date, on: dt.date) -> str:
    """The contractStatus code on the publication date."""
    if on < starts:
        return "pending"
    return "terminated" if on > ends else "active"


def _date(published: str) -> dt.date:
    return dt.date.fromisoformat(published[:10])


def _datetime(day: dt.date, *, end: bool = False) -> str:
    """A date as an RFC 3339 date-time: the start of the day, or its last second for an end."""
    return f"{day.isoformat()}T{'23:59:59' if end else '00:00:00'}Z"


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "party"


def _yes_no(flag: bool | None) -> str:
    return "" if flag is None else ("yes" if flag else "no")


def _csv(header: Sequence[str], rows: list[list[str]]) -> str:
    """RFC 4180 text: CRLF line ends; fields with commas, quotes or line breaks quoted."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
