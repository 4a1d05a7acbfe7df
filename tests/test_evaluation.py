"""Regression: the scanner on the labelled evaluation set must not get worse than recorded.

The figures are in tests/eval/expected.json, written by ``python tools/evaluate.py --record``;
see docs/detection.md for what they mean and how the set was made.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import evaluate  # noqa: E402

RECORDED = json.loads((ROOT / "tests" / "eval" / "expected.json").read_text())


@pytest.fixture(scope="module")
def figures() -> dict:
    return evaluate.evaluate(evaluate.ours()).figures()


@pytest.mark.parametrize("category", [*evaluate.CATEGORIES, "overall"])
def test_recall_is_no_worse_than_recorded(figures, category):
    assert figures["recall"][category] >= RECORDED["recall"][category]


def test_false_flags_are_no_more_than_recorded(figures):
    assert figures["false_flags_per_page"] <= RECORDED["false_flags_per_page"]
    assert figures["false_flags_per_page"] <= 1.0


def test_no_public_span_is_flagged(figures):
    assert figures["public_spans_flagged"] == 0


def test_the_targets_hold(figures):
    for category in ("PRICING", "BANK", "PERSONAL", "SECURITY"):
        assert figures["recall"][category] >= 0.97, category
    assert figures["recall"]["overall"] >= 0.95


def test_the_set_is_the_one_recorded(figures):
    assert (figures["labels"], figures["public_spans"], figures["pages"]) == (
        RECORDED["labels"],
        RECORDED["public_spans"],
        RECORDED["pages"],
    )
