"""The scanner's rules as data: ``recognizers.yaml`` (shipped) plus the workspace's own file.

The format is Presidio's YAML recognizer format with three additions: ``entities`` (how each
entity is presented: category, suggested exemption, explanation), ``allow_list`` and
``structure`` (headings that raise a category's scores). See the file-format reference.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import pydantic
import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from transparency.errors import ValidationError
from transparency.records import load_yaml, problems_from

__all__ = ["CATEGORIES", "EntityInfo", "RecognizerConfig", "ScanRules", "load_rules"]

CATEGORIES = (
    "PRICING",
    "BANK",
    "PERSONAL",
    "SECURITY",
    "INSURANCE",
    "FINANCIAL",
    "CONFIDENTIAL",
)
WORKSPACE_RULES = "recognizers.yaml"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityInfo(_Model):
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
    name: str
    regex: str
    score: Annotated[float, Field(ge=0, le=1)]

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            regex.compile(value)
        except regex.error as exc:
            raise ValueError(f"the regular expression does not compile: {exc}") from None
        return value


class RecognizerConfig(_Model):
    name: str
    supported_entity: str
    supported_language: str = "en"
    patterns: list[PatternConfig] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list)
    deny_list_score: Annotated[float, Field(ge=0, le=1)] = 0.6
    context: list[str] = Field(default_factory=list)


class StructureRule(_Model):
    boost: Annotated[float, Field(ge=0, le=1)]
    headings: list[str]


class ScanRules(_Model):
    threshold: Annotated[float, Field(ge=0, le=1)] = 0.4
    entities: dict[str, EntityInfo] = Field(default_factory=dict)
    recognizers: list[RecognizerConfig] = Field(default_factory=list)
    allow_list: list[str] = Field(default_factory=list)
    structure: dict[str, StructureRule] = Field(default_factory=dict)

    def merged(self, other: ScanRules) -> ScanRules:
        """These rules extended by ``other``; a recognizer with the same name is replaced."""
        names = {r.name for r in other.recognizers}
        return ScanRules(
            threshold=other.threshold if "threshold" in other.model_fields_set else self.threshold,
            entities={**self.entities, **other.entities},
            recognizers=[r for r in self.recognizers if r.name not in names] + other.recognizers,
            allow_list=[*self.allow_list, *other.allow_list],
            structure={**self.structure, **other.structure},
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
    if len(loc) >= 2 and loc[0] == "recognizers" and isinstance(loc[1], int):
        return f"recognizer {loc[1] + 1}", loc[2:]
    return "", loc


def load_rules(workspace_root: Path | None = None) -> ScanRules:
    """The shipped rules, extended by ``<workspace>/recognizers.yaml`` when it exists."""
    shipped = resources.files("transparency.redaction").joinpath("recognizers.yaml")
    with resources.as_file(shipped) as path:
        rules = _load(path)
    if workspace_root is not None and (workspace_root / WORKSPACE_RULES).is_file():
        rules = rules.merged(_load(workspace_root / WORKSPACE_RULES))
    problems = []
    for index, recognizer in enumerate(rules.recognizers, 1):
        if recognizer.supported_entity not in rules.entities:
            problems.append(
                f"recognizer {index} ({recognizer.name}): entity "
                f"'{recognizer.supported_entity}' has no entry under 'entities'"
            )
    if problems:
        raise ValidationError([], summary="; ".join(problems))
    return rules
