"""The publication gate: what may be published, or every reason it may not.

For each contract the gate checks that the scan is current (its documents unchanged since), that
the decisions file is valid and satisfies the rules (and the publisher's ``transparency.yaml``:
approval by a second person, who may decide), that each approval binds to what was approved
(:mod:`.approvals`; one that does not is dropped, and blocks the build where approval is
required), that every candidate is decided, that no review date has passed, that no decision is
orphaned (its text gone or moved), that every other occurrence of a distinctive redacted text,
from this contract or another, has a decision of its own
(:mod:`transparency.redaction.consistency`; found in the documents, so a place that no scan has
proposed yet is refused too), and, where the publisher requires it, that the decision history
is intact and matches the file. Only then does it resolve the decisions into
:class:`Redaction` spans for the build.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from transparency import __version__
from transparency._atomic import keep_in_cache
from transparency.contracts import Document
from transparency.contracts.changes import notice_findings
from transparency.decisions.approvals import approved_keys, without_approval
from transparency.decisions.catalogue import (
    Catalogue,
    Exemption,
    load_catalogue,
)
from transparency.decisions.config import PublisherConfig, load_config
from transparency.decisions.dates import long_date
from transparency.decisions.history import check_history, history_path
from transparency.decisions.model import Decision, DecisionsFile, load_decisions
from transparency.decisions.orphans import Orphan, find_orphans
from transparency.decisions.passages import cuts_a_word
from transparency.decisions.rules import check_decisions, record_label
from transparency.errors import Problem, PublicationRefused, TransparencyError
from transparency.redaction.candidates import Candidate, ScanResult, read_scan
from transparency.redaction.consistency import (
    DecidedScan,
    Occurrence,
    Redacted,
    RedactedIndex,
    covered,
    covering_spans,
    occurrences,
    redacted_in,
    workspace_redacted,
)
from transparency.workspace import Contract, Workspace

__all__ = ["ContractRelease", "Redaction", "check_contract", "publication_gate"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Redaction:
    """One approved redaction of a span of a document's text."""

    number: int
    document: str
    start: int
    end: int
    text: str
    decision: Decision
    exemption: Exemption
    #: The number of the redaction whose span contains this one (a price inside a withheld
    #: passage): it has its own decision and reason, and no marker of its own in the text.
    within: int | None = None

    @property
    def anchor(self) -> str:
        return f"redaction-{self.number}"

    @property
    def marker_anchor(self) -> str:
        """The id of the marker that stands for this redaction in the text."""
        return f"ref-redaction-{self.within or self.number}"


@dataclass
class ContractRelease:
    """A contract as it will be published: its documents and their redactions."""

    contract: Contract
    scan: ScanResult | None
    decisions: DecisionsFile
    redactions: list[Redaction] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    #: Places of a distinctive redacted text that no decision covers (see :mod:`consistency`).
    inconsistent: list[Occurrence] = field(default_factory=list)

    def documents(self) -> list[Document]:
        return self.contract.documents()

    def redactions_in(self, document: str) -> list[Redaction]:
        return [r for r in self.redactions if r.document == document]

    def undecided(self) -> list[Candidate]:
        if self.scan is None:
            return []
        decided = {d.candidate for d in self.decisions.records}
        return [c for c in self.scan.candidates if c.id not in decided]


@dataclass(frozen=True)
class ContractFiles:
    """A contract's latest scan and decisions as read from its files, and what was wrong with
    them: the decisions file's problems (then ``decisions`` is empty), or the error that stops
    reading the scan."""

    scan: ScanResult | None
    decisions: DecisionsFile
    problems: tuple[Problem, ...] = ()
    scan_error: TransparencyError | None = None
    #: Whether the contract has a decisions file at all.
    has_decisions: bool = False

    def decided(self, contract_id: str) -> DecidedScan | None:
        """The contract's decisions and candidates for the register's index of redacted
        texts, as :func:`~transparency.redaction.consistency.decided_scans` gives them."""
        if not self.has_decisions or self.problems or self.scan_error is not None:
            return None
        candidates = self.scan.by_id() if self.scan is not None else {}
        return (contract_id, self.decisions, candidates)


def read_contract_files(workspace: Workspace, contract_id: str) -> ContractFiles:
    """A contract's scan and decisions. Each file read whole is kept in the workspace's
    ``.cache/parsed/`` by its bytes (as JSON, which reads some ten times faster than YAML), so
    that the next build reads only the files that changed as YAML."""
    parsed = workspace.cache_dir / "parsed"
    scan_path = workspace.scan_path(contract_id)
    scan, scan_error = None, None
    if scan_path.is_file():
        try:
            scan = _kept(parsed, scan_path, read_scan, _scan_json, _scan_from_json)
        except TransparencyError as error:
            scan_error = error
    decisions_path = workspace.decisions_path(contract_id)
    decisions = DecisionsFile(contract=contract_id)
    problems: list[Problem] = []
    has_decisions = decisions_path.is_file()
    if has_decisions:
        try:
            decisions = _kept(
                parsed,
                decisions_path,
                load_decisions,
                DecisionsFile.model_dump_json,
                DecisionsFile.model_validate_json,
            )
        except TransparencyError as exc:
            problems += getattr(exc, "problems", []) or [Problem(decisions_path, str(exc))]
    return ContractFiles(scan, decisions, tuple(problems), scan_error, has_decisions)


def _kept(folder: Path, path: Path, read, dump, load):
    """``read(path)``, or what it gave for the same bytes before, from ``folder``."""
    try:
        digest = _digest_bytes(path.read_bytes())
    except OSError:
        return read(path)  # it says what is wrong
    kind = getattr(read, "__name__", "")
    entry = folder / f"{_digest_bytes(json.dumps([__version__, kind, digest]).encode())}.json"
    if entry.is_file():
        try:
            return load(entry.read_bytes())
        except (OSError, ValueError, TypeError, KeyError) as error:  # pydantic's is a ValueError
            logger.debug("%s: kept parse unreadable (%s); reading again", path.name, type(error))
    value = read(path)
    if _file_digest(path) == digest:  # not changed meanwhile
        keep_in_cache(entry, dump(value).encode())
    return value


def _scan_json(scan: ScanResult) -> str:
    return json.dumps(
        {
            "contract": scan.contract,
            "documents": scan.documents,
            "candidates": [dataclasses.astuple(c) for c in scan.candidates],
        },
        ensure_ascii=False,
    )


def _scan_from_json(raw: bytes) -> ScanResult:
    data = json.loads(raw)
    documents = data["documents"]
    if not isinstance(documents, dict):
        raise TypeError("not a kept scan")
    candidates = [Candidate(*fields) for fields in data["candidates"]]
    return ScanResult(contract=data["contract"], documents=documents, candidates=candidates)


def check_contract(
    workspace: Workspace,
    contract: Contract,
    catalogue: Catalogue,
    today: dt.date,
    config: PublisherConfig | None = None,
    redacted: RedactedIndex | None = None,
    read: ContractFiles | None = None,
    kept: GateCache | None = None,
) -> ContractRelease:
    """Everything the gate knows about one contract, its problems included.

    ``redacted`` holds the distinctive texts redacted in the workspace's contracts
    (:func:`~transparency.redaction.consistency.workspace_redacted`; read when not given): each
    other occurrence of one in this contract needs a decision of its own. ``read``: its scan
    and decisions (:func:`read_contract_files`; read when not given). ``kept``: where the
    outcome of a contract that passed is kept by everything it was found from
    (:class:`GateCache`); with it and ``redacted``, such a contract is not checked again.
    """
    config = config if config is not None else load_config(workspace.root)
    read = read if read is not None else read_contract_files(workspace, contract.id)
    if read.scan_error is not None:
        raise read.scan_error
    scan, decisions, problems = read.scan, read.decisions, list(read.problems)
    scan_path = workspace.scan_path(contract.id)
    decisions_path = workspace.decisions_path(contract.id)
    release = ContractRelease(contract, scan, decisions, problems=problems)
    if scan is None:
        problems.append(
            Problem(
                scan_path, "missing: the contract has not been scanned; run `transparency scan`"
            )
        )
        return release
    documents = {d.name: d for d in contract.documents()}
    entry = None
    if kept is not None and redacted is not None and not problems:
        entry = kept.entry(workspace, release, documents, redacted)
        if (found := kept.load(entry, release, catalogue)) is not None:
            return found
    stale = False
    for name, document in documents.items():
        if scan.documents.get(name) != document.sha256:
            stale = True
            problems.append(
                Problem(
                    scan_path,
                    f"{name} has changed (or was added) since the last scan;"
                    " run `transparency scan` and decide any new candidates",
                )
            )
    candidates = scan.by_id()
    problems += check_decisions(
        decisions_path,
        decisions,
        meta=contract.meta,
        catalogue=catalogue,
        candidates=candidates,
        config=config,
    )
    if not stale:
        release.orphans = find_orphans(decisions, scan.candidates, documents)
        problems += [
            Problem(
                decisions_path,
                o.describe(contract.id),
                record=record_label(o.index, o.decision),
                text=o.text or "",
            )
            for o in release.orphans
        ]
    if config.require_history and decisions_path.is_file():
        history = check_history(decisions_path, decisions)
        problems += [
            Problem(
                p.path,
                f"{p.message} (run `transparency verify {contract.id}`)",
                p.record,
                p.field,
            )
            for p in history.problems
        ]
    approved = approved_keys(decisions_path, decisions) if decisions_path.is_file() else set()
    for index, decision in enumerate(decisions.records):
        if (
            decision.approved_by
            and decision.key not in approved
            and config.needs_approval(decision.action)
        ):
            problems.append(
                Problem(
                    decisions_path,
                    "the approval does not hold: the record was changed after it was"
                    " approved, or the approval was not recorded by `transparency approve`;"
                    f" run `transparency approve {contract.id}`",
                    record=record_label(index, decision),
                    field="approved_by",
                )
            )
    # What is published, and counted as approved, carries only the approvals that hold.
    holding = [i for i, d in enumerate(decisions.records) if d.key in approved]
    decisions = release.decisions = decisions.model_copy(
        update={
            "records": [d if d.key in approved else without_approval(d) for d in decisions.records]
        }
    )
    if not stale:
        release.inconsistent = _inconsistent(
            workspace, contract, release, documents, catalogue, redacted
        )
    inconsistent = {o.id for o in release.inconsistent}
    spans = covering_spans(decisions, candidates)
    for occurrence in release.inconsistent:
        problems.append(_inconsistency(decisions_path, contract.id, occurrence, candidates, spans))
    for candidate in release.undecided():
        if candidate.id in inconsistent:  # reported above, with the redaction it follows
            continue
        page = f" page {candidate.page}" if candidate.page else ""
        problems.append(
            Problem(
                decisions_path,
                f"a {candidate.category} passage in {candidate.document}{page} is undecided;"
                f" run `transparency review {contract.id}`",
                record=f"candidate {candidate.id}",
                text=candidate.text,
            )
        )
    for index, decision in enumerate(decisions.records):
        if decision.action == "redact" and decision.review_by and decision.review_by < today:
            problems.append(
                Problem(
                    decisions_path,
                    f"the review date {long_date(decision.review_by)} has passed; review the"
                    " redaction and record a new decision",
                    record=record_label(index, decision),
                    field="review_by",
                )
            )
    # The Procurement Act's change-notice rules: a broken one blocks, a practice is a warning.
    warnings = _notices(contract, config, problems)
    if not problems:
        release.redactions = _resolve(
            decisions_path, decisions, candidates, documents, catalogue, problems
        )
    if entry is not None and not problems:
        kept.keep(entry, release, holding, warnings, workspace)
    return release


def _notices(contract: Contract, config: PublisherConfig, problems: list[Problem]) -> list[str]:
    """The Procurement Act's change-notice rules: a broken one is a problem, a practice not
    followed a warning (logged, and returned)."""
    warnings = []
    for finding in notice_findings(
        contract.meta, config.change_notices, contract.folder / "contract.yaml"
    ):
        if finding.warning:
            logger.warning("%s", finding.problem)
            warnings.append(str(finding.problem))
        else:
            problems.append(finding.problem)
    return warnings


class GateCache:
    """The outcome of each contract that passed the gate, kept in the workspace's
    ``.cache/gate/`` by everything the check reads: the tool's version, the catalogue and the
    publisher's settings as loaded, the day of the check (review dates and change notices
    depend on it), the contract's metadata, scan and decisions as read, its decision history
    file, its documents (by SHA-256), and each text redacted in another contract that its
    documents may hold (:meth:`RedactedIndex.in_documents`, with where it is redacted). The
    key is made from what the check itself read, not from the files read again, so a file
    changed during the build cannot put one version's outcome under another's key (the history,
    read during the check, must be the same bytes after it). A contract whose inputs are all
    unchanged takes its redactions from there instead of being checked again; a change to any
    of them checks it afresh. A contract with a problem is never kept."""

    def __init__(
        self, workspace: Workspace, today: dt.date, catalogue: Catalogue, config: PublisherConfig
    ) -> None:
        self.folder = workspace.cache_dir / "gate"
        self.common = [
            __version__,
            today.isoformat(),
            [e.model_dump(mode="json") for e in catalogue],
            catalogue.factors.model_dump(mode="json"),
            config.model_dump(mode="json"),
        ]

    def entry(
        self,
        workspace: Workspace,
        release: ContractRelease,
        documents: dict[str, Document],
        redacted: RedactedIndex,
    ) -> tuple[Path, str | None]:
        """Where the outcome of ``release`` (as read, before its check) is kept, and the
        digest of its decision history as the check will read it."""
        contract = release.contract
        history = _file_digest(history_path(workspace.decisions_path(contract.id)))
        elsewhere = redacted.in_documents(documents, leave_out=contract.id)
        scan = release.scan
        key = [
            *self.common,
            contract.id,
            contract.meta.model_dump(mode="json"),
            _scan_json(scan) if scan is not None else None,
            release.decisions.model_dump(mode="json"),
            history,
            [(name, document.sha256) for name, document in documents.items()],
            _followed(elsewhere),
        ]
        name = _digest_bytes(json.dumps(key, ensure_ascii=False, default=str).encode())
        return self.folder / f"{name}.json", history

    def load(
        self, entry: tuple[Path, str | None], release: ContractRelease, catalogue: Catalogue
    ) -> ContractRelease | None:
        """The release as it passed before, or ``None`` when there is none to trust."""
        entry, _ = entry
        if not entry.is_file():
            return None
        try:
            value = json.loads(entry.read_bytes())
            approved = set(value["approved"])
            records = release.decisions.records
            records = [d if i in approved else without_approval(d) for i, d in enumerate(records)]
            redactions = [
                Redaction(
                    number,
                    document,
                    start,
                    end,
                    text,
                    records[index],
                    catalogue.get(records[index].exemption),
                    within=within,
                )
                for number, document, start, end, text, index, within in value["redactions"]
            ]
            warnings = [str(w) for w in value["warnings"]]
        except (OSError, ValueError, TypeError, KeyError, IndexError) as error:
            logger.debug("%s: kept gate outcome unreadable (%s)", entry.name, type(error))
            return None
        release.decisions = release.decisions.model_copy(update={"records": records})
        release.redactions = redactions
        for warning in warnings:
            logger.warning("%s", warning)
        return release

    def keep(
        self,
        entry: tuple[Path, str | None],
        release: ContractRelease,
        holding: list[int],
        warnings: list[str],
        workspace: Workspace,
    ) -> None:
        """Keep a release that passed; ``holding``: the records whose approval holds. Not
        kept when its decision history changed while it was checked."""
        entry, history = entry
        decisions_path = workspace.decisions_path(release.contract.id)
        if _file_digest(history_path(decisions_path)) != history:
            return
        index = {id(d): i for i, d in enumerate(release.decisions.records)}
        value = {
            "approved": holding,
            "redactions": [
                [r.number, r.document, r.start, r.end, r.text, index[id(r.decision)], r.within]
                for r in release.redactions
            ],
            "warnings": warnings,
        }
        keep_in_cache(entry, json.dumps(value, ensure_ascii=False).encode())


def _followed(elsewhere: list[Redacted]) -> list[tuple[str, str]]:
    """What of the texts redacted in other contracts a passing check depends on: each
    distinct text (by :attr:`Redacted.key`) with the wording of the redaction it is looked for
    as (the first in the register). Where else each is redacted only names the redaction a
    refusal follows; listing every place made the key of a text redacted across the register
    grow with the register, and the keys with its square."""
    first: dict[str, Redacted] = {}  # by wording: a key is made once per wording
    for item in elsewhere:
        if item.text not in first or _place(item) < _place(first[item.text]):
            first[item.text] = item
    by_key: dict[str, Redacted] = {}
    for item in first.values():
        if item.key not in by_key or _place(item) < _place(by_key[item.key]):
            by_key[item.key] = item
    return sorted((key, item.text) for key, item in by_key.items())


def _place(item: Redacted) -> tuple[str, int]:
    return item.contract, item.number


def _digest_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes; ``None`` when there is no such file, and a mark of its
    own when it cannot be read (never the key of a file that could)."""
    try:
        return _digest_bytes(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError:
        return "unreadable"


def _inconsistent(
    workspace: Workspace,
    contract: Contract,
    release: ContractRelease,
    documents: dict[str, Document],
    catalogue: Catalogue,
    redacted: RedactedIndex | None,
) -> list[Occurrence]:
    """The places of a distinctive redacted text that no decision of this contract covers
    (one on an undecided scan candidate aside: that candidate is reported as undecided)."""
    if release.scan is None:
        return []
    if redacted is None:
        redacted = workspace_redacted(workspace, catalogue, leave_out=[contract.id])
    candidates = release.scan.by_id()
    decisions = release.decisions
    own = redacted_in(contract.id, decisions, candidates, catalogue, documents=documents)
    elsewhere = redacted.in_documents(documents, leave_out=contract.id)
    spans = covering_spans(decisions, candidates)
    undecided = [c for c in release.undecided() if c.document in documents]
    found = []
    for occurrence in occurrences(contract.id, documents, [*own, *elsewhere]):
        if covered(occurrence, spans):
            continue
        if any(
            c.id != occurrence.id
            and c.document == occurrence.document
            and c.start < occurrence.end
            and occurrence.start < c.end
            for c in undecided
        ):
            continue
        found.append(occurrence)
    return found


def _inconsistency(
    path: Path,
    contract_id: str,
    occurrence: Occurrence,
    candidates: dict[str, Candidate],
    spans: list[tuple[str, int, int, int, Decision]],
) -> Problem:
    """The gate's message for a place that needs a decision for consistency; no text."""
    source = occurrence.source
    head = (
        f"the text at {occurrence.place()} is redacted {source.describe(contract_id)} but has"
        " no decision here: each occurrence of a distinctive redacted text is decided on its own"
    )
    review = f"`transparency review {contract_id}`"
    overlapping = [
        record_label(index, decision)
        for document, start, end, index, decision in spans
        if document == occurrence.document and start < occurrence.end and occurrence.start < end
    ]
    if occurrence.id in candidates:
        record = f"candidate {occurrence.id}"
        tail = f"redact or release it with {review}"
    elif overlapping:
        record = f"{occurrence.document} {occurrence.start}-{occurrence.end}"
        tail = f"make {overlapping[0]} take in the whole of it, with {review}"
    else:
        record = f"{occurrence.document} {occurrence.start}-{occurrence.end}"
        tail = f"run `transparency scan {contract_id}`, then redact or release it with {review}"
    return Problem(path, f"{head}; {tail}", record=record, text=occurrence.text)


def _resolve(path, decisions, candidates, documents, catalogue, problems) -> list[Redaction]:
    spans = []
    for index, decision in enumerate(decisions.records):
        if decision.action != "redact":
            continue
        if not decision.has_span:
            c = candidates[decision.candidate]
            document, start, end, text = c.document, c.start, c.end, c.text
        else:
            document, start, end, text = (
                decision.document,
                decision.start,
                decision.end,
                decision.text,
            )
        actual = documents[document].text[start:end]
        if actual == text and cuts_a_word(documents[document].text, start, end):
            problems.append(
                Problem(
                    path,
                    f"the passage at {start}-{end} of {document} starts or ends inside a word;"
                    " a redaction is made of whole words: decide it again with `transparency"
                    " review`",
                    record=record_label(index, decision),
                    text=text,
                )
            )
            continue
        if actual != text:
            problems.append(
                Problem(
                    path,
                    f"the text at {start}-{end} of {document} is not the text decided;"
                    " the decision no longer matches the document",
                    record=record_label(index, decision),
                    text=text,
                )
            )
            continue
        spans.append((document, start, end, text, index, decision))
    order = {name: position for position, name in enumerate(documents)}
    spans.sort(key=lambda s: (order[s[0]], s[1], -s[2]))
    redactions: list[Redaction] = []
    outer: Redaction | None = None  # the last redaction not inside another
    for document, start, end, text, index, decision in spans:
        if outer is not None and outer.document == document and start < outer.end:
            if end <= outer.end:
                redactions.append(
                    Redaction(
                        len(redactions) + 1,
                        document,
                        start,
                        end,
                        text,
                        decision,
                        catalogue.get(decision.exemption),
                        within=outer.number,
                    )
                )
                continue
            previous = outer
            problems.append(
                Problem(
                    path,
                    f"overlaps redaction {previous.number} ({previous.document}"
                    f" {previous.start}-{previous.end}) without lying inside it; make one record"
                    " cover both",
                    record=record_label(index, decision),
                    text=text,
                )
            )
            continue
        outer = Redaction(
            len(redactions) + 1,
            document,
            start,
            end,
            text,
            decision,
            catalogue.get(decision.exemption),
        )
        redactions.append(outer)
    return redactions


def publication_gate(workspace: Workspace, today: dt.date | None = None) -> list[ContractRelease]:
    """Every contract ready to publish, or :class:`PublicationRefused` listing every problem."""
    today = today or dt.date.today()
    catalogue = load_catalogue(workspace.root)
    config = load_config(workspace.root)
    contracts = workspace.contracts()
    # Each contract's files are read once: for the register's index of redacted texts, which
    # every contract is checked against, then for the contract's own check.
    read = {c.id: read_contract_files(workspace, c.id) for c in contracts}
    decided = [found for c in contracts if (found := read[c.id].decided(c.id))]
    redacted = workspace_redacted(workspace, catalogue, decided=decided)
    del decided
    kept = GateCache(workspace, today, catalogue, config)
    releases = [
        check_contract(workspace, c, catalogue, today, config, redacted, read.pop(c.id), kept)
        for c in contracts
    ]
    problems = [p for r in releases for p in r.problems]
    if not releases:
        raise PublicationRefused(
            [],
            summary=f"{workspace.contracts_dir}: no contracts to publish",
            hint="Add a folder with a contract.yaml for each contract.",
        )
    if problems:
        raise PublicationRefused(
            problems,
            hint="Nothing was published. Fix the problems above and build again.",
        )
    return releases
