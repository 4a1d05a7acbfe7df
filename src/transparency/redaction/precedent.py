"""Learning from the publisher's own decisions: what its officers release elsewhere.

Contracts made from one template carry the same texts (service credits set by the authority's
own terms, the hours of a standard staffing table, a switchboard), and a scan flags them in
every one. Once the officers have released a text of a category in :data:`RELEASED_IN` other
contracts of the workspace, and redacted it in none, it is published in those contracts and
withholding it here would protect nothing: the scan no longer proposes it. A candidate the
contract's own decisions name is kept, so that no decision loses its candidate, with its score
lowered by :data:`LOWER` and the reason ("Released in contracts A, B and C."). A text of a
category redacted in that many contracts and released in none is proposed higher
(:data:`HIGHER`), with the reason.

The texts are compared as the consistency check compares them (compatibility form, no
whitespace, case folded); messages name the contracts, never the text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from transparency.decisions.model import DecisionsFile
from transparency.redaction.candidates import Candidate
from transparency.redaction.consistency import DecidedScan, _key

__all__ = ["HIGHER", "LOWER", "RELEASED_IN", "Precedents", "precedents_of"]

#: Other contracts in which a text must have been decided the same way.
RELEASED_IN = 3
#: How much a text released in that many contracts loses; one redacted in as many gains.
LOWER = 0.6
HIGHER = 0.2


@dataclass(frozen=True)
class Precedents:
    """Which contracts released, and which redacted, each (category, text) of their scans."""

    released: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    redacted: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def apply(
        self,
        contract_id: str,
        candidates: list[Candidate],
        decisions: DecisionsFile,
    ) -> list[Candidate]:
        """``candidates`` of ``contract_id`` as the other contracts' decisions move them (see
        the module)."""
        named = {d.candidate for d in decisions.records if d.candidate}
        out = []
        for candidate in candidates:
            key = (candidate.category, _key(candidate.text))
            released = sorted(self.released.get(key, frozenset()) - {contract_id})
            redacted = sorted(self.redacted.get(key, frozenset()) - {contract_id})
            if len(released) >= RELEASED_IN and not redacted:
                if candidate.id not in named:
                    continue  # published in those contracts: not proposed again
                score = round(max(0.0, candidate.score - LOWER), 2)
                why = f"Released in contracts {_names(released)} (-{LOWER:.2f})."
            elif len(redacted) >= RELEASED_IN and not released:
                score = round(min(1.0, candidate.score + HIGHER), 2)
                why = f"Redacted in contracts {_names(redacted)} (+{HIGHER:.2f})."
            else:
                out.append(candidate)
                continue
            explanation = f"{candidate.explanation} {why} Score now {score:.2f}."
            out.append(replace(candidate, score=score, explanation=explanation))
        return out


def _names(contracts: list[str]) -> str:
    if len(contracts) == 1:
        return contracts[0]
    return ", ".join(contracts[:-1]) + " and " + contracts[-1]


def precedents_of(decided: Iterable[DecidedScan]) -> Precedents:
    """Every contract's released and redacted candidate texts, from its decisions and its
    latest scan (:func:`~transparency.redaction.consistency.decided_scans`)."""
    released: dict[tuple[str, str], set[str]] = defaultdict(set)
    redacted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for contract_id, decisions, candidates in decided:
        for decision in decisions.records:
            candidate = candidates.get(decision.candidate) if decision.candidate else None
            if candidate is None:
                continue
            key = (candidate.category, _key(candidate.text))
            if decision.action == "release":
                released[key].add(contract_id)
            elif decision.action == "redact":
                redacted[key].add(contract_id)
    return Precedents(
        {k: frozenset(v) for k, v in released.items()},
        {k: frozenset(v) for k, v in redacted.items()},
    )
