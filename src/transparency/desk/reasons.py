"""``reasons.yaml``: the publisher's house reasons, kept in the workspace.

A house reason is the wording an officer starts from for a kind of passage: the reason shown
to the public, the harm and its likelihood, the public interest factors each way and the
conclusion. The desk offers the reasons of the passage's category (and exemption) first; the
officer chooses one and edits it for the decision, so each decision still says what applies to
its own passage. The file is plain YAML, edited in the desk or by hand, and checked like every
other file: every problem at once, naming the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from transparency._atomic import atomic_write_text
from transparency.errors import Problem, ValidationError
from transparency.records import dump_yaml, load_yaml, problems_from

__all__ = ["REASONS_FILE", "HouseReason", "load_reasons", "save_reasons"]

REASONS_FILE = "reasons.yaml"

Text = Annotated[str, Field(min_length=1)]


class HouseReason(BaseModel):
    """One house reason."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: Text
    category: str | None = None  # PRICING, BANK, PERSONAL ... (None: any)
    exemption: str | None = None  # the exemption it was written for (None: any)
    action: Literal["redact", "release"] = "redact"
    public_reason: Text
    justification: str | None = None
    harm: str | None = None
    likelihood: Literal["would", "would be likely to"] | None = None
    for_disclosure: list[Text] = Field(default_factory=list)
    for_withholding: list[Text] = Field(default_factory=list)
    conclusion: str | None = None


class _ReasonsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reasons: list[HouseReason] = Field(default_factory=list)


HEADER = (
    "# House reasons: the wording officers start from in `transparency desk`, per category of\n"
    "# passage. Each decision is still written for its own passage. See docs/desk.md.\n"
)


def _label(data: object):
    def label(loc: tuple) -> tuple[str, tuple]:
        if len(loc) >= 2 and loc[0] == "reasons" and isinstance(loc[1], int):
            return f"reason {loc[1] + 1}", loc[2:]
        return "", loc

    return label


def parse_reasons(data: object, path: Path) -> list[HouseReason]:
    """The house reasons in ``data`` (the file's content); every problem at once."""
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ValidationError([Problem(path, "expected a mapping with 'reasons'")])
    try:
        reasons = _ReasonsFile.model_validate(data).reasons
    except pydantic.ValidationError as exc:
        raise ValidationError(problems_from(exc, path, record=_label(data))) from None
    titles: dict[str, int] = {}
    problems = []
    for number, reason in enumerate(reasons, 1):
        key = reason.title.casefold()
        if key in titles:
            problems.append(
                Problem(
                    path,
                    f"the same title as reason {titles[key]}: give each reason its own title",
                    record=f"reason {number}",
                    field="title",
                )
            )
        titles.setdefault(key, number)
    if problems:
        raise ValidationError(problems)
    return reasons


def load_reasons(root: Path) -> list[HouseReason]:
    """The workspace's house reasons (none when it has no ``reasons.yaml``)."""
    path = Path(root) / REASONS_FILE
    if not path.is_file():
        return []
    return parse_reasons(load_yaml(path), path)


def save_reasons(root: Path, reasons: list[HouseReason]) -> None:
    """Write ``reasons.yaml`` atomically."""
    data = {"reasons": [r.model_dump(mode="json", exclude_none=True) for r in reasons]}
    atomic_write_text(Path(root) / REASONS_FILE, HEADER + dump_yaml(data))
