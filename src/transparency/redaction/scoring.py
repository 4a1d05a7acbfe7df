"""Scoring proposals from their context, with weights fitted to labelled contracts.

The recognizers propose liberally: every amount, percentage, identifier-shaped token, date,
name and code they can find, each as the kinds it could be (an amount is proposed as a price,
a salary, a figure of the supplier's accounts and an insurance premium). Each proposal is then
described by explainable features: the rule that found it, the words just before and after it,
the words of the headings it sits under, of its table column header and row label, its shape,
and for an amount its share of the contract's total value. A logistic model per category
(PRICING, PERSONAL, ...) turns the features into a probability that the text must be withheld.

The weights are fitted by ``tools/train_scoring.py`` on the labelled evaluation set and shipped
as ``scoring.json`` beside this module; at run time the score is a sum of weights and a
sigmoid, so no learning library is needed. Every score is explained in plain words: the
features that raised it most and those that lowered it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

import regex

from transparency.contracts import Block
from transparency.redaction.money import money_value
from transparency.redaction.nlp import SENTENCE_END, lemma, tokenise
from transparency.redaction.structure import Place

__all__ = ["Model", "Proposal", "describe", "features", "load_model"]

MODEL_PATH = Path(__file__).with_name("scoring.json")
#: Words before and after a proposal that count as its context.
WORDS_BEFORE = 6
WORDS_AFTER = 4
_WORD = regex.compile(r"^\p{L}[\p{L}'’-]*$")
# Words too common to mean anything as context (kept: "per", "each", "not", "less", ...).
_STOP = frozenset(
    "a an the and or of to in on at by for with as is are be been was were this that these those "
    "it its any all such which who will shall may must".split()
)


@dataclass
class Proposal:
    """What the model needs to know about one proposal."""

    entity: str
    category: str
    rule: str
    base: float
    block: Block
    place: Place
    start: int  # offset in the block's text
    end: int
    total: Decimal | None = None
    context_word: str = ""
    negative: bool = False  # its rule's negative phrase stands before it
    #: The hand-written rules alone would propose it (its rule's score, with context and
    #: structure, reaches the rules' threshold): the model learns how far to trust them.
    rules_propose: bool = False
    needs_context: bool = False  # its rule requires a context word and none was found
    rule_score: float = 0.0  # the score its rule gives it (with context and structure)

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


def _words(text: str) -> list[str]:
    """The meaningful words of ``text``, as lemmas, in order."""
    return list(_cached_words(text))


@lru_cache(maxsize=4096)
def _cached_words(text: str) -> tuple[str, ...]:
    return tuple(word for _, _, word in _placed_words(text))


@lru_cache(maxsize=512)
def _placed_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each meaningful word of ``text`` with its offsets (a block's, computed once for all the
    proposals in it)."""
    out = []
    words, starts = tokenise(text)
    for word, start in zip(words, starts, strict=True):
        if _WORD.match(word):
            lowered = lemma(word)
            if lowered not in _STOP and len(lowered) > 1:
                out.append((start, start + len(word), lowered))
    return tuple(out)


@lru_cache(maxsize=512)
def _sentence_breaks(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in SENTENCE_END.finditer(text))


def _around(text: str, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """The words of the sentence before the proposal (up to 160 characters back), after it (up
    to 120 characters on) and of its whole block within 25 words each way."""
    low = max(0, start - 160)
    high = min(len(text), end + 120)
    for brk_start, brk_end in _sentence_breaks(text):
        if brk_end <= start:
            low = max(low, brk_end)
        elif brk_start >= end:
            high = min(high, brk_start)
            break
    placed = _placed_words(text)
    before_all = [w for a, b, w in placed if b <= start]
    after_all = [w for a, b, w in placed if a >= end]
    before = [w for a, b, w in placed if a >= low and b <= start]
    after = [w for a, b, w in placed if a >= end and b <= high]
    return before, after, before_all[-25:] + after_all[:25]


def _own_words(text: str) -> list[str]:
    """The words of the proposal itself ("Key Personnel", "invoices@", "svc_backup")."""
    return [lemma(w) for w in regex.findall(r"\p{L}{3,}", text)[:4]]


def _shape(text: str) -> list[str]:
    stripped = text.strip()
    letters = sum(c.isalpha() for c in stripped)
    digits = sum(c.isdigit() for c in stripped)
    out = []
    if digits and not letters:
        out.append("digits")
    elif digits and letters:
        out.append("letters and digits")
    else:
        out.append("letters only")
    if letters and stripped.upper() == stripped:
        out.append("capitals")
    if stripped[:1].isupper() and any(c.islower() for c in stripped):
        out.append("capitalised")
    for mark, name in (
        ("_", "underscore"),
        ("\\", "backslash"),
        ("/", "slash"),
        ("@", "at sign"),
        ("#", "hash"),
        ("*", "star"),
        ("%", "percent sign"),
        ("£", "pound sign"),
    ):
        if mark in stripped:
            out.append(name)
    if "." in stripped.strip("."):
        out.append("inner dot")
    if " " in stripped:
        out.append("spaces")
    if regex.search(r"\d[.,]\d{2}$", stripped):
        out.append("pence")
    if digits >= 6 and stripped.endswith("00"):
        out.append("ends in 00")
    length = len(stripped)
    out.append("short" if length < 5 else "medium length" if length < 10 else "long")
    out.append(f"pattern {_pattern(stripped)}")
    return out


def _pattern(text: str) -> str:
    """The text's pattern: capitals as A, small letters as a, digits as 9, runs of one class
    made one ("BXLSQL07" -> "A9", "ACI/EL/7730415" -> "A/A/9", "svc_docs" -> "a_a")."""
    out: list[str] = []
    for char in text[:40]:
        kind = (
            "A"
            if char.isupper()
            else "a"
            if char.isalpha()
            else "9"
            if char.isdigit()
            else (" " if char.isspace() else char)
        )
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


_AMOUNT = regex.compile(
    r"(?i)^\(?(?:£|€|\$|gbp|eur|usd)?[ ]?\d[\d,]*(?:\.\d+)?[ ]?"
    r"(?:k|m|bn|million|billion|p|pence|gbp|pounds)?\)?$"
)


def _amount(text: str, total: Decimal | None) -> list[str]:
    value = money_value(text) if _AMOUNT.match(text.strip()) else None
    if value is None:
        return []
    out = []
    if value < 100:
        out.append("under £100")
    elif value < 10_000:
        out.append("£100 to £10,000")
    elif value < 1_000_000:
        out.append("£10,000 to £1m")
    else:
        out.append("£1m or more")
    if value == value.to_integral() and value >= 1000 and value % 1000 == 0:
        out.append("round thousands")
    if total:
        share = value / total
        if share >= Decimal("0.1"):
            out.append("a tenth of the total value or more")
        elif share < Decimal("0.001"):
            out.append("under a thousandth of the total value")
    return out


def features(proposal: Proposal) -> dict[str, float]:
    """The proposal's features: names a person can read, and their values (mostly 1)."""
    text = proposal.block.text
    feats: dict[str, float] = {
        f"rule:{proposal.rule}": 1.0,
        "base": proposal.base,
        f"kind:{proposal.block.kind}": 1.0,
    }
    words_before, words_after, clause = _around(text, proposal.start, proposal.end)
    for word in words_before[-WORDS_BEFORE:]:
        feats[f"before:{word}"] = 1.0
    for word in words_before[-2:]:
        feats[f"just before:{word}"] = 1.0
    for word in words_after[:WORDS_AFTER]:
        feats[f"after:{word}"] = 1.0
    for word in words_after[:1]:
        feats[f"just after:{word}"] = 1.0
    near = (
        words_before[-WORDS_BEFORE:]
        + words_after[:WORDS_AFTER]
        + _words(proposal.place.column_header)
        + _words(proposal.place.row_label)
    )
    for word in near:
        feats[f"near:{word}"] = 1.0
    for word in clause:
        feats[f"clause:{word}"] = 1.0
    if proposal.start <= 2 and proposal.end >= len(text.rstrip(" .;:")) - 1:
        feats["whole block"] = 1.0
    for heading in proposal.place.headings:
        for word in _words(heading.text):
            feats[f"heading:{word}"] = 1.0
    for word in _words(proposal.place.column_header):
        feats[f"column:{word}"] = 1.0
    for word in _words(proposal.place.row_label):
        feats[f"row:{word}"] = 1.0
    for word in _words(proposal.place.row_cells)[:12]:
        feats[f"same row:{word}"] = 1.0
    for word in _words(proposal.place.header_row)[:12]:
        feats[f"table header:{word}"] = 1.0
    for name in _shape(proposal.text):
        feats[f"shape:{name}"] = 1.0
    for word in _own_words(proposal.text):
        feats[f"word:{word}"] = 1.0
    for name in _amount(proposal.text, proposal.total):
        feats[f"amount:{name}"] = 1.0
    if proposal.context_word:
        feats["context word"] = 1.0
    if proposal.rules_propose:
        feats["rules propose it"] = 1.0
    if proposal.negative:
        feats["negative phrase"] = 1.0
    return feats


@dataclass(frozen=True)
class CategoryModel:
    """The weights of one category's logistic model and the threshold it is used at."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def contributions(self, feats: dict[str, float]) -> dict[str, float]:
        return {
            name: self.weights[name] * value
            for name, value in feats.items()
            if name in self.weights and value
        }

    def probability(self, feats: dict[str, float]) -> float:
        return self.probability_of(self.contributions(feats))

    def probability_of(self, contributions: dict[str, float]) -> float:
        z = self.bias + sum(contributions.values())
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@dataclass(frozen=True)
class Model:
    """One :class:`CategoryModel` per category, and per entity where the set had enough
    examples of it (a salary is weighed apart from a name); categories without one are scored
    by the rules."""

    categories: dict[str, CategoryModel] = field(default_factory=dict)
    trained_on: str = ""
    #: The recognizers whose proposals the model was fitted on; others (a publisher's own,
    #: in the workspace's recognizers.yaml) keep the score their rule gives.
    recognizers: frozenset[str] = frozenset()

    def knows(self, recognizer: str) -> bool:
        return not self.recognizers or recognizer in self.recognizers

    def weighing(self, entity: str, category: str) -> CategoryModel | None:
        """The model that scores a proposal: its entity's own, else its category's."""
        return self.categories.get(entity) or self.categories.get(category)

    def to_json(self) -> str:
        data = {
            "trained_on": self.trained_on,
            "recognizers": sorted(self.recognizers),
            "categories": {
                name: {
                    "bias": round(m.bias, 4),
                    "threshold": round(m.threshold, 4),
                    "weights": {
                        k: round(v, 3) for k, v in sorted(m.weights.items()) if abs(v) >= 0.01
                    },
                }
                for name, m in sorted(self.categories.items())
            },
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(
            categories={
                name: CategoryModel(
                    bias=float(m["bias"]),
                    weights={k: float(v) for k, v in m["weights"].items()},
                    threshold=float(m["threshold"]),
                )
                for name, m in data["categories"].items()
            },
            trained_on=data.get("trained_on", ""),
            recognizers=frozenset(data.get("recognizers", ())),
        )


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The shipped model (read once per process)."""
    return Model.from_json(path.read_text(encoding="utf-8"))


#: How each kind of feature is said on the officer's screen ({} is the word or value).
_PHRASES = {
    "before": "'{}' before it",
    "just before": "'{}' before it",
    "after": "'{}' after it",
    "just after": "'{}' right after it",
    "near": "'{}' near it",
    "clause": "'{}' in the same clause",
    "heading": "'{}' in a heading above it",
    "column": "'{}' in its column header",
    "row": "'{}' in its row label",
    "same row": "'{}' in the same table row",
    "table header": "'{}' in the table's header",
    "shape": "its shape ({})",
    "word": "the word '{}' in it",
    "amount": "the amount ({})",
    "rule": "the rule '{}'",
}
_NAMED = {
    "kind:table_cell": "being in a table",
    "kind:heading": "being a heading",
    "whole block": "standing alone in its line or cell",
    "negative phrase": "a phrase before it that usually introduces a limit or a threshold",
    "context word": "a word near it that the rule looks for",
    "rules propose it": "the hand-written rule for it",
}


def _phrase(name: str) -> str | None:
    if name in _NAMED:
        return _NAMED[name]
    kind, _, value = name.partition(":")
    template = _PHRASES.get(kind)
    return template.format(value) if template and value else None


def describe(contributions: dict[str, float], score: float) -> str:
    """The score in plain words: what raised it most, what lowered it."""
    merged: dict[str, float] = {}
    for name, value in contributions.items():
        phrase = _phrase(name)
        if phrase:
            merged[phrase] = merged.get(phrase, 0.0) + value
    ranked = sorted(((v, p) for p, v in merged.items()), key=lambda item: -abs(item[0]))
    ups = [f"{phrase} (+{value:.1f})" for value, phrase in ranked if phrase and value > 0.2][:3]
    downs = [f"{phrase} ({value:.1f})" for value, phrase in ranked if phrase and value < -0.2][:2]
    parts = []
    if ups:
        parts.append("raised by " + ", ".join(ups))
    if downs:
        parts.append("lowered by " + ", ".join(downs))
    how = "; ".join(parts) if parts else "no context word weighed for or against it"
    return f"Weighed in context: {how}."
