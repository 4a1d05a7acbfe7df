"""Scanning a document: Presidio's findings, made into explained candidates.

Each block is analysed on its own (Presidio's context step grows quadratically with text length),
with the words of its table column header and row label passed as extra context. Each finding is
then checked against its rule (a rule may require a context word; a phrase such as "insurance of
at least" lowers an amount's score), filtered through the allow lists (the parties' names, the
publisher's public names, the contract reference, the total contract value, the rules' own
allow list and patterns), raised where the document's structure supports it (an amount under a
"Charges" heading), merged where findings overlap, thresholded, and given a category, a
suggested exemption, a stable id and a plain explanation (which says when the text was read by
OCR, with its lowest word confidence). Bare numbers in priced table columns
and passages marked confidential are found from the layout.

Text that a PDF hides under a black box or an image though it is still in the file
(:attr:`~transparency.contracts.Document.covered`) is always proposed, as it is: a finding lying
inside it is taken into it (its category is named in the explanation), one crossing its edge
widens it to take the finding in whole, and one that takes it in stays, with it inside.
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

import regex
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from transparency.contracts import Block, Document
from transparency.decisions.catalogue import Catalogue
from transparency.redaction.candidates import Candidate, candidate_id
from transparency.redaction.confidential import marked_passages
from transparency.redaction.config import COVERED_ENTITY, RecognizerConfig, ScanRules
from transparency.redaction.engine import build_analyzer
from transparency.redaction.money import money_value
from transparency.redaction.nlp import SENTENCE_END, lemma, tokenise
from transparency.redaction.recognizers import PersonNameRecognizer
from transparency.redaction.scoring import Model, Proposal, describe, features, load_model
from transparency.redaction.structure import Layout, Place

__all__ = ["Allowed", "Proposed", "Scanner"]

logger = logging.getLogger(__name__)

_MONEY_ENTITIES = frozenset({"UK_MONEY", "SALARY", "SUPPLIER_FINANCIAL", "INSURANCE_AMOUNT"})
#: Joins the blocks of one Presidio call: a paragraph break and a character no pattern accepts.
_BATCH_SEPARATOR = "\n\n\x00\n\n"
#: Blocks analysed together: up to this many characters.
_BATCH_CHARS = 4000
_CELL_LABEL = regex.compile(r"^\s*\p{L}[\p{L} ]{1,30}:\s*")
_BARE_NUMBER = regex.compile(r"^\(?(?:£|GBP[ ]?)?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\)?$")


@dataclass(frozen=True)
class Allowed:
    """What must never be flagged in one contract: public names, the reference, the total."""

    texts: frozenset[str] = frozenset()
    amounts: frozenset[Decimal] = frozenset()

    @property
    def total(self) -> Decimal | None:
        """The contract's total value (the largest public amount), if known."""
        return max(self.amounts) if self.amounts else None

    def permits(self, entity: str, text: str) -> bool:
        """True when ``text`` is public by rule and must not be proposed."""
        folded = text.casefold().strip(" .,;:")
        if folded in self.texts:
            return True
        if entity == "PERSON" and any(_same_person(folded, name) for name in self.texts):
            return True
        if entity in _MONEY_ENTITIES:
            value = money_value(text)
            return value is not None and value in self.amounts
        return False

    @classmethod
    def build(cls, texts: list[str], amounts: list[Decimal]) -> Allowed:
        return cls(
            texts=frozenset(t.casefold().strip() for t in texts if t and t.strip()),
            amounts=frozenset(amounts),
        )


def _same_person(found: str, public: str) -> bool:
    """True when ``found`` is (part of) the public name, or its initials and surname."""
    if found in public:
        return True
    words = [w.strip(".,") for w in found.replace(".", ". ").split()]
    names = public.split()
    if len(words) < 2 or len(names) < 2 or words[-1] != names[-1]:
        return False
    return all(len(w) == 1 and w[0] == n[0] for w, n in zip(words[:-1], names, strict=False))


@dataclass
class _Finding:
    entity: str
    start: int
    end: int
    score: float
    block: Block
    notes: list[str] = field(default_factory=list)
    proposal: Proposal | None = None
    threshold: float | None = None
    features: dict[str, float] | None = None  # the proposal's features, when it was weighed
    weighed: dict[str, float] | None = None  # the model's contributions to its score


@dataclass(frozen=True)
class Proposed:
    """One proposal before any is kept: its kind, its place and its features."""

    entity: str
    category: str
    start: int
    end: int
    features: dict[str, float]


class Scanner:
    """Scans documents with one AnalyzerEngine, built once and reused.

    :param model: ``True`` uses an installed spaCy model if there is one (for PERSON entities),
        ``False`` never does.
    :param scoring: the fitted scoring model (:mod:`~transparency.redaction.scoring`); by
        default the shipped one. Its categories are proposed liberally and scored in context;
        a category it has no weights for (``Model()`` has none) is scored by the rules alone.
    """

    def __init__(
        self,
        rules: ScanRules,
        catalogue: Catalogue,
        *,
        model: bool = True,
        scoring: Model | None = None,
    ) -> None:
        self.rules = rules
        self.catalogue = catalogue
        if scoring is None:
            scoring = load_model() if rules.scoring == "model" else Model()
        self.scoring = scoring
        self.analyzer: AnalyzerEngine = build_analyzer(rules, model=model)
        # Only entities some Presidio recognizer supports: others (the confidential passages)
        # are found by the scanner's own structure rules, and Presidio warns about each one.
        supported = set(self.analyzer.get_supported_entities(language="en"))
        self._entities = sorted(e for e in rules.entities if e in supported)
        self._configs: dict[str, RecognizerConfig] = {r.name: r for r in rules.recognizers}
        self._negative = {
            r.name: _phrases(r.negative_context) for r in rules.recognizers if r.negative_context
        }
        self._structure = {
            category: (rule.boost, _phrases(rule.headings))
            for category, rule in rules.structure.items()
        }
        self._columns = [
            (column.entity, _phrases(column.words), column.score) for column in rules.table_columns
        ]
        self._rule_allowed = frozenset(t.casefold() for t in rules.allow_list)
        self._allow_patterns = [regex.compile(p.regex) for p in rules.allow_patterns]
        self._people = [
            r for r in self.analyzer.registry.recognizers if isinstance(r, PersonNameRecognizer)
        ]

    def scan(
        self,
        document: Document,
        *,
        allowed: Allowed | None = None,
        environmental: bool = False,
    ) -> list[Candidate]:
        """The candidates in ``document``, in document order, with stable ids."""
        allowed = allowed or Allowed()
        layout = Layout(document)
        findings = self._findings(document, layout, allowed)
        threshold = self.rules.threshold
        kept = [
            f
            for f in _merge(findings)
            if f.score >= (threshold if f.threshold is None else f.threshold)
        ]
        for finding in kept:
            if finding.weighed is not None:
                finding.notes.append(describe(finding.weighed, finding.score))
        kept += self._same_surnames(document, kept, allowed)
        kept += [f for f in self._confidential(document, layout) if f.score >= threshold]
        kept = self._with_covered(document, kept)
        kept.sort(key=lambda f: (f.start, f.end))
        return self._candidates(document, kept, environmental)

    def proposals(self, document: Document, *, allowed: Allowed | None = None) -> list[Proposed]:
        """Every proposal the model scores, before overlaps are resolved or any is dropped
        (what ``tools/train_scoring.py`` fits the weights on)."""
        findings = self._findings(document, Layout(document), allowed or Allowed())
        return [
            Proposed(f.proposal.entity, f.proposal.category, f.start, f.end, f.features)
            for f in findings
            if f.features is not None
        ]

    def _findings(self, document: Document, layout: Layout, allowed: Allowed) -> list[_Finding]:
        for recognizer in self._people:
            recognizer.use_vocabulary(document.text)
        findings: list[_Finding] = []
        for batch in _batches(document.blocks):
            findings += self._scan_batch(batch, layout, allowed)
        threshold = self.rules.threshold
        for finding in findings:
            if finding.proposal is not None:
                finding.proposal.rule_score = finding.score
                finding.proposal.rules_propose = (
                    finding.score >= threshold and not finding.proposal.needs_context
                )
            self._weigh(finding)
        return _kinds_by_rules(findings)

    def _weigh(self, finding: _Finding) -> None:
        """Score a proposal with its category's model, explaining the score."""
        proposal = finding.proposal
        if proposal is None:
            return
        model = self.scoring.weighing(proposal.entity, proposal.category)
        if model is None:
            return
        finding.features = features(proposal)
        contributions = model.contributions(finding.features)
        finding.score = model.probability_of(contributions)
        finding.threshold = model.threshold
        finding.weighed = contributions  # explained in words if it is kept

    def _candidates(
        self, document: Document, findings: list[_Finding], environmental: bool
    ) -> list[Candidate]:
        occurrences: Counter = Counter()
        candidates = []
        for finding in findings:
            info = self.rules.entities[finding.entity]
            text = document.text[finding.start : finding.end]
            occurrences[(info.category, text)] += 1
            exemption = info.exemption
            if environmental:
                exemption = self.catalogue.for_environmental(exemption)
            score = round(min(finding.score, 1.0), 2)
            notes = [*finding.notes, *_ocr_note(document, finding.start, finding.end)]
            candidates.append(
                Candidate(
                    id=candidate_id(
                        document.name, info.category, text, occurrences[(info.category, text)]
                    ),
                    document=document.name,
                    page=finding.block.page,
                    start=finding.start,
                    end=finding.end,
                    text=text,
                    category=info.category,
                    exemption=exemption,
                    score=score,
                    explanation=" ".join([info.explanation, *notes, f"Score {score:.2f}."]),
                )
            )
        return candidates

    def _scan_batch(self, blocks: list[Block], layout: Layout, allowed: Allowed) -> list[_Finding]:
        """Analyse blocks together in one Presidio call (its per-call cost dominates on short
        blocks); each result is then handled in its own block, a table cell's context words
        apply to its own results only, and a match that would run from one block into the next
        is dropped (the separator stops every pattern)."""
        places = [layout.place(b) for b in blocks]
        text = _BATCH_SEPARATOR.join(b.text for b in blocks)
        starts, spans, offset = [], [], 0
        for block, place in zip(blocks, places, strict=True):
            starts.append(offset)
            words = tuple(lemma(w) for w in tokenise(place.table_words)[0])
            spans.append((offset, offset + len(block.text), words))
            offset += len(block.text) + len(_BATCH_SEPARATOR)
        enhancer = self.analyzer.context_aware_enhancer
        enhancer.span_context = tuple(spans)
        try:
            results = self.analyzer.analyze(
                text, language="en", entities=self._entities, return_decision_process=True
            )
        finally:
            enhancer.span_context = ()
        per_block: list[list[RecognizerResult]] = [[] for _ in blocks]
        for result in results:
            index = bisect.bisect_right(starts, result.start) - 1
            base = starts[index]
            if result.end - base > len(blocks[index].text):
                continue
            result.start -= base
            result.end -= base
            per_block[index].append(result)
        findings = []
        for block, place, found in zip(blocks, places, per_block, strict=True):
            findings += self._scan_block(block, place, allowed, found)
        return findings

    def _scan_block(
        self, block: Block, place: Place, allowed: Allowed, results: list[RecognizerResult]
    ) -> list[_Finding]:
        table_words = place.table_words
        findings = []
        for result in results:
            if result.entity_type not in self.rules.entities:
                continue
            text = block.text[result.start : result.end]
            if self._is_allowed(result.entity_type, text, allowed):
                continue
            name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
            config = self._configs.get(name or "")
            explanation = result.analysis_explanation
            word = explanation.supportive_context_word if explanation else ""
            category = self.rules.entities[result.entity_type].category
            scored = self.scoring.knows(name or "") and (
                self.scoring.weighing(result.entity_type, category) is not None
            )
            if config is not None and config.requires_context and not word and not scored:
                continue
            finding = _Finding(
                result.entity_type,
                block.start + result.start,
                block.start + result.end,
                result.score,
                block,
                [_describe(result, word, block.text, place)],
            )
            if scored:
                finding.proposal = Proposal(
                    result.entity_type,
                    category,
                    (explanation.pattern_name if explanation else None) or name or "",
                    explanation.original_score if explanation else result.score,
                    block,
                    place,
                    result.start,
                    result.end,
                    total=allowed.total,
                    context_word=word or "",
                    needs_context=bool(config is not None and config.requires_context and not word),
                )
            negated = self._apply_negative(finding, name or "", block, result.start)
            if finding.proposal is not None:
                finding.proposal.negative = negated
            final = negated or bool(
                (result.recognition_metadata or {}).get(
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
                )
            )
            if not final:
                self._apply_structure(finding, place)
            findings.append(finding)
        if block.kind == "table_cell" and table_words:
            findings += self._table_number(block, place, allowed)
            findings += self._table_detail(block, place, allowed)
        return findings

    def _table_detail(self, block: Block, place: Place, allowed: Allowed) -> list[_Finding]:
        """A short cell of a table holding a number, proposed as a person's detail for the
        model to weigh by its column header and headings (a staff number, a start date, hours
        in a staff list)."""
        entity = "PERSONAL_REFERENCE"
        info = self.rules.entities.get(entity)
        labelled = _CELL_LABEL.match(block.text)  # "Name: Jo Bloggs": the value alone
        start = labelled.end() if labelled else 0
        text = block.text[start:].strip()
        if info is None or not place.column_header or not 2 <= len(text) <= 40:
            return []
        if not any(c.isdigit() for c in text):  # words are names (found by their own rule)
            return []
        model = self.scoring.weighing(entity, info.category)
        if model is None or any(
            self._is_allowed(kind, text, allowed) for kind in (entity, "PERSON")
        ):
            return []
        start = block.text.index(text, start)
        finding = _liberal(
            entity, info.category, "a value in a table", 0.05, block, place, start,
            start + len(text), allowed,
        )  # fmt: skip
        finding.notes.append("A value in a table.")
        return [finding]

    def _is_allowed(self, entity: str, text: str, allowed: Allowed) -> bool:
        folded = text.casefold().strip(" .,;:")
        if folded in self._rule_allowed or allowed.permits(entity, text):
            return True
        return any(p.fullmatch(text.strip(" .,;:")) for p in self._allow_patterns)

    def _apply_negative(self, finding: _Finding, name: str, block: Block, start: int) -> bool:
        """Lower the score when a negative phrase precedes the match; True if one did."""
        phrases = self._negative.get(name)
        if phrases is None:
            return False
        window = self.rules.context_settings.negative_window
        before = SENTENCE_END.split(block.text[max(0, start - window) : start])[-1]
        match = None
        for match in phrases.finditer(before):  # noqa: B007 - keep the nearest (last) phrase
            pass
        distance = self.rules.context_settings.negative_distance
        if match is None or len(before[match.end() :].split()) > distance:
            return False
        config = self._configs[name]
        finding.score = max(0.0, finding.score - config.negative_score)
        finding.notes.append(
            f"The words '{match.group()}' before it make it less likely to be sensitive"
            f" (-{config.negative_score:.2f})."
        )
        return True

    def _apply_structure(self, finding: _Finding, place: Place) -> None:
        category = self.rules.entities[finding.entity].category
        if category not in self._structure:
            return
        boost, words = self._structure[category]
        for heading in place.headings:
            match = words.search(heading.text)
            if match:
                finding.score += boost
                where = "in a table " if finding.block.kind == "table_cell" else ""
                finding.notes.append(
                    f"It appears {where}under the heading '{heading.text}' (+{boost:.2f})."
                )
                return

    def _table_number(self, block: Block, place: Place, allowed: Allowed) -> list[_Finding]:
        """A bare number in a cell whose column header or row label names a price or a pay."""
        text = block.text
        if not _BARE_NUMBER.match(text) or self._is_allowed("UK_MONEY", text, allowed):
            return []
        liberal = []
        for entity in ("UK_MONEY", "SALARY"):
            if entity not in self.rules.entities:
                continue
            category = self.rules.entities[entity].category
            if self.scoring.weighing(entity, category) is not None:
                finding = _liberal(
                    entity, category, "number in a table", 0.1, block, place, 0, len(text),
                    allowed,
                )  # fmt: skip
                finding.notes.append("A number in a table.")
                liberal.append(finding)
        if liberal:
            return liberal
        for entity, words, score in self._columns:
            for label, what in (
                (place.column_header, "column header"),
                (place.row_label, "row label"),
            ):
                match = words.search(label) if label else None
                if match:
                    note = (
                        f"A number in a table whose {what} '{label}' contains"
                        f" '{match.group()}' (score {score:.2f})."
                    )
                    finding = _Finding(entity, block.start, block.end, score, block, [note])
                    self._apply_structure(finding, place)
                    return [finding]
        return []

    def _same_surnames(
        self, document: Document, found: list[_Finding], allowed: Allowed
    ) -> list[_Finding]:
        """Initials or a title with the surname of a person found elsewhere: "P. Castellano"."""
        names: dict[str, str] = {}
        for finding in found:
            if finding.entity == "PERSON":
                words = document.text[finding.start : finding.end].split()
                if len(words) >= 2 and len(words[-1]) > 2 and words[-1][0].isupper():
                    names.setdefault(words[-1], " ".join(words))
        if not names:
            return []
        surnames = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
        pattern = regex.compile(
            rf"(?<![\p{{L}}.])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]|(?:\p{{Lu}}\.[ ]?){{1,3}})"
            rf"(?P<surname>{surnames})(?![\p{{L}}])"
        )
        extra = []
        for block in document.blocks:
            for match in pattern.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                if any(start < f.end and f.start < end for f in found + extra):
                    continue
                if self._is_allowed("PERSON", match.group(), allowed):
                    continue
                note = (
                    f"The surname of '{names[match.group('surname')]}', found elsewhere in"
                    " this document, with initials or a title."
                )
                extra.append(_Finding("PERSON", start, end, 0.6, block, [note]))
        return extra

    def _confidential(self, document: Document, layout: Layout) -> list[_Finding]:
        rule = self.rules.confidential
        findings = []
        for passage in marked_passages(document, rule.markers):
            note = (
                f"The passage is marked '{passage.marker}' ({passage.how}). The label alone"
                " proves nothing: withhold it only if disclosure would be an actionable breach"
                " of confidence (s.41) or it is a trade secret or would prejudice commercial"
                " interests (s.43)."
            )
            findings.append(
                _Finding(rule.entity, passage.start, passage.end, rule.score, passage.block, [note])
            )
        return findings

    def _with_covered(self, document: Document, found: list[_Finding]) -> list[_Finding]:
        """``found`` with a finding for each covered span (see the module docstring)."""
        covers = []
        for start, end in document.covered:
            block = document.block_at(start)
            if block is not None:  # certain: the box is there, and the text under it
                covers.append(_Finding(COVERED_ENTITY, start, end, 1.0, block))
        if not covers:
            return found
        taken: dict[int, set[str]] = {}  # id of a cover: the categories of findings it took in
        changed = True
        while changed:
            changed = False
            rest = []
            for finding in found:
                crossing = [
                    c
                    for c in covers
                    if c.start < finding.end
                    and finding.start < c.end
                    and not (finding.start <= c.start and c.end <= finding.end)
                ]
                if not crossing:  # apart from every cover, or taking them in whole
                    rest.append(finding)
                    continue
                cover = crossing[0]
                if finding.start < cover.start or finding.end > cover.end:
                    cover.start = min(cover.start, finding.start)
                    cover.end = max(cover.end, finding.end)
                    changed = True
                category = self.rules.entities[finding.entity].category
                taken.setdefault(id(cover), set()).add(category)
            found = rest
            covers = _join(covers, taken)
        for cover in covers:
            if id(cover) in taken:
                cover.notes.append(
                    "The scan also flags text in this passage as "
                    + ", ".join(sorted(taken[id(cover)]))
                    + "."
                )
        return found + covers


def _ocr_note(document: Document, start: int, end: int) -> list[str]:
    """A sentence on a candidate whose text was read by OCR from a scanned page."""
    confidences = [confidence for _, _, confidence in document.ocr_in(start, end)]
    if not confidences:
        return []
    return [f"Read by OCR (lowest word confidence {min(confidences):.0f}%)."]


def _join(covers: list[_Finding], taken: dict[int, set[str]]) -> list[_Finding]:
    """Covers that overlap (after widening) made one; ``taken`` follows them."""
    joined: list[_Finding] = []
    for cover in sorted(covers, key=lambda c: (c.start, c.end)):
        last = joined[-1] if joined else None
        if last is not None and cover.start < last.end:
            last.end = max(last.end, cover.end)
            taken.setdefault(id(last), set()).update(taken.pop(id(cover), set()))
        else:
            joined.append(cover)
    return joined


def _phrases(words: list[str]) -> regex.Pattern:
    """One case-insensitive pattern for whole words or phrases (symbols match as written)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = regex.escape(word).replace(r"\ ", r"\s+")
        parts.append(rf"\b{escaped}\b" if word[:1].isalnum() and word[-1:].isalnum() else escaped)
    return regex.compile(rf"(?i)(?:{'|'.join(parts)})" if parts else r"(?!)")


def _batches(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive blocks to analyse together, up to :data:`_BATCH_CHARS` characters."""
    batches: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    for block in blocks:
        if current and size + len(block.text) > _BATCH_CHARS:
            batches.append(current)
            current, size = [], 0
        current.append(block)
        size += len(block.text)
    if current:
        batches.append(current)
    return batches


def _describe(result: RecognizerResult, word: str, text: str, place: Place) -> str:
    """One sentence on how Presidio arrived at the score: the rule and the context word."""
    explanation = result.analysis_explanation
    if explanation is None:
        return ""
    rule = explanation.pattern_name or explanation.recognizer
    sentence = f"Rule '{rule}' ({explanation.recognizer}) scored {explanation.original_score:.2f}"
    if word:
        around = {lemma(w) for w in tokenise(text)[0]}
        if word in around or not place.table_words:
            where = f"the nearby word '{word}'"
        elif word in {lemma(w) for w in tokenise(place.column_header)[0]}:
            where = f"the word '{word}' in the column header '{place.column_header}'"
        else:
            where = f"the word '{word}' in the row label '{place.row_label}'"
        sentence += f"; {where} raised it to {result.score:.2f}"
    elif explanation.validation_result:
        sentence += f"; its check digits are valid, giving {result.score:.2f}"
    sentence += "."
    if explanation.textual_explanation and explanation.textual_explanation.startswith(
        ("The ", "'")
    ):
        sentence += f" {explanation.textual_explanation}"
    return sentence


def _liberal(
    entity: str,
    category: str,
    rule: str,
    base: float,
    block: Block,
    place: Place,
    start: int,
    end: int,
    allowed: Allowed,
) -> _Finding:
    """A finding the scanner's own liberal rules propose for the model to weigh; ``start`` and
    ``end`` are offsets in the block's text."""
    finding = _Finding(entity, block.start + start, block.start + end, base, block)
    finding.proposal = Proposal(
        entity, category, rule, base, block, place, start, end, total=allowed.total
    )
    return finding


def _kinds_by_rules(findings: list[_Finding]) -> list[_Finding]:
    """Where the model weighs one text as several kinds (an amount as a price, a salary, a
    premium), whether it is proposed is the model's call, its kind the rules': the kind whose
    rule found its own context word ("salary", "premium") takes the best score of the text."""
    by_span: dict[tuple[int, int], list[_Finding]] = {}
    for finding in findings:
        if finding.proposal is not None:
            by_span.setdefault((finding.start, finding.end), []).append(finding)
    for same in by_span.values():
        if len(same) < 2:
            continue
        ruled = [f for f in same if f.proposal.rules_propose]
        if not ruled:
            continue
        best = max(same, key=lambda f: f.score)
        chosen = max(ruled, key=lambda f: f.proposal.rule_score)
        if chosen is not best and chosen.score < best.score:
            chosen.notes.append(
                f"Weighed as a {best.proposal.category.lower()} text it scores"
                f" {best.score:.2f}; its rule's context makes it"
                f" {chosen.proposal.category.lower()}."
            )
            chosen.score, chosen.threshold = best.score, best.threshold
            best.score = 0.0
    return findings


def _merge(findings: list[_Finding]) -> list[_Finding]:
    """Resolve overlaps: the higher score wins; equal scores keep the longer span."""
    ordered = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.entity))
    kept: list[_Finding] = []
    for finding in ordered:
        if any(finding.start < k.end and k.start < finding.end for k in kept):
            continue
        kept.append(finding)
    return sorted(kept, key=lambda f: f.start)
