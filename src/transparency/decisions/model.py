"""``decisions/<id>.yaml``: the officers' decisions, as typed records.

The structure (fields, types, dates) is checked here by pydantic; the legal rules that tie a
record to its exemption (a public interest test for a qualified exemption, a harm for a
prejudice-based one ...) are checked in :mod:`transparency.decisions.rules`, so that every
problem of every record is reported at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

import pydantic
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from transparency._atomic import atomic_write_text
from transparency.errors import Problem, ValidationError
from transparency.records import dump_yaml, load_yaml, problems_from

__all__ = [
    "Decision",
    "DecisionsFile",
    "Harm",
    "PublicInterest",
    "Representation",
    "TradeSecret",
    "load_decisions",
    "save_decisions",
]


def _as_list(value: object) -> object:
    """A single factor may be written as a string; a list of factors is the norm."""
    return [value] if isinstance(value, str) else value


Text = Annotated[str, Field(min_length=1)]
Factors = Annotated[list[Text], BeforeValidator(_as_list), Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PublicInterest(_Model):
    """The public interest test: the factors each way and the conclusion drawn."""

    for_disclosure: Factors
    for_withholding: Factors
    conclusion: Text


class Harm(_Model):
    """For a prejudice-based exemption: the harm, and how likely it is."""

    description: Text
    likelihood: Literal["would", "would be likely to"] = "would be likely to"


class TradeSecret(_Model):
    """FOIA s.43(1): the three conditions of a trade secret, each answered."""

    secret: Text
    commercial_value: Text
    protected: Text


class Representation(_Model):
    """What the supplier (or someone for it) argued about the passage: evidence the officer
    weighed, never the decision itself."""

    by: Text
    on: dt.date
    summary: Text
    document: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _unquoted_on(cls, data: object) -> object:
        """YAML 1.1 reads an unquoted ``on:`` key as the boolean true; take it as ``on``."""
        if isinstance(data, dict) and "on" not in data and any(k is True for k in data):
            return {"on" if k is True else k: v for k, v in data.items()}
        return data


def _none_if_empty(value: object) -> object:
    """An empty list of representations says no more than none."""
    return None if value == [] else value


class Decision(_Model):
    """One decision: on a scan candidate (``candidate``) or on a manual span."""

    candidate: str | None = None
    document: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    text: str | None = None
    action: Literal["redact", "release"]
    exemption: str | None = None
    public_reason: Text
    justification: str | None = None
    harm: Harm | None = None
    public_interest: PublicInterest | None = None
    trade_secret: TradeSecret | None = None
    representations: Annotated[list[Representation] | None, BeforeValidator(_none_if_empty)] = None
    override: str | None = None
    decided_by: Text
    decided_on: dt.date
    approved_by: str | None = None
    approved_on: dt.date | None = None
    review_by: dt.date | None = None

    @model_validator(mode="after")
    def _target(self) -> Decision:
        span = (self.document, self.start, self.end)
        if self.candidate is None and (any(v is None for v in span) or self.text is None):
            raise ValueError(
                "give either 'candidate' (an id from redaction/) or a manual span:"
                " 'document', 'start', 'end' and 'text'"
            )
        if (
            self.candidate is not None
            and any(v is not None for v in span)
            and (any(v is None for v in span) or self.text is None)
        ):
            raise ValueError(
                "a candidate's passage made wider or narrower needs all of 'document', 'start',"
                " 'end' and 'text'"
            )
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError("'end' must be after 'start'")
        return self

    @property
    def is_manual(self) -> bool:
        return self.candidate is None

    @property
    def has_span(self) -> bool:
        """Whether the record gives its own span (a manual redaction or an adjusted passage)."""
        return self.start is not None

    @property
    def key(self) -> str:
        """The record's identity in a decisions file and its history: the candidate id, or
        ``document@start-end`` for a manual span."""
        if self.candidate:
            return self.candidate
        return f"{self.document}@{self.start}-{self.end}"

    @property
    def target(self) -> str:
        """How problems name this record's target."""
        if self.candidate:
            return f"candidate {self.candidate}"
        return f"{self.document} {self.start}-{self.end}"

    def as_data(self) -> dict:
        """The record as written to YAML and to the history (empty fields left out)."""
        return self.model_dump(mode="json", exclude_none=True)


class DecisionsFile(_Model):
    """The whole of ``decisions/<id>.yaml``."""

    contract: Text
    history: str | None = None
    records: list[Decision] = Field(default_factory=list)


def _record_label(data: object) -> callable:
    def label(loc: tuple) -> tuple[str, tuple]:
        if len(loc) >= 2 and loc[0] == "records" and isinstance(loc[1], int):
            index = loc[1]
            name = f"record {index + 1}"
            records = data.get("records") if isinstance(data, dict) else None
            if isinstance(records, list) and index < len(records):
                record = records[index]
                if isinstance(record, dict) and record.get("candidate"):
                    name += f" (candidate {record['candidate']})"
            return name, loc[2:]
        return "", loc

    return label


def load_decisions(path: Path) -> DecisionsFile:
    """Load ``decisions/<id>.yaml``; every structural problem is reported at once."""
    data = load_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValidationError(
            [Problem(path, "expected a mapping with 'contract' and 'records'")],
            hint="See the file-format reference for decisions files.",
        )
    try:
        return DecisionsFile.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(problems_from(exc, path, record=_record_label(data))) from None


HEADER = (
    "# The officers' decisions for contract {id}. `transparency review`, `redact` and `approve`\n"
    "# write this file and record every change in {id}.history.jsonl; `transparency verify`\n"
    "# reports any change made by hand.\n"
)


def save_decisions(path: Path, decisions: DecisionsFile) -> None:
    """Write a decisions file atomically, leaving out empty fields."""
    data = decisions.model_dump(mode="json", exclude_none=True)
    atomic_write_text(path, HEADER.format(id=decisions.contract) + dump_yaml(data))
