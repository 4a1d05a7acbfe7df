"""Fit the scan's scoring weights on the labelled evaluation set and ship them.

    python tools/train_scoring.py            # fit on every contract, write scoring.json
    python tools/train_scoring.py --check    # fit, print the figures, write nothing

Every proposal the scanner makes on ``tests/eval/`` (liberally: every amount, percentage,
identifier, date, name and code, as each kind it could be) is described by its features
(:func:`transparency.redaction.scoring.features`) and labelled by the set: it is *positive* when
it overlaps a labelled span of its own category. One logistic regression per category is fitted
on them (scikit-learn, L2, classes balanced); features seen in fewer than two contracts are left
out, so no weight names one contract's wording. Each category's threshold is then chosen from
out-of-fold probabilities (templates held out in five folds): one threshold for all, the lowest
that keeps the false flags per page within :data:`BUDGET`.

The weights are written to ``src/transparency/redaction/scoring.json``, where the scanner reads
them; ``tools/evaluate.py --loto`` fits the same way with one drafting template held out.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))
EVAL = ROOT / "tests" / "eval"
OUT = ROOT / "src" / "transparency" / "redaction" / "scoring.json"

#: The categories the model scores (confidential and covered passages stay with their rules).
SCORED = ("PRICING", "BANK", "PERSONAL", "SECURITY", "INSURANCE", "FINANCIAL")
#: The inverse strength of the L2 penalty; classes unweighted (balanced weights measured worse).
REGULARISATION = 1.5
#: False flags per page the threshold may spend on the training set, out of fold.
BUDGET = 0.8
#: An entity has its own model when it has this many positive and negative proposals.
MIN_EXAMPLES = 15
#: A threshold is never set outside these bounds.
LOWEST, HIGHEST = 0.05, 0.95


@dataclass(frozen=True)
class Sample:
    contract: str
    template: str
    entity: str
    category: str
    features: dict[str, float]
    positive: bool
    place: tuple[str, int, int] = ("", 0, 0)  # document, start, end
    hits: tuple[tuple[str, int], ...] = ()  # the labelled spans of its category it overlaps
    off: bool = False  # it overlaps no sensitive span at all: kept, it is a false flag
    public: bool = False  # it overlaps a span that must stay public
    pages: int = 0  # the pages of its document (to count false flags per page)


def templates() -> dict[str, str]:
    """Each evaluation contract's id and the drafting template it is written in."""
    from evalset import CONTRACTS

    out = {}
    for name in CONTRACTS:
        module = import_module(f"evalset.{name}")
        out[module.META["id"]] = getattr(module, "TEMPLATE", "house")
    return out


def _labels() -> dict[str, dict]:
    return {
        data["contract"]: data
        for data in (
            yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in sorted((EVAL / "labels").glob("*.yaml"))
        )
    }


def proposal_scanner():
    """A scanner that proposes liberally in every scored category (all weights zero)."""
    from transparency.decisions.catalogue import load_catalogue
    from transparency.redaction.config import load_rules
    from transparency.redaction.scan import Scanner
    from transparency.redaction.scoring import CategoryModel, Model

    blank = Model({c: CategoryModel(0.0, {}, 0.5) for c in SCORED})
    return Scanner(load_rules(EVAL), load_catalogue(EVAL), model=False, scoring=blank)


def collect(contracts: list[str] | None = None) -> list[Sample]:
    """The labelled proposals of the evaluation set (of ``contracts`` when given)."""
    from transparency.redaction import allowed_for
    from transparency.workspace import Workspace

    scanner = proposal_scanner()
    workspace = Workspace(EVAL)
    kinds = templates()
    samples = []
    for contract_id, labels in _labels().items():
        if contracts is not None and contract_id not in contracts:
            continue
        contract = workspace.contract(contract_id)
        allowed = allowed_for(contract)
        for entry in labels["documents"]:
            document = contract.document(entry["file"])
            where = f"{contract_id}/{entry['file']}"
            for proposed in scanner.proposals(document, allowed=allowed):
                over = [
                    s
                    for s in entry["spans"]
                    if s["start"] < proposed.end and proposed.start < s["end"]
                ]
                hits = tuple((where, s["start"]) for s in over if s["label"] == proposed.category)
                samples.append(
                    Sample(
                        contract_id,
                        kinds.get(contract_id, "house"),
                        proposed.entity,
                        proposed.category,
                        proposed.features,
                        bool(hits),
                        (where, proposed.start, proposed.end),
                        hits,
                        off=not any(s["label"] != "PUBLIC" for s in over),
                        public=any(s["label"] == "PUBLIC" for s in over),
                        pages=entry["pages"],
                    )
                )
    return samples


class _Design:
    """Every sample's features as one sparse matrix, made once per :func:`fit` and shared by
    all its fits (turning the feature dictionaries into a matrix costs far more than fitting)."""

    def __init__(self, samples: list[Sample]) -> None:
        from sklearn.feature_extraction import DictVectorizer

        vectorizer = DictVectorizer()
        self.matrix = vectorizer.fit_transform([s.features for s in samples]).tocsr()
        self.names = list(vectorizer.get_feature_names_out())
        self.column = {name: i for i, name in enumerate(self.names)}
        self.row = {id(s): i for i, s in enumerate(samples)}

    def vocabulary(self, samples: list[Sample]) -> set[str]:
        """The features of ``samples`` present in at least two contracts."""
        import numpy
        from scipy import sparse

        rows = [self.row[id(s)] for s in samples]
        contracts = {c: i for i, c in enumerate(sorted({s.contract for s in samples}))}
        which = sparse.csr_matrix(
            (numpy.ones(len(rows)), ([contracts[s.contract] for s in samples], range(len(rows)))),
            shape=(len(contracts), len(rows)),
        )
        present = (which @ (self.matrix[rows] != 0).astype(numpy.float64)) > 0
        counts = numpy.asarray(present.sum(axis=0)).ravel()
        return {self.names[c] for c in numpy.flatnonzero(counts >= 2)}

    def fit(self, samples: list[Sample]):
        """A logistic regression on ``samples`` over their :meth:`vocabulary`: its bias and
        weights, or None when the samples are all of one class."""
        from sklearn.linear_model import LogisticRegression

        y = [s.positive for s in samples]
        if len(set(y)) < 2:
            return None
        columns = sorted(self.column[n] for n in self.vocabulary(samples))
        rows = [self.row[id(s)] for s in samples]
        regression = LogisticRegression(C=REGULARISATION, max_iter=5000)
        regression.fit(self.matrix[rows][:, columns], y)
        weights = {
            self.names[c]: float(w) for c, w in zip(columns, regression.coef_[0], strict=True)
        }
        return float(regression.intercept_[0]), weights


def _groups(samples: list[Sample]) -> dict[str, list[Sample]]:
    """The samples each model is fitted on: a category's, and an entity's own where it has
    :data:`MIN_EXAMPLES` of each kind (the scanner weighs a proposal by its entity's model,
    else its category's)."""
    groups: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        if sample.category in SCORED:
            groups[sample.category].append(sample)
            groups[sample.entity].append(sample)
    out = {}
    for name, mine in sorted(groups.items()):
        counts = Counter(s.positive for s in mine)
        enough = name in SCORED or min(counts[True], counts[False]) >= MIN_EXAMPLES
        if enough and counts[True] and counts[False]:
            out[name] = mine
    return out


def _model_of(sample: Sample, names: set[str]) -> str:
    return sample.entity if sample.entity in names else sample.category


def _out_of_fold(samples: list[Sample], design: _Design) -> list[tuple[Sample, float]]:
    """Each sample and its probability from a model fitted without its template (templates
    held out in five folds)."""
    from transparency.redaction.scoring import CategoryModel

    templates_ = sorted({s.template for s in samples})
    folds = [templates_[i::5] for i in range(min(5, len(templates_)))]
    out = []
    for fold in folds:
        train = [s for s in samples if s.template not in fold]
        models = {}
        for name, mine in _groups(train).items():
            fitted = design.fit(mine)
            if fitted is not None:
                models[name] = CategoryModel(fitted[0], fitted[1], 0.5)
        for sample in samples:
            if sample.template in fold:
                name = _model_of(sample, set(models))
                if name in models:
                    out.append((sample, models[name].probability(sample.features)))
    return out


def threshold(scored: list[tuple[Sample, float]], budget: float) -> float:
    """One threshold for every model: the lowest whose out-of-fold false flags per page stay
    within ``budget``. Per-model thresholds chosen the same way were measured and did worse on
    held-out templates: they fit the folds."""
    if not scored:
        return 0.5
    pages = {s.place[0]: s.pages for s, _ in scored}
    page_count = max(sum(pages.values()), 1)
    grid = [round(LOWEST + i * 0.01, 3) for i in range(int((HIGHEST - LOWEST) / 0.01) + 1)]
    for limit in grid:
        flagged = {s.place for s, score in scored if score >= limit and (s.off or s.public)}
        if len(flagged) / page_count <= budget:
            return limit
    return HIGHEST


def fit(samples: list[Sample], *, trained_on: str = "", budget: float = BUDGET):
    """One :class:`CategoryModel` per scored category (and entity with enough examples),
    fitted on ``samples``, at the threshold chosen out of fold within ``budget``."""
    from transparency.redaction.scoring import CategoryModel, Model

    design = _Design(samples)
    limit = threshold(_out_of_fold(samples, design), budget)
    categories = {}
    for name, mine in _groups(samples).items():
        fitted = design.fit(mine)
        if fitted is not None:
            categories[name] = CategoryModel(fitted[0], fitted[1], limit)
    return Model(categories, trained_on=trained_on, recognizers=shipped_recognizers())


def shipped_recognizers() -> frozenset[str]:
    """The names of the shipped recognizers, pattern and logic, that the model weighs."""
    from transparency.redaction.config import load_rules
    from transparency.redaction.engine import logic_recognizers

    rules = load_rules()
    return frozenset([r.name for r in rules.recognizers] + [r.name for r in logic_recognizers()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fit and report, write nothing")
    args = parser.parse_args(argv)
    samples = collect()
    contracts = sorted({s.contract for s in samples})
    counts = Counter((s.category, s.positive) for s in samples)
    for category in SCORED:
        print(
            f"{category:10} {counts[(category, True)]:5} positive {counts[(category, False)]:6}"
            " negative proposals"
        )
    entities = Counter((s.entity, s.positive) for s in samples)
    for entity in sorted({s.entity for s in samples}):
        print(
            f"  {entity:20} {entities[(entity, True)]:5} positive "
            f"{entities[(entity, False)]:6} negative"
        )
    model = fit(samples, trained_on=f"{len(contracts)} contracts of tests/eval")
    for name, category in sorted(model.categories.items()):
        print(f"{name:10} threshold {category.threshold:.3f}, {len(category.weights)} weights")
    if not args.check:
        from transparency._atomic import atomic_write_text

        atomic_write_text(OUT, model.to_json())
        OUT.chmod(0o644)  # package data, read by every user of an installed copy
        print(f"written {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
