"""Scanning a document: Presidio's findings, made into explained candidates.

Each block is analysed on its own (Presidio's context step grows quadratically with text length).
Findings are then merged where they overlap, filtered through the allow list (the parties' names,
the publisher's public names, the total contract value), raised where the document's structure
supports them (an amount under a "Charges" heading), thresholded, and given a category, a suggested
exemption, a stable id and a plain explanation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from transparency.contracts import Block, Document
from transparency.decisions.catalogue import Catalogue
from transparency.redaction.candidates import Candidate, candidate_id
from transparency.redaction.config import ScanRules
from transparency.redaction.engine import REGEX_FLAGS, build_analyzer
from transparency.redaction.money import money_value

__all__ = ["Allowed", "Scanner"]


@dataclass(frozen=True)
class Allowed:
    """What must never be flagged in one contract: public names and the published total."""

    texts: frozenset[str] = frozenset()
    amounts: frozenset[Decimal] = frozenset()

    def permits(self, entity: str, text: str) -> bool:
        """True when ``text`` is public by rule and must not be proposed."""
        folded = text.casefold().strip(" .,;:")
        if folded in self.texts:
            return True
        if entity == "PERSON" and any(folded in name for name in self.texts):
            return True
        if entity == "UK_MONEY":
            value = money_value(text)
            return value is not None and value in self.amounts
        return False

    @classmethod
    def build(cls, texts: list[str], amounts: list[Decimal]) -> Allowed:
        return cls(
            texts=frozenset(t.casefold().strip() for t in texts if t.strip()),
            amounts=frozenset(amounts),
        )


@dataclass
class _Finding:
    entity: str
    start: int
    end: int
    score: float
    notes: list[str] = field(default_factory=list)


class Scanner:
    """Scans documents with one AnalyzerEngine, built once and reused."""

    def __init__(self, rules: ScanRules, catalogue: Catalogue) -> None:
        self.rules = rules
        self.catalogue = catalogue
        self.analyzer: AnalyzerEngine = build_analyzer(rules)
        self._entities = sorted(rules.entities)
        self._structure = {
            category: (rule.boost, [h.casefold() for h in rule.headings])
            for category, rule in rules.structure.items()
        }
        rule_allowed = [t.casefold() for t in rules.allow_list]
        self._rule_allowed = frozenset(rule_allowed)

    def scan(
        self,
        document: Document,
        *,
        allowed: Allowed | None = None,
        environmental: bool = False,
    ) -> list[Candidate]:
        """The candidates in ``document``, in document order, with stable ids."""
        allowed = allowed or Allowed()
        findings: list[tuple[Block, _Finding]] = []
        for block in document.blocks:
            findings.extend((block, f) for f in self._scan_block(document, block, allowed))
        occurrences: Counter = Counter()
        candidates = []
        for block, finding in findings:
            info = self.rules.entities[finding.entity]
            text = document.text[finding.start : finding.end]
            occurrences[(info.category, text)] += 1
            exemption = info.exemption
            if environmental:
                exemption = self.catalogue.for_environmental(exemption)
            candidates.append(
                Candidate(
                    id=candidate_id(
                        document.name, info.category, text, occurrences[(info.category, text)]
                    ),
                    document=document.name,
                    page=block.page,
                    start=finding.start,
                    end=finding.end,
                    text=text,
                    category=info.category,
                    exemption=exemption,
                    score=round(min(finding.score, 1.0), 2),
                    explanation=" ".join([info.explanation, *finding.notes]),
                )
            )
        return candidates

    def _scan_block(self, document: Document, block: Block, allowed: Allowed) -> list[_Finding]:
        results = self.analyzer.analyze(
            block.text,
            language="en",
            entities=self._entities,
            regex_flags=REGEX_FLAGS,
            return_decision_process=True,
        )
        findings = []
        heading = document.heading_before(block.start)
        for result in results:
            if result.entity_type not in self.rules.entities:
                continue
            text = block.text[result.start : result.end]
            if text.casefold() in self._rule_allowed or allowed.permits(result.entity_type, text):
                continue
            finding = _Finding(
                result.entity_type,
                block.start + result.start,
                block.start + result.end,
                result.score,
                _describe(result),
            )
            self._apply_structure(finding, block, heading)
            findings.append(finding)
        return [f for f in _merge(findings) if f.score >= self.rules.threshold]

    def _apply_structure(self, finding: _Finding, block: Block, heading: Block | None) -> None:
        category = self.rules.entities[finding.entity].category
        if category not in self._structure or heading is None:
            return
        boost, words = self._structure[category]
        title = heading.text.casefold()
        word = next((w for w in words if re.search(rf"\b{re.escape(w)}\b", title)), None)
        if word is None:
            return
        finding.score += boost
        where = "in a table " if block.kind == "table_cell" else ""
        finding.notes.append(
            f"It appears {where}under the heading '{heading.text}' (+{boost:.2f}),"
            f" giving {min(finding.score, 1.0):.2f}."
        )


def _describe(result: RecognizerResult) -> list[str]:
    """One sentence on how Presidio arrived at the score."""
    explanation = result.analysis_explanation
    if explanation is None:
        return [f"Score {result.score:.2f}."]
    rule = explanation.pattern_name or explanation.recognizer
    sentence = f"Rule '{rule}' scored {explanation.original_score:.2f}"
    if explanation.supportive_context_word:
        sentence += (
            f"; the nearby word '{explanation.supportive_context_word}' raised it"
            f" to {result.score:.2f}"
        )
    elif explanation.validation_result:
        sentence += f"; its checksum is valid, giving {result.score:.2f}"
    return [sentence + "."]


def _merge(findings: list[_Finding]) -> list[_Finding]:
    """Resolve overlaps: the higher score wins; equal scores keep the longer span."""
    ordered = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    kept: list[_Finding] = []
    for finding in ordered:
        if any(finding.start < k.end and k.start < finding.end for k in kept):
            continue
        kept.append(finding)
    return sorted(kept, key=lambda f: f.start)
