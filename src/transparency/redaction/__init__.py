"""Stage 2, scan: candidate passages for redaction, written to ``redaction/<id>.yaml``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transparency.decisions.catalogue import load_catalogue
from transparency.redaction.candidates import Candidate, ScanResult, read_scan, write_scan
from transparency.redaction.config import load_rules
from transparency.workspace import Contract, Workspace

if TYPE_CHECKING:  # the scanner imports Presidio (about a second): only when scanning
    from transparency.redaction.scan import Allowed, Scanner

__all__ = [
    "Candidate",
    "ScanResult",
    "allowed_for",
    "read_scan",
    "scan_contract",
    "scan_workspace",
    "write_scan",
]


def allowed_for(contract: Contract) -> Allowed:
    """What is public by rule in ``contract``: parties, public names, the total value."""
    from transparency.redaction.scan import Allowed

    meta = contract.meta
    return Allowed.build([meta.buyer, meta.supplier, *meta.public_names], [meta.value.amount])


def scan_contract(scanner: Scanner, contract: Contract) -> ScanResult:
    """Scan every document of ``contract``."""
    candidates: list[Candidate] = []
    hashes = {}
    allowed = allowed_for(contract)
    for ref in contract.meta.documents:
        document = contract.document(ref.file)
        hashes[ref.file] = document.sha256
        candidates += scanner.scan(
            document, allowed=allowed, environmental=contract.meta.is_environmental(ref.file)
        )
    return ScanResult(contract=contract.id, documents=hashes, candidates=candidates)


def scan_workspace(
    workspace: Workspace,
    contract_ids: list[str] | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> list[ScanResult]:
    """Scan the given contracts (default: all) and write each ``redaction/<id>.yaml``.

    Every contract is parsed and scanned before any file is written, so a bad document leaves
    every proposal file as it was.
    """
    ids = contract_ids or workspace.contract_ids()
    from transparency.redaction.scan import Scanner

    contracts = [workspace.contract(cid) for cid in ids]
    scanner = Scanner(load_rules(workspace.root), load_catalogue(workspace.root))
    results = []
    for contract in contracts:
        results.append(scan_contract(scanner, contract))
        if progress:
            progress(contract.id)
    for result in results:
        write_scan(workspace.scan_path(result.contract), result)
    return results
