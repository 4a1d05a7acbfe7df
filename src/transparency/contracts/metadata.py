"""``contracts/<id>/contract.yaml``: the contract's public metadata."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from transparency.contracts.changes import Change, change_label, change_problems
from transparency.errors import ValidationError
from transparency.records import load_yaml, problems_from

__all__ = ["ContractMeta", "DocumentRef", "Money", "load_contract_meta"]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NonEmpty = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Money(_Model):
    """An amount of money: ``amount`` (a number) and ``currency`` (ISO 4217, e.g. GBP)."""

    amount: Decimal = Field(ge=0)
    currency: str = Field(default="GBP", pattern=r"^[A-Z]{3}$")


Change.model_rebuild()  # its ``value`` is a Money


class DocumentRef(_Model):
    """One source document of the contract."""

    file: NonEmpty
    title: NonEmpty
    environmental: bool | None = None

    @field_validator("file")
    @classmethod
    def _plain_file_name(cls, value: str) -> str:
        if Path(value).is_absolute() or ".." in Path(value).parts:
            raise ValueError("must be a file name inside the contract's folder")
        return value


class ContractMeta(_Model):
    """The fields of ``contract.yaml`` (see the file-format reference)."""

    id: str = Field(pattern=SLUG.pattern)
    title: NonEmpty
    buyer: NonEmpty
    department: str = ""
    #: The category of service the register groups it under (a search filter).
    category: str = ""
    supplier: NonEmpty
    supplier_id: str = ""
    value: Money
    awarded: dt.date
    starts: dt.date
    ends: dt.date
    reference: NonEmpty
    procedure: str = ""
    #: goods, services or works (OCDS mainProcurementCategory): the change-notice threshold.
    procurement_category: Literal["goods", "services", "works"] | None = None
    description: str = ""
    supplier_address: str = ""
    vat_irrecoverable: Decimal | None = Field(default=None, ge=0)
    review_date: dt.date | None = None
    invitation: Literal["quotation", "tender"] | None = None
    sme: bool | None = None
    vcse: bool | None = None
    environmental: bool = False
    kpis: list[NonEmpty] = Field(default_factory=list)
    public_names: list[NonEmpty] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(min_length=1)
    #: Variations, extensions, price reviews and termination, in date order (changes.py).
    changes: list[Change] = Field(default_factory=list)

    @field_validator("supplier_id", "reference", mode="before")
    @classmethod
    def _numbers_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @model_validator(mode="after")
    def _dates_in_order(self) -> ContractMeta:
        if self.ends < self.starts:
            raise ValueError("'ends' is before 'starts'")
        return self

    def is_environmental(self, document: str) -> bool:
        """Whether EIR (not FOIA) governs ``document``: its own flag, else the contract's."""
        for ref in self.documents:
            if ref.file == document and ref.environmental is not None:
                return ref.environmental
        return self.environmental

    def change_of(self, document: str) -> Change | None:
        """The change that ``document`` records, or None for an original document."""
        return next((c for c in self.changes if c.document == document), None)


def load_contract_meta(path: Path, *, expected_id: str | None = None) -> ContractMeta:
    """Load and validate a ``contract.yaml``; every problem is reported at once."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise ValidationError(
            [],
            summary=f"{path}: expected a mapping of fields (id, title, buyer, ...)",
            hint="See the file-format reference for contract.yaml.",
        )
    try:
        meta = ContractMeta.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(problems_from(exc, path, record=_change_record(data))) from None
    if problems := change_problems(meta, path):
        raise ValidationError(problems)
    if expected_id is not None and meta.id != expected_id:
        raise ValidationError(
            [],
            summary=f"{path}: id '{meta.id}' does not match its folder name '{expected_id}'",
            hint="Rename the folder or change the id so that they agree.",
        )
    return meta


def _change_record(data: dict):
    """Problems inside ``changes`` name the change (``change 2 (extension-2026)``)."""
    changes = data.get("changes")

    def record(loc: tuple) -> tuple[str, tuple]:
        if len(loc) > 1 and loc[0] == "changes" and isinstance(loc[1], int):
            entry = changes[loc[1]] if isinstance(changes, list) else None
            return change_label(loc[1], entry if isinstance(entry, dict) else None), loc[2:]
        return "", loc

    return record
