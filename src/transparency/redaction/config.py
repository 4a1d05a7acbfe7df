"""The scanner's rules as data: ``recognizers.yaml`` (shipped) plus the workspace's own file.

The format is Presidio's YAML recognizer format with additions a publisher needs: ``entities``
(how each entity is presented: category, suggested exemption, explanation), per-recognizer
``requires_context`` and ``negative_context``, ``allow_list`` and ``allow_patterns`` (text that
is public by rule), ``structure`` (headings that raise a category's scores) and
``table_columns`` (table headers that make a bare number a price or a salary). Text a PDF hides
under a black box is proposed as the entity :data:`COVERED_ENTITY`. See ``docs/detection.md``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

import pydantic
import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from transparency.errors import ValidationError
from transparency.records import load_yaml, problems_from

__all__ = [
    "CATEGORIES",
    "COVERED_ENTITY",
    "AllowPattern",
    "ConfidentialRule",
    "ContextSettings",
    "EntityInfo",
    "RecognizerConfig",
    "ScanRules",
    "StructureRule",
    "TableColumnRule",
    "load_rules",
]

CATEGORIES = (
    "PRICING",
    "BANK",
    "PERSONAL",
    "SECURITY",
    "INSURANCE",
    "FINANCIAL",
    "CONFIDENTIAL",
    "COVERED",
)
WORKSPACE_RULES = "recognizers.yaml"
#: The entity of text a PDF hides under a black box or an image though it is still in the file
#: (:attr:`transparency.contracts.Document.covered`); its entry under ``entities`` says how it
#: is presented.
COVERED_ENTITY = "COVERED_TEXT"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regex(value: str) -> str:
    try:
        regex.compile(value)
    except regex.error as exc:
        raise ValueError(f"the regular expression does not compile: {exc}") from None
    return value


class EntityInfo(_Model):
    """How findings of one entity are presented to the officer."""

    category: str
    exemption: str
    explanation: str

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"must be one of {', '.join(CATEGORIES)}")
        return value


class PatternConfig(_Model):
    """One regular expression of a recognizer and the score of a match."""

    name: str
    regex: str
    score: Annotated[float, Field(ge=0, le=1)]

    _compiles = field_validator("regex")(_check_regex)


class RecognizerConfig(_Model):
    """A Presidio pattern recognizer, with two additions for contract text."""

    name: str
    supported_entity: str
    supported_language: str = "en"
    patterns: list[PatternConfig] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list)
    deny_list_score: Annotated[float, Field(ge=0, le=1)] = 0.6
    context: list[str] = Field(default_factory=list)
    #: Drop a match unless one of the context words supports it.
    requires_context: bool = False
    #: Phrases shortly before a match that make it less likely (an insurance minimum, a cap).
    negative_context: list[str] = Field(default_factory=list)
    #: How much a negative phrase lowers the score.
    negative_score: Annotated[float, Field(ge=0, le=1)] = 0.3


class AllowPattern(_Model):
    """A regular expression: text it matches in full is public and never flagged."""

    name: str
    regex: str

    _compiles = field_validator("regex")(_check_regex)


class StructureRule(_Model):
    """Headings under which a category's scores are raised."""

    boost: Annotated[float, Field(ge=0, le=1)]
    headings: list[str]


class TableColumnRule(_Model):
    """A bare number in a table cell is ``entity`` when its column header or row label says so."""

    entity: str
    words: list[str]
    score: Annotated[float, Field(ge=0, le=1)]


class ConfidentialRule(_Model):
    """Passages marked confidential: the marker phrases and the score of a marked passage."""

    entity: str = "CONFIDENTIAL_PASSAGE"
    markers: list[str] = Field(default_factory=list)
    score: Annotated[float, Field(ge=0, le=1)] = 0.6


class ContextSettings(_Model):
    """How context words count (Presidio's lemma context enhancer)."""

    words_before: Annotated[int, Field(ge=0, le=30)] = 6
    words_after: Annotated[int, Field(ge=0, le=30)] = 3
    boost: Annotated[float, Field(ge=0, le=1)] = 0.35
    negative_window: Annotated[int, Field(ge=0, le=400)] = 80
    negative_distance: Annotated[int, Field(ge=0, le=30)] = 3


class ScanRules(_Model):
    """Everything the scanner is told by ``recognizers.yaml``."""

    threshold: Annotated[float, Field(ge=0, le=1)] = 0.4
    #: ``model``: proposals are weighed by the fitted scoring model (scoring.json);
    #: ``rules``: by the rules' own scores and ``threshold`` alone.
    scoring: Literal["model", "rules"] = "model"
    context_settings: ContextSettings = Field(default_factory=ContextSettings)
    entities: dict[str, EntityInfo] = Field(default_factory=dict)
    recognizers: list[RecognizerConfig] = Field(default_factory=list)
    allow_list: list[str] = Field(default_factory=list)
    allow_patterns: list[AllowPattern] = Field(default_factory=list)
    structure: dict[str, StructureRule] = Field(default_factory=dict)
    table_columns: list[TableColumnRule] = Field(default_factory=list)
    confidential: ConfidentialRule = Field(default_factory=ConfidentialRule)
    disabled: list[str] = Field(default_factory=list)

    def merged(self, other: ScanRules) -> ScanRules:
        """These rules extended by ``other``; a recognizer with the same name is replaced."""
        names = {r.name for r in other.recognizers}
        given = other.model_fields_set
        return ScanRules(
            threshold=other.threshold if "threshold" in given else self.threshold,
            scoring=other.scoring if "scoring" in given else self.scoring,
            context_settings=(
                other.context_settings if "context_settings" in given else self.context_settings
            ),
            entities={**self.entities, **other.entities},
            recognizers=[r for r in self.recognizers if r.name not in names] + other.recognizers,
            allow_list=[*self.allow_list, *other.allow_list],
            allow_patterns=[*self.allow_patterns, *other.allow_patterns],
            structure={**self.structure, **other.structure},
            table_columns=[*self.table_columns, *other.table_columns],
            confidential=other.confidential if "confidential" in given else self.confidential,
            disabled=[*self.disabled, *other.disabled],
        )


def _load(path: Path) -> ScanRules:
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ValidationError([], summary=f"{path}: expected a mapping with 'recognizers'")
    try:
        return ScanRules.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(problems_from(exc, path, record=_record_label)) from None


def _record_label(loc: tuple) -> tuple[str, tuple]:
    lists = ("recognizers", "allow_patterns", "table_columns")
    if len(loc) >= 2 and loc[0] in lists and isinstance(loc[1], int):
        noun = {"recognizers": "recognizer"}.get(loc[0], loc[0].replace("_", " ")[:-1])
        return f"{noun} {loc[1] + 1}", loc[2:]
    return "", loc


def load_rules(workspace_root: Path | None = None) -> ScanRules:
    """The shipped rules, extended by ``<workspace>/recognizers.yaml`` when it exists."""
    shipped = resources.files("transparency.redaction").joinpath("recognizers.yaml")
    with resources.as_file(shipped) as path:
        rules = _load(path)
    source = Path("recognizers.yaml")
    if workspace_root is not None and (workspace_root / WORKSPACE_RULES).is_file():
        source = workspace_root / WORKSPACE_RULES
        rules = rules.merged(_load(source))
    problems = []
    for index, recognizer in enumerate(rules.recognizers, 1):
        if recognizer.supported_entity not in rules.entities:
            problems.append(
                f"recognizer {index} ({recognizer.name}): entity "
                f"'{recognizer.supported_entity}' has no entry under 'entities'"
            )
    for index, column in enumerate(rules.table_columns, 1):
        if column.entity not in rules.entities:
            problems.append(
                f"table column {index}: entity '{column.entity}' has no entry under 'entities'"
            )
    confidential = rules.confidential
    if confidential.markers and confidential.entity not in rules.entities:
        problems.append(
            f"confidential: entity '{rules.confidential.entity}' has no entry under 'entities'"
        )
    if COVERED_ENTITY not in rules.entities:
        problems.append(f"entity '{COVERED_ENTITY}' has no entry under 'entities'")
    if problems:
        raise ValidationError([], summary=f"{source}: " + "; ".join(problems))
    return rules
