"""Stage 2, scan: candidate passages for redaction, written to ``redaction/<id>.yaml``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from transparency.decisions.catalogue import load_catalogue
from transparency.decisions.model import DecisionsFile, load_decisions
from transparency.errors import PortableError, TransparencyError
from transparency.parallel import open_pool, workers_for
from transparency.redaction.candidates import Candidate, ScanResult, read_scan, write_scan
from transparency.redaction.config import load_rules
from transparency.redaction.consistency import (
    RedactedIndex,
    decided_scans,
    occurrences,
    proposals,
    redacted_in,
    widened,
    workspace_redacted,
)
from transparency.redaction.precedent import Precedents, precedents_of
from transparency.workspace import Contract, Workspace

if TYPE_CHECKING:  # the scanner imports Presidio (about a second): only when scanning
    from transparency.contracts import Document
    from transparency.redaction.scan import Allowed, Scanner

__all__ = [
    "Candidate",
    "Consistency",
    "ScanResult",
    "allowed_by",
    "allowed_for",
    "read_scan",
    "scan_contract",
    "scan_workspace",
    "write_scan",
]

logger = logging.getLogger(__name__)


def allowed_for(contract: Contract) -> Allowed:
    """What is public by rule in ``contract``: parties, public names, reference, total value."""
    return allowed_by(contract.meta)


def allowed_by(meta) -> Allowed:
    """What is public by rule by a contract's metadata (a ``contract.yaml`` read on its own)."""
    from transparency.redaction.scan import Allowed

    return Allowed.build(
        [meta.buyer, meta.supplier, meta.reference, *meta.public_names], [meta.value.amount]
    )


@dataclass(frozen=True)
class Consistency:
    """What a contract's scan needs to propose, for consistency, each other occurrence of a
    distinctive redacted text (:mod:`.consistency`): the contract's decisions, its previous
    scan's candidates (the decisions name them) and the texts redacted in other contracts."""

    decisions: DecisionsFile
    previous: dict[str, Candidate] = field(default_factory=dict)
    #: The distinctive texts redacted across the workspace (this contract's own records are
    #: read from ``decisions``); shared by every contract of a scan, sent to a worker once.
    register: RedactedIndex = field(default_factory=RedactedIndex)
    #: What the workspace's officers released and redacted elsewhere (:mod:`.precedent`).
    precedents: Precedents = field(default_factory=Precedents)

    @classmethod
    def read(
        cls,
        workspace: Workspace,
        contract_id: str,
        everywhere: RedactedIndex,
        precedents: Precedents | None = None,
    ) -> Consistency:
        """The contract's decisions and previous scan as they are on disk; a file that cannot
        be read counts as empty here (the gate reports it)."""
        decisions = DecisionsFile(contract=contract_id)
        previous: dict[str, Candidate] = {}
        path = workspace.decisions_path(contract_id)
        try:
            if path.is_file():
                decisions = load_decisions(path)
            if workspace.scan_path(contract_id).is_file():
                previous = read_scan(workspace.scan_path(contract_id)).by_id()
        except TransparencyError:
            logger.warning("%s: decisions or previous scan unreadable; ignored", contract_id)
        return cls(decisions, previous, everywhere, precedents or Precedents())


def scan_contract(
    scanner: Scanner, contract: Contract, consistency: Consistency | None = None
) -> ScanResult:
    """Scan every document of ``contract``; with ``consistency``, add a candidate for each other
    occurrence of a distinctive text redacted in this contract or another."""
    candidates: list[Candidate] = []
    allowed = allowed_for(contract)
    documents = {ref.file: contract.document(ref.file) for ref in contract.meta.documents}
    for name, document in documents.items():
        candidates += scanner.scan(
            document, allowed=allowed, environmental=contract.meta.is_environmental(name)
        )
    if consistency is not None:
        candidates = _decided_kept(documents, candidates, consistency)
        candidates = consistency.precedents.apply(contract.id, candidates, consistency.decisions)
        candidates = _with_consistency(scanner, contract, documents, candidates, consistency)
    hashes = {name: document.sha256 for name, document in documents.items()}
    return ScanResult(contract=contract.id, documents=hashes, candidates=candidates)


def _decided_kept(
    documents: dict[str, Document], found: list[Candidate], consistency: Consistency
) -> list[Candidate]:
    """``found`` with every candidate of the previous scan that a decision names and this scan
    no longer proposes (the model weighs it lower now), where its text is still at its place: a
    decided passage stays decided. A candidate whose text has changed or gone is left out, and
    the gate reports its decision as orphaned."""
    have = {c.id for c in found}
    kept = []
    for record in consistency.decisions.records:
        candidate = consistency.previous.get(record.candidate) if record.candidate else None
        if candidate is None or candidate.id in have:
            continue
        document = documents.get(candidate.document)
        if document is None or document.text[candidate.start : candidate.end] != candidate.text:
            continue
        note = " Kept from the previous scan because a decision names it."
        if not candidate.explanation.endswith(note):
            candidate = replace(candidate, explanation=candidate.explanation + note)
        kept.append(candidate)
        have.add(candidate.id)
    if not kept:
        return found
    order = {name: position for position, name in enumerate(documents)}
    return sorted([*found, *kept], key=lambda c: (order[c.document], c.start, c.end))


def _with_consistency(
    scanner: Scanner,
    contract: Contract,
    documents: dict[str, Document],
    found: list[Candidate],
    consistency: Consistency,
) -> list[Candidate]:
    known = {**consistency.previous, **{c.id: c for c in found}}
    own = redacted_in(
        contract.id, consistency.decisions, known, scanner.catalogue, documents=documents
    )
    environmental = {name: contract.meta.is_environmental(name) for name in documents}
    elsewhere = consistency.register.in_documents(documents, leave_out=contract.id)
    found = widened(found, documents, occurrences(contract.id, documents, [*own, *elsewhere]))
    extra = proposals(
        contract.id,
        documents,
        found,
        consistency.decisions,
        [*own, *elsewhere],
        scanner.catalogue,
        environmental,
    )
    if extra:
        logger.info("%s: %d candidates proposed for consistency", contract.id, len(extra))
    order = {name: position for position, name in enumerate(documents)}
    return sorted([*found, *extra], key=lambda c: (order[c.document], c.start, c.end))


def scan_workspace(
    workspace: Workspace,
    contract_ids: list[str] | None = None,
    *,
    progress: Callable[[str], None] | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> list[ScanResult]:
    """Scan the given contracts (default: all) and write each ``redaction/<id>.yaml``.

    With several contracts and more than one core the contracts are parsed and scanned in a
    pool of ``jobs`` worker processes (default: one per core), or, with ``scheduler``, on the
    workers of that Dask scheduler (:mod:`transparency.parallel`), each with its own scanner;
    the results are the same as a serial scan's. ``progress`` is called with each contract's id
    as it finishes. Every contract is parsed and scanned before any file is written, so a bad
    document leaves every proposal file as it was.
    """
    ids = contract_ids or workspace.contract_ids()
    contracts = [workspace.contract(cid) for cid in ids]  # validates every contract.yaml first
    rules = load_rules(workspace.root)  # a bad recognizers.yaml fails before any work
    catalogue = load_catalogue(workspace.root)
    decided = decided_scans(workspace)  # every contract's decisions and scan, read once
    everywhere = workspace_redacted(workspace, catalogue, decided=decided)
    precedents = precedents_of(decided)
    context = {cid: Consistency.read(workspace, cid, everywhere, precedents) for cid in ids}
    if scheduler or workers_for(jobs, len(ids)) > 1:
        by_id = _scan_in_pool(
            workspace.root, ids, context, (everywhere, precedents), jobs, scheduler, progress
        )
        results = [by_id[cid] for cid in ids]
    else:
        from transparency.redaction.scan import Scanner

        scanner = Scanner(rules, catalogue)
        results = []
        for contract in contracts:
            results.append(scan_contract(scanner, contract, context[contract.id]))
            if progress:
                progress(contract.id)
    for result in results:
        write_scan(workspace.scan_path(result.contract), result)
    return results


# --- the worker processes: a local pool or a Dask cluster -------------------------------------

_worker: tuple[Workspace, Scanner, RedactedIndex, Precedents] | None = None


def _start_worker(root: str, register: RedactedIndex, precedents: Precedents) -> None:
    """Pool initializer: one scanner per worker process, built once, with what the workspace
    redacted and released (sent once per worker, not with every contract)."""
    global _worker  # noqa: PLW0603 - the per-process scanner, set once by the initializer
    from transparency.redaction.scan import Scanner

    workspace = Workspace(Path(root))
    scanner = Scanner(load_rules(workspace.root), load_catalogue(workspace.root))
    _worker = (workspace, scanner, register, precedents)


def _scan_one(contract_id: str, consistency: Consistency) -> ScanResult | PortableError:
    if _worker is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not initialised")
    workspace, scanner, register, precedents = _worker
    consistency = replace(consistency, register=register, precedents=precedents)
    try:
        return scan_contract(scanner, workspace.contract(contract_id), consistency)
    except TransparencyError as exc:  # sent back whole: its constructor takes keywords
        return PortableError.of(exc)


def _own_part(consistency: Consistency) -> Consistency:
    """``consistency`` without what every contract shares (the worker holds that)."""
    return replace(consistency, register=RedactedIndex(), precedents=Precedents())


def _scan_in_pool(
    root: Path,
    ids: list[str],
    context: dict[str, Consistency],
    shared: tuple[RedactedIndex, Precedents],
    jobs: int | None,
    scheduler: str | None,
    progress: Callable[[str], None] | None,
) -> dict[str, ScanResult]:
    results: dict[str, ScanResult] = {}
    if scheduler:
        root = root.resolve()  # the workers have their own working folders
        logger.info("scanning %d contracts on the Dask cluster at %s", len(ids), scheduler)
    else:
        logger.info("scanning %d contracts in %d processes", len(ids), workers_for(jobs, len(ids)))
    with open_pool(
        jobs,
        items=len(ids),
        scheduler=scheduler,
        initializer=_start_worker,
        initargs=(str(root), *shared),
        shared=(root,),
    ) as pool:
        # What every contract shares (``shared``) goes to each worker once, in its initializer,
        # not with each contract: pickled per contract it would grow with the square of the
        # register.
        futures = {pool.submit(_scan_one, cid, _own_part(context[cid])): cid for cid in ids}
        for future in as_completed(futures):
            outcome = future.result()
            if isinstance(outcome, PortableError):
                for other in futures:
                    other.cancel()
                raise outcome.rebuild()
            results[futures[future]] = outcome
            if progress:
                progress(futures[future])
    return results
