"""Candidates (the scanner's proposals) and the ``redaction/<id>.yaml`` file that holds them."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from transparency import __version__
from transparency._atomic import atomic_write_text
from transparency.errors import Problem, ValidationError
from transparency.records import dump_yaml, load_yaml

__all__ = ["Candidate", "ScanResult", "candidate_id", "read_scan", "write_scan"]

HEADER = (
    "# Proposals written by `transparency scan`; every scan rewrites this file.\n"
    "# Do not edit it: record each decision in decisions/{id}.yaml (`transparency review`).\n"
)


@dataclass(frozen=True)
class Candidate:
    """A passage the scanner proposes for redaction; offsets index the document's text."""

    id: str
    document: str
    page: int | None
    start: int
    end: int
    text: str
    category: str
    exemption: str
    score: float
    explanation: str

    def to_dict(self) -> dict:
        data = asdict(self)
        if data["page"] is None:
            del data["page"]
        return data


def candidate_id(document: str, category: str, text: str, occurrence: int) -> str:
    """Stable id: the same text, of the same category, at the same occurrence in the document."""
    key = f"{document}\x00{category}\x00{text}\x00{occurrence}".encode()
    return "c-" + hashlib.sha1(key).hexdigest()[:10]


@dataclass
class ScanResult:
    """What one contract's scan found: the documents as scanned (name, sha256), the candidates."""

    contract: str
    documents: dict[str, str]
    candidates: list[Candidate]

    def by_id(self) -> dict[str, Candidate]:
        return {c.id: c for c in self.candidates}


def write_scan(path: Path, result: ScanResult) -> None:
    """Write ``redaction/<id>.yaml`` atomically; identical input gives identical bytes."""
    data = {
        "contract": result.contract,
        "scanned_with": f"transparency {__version__}",
        "documents": [{"file": f, "sha256": h} for f, h in result.documents.items()],
        "candidates": [c.to_dict() for c in result.candidates],
    }
    atomic_write_text(path, HEADER.format(id=result.contract) + dump_yaml(data))


def read_scan(path: Path) -> ScanResult:
    """Read a ``redaction/<id>.yaml`` written by :func:`write_scan`."""
    data = load_yaml(path)
    try:
        documents = {d["file"]: d["sha256"] for d in data["documents"]}
        candidates = [
            Candidate(
                id=c["id"],
                document=c["document"],
                page=c.get("page"),
                start=int(c["start"]),
                end=int(c["end"]),
                text=str(c["text"]),
                category=c["category"],
                exemption=c["exemption"],
                score=float(c["score"]),
                explanation=c["explanation"],
            )
            for c in data["candidates"] or []
        ]
        return ScanResult(contract=data["contract"], documents=documents, candidates=candidates)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            [Problem(path, f"not a scan file written by this tool ({exc!r} is wrong or missing)")],
            hint="Delete it and run `transparency scan` again; never edit it by hand.",
        ) from None
