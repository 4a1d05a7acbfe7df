"""``transparency.yaml`` at the workspace root: the publisher's own rules for decisions.

Every field is optional; without the file, anyone who gives a name may decide, approval by a
second person is optional and the decision history is checked only by ``transparency verify``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import pydantic
from pydantic import BaseModel, ConfigDict, Field, field_validator

from transparency.contracts.changes import ChangeNoticeRules
from transparency.decisions.dates import Period, parse_period
from transparency.errors import Problem, ValidationError
from transparency.records import load_yaml, problems_from

__all__ = ["CONFIG_FILE", "PublisherConfig", "load_config", "match_person", "same_person"]

logger = logging.getLogger(__name__)

CONFIG_FILE = "transparency.yaml"

Name = Annotated[str, Field(min_length=1)]


def match_person(name: str, people: list[str]) -> str | None:
    """The entry of ``people`` that ``name`` stands for, or ``None``.

    A name matches an entry ignoring case, either whole (``Fiona Hale, Information Governance
    Officer``) or up to its first comma (``Fiona Hale``), so an officer can type their name and
    the record gets the name and role the publisher listed. An empty list lets anyone in.
    """
    name = " ".join(name.split())
    if not people:
        return name
    folded = name.casefold()
    for person in people:
        if folded in (person.casefold(), person.split(",")[0].strip().casefold()):
            return person
    return None


def same_person(a: str, b: str) -> bool:
    """Whether two recorded names are the same person (``Fiona Hale`` and ``fiona hale,
    Information Governance Officer`` are)."""

    def name(person: str) -> str:
        return " ".join(person.split(",", maxsplit=1)[0].split()).casefold()

    return name(a) == name(b)


class PublisherConfig(BaseModel):
    """The fields of ``transparency.yaml`` (see the file-format reference)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    require_approval: bool = False
    approve_releases: bool = False
    officers: list[Name] = Field(default_factory=list)
    approvers: list[Name] = Field(default_factory=list)
    require_history: bool = False
    due_within: str = "30d"
    #: The Procurement Act 2023 s.75 thresholds for contract change notices.
    change_notices: ChangeNoticeRules = Field(default_factory=ChangeNoticeRules)

    @field_validator("due_within", mode="before")
    @classmethod
    def _period(cls, value: object) -> object:
        if isinstance(value, int):
            value = f"{value}d"
        parse_period(str(value))  # a ValueError becomes a one-line problem naming the field
        return value

    @property
    def due_period(self) -> Period:
        """``due_within`` as a :class:`Period`."""
        return parse_period(self.due_within)

    def officer(self, name: str) -> str | None:
        """The name to record for ``name`` as a decider, or ``None`` if not listed."""
        return match_person(name, self.officers)

    def approver(self, name: str) -> str | None:
        """The name to record for ``name`` as an approver, or ``None`` if not listed."""
        return match_person(name, self.approvers)

    def needs_approval(self, action: str) -> bool:
        """Whether a decision to ``redact`` or ``release`` needs a second person's approval."""
        if action == "redact":
            return self.require_approval
        return self.require_approval and self.approve_releases


def load_config(workspace_root: Path) -> PublisherConfig:
    """``<workspace>/transparency.yaml``, validated; the defaults when there is none."""
    path = Path(workspace_root) / CONFIG_FILE
    if not path.is_file():
        return PublisherConfig()
    data = load_yaml(path)
    if data is None:
        return PublisherConfig()
    if not isinstance(data, dict):
        raise ValidationError(
            [Problem(path, "expected a mapping of settings (require_approval, officers, ...)")],
            hint="See the file-format reference for transparency.yaml.",
        )
    try:
        config = PublisherConfig.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(
            problems_from(exc, path), hint="See the file-format reference for transparency.yaml."
        ) from None
    logger.info("publisher configuration from %s", path)
    return config
