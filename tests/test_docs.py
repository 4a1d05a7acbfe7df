"""The docs cannot drift from the code: every field, exemption and command is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from transparency.cli import cli
from transparency.contracts.metadata import ContractMeta
from transparency.decisions import load_catalogue
from transparency.decisions.model import Decision, Harm, PublicInterest, TradeSecret
from transparency.redaction.candidates import Candidate
from transparency.redaction.config import ScanRules

ROOT = Path(__file__).resolve().parent.parent
FORMATS = (ROOT / "docs" / "file-formats.md").read_text()
README = (ROOT / "README.md").read_text()


@pytest.mark.parametrize(
    "model", [ContractMeta, Decision, Harm, PublicInterest, TradeSecret, ScanRules]
)
def test_every_field_is_documented(model):
    missing = [f for f in model.model_fields if f"`{f}`" not in FORMATS]
    assert not missing, f"{model.__name__} fields missing from docs/file-formats.md: {missing}"


def test_every_candidate_field_is_documented():
    missing = [f for f in Candidate.__dataclass_fields__ if f"`{f}`" not in FORMATS]
    assert not missing


def test_every_exemption_is_documented():
    missing = [e.code for e in load_catalogue() if f"`{e.code}`" not in FORMATS]
    assert not missing, f"exemptions missing from docs/file-formats.md: {missing}"


def test_every_command_is_in_the_readme():
    missing = [name for name in cli.commands if f"transparency {name}" not in README]
    assert not missing


def test_readme_opens_with_the_two_commands():
    block = README.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert block[0].endswith("transparency build")
    assert block[1] == "python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python -m pytest" in ci and "transparency build" in ci
