"""The legal rules a decision record must satisfy, checked together so every problem is listed.

Each rule yields :class:`~transparency.errors.Problem` objects naming the file, the record and the
field. See ``../shared/LEGAL.md`` (in the docs: "Exemptions and the rules") for the law encoded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from transparency.contracts.metadata import ContractMeta
from transparency.decisions.catalogue import Catalogue
from transparency.decisions.config import CONFIG_FILE, PublisherConfig, same_person
from transparency.decisions.model import Decision, DecisionsFile
from transparency.errors import Problem
from transparency.redaction.candidates import Candidate
from transparency.redaction.money import money_value

__all__ = ["check_decisions", "check_record", "must_publish", "party_key", "record_label"]

_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%B %Y")


def record_label(index: int, decision: Decision) -> str:
    """``record 3 (candidate c-1a2b3c4d5e)``: how problems name a record."""
    return f"record {index + 1} ({decision.target})"


def check_decisions(
    path: Path,
    decisions: DecisionsFile,
    *,
    meta: ContractMeta,
    catalogue: Catalogue,
    candidates: dict[str, Candidate],
    config: PublisherConfig | None = None,
) -> list[Problem]:
    """Every problem with the records of ``decisions`` (an empty list when all is well).

    A record whose candidate is no longer in the scan is an orphan: the gate reports it (see
    :mod:`transparency.decisions.orphans`), not these rules.
    """
    problems: list[Problem] = []
    if decisions.contract != meta.id:
        problems.append(
            Problem(
                path, f"is for contract '{decisions.contract}', not '{meta.id}'", field="contract"
            )
        )
    targets = Counter(d.candidate for d in decisions.records if d.candidate)
    for index, decision in enumerate(decisions.records):
        problems += check_record(
            path,
            index,
            decision,
            meta=meta,
            catalogue=catalogue,
            candidates=candidates,
            config=config,
        )
        if decision.candidate and targets[decision.candidate] > 1:
            label = record_label(index, decision)
            problems.append(Problem(path, "decided by more than one record", label, "candidate"))
    return problems


def check_record(
    path: Path,
    index: int,
    decision: Decision,
    *,
    meta: ContractMeta,
    catalogue: Catalogue,
    candidates: dict[str, Candidate],
    config: PublisherConfig | None = None,
    publishing: bool = True,
) -> list[Problem]:
    """Every problem with one record. With ``publishing=False`` (a record about to be saved),
    the approval that comes later is not yet required."""
    config = config or PublisherConfig()
    label = record_label(index, decision)

    def problem(field: str, message: str, text: str = "") -> Problem:
        return Problem(path, message, record=label, field=field, text=text)

    problems: list[Problem] = []
    candidate = candidates.get(decision.candidate) if decision.candidate else None
    if decision.is_manual and decision.document not in {ref.file for ref in meta.documents}:
        problems.append(problem("document", "not one of the contract's documents"))
    if candidate is not None:
        problems += _check_target(decision, candidate, problem)
    if decision.action == "redact":
        problems += _check_redaction(decision, meta, catalogue, candidates, problem)
    problems += _check_representations(decision, problem)
    problems += _check_people(decision, meta, config, problem, publishing=publishing)
    return problems


def _check_target(decision: Decision, candidate: Candidate, problem) -> Iterator[Problem]:
    """A decision applies only to the text it was made on."""
    if not decision.has_span:
        if decision.text is not None and decision.text != candidate.text:
            yield problem(
                "text",
                f"the decision was made on other text than candidate {candidate.id}'s; a"
                " decision applies only to the text it was made on",
                decision.text,
            )
        return
    if decision.document != candidate.document or not (
        decision.start < candidate.end and candidate.start < decision.end
    ):
        yield problem(
            "start",
            f"the passage {decision.document} {decision.start}-{decision.end} does not overlap"
            f" the candidate it decides (at {candidate.start}-{candidate.end}"
            f" of {candidate.document})",
            candidate.text,
        )


def _check_representations(decision: Decision, problem) -> Iterator[Problem]:
    """Representations are evidence weighed in the decision, so they come before it."""
    for number, representation in enumerate(decision.representations or [], 1):
        if representation.on > decision.decided_on:
            yield problem(
                "representations.on",
                f"representation {number} ({representation.on}) was made after the decision"
                f" ({decision.decided_on}); only what was said before it can have been weighed",
            )


def _check_people(decision, meta, config, problem, *, publishing: bool) -> Iterator[Problem]:
    if config.officers and config.officer(decision.decided_by) is None:
        yield problem(
            "decided_by",
            f"'{decision.decided_by}' is not one of the officers listed in {CONFIG_FILE}",
        )
    if decision.approved_by:
        if same_person(decision.approved_by, decision.decided_by):
            yield problem("approved_by", "the approver must be someone other than the decider")
        elif config.approvers and config.approver(decision.approved_by) is None:
            yield problem(
                "approved_by",
                f"'{decision.approved_by}' is not one of the approvers listed in {CONFIG_FILE}",
            )
        if decision.approved_on is None:
            yield problem("approved_on", "say when it was approved")
        elif decision.approved_on < decision.decided_on:
            yield problem("approved_on", "must not be before 'decided_on'")
    elif decision.approved_on is not None:
        yield problem("approved_by", "say who approved it ('approved_on' is given)")
    elif publishing and config.needs_approval(decision.action):
        what = "redaction" if decision.action == "redact" else "decision"
        yield problem(
            "approved_by",
            f"{CONFIG_FILE} requires a second person to approve each {what}; run"
            f" `transparency approve {meta.id}`",
        )


def _check_redaction(decision, meta, catalogue, candidates, problem) -> Iterator[Problem]:
    exemption = catalogue.get(decision.exemption)
    if decision.exemption is None:
        yield problem("exemption", "a redaction must name its exemption")
    elif exemption is None:
        yield problem(
            "exemption",
            f"unknown exemption '{decision.exemption}'; use one of: {', '.join(catalogue.codes())}",
        )
    if decision.review_by is None:
        yield problem("review_by", "a redaction needs a date by which it will be reviewed")
    elif decision.review_by <= decision.decided_on:
        yield problem("review_by", "must be after 'decided_on'")
    text = decision.text
    if text is None and decision.candidate in candidates:
        text = candidates[decision.candidate].text
    if text and not decision.override and (reason := must_publish(text, meta)):
        yield problem(
            "override",
            f"the passage is {reason}, which must be published; give an 'override' with the reason",
            text,
        )
    if exemption is None:
        return
    document = decision.document or (
        candidates[decision.candidate].document if decision.candidate in candidates else None
    )
    if document and meta.is_environmental(document) and exemption.regime == "FOIA":
        suggestion = catalogue.for_environmental(exemption.code)
        yield problem(
            "exemption",
            f"the document is environmental information, so the EIR applies, not FOIA"
            f" (use {suggestion})",
        )
    if exemption.qualified and decision.public_interest is None:
        yield problem(
            "public_interest",
            f"{exemption.code} is qualified: record the public interest test"
            " (for_disclosure, for_withholding, conclusion)",
        )
    if (
        exemption.overriding
        and decision.public_interest is not None
        and "overrid" not in decision.public_interest.conclusion.casefold()
    ):
        yield problem(
            "public_interest.conclusion",
            f"{exemption.code} needs an *overriding* public interest in withholding;"
            " say so in the conclusion",
        )
    if exemption.test == "justification" and not decision.justification:
        yield problem(
            "justification",
            f"{exemption.code} is not subject to the public interest test: record the"
            " justification",
        )
    if exemption.prejudice != "none" and decision.harm is None:
        yield problem(
            "harm",
            f"{exemption.code} is prejudice-based: describe the harm and its likelihood"
            " ('would' or 'would be likely to')",
        )
    if exemption.trade_secret and decision.trade_secret is None:
        yield problem(
            "trade_secret",
            "a trade secret needs the three conditions answered: secret, commercial_value,"
            " protected",
        )


#: Words that say what kind of body a party is, not which: "Ltd" and "Limited" name the same
#: company, as do "Inc", "Inc." and "Incorporated".
_LEGAL_FORMS = frozenset(
    "ltd limited plc llp lp llc inc incorporated corp corporation co company cic cio"
    " gmbh ag sa sarl bv nv pty".split()
)
_WORD = re.compile(r"[^\W_]+")


def party_key(name: str) -> str:
    """A party's name by meaning: case, punctuation, a leading "the" and legal forms ignored
    (``ETON PHARMACEUTICALS, INC.`` and ``Eton Pharmaceuticals Inc`` are one party)."""
    words = [w.casefold() for w in _WORD.findall(name.replace("&", " and "))]
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def must_publish(text: str, meta: ContractMeta) -> str:
    """What public fact ``text`` is (a party, the total value, a date, a KPI), or ''."""
    folded = text.casefold().strip(" .,;:")
    key = party_key(text)
    if key and key in (party_key(meta.buyer), party_key(meta.supplier)):
        return "a party's name"
    if folded in (meta.reference.casefold(), meta.title.casefold()):
        return "the contract's reference or title"
    # A change's new total value and dates are public facts too (contract.yaml's changes).
    totals = {meta.value.amount, *(c.value.amount for c in meta.changes if c.value)}
    if re.search(r"\d", text) and money_value(text) in totals:
        return "the total contract value"
    dates = {meta.awarded, meta.starts, meta.ends}
    dates |= {d for c in meta.changes for d in (c.date, c.ends) if d}
    if _as_date(text) in dates:
        return "a contract date"
    if len(folded) >= 3 and any(folded in kpi.casefold() for kpi in meta.kpis):
        return "part of a published KPI"
    return ""


def _as_date(text: str) -> dt.date | None:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None
