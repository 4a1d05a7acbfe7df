"""Each change of a contract as an OCDS 1.1 contract amendment with its own release.

After the contract's own release (tag ``contract``, the contract as signed), each change in
``contract.yaml`` gets a release of the same ``ocid``, tagged ``contractAmendment`` (or
``contractTermination``), whose ``contracts[0]`` gives the value, period and status after the
change, the change's document (redacted, with what was withheld from it) and one ``amendments``
entry: its ``id``, ``date``, ``rationale``, ``description``, ``amendsReleaseID`` (the release
before it) and ``releaseID`` (this release). Release dates never go backwards, so a compiled
record merges them in order. Built from public metadata and decisions only, like
:mod:`.opendata`.
"""

from __future__ import annotations

import hashlib
import json

from transparency.contracts.changes import Change, steps
from transparency.decisions import ContractRelease
from transparency.site import opendata
from transparency.site.changes import decision_dates

__all__ = ["DOCUMENT_TYPES", "TAGS", "amendment_releases"]

#: The OCDS release tag of each kind of change (closed releaseTag codelist).
TAGS = {
    "variation": "contractAmendment",
    "extension": "contractAmendment",
    "price review": "contractAmendment",
    "termination": "contractTermination",
}
#: The OCDS documentType of a change's document (open documentType codelist).
DOCUMENT_TYPES = {
    "variation": "contractAnnexe",
    "extension": "contractAnnexe",
    "price review": "contractAnnexe",
    "termination": "contractArrangements",
}


def amendment_releases(
    release: ContractRelease, contract_release: dict, *, base_url: str, published: str
) -> list[dict]:
    """The releases of ``release``'s changes, in order, after ``contract_release`` (the
    contract's own OCDS release, as :func:`.opendata.ocds_release` made it)."""
    meta = release.contract.meta
    base = opendata._base_url(base_url)
    titles = {ref.file: ref.title for ref in meta.documents}
    out: list[dict] = []
    previous = contract_release
    for change, _before, after in steps(meta):
        day = max(
            opendata._date(previous["date"]),
            change.date,
            *decision_dates(release, change.document),
        )
        status = (
            "terminated"
            if after.terminated
            else opendata._status(meta.starts, after.ends, opendata._date(published))
        )
        document = opendata._document(release, change.document, titles[change.document], base)
        document["documentType"] = DOCUMENT_TYPES[change.kind]
        documents = [document]
        if change.notice is not None and change.notice.url:
            documents.append(_notice(change))
        amendment = {
            "id": change.id,
            "date": opendata._datetime(change.date),
            "rationale": change.reason or change.summary,
            "description": change.summary,
            "amendsReleaseID": previous["id"],
        }
        contract = {
            "id": meta.reference,
            "awardID": meta.reference,
            "status": status,
            "period": {
                "startDate": opendata._datetime(meta.starts),
                "endDate": opendata._datetime(after.ends, end=True),
            },
            "value": {
                "amount": opendata._number(after.value.amount),
                "currency": after.value.currency,
            },
            "documents": documents,
            "amendments": [amendment],
        }
        data: dict = {
            "ocid": contract_release["ocid"],
            "date": opendata._datetime(day),
            "tag": [TAGS[change.kind]],
            "initiationType": contract_release["initiationType"],
            "contracts": [contract],
        }
        redactions = release.redactions_in(change.document)
        if redactions:
            title = titles[change.document]
            data["withheldInformation"] = [opendata._withheld(r, title) for r in redactions]
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]
        ident = f"{meta.id}-{change.id}-{digest}"
        amendment["releaseID"] = ident
        current = {"ocid": data["ocid"], "id": ident, **data}
        out.append(current)
        previous = current
    return out


def _notice(change: Change) -> dict:
    """The contract change notice, where its address is recorded."""
    notice = change.notice
    return {
        "id": f"{change.id}-notice",
        "documentType": "notice",
        "title": "Contract change notice" + (f" {notice.reference}" if notice.reference else ""),
        "url": notice.url,
        "datePublished": opendata._datetime(notice.published),
    }
