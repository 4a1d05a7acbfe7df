"""The exemption catalogue: the legal grounds a redaction may rely on (``catalogue.yaml``)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from transparency.errors import ValidationError
from transparency.records import load_yaml, problems_from

__all__ = ["Catalogue", "Exemption", "load_catalogue", "normalise_code"]

WORKSPACE_CATALOGUE = "exemptions.yaml"


def normalise_code(code: str) -> str:
    """``'foia  S.43 (2)'`` -> ``'foias.43(2)'``: how codes are compared."""
    return re.sub(r"\s+", "", code).casefold()


class Exemption(BaseModel):
    """One exemption or exception (see ``catalogue.yaml`` for the meaning of each field)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    regime: Literal["PA23", "FOIA", "EIR"]
    title: str
    reference: str
    test: Literal["public_interest", "justification"]
    prejudice: Literal["none", "prejudice", "endanger", "adverse_effect"] = "none"
    overriding: bool = False
    trade_secret: bool = False
    family: Literal["personal data", "commercial confidentiality", "other"]
    review_months: int = Field(ge=1, le=120)
    eir: str | None = None
    explanation: str

    @property
    def qualified(self) -> bool:
        """Whether a public interest test decides (as opposed to an absolute exemption)."""
        return self.test == "public_interest"

    @property
    def label(self) -> str:
        """The public label, e.g. ``Redacted — commercial confidentiality, FOIA s.43(2)``."""
        return f"Redacted — {self.family}, {self.code}"

    @property
    def anchor(self) -> str:
        """A URL fragment for this exemption's explanation."""
        return re.sub(r"[^a-z0-9]+", "-", self.code.casefold()).strip("-")


class _CatalogueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    exemptions: list[Exemption]


class Catalogue:
    """Exemptions by code; lookups ignore case and spacing."""

    def __init__(self, exemptions: list[Exemption]) -> None:
        self._by_code = {normalise_code(e.code): e for e in exemptions}

    def __iter__(self):
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str | None) -> Exemption | None:
        return self._by_code.get(normalise_code(code)) if code else None

    def codes(self) -> list[str]:
        return [e.code for e in self]

    def for_environmental(self, code: str) -> str:
        """The code to suggest when the document is environmental information (EIR applies)."""
        exemption = self.get(code)
        if exemption is None or exemption.regime != "FOIA":
            return code
        return exemption.eir or code


def _read(path: Path) -> list[Exemption]:
    data = load_yaml(path) or {}
    try:
        return _CatalogueFile.model_validate(data).exemptions
    except pydantic.ValidationError as exc:

        def label(loc: tuple) -> tuple[str, tuple]:
            if len(loc) >= 2 and isinstance(loc[1], int):
                return f"exemption {loc[1] + 1}", loc[2:]
            return "", loc

        raise ValidationError(problems_from(exc, path, record=label)) from None


@cache
def _shipped() -> tuple[Exemption, ...]:
    source = resources.files("transparency.decisions").joinpath("catalogue.yaml")
    with resources.as_file(source) as path:
        return tuple(_read(path))


def load_catalogue(workspace_root: Path | None = None) -> Catalogue:
    """The shipped catalogue, extended (or overridden by code) by ``exemptions.yaml``."""
    exemptions = list(_shipped())
    if workspace_root is not None and (workspace_root / WORKSPACE_CATALOGUE).is_file():
        exemptions += _read(workspace_root / WORKSPACE_CATALOGUE)
    return Catalogue(exemptions)
