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

__all__ = ["Catalogue", "Exemption", "Factors", "load_catalogue", "normalise_code"]

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
    summary: str = ""
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

    @property
    def kind(self) -> str:
        """What a record under it must contain, in an officer's words."""
        if not self.qualified:
            return "absolute: record a justification"
        test = "overriding public interest" if self.overriding else "public interest test"
        harm = {
            "prejudice": ", prejudice test",
            "endanger": ", endangerment test",
            "adverse_effect": ", adverse effect test",
        }
        extra = ", trade secret conditions" if self.trade_secret else ""
        return f"qualified: {test}{harm.get(self.prejudice, '')}{extra}"


class Factors(BaseModel):
    """The preset public interest factors offered to officers, each way."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    for_disclosure: list[str] = Field(default_factory=list)
    for_withholding: list[str] = Field(default_factory=list)


class _CatalogueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    factors: Factors = Field(default_factory=Factors)
    exemptions: list[Exemption] = Field(default_factory=list)


class Catalogue:
    """Exemptions by code; lookups ignore case and spacing."""

    def __init__(self, exemptions: list[Exemption], factors: Factors | None = None) -> None:
        self._by_code = {normalise_code(e.code): e for e in exemptions}
        self.factors = factors or Factors()

    def __iter__(self):
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str | None) -> Exemption | None:
        return self._by_code.get(normalise_code(code)) if code else None

    def codes(self) -> list[str]:
        return [e.code for e in self]

    def applicable(self, environmental: bool) -> list[Exemption]:
        """The exemptions an officer may choose: EIR and PA23 for environmental information,
        PA23 and FOIA otherwise."""
        allowed = {"EIR", "PA23"} if environmental else {"FOIA", "PA23"}
        return [e for e in self if e.regime in allowed]

    def for_environmental(self, code: str) -> str:
        """The code to suggest when the document is environmental information (EIR applies)."""
        exemption = self.get(code)
        if exemption is None or exemption.regime != "FOIA":
            return code
        return exemption.eir or code


def _read(path: Path) -> _CatalogueFile:
    data = load_yaml(path) or {}
    try:
        return _CatalogueFile.model_validate(data)
    except pydantic.ValidationError as exc:

        def label(loc: tuple) -> tuple[str, tuple]:
            if len(loc) >= 2 and loc[0] == "exemptions" and isinstance(loc[1], int):
                return f"exemption {loc[1] + 1}", loc[2:]
            return "", loc

        raise ValidationError(problems_from(exc, path, record=label)) from None


@cache
def _shipped() -> _CatalogueFile:
    source = resources.files("transparency.decisions").joinpath("catalogue.yaml")
    with resources.as_file(source) as path:
        return _read(path)


def load_catalogue(workspace_root: Path | None = None) -> Catalogue:
    """The shipped catalogue, extended (or overridden by code) by ``exemptions.yaml``.

    The publisher's file may also add preset public interest factors to the shipped ones.
    """
    shipped = _shipped()
    exemptions = list(shipped.exemptions)
    factors = shipped.factors
    if workspace_root is not None and (workspace_root / WORKSPACE_CATALOGUE).is_file():
        extra = _read(workspace_root / WORKSPACE_CATALOGUE)
        exemptions += extra.exemptions
        factors = Factors(
            for_disclosure=[*factors.for_disclosure, *extra.factors.for_disclosure],
            for_withholding=[*factors.for_withholding, *extra.factors.for_withholding],
        )
    return Catalogue(exemptions, factors)
