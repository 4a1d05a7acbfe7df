"""The file-format reference documents every field of the decisions, history and configuration
files and of the exemption catalogue, and every exemption with its review period."""

from __future__ import annotations

from pathlib import Path

import pytest

from transparency.decisions import load_catalogue
from transparency.decisions.catalogue import Exemption, Factors
from transparency.decisions.config import PublisherConfig
from transparency.decisions.history import Entry
from transparency.decisions.model import Decision, DecisionsFile, Representation

ROOT = Path(__file__).resolve().parent.parent
FORMATS = (ROOT / "docs" / "file-formats.md").read_text()


@pytest.mark.parametrize(
    "model", [DecisionsFile, Decision, Representation, PublisherConfig, Exemption, Factors]
)
def test_every_field_is_documented(model):
    missing = [f for f in model.model_fields if f"`{f}`" not in FORMATS]
    assert not missing, f"{model.__name__} fields missing from docs/file-formats.md: {missing}"


def test_every_history_field_is_documented():
    missing = [f for f in Entry.__dataclass_fields__ if f"`{f}`" not in FORMATS]
    assert not missing, f"history fields missing from docs/file-formats.md: {missing}"


def test_every_exemption_is_in_the_table_with_its_review_period():
    rows = {line.split("|")[1].strip(): line for line in FORMATS.splitlines() if line[:3] == "| `"}
    for exemption in load_catalogue():
        row = rows.get(f"`{exemption.code}`")
        assert row is not None, f"{exemption.code} is missing from the exemptions table"
        assert f"| {exemption.review_months} months |" in row, exemption.code


def test_every_history_action_is_documented():
    from transparency.decisions.history import DONE

    missing = [action for action in DONE if f"`{action}`" not in FORMATS]
    assert not missing
