"""Stage 2, scan: candidate passages for redaction, written to ``redaction/<id>.yaml``."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

from transparency.decisions.catalogue import load_catalogue
from transparency.errors import ProblemsError, TransparencyError
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

logger = logging.getLogger(__name__)


def allowed_for(contract: Contract) -> Allowed:
    """What is public by rule in ``contract``: parties, public names, reference, total value."""
    from transparency.redaction.scan import Allowed

    meta = contract.meta
    return Allowed.build(
        [meta.buyer, meta.supplier, meta.reference, *meta.public_names], [meta.value.amount]
    )


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
    jobs: int | None = None,
) -> list[ScanResult]:
    """Scan the given contracts (default: all) and write each ``redaction/<id>.yaml``.

    With several contracts and more than one core the contracts are parsed and scanned in a
    pool of ``jobs`` worker processes (default: one per core), each with its own scanner; the
    results are the same as a serial scan's. ``progress`` is called with each contract's id as
    it finishes. Every contract is parsed and scanned before any file is written, so a bad
    document leaves every proposal file as it was.
    """
    ids = contract_ids or workspace.contract_ids()
    contracts = [workspace.contract(cid) for cid in ids]  # validates every contract.yaml first
    rules = load_rules(workspace.root)  # a bad recognizers.yaml fails before any work
    workers = min(jobs or os.cpu_count() or 1, len(ids))
    if workers > 1:
        by_id = _scan_in_pool(workspace.root, ids, workers, progress)
        results = [by_id[cid] for cid in ids]
    else:
        from transparency.redaction.scan import Scanner

        scanner = Scanner(rules, load_catalogue(workspace.root))
        results = []
        for contract in contracts:
            results.append(scan_contract(scanner, contract))
            if progress:
                progress(contract.id)
    for result in results:
        write_scan(workspace.scan_path(result.contract), result)
    return results


# --- the process pool ------------------------------------------------------------------------

_worker: tuple[Workspace, Scanner] | None = None


def _start_worker(root: str) -> None:
    """Pool initializer: one scanner per worker process, built once."""
    global _worker  # noqa: PLW0603 - the per-process scanner, set once by the initializer
    from transparency.redaction.scan import Scanner

    workspace = Workspace(Path(root))
    _worker = (workspace, Scanner(load_rules(workspace.root), load_catalogue(workspace.root)))


def _scan_one(contract_id: str) -> ScanResult | _PortableError:
    if _worker is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not initialised")
    workspace, scanner = _worker
    try:
        return scan_contract(scanner, workspace.contract(contract_id))
    except TransparencyError as exc:  # sent back whole: its constructor takes keywords
        return _PortableError.of(exc)


def _scan_in_pool(
    root: Path, ids: list[str], workers: int, progress: Callable[[str], None] | None
) -> dict[str, ScanResult]:
    results: dict[str, ScanResult] = {}
    logger.info("scanning %d contracts in %d processes", len(ids), workers)
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(str(root),)
    ) as pool:
        futures = {pool.submit(_scan_one, cid): cid for cid in ids}
        for future in as_completed(futures):
            outcome = future.result()
            if isinstance(outcome, _PortableError):
                for other in futures:
                    other.cancel()
                raise outcome.rebuild()
            results[futures[future]] = outcome
            if progress:
                progress(futures[future])
    return results


class _PortableError:
    """A TransparencyError taken apart so that it survives the trip between processes."""

    def __init__(self, kind: type, fields: dict) -> None:
        self.kind = kind
        self.fields = fields

    @classmethod
    def of(cls, exc: TransparencyError) -> _PortableError:
        if isinstance(exc, ProblemsError):
            return cls(
                type(exc), {"problems": exc.problems, "summary": exc.message, "hint": exc.hint}
            )
        return cls(type(exc), {"message": exc.message, "path": exc.path, "hint": exc.hint})

    def rebuild(self) -> TransparencyError:
        if issubclass(self.kind, ProblemsError):
            return self.kind(
                self.fields["problems"], summary=self.fields["summary"], hint=self.fields["hint"]
            )
        return self.kind(self.fields["message"], path=self.fields["path"], hint=self.fields["hint"])
