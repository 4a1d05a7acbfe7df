"""Measure the scanner on the labelled evaluation set, next to Presidio's default recognizers.

    python tools/evaluate.py                 # ours and Presidio's defaults, a table per scanner
    python tools/evaluate.py --ours-only     # ours only (a few seconds)
    python tools/evaluate.py --misses        # also list every missed label and false flag
    python tools/evaluate.py --record        # write the figures the regression tests hold
    python tools/evaluate.py --loto          # leave one drafting template out (fit on the rest)
    python tools/evaluate.py --loto --curve docs/detection-curve.png   # and draw the curve

The set is tests/eval/ (made by tools/make_eval.py): a workspace of contracts and, for each
document, the exact spans that must be withheld (with their category) and the spans that must
stay public. Definitions:

* a labelled span is *found* when candidates of its category cover at least half of it;
  recall = found / labelled, per category and overall;
* a candidate is *correct* when it overlaps a labelled span of its category;
  precision = correct / candidates;
* a *false flag* is a candidate that overlaps no sensitive span at all (one in the wrong
  category is neither correct nor false); false flags per page = false flags / pages;
* a *public span flagged* is a must-stay-public span that any candidate overlaps.

Presidio's defaults are its predefined recognizers on ``spacy.blank("en")`` (no model can be
installed here), analysed block by block like ours, their entities mapped to our categories.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# The folds run two at a time on two cores: one thread each for the numerical libraries.
for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")

import yaml  # noqa: E402 - after the environment the libraries read at import

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
RECORD = EVAL / "expected.json"
CATEGORIES = ("PRICING", "BANK", "PERSONAL", "SECURITY", "INSURANCE", "FINANCIAL", "CONFIDENTIAL")

#: Presidio's entity types, as our categories (anything else counts as uncategorised).
PRESIDIO_CATEGORIES = {
    "PERSON": "PERSONAL", "EMAIL_ADDRESS": "PERSONAL", "PHONE_NUMBER": "PERSONAL",
    "UK_NHS": "PERSONAL", "UK_NINO": "PERSONAL", "NRP": "PERSONAL", "LOCATION": "PERSONAL",
    "DATE_TIME": "PERSONAL", "MEDICAL_LICENSE": "PERSONAL", "US_SSN": "PERSONAL",
    "US_PASSPORT": "PERSONAL", "US_DRIVER_LICENSE": "PERSONAL", "UK_PASSPORT": "PERSONAL",
    "US_ITIN": "PERSONAL", "IBAN_CODE": "BANK", "CREDIT_CARD": "BANK", "US_BANK_NUMBER": "BANK",
    "CRYPTO": "BANK", "IP_ADDRESS": "SECURITY", "URL": "SECURITY", "MAC_ADDRESS": "SECURITY",
}  # fmt: skip


@dataclass(frozen=True)
class Flag:
    """A candidate reduced to what the evaluation needs."""

    start: int
    end: int
    category: str
    text: str
    score: float = 1.0


@dataclass
class Tally:
    """Counts for one scanner over the set."""

    labelled: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    found_any: Counter = field(default_factory=Counter)  # flagged, whatever the category
    flagged: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    false_flags: int = 0
    false_by: Counter = field(default_factory=Counter)  # false flags by the flag's category
    public: int = 0
    public_flagged: int = 0
    pages: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def recall(self, category: str | None = None) -> float:
        labelled = self.labelled[category] if category else sum(self.labelled.values())
        found = self.found[category] if category else sum(self.found.values())
        return found / labelled if labelled else 1.0

    def recall_any(self, category: str | None = None) -> float:
        """Recall counting a span flagged in another category as found (the officer sees it,
        with the wrong suggested exemption)."""
        labelled = self.labelled[category] if category else sum(self.labelled.values())
        found = self.found_any[category] if category else sum(self.found_any.values())
        return found / labelled if labelled else 1.0

    def precision(self, category: str | None = None) -> float:
        flagged = self.flagged[category] if category else sum(self.flagged.values())
        correct = self.correct[category] if category else sum(self.correct.values())
        return correct / flagged if flagged else 1.0

    def figures(self) -> dict:
        """The figures the regression test compares."""
        return {
            "recall": {c: round(self.recall(c), 4) for c in CATEGORIES}
            | {"overall": round(self.recall(), 4)},
            "precision": {c: round(self.precision(c), 4) for c in CATEGORIES}
            | {"overall": round(self.precision(), 4)},
            "recall_any_category": round(self.recall_any(), 4),
            "false_flags_per_page": round(self.false_flags / max(self.pages, 1), 4),
            "public_spans_flagged": self.public_flagged,
            "labels": sum(self.labelled.values()),
            "public_spans": self.public,
            "pages": self.pages,
        }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_document(tally: Tally, spans: list[dict], flags: list[Flag], where: str) -> None:
    """Add one document's labels and flags to ``tally``."""
    sensitive = [s for s in spans if s["label"] != "PUBLIC"]
    for span in sensitive:
        category = span["label"]
        tally.labelled[category] += 1
        covered = sum(
            _overlap(span["start"], span["end"], f.start, f.end)
            for f in flags
            if f.category == category
        )
        if covered * 2 >= span["end"] - span["start"]:
            tally.found[category] += 1
        else:
            tally.misses.append(f"{where}: missed {category} {span['text'][:70]!r}")
        anywhere = sum(_overlap(span["start"], span["end"], f.start, f.end) for f in flags)
        if anywhere * 2 >= span["end"] - span["start"]:
            tally.found_any[category] += 1
    for flag in flags:
        tally.flagged[flag.category] += 1
        hits = [s for s in sensitive if _overlap(s["start"], s["end"], flag.start, flag.end)]
        if any(s["label"] == flag.category for s in hits):
            tally.correct[flag.category] += 1
        elif not hits:
            tally.false_flags += 1
            tally.false_by[flag.category] += 1
            tally.false.append(f"{where}: false {flag.category} {flag.text[:70]!r}")
    for span in spans:
        if span["label"] == "PUBLIC":
            tally.public += 1
            if any(_overlap(span["start"], span["end"], f.start, f.end) for f in flags):
                tally.public_flagged += 1
                tally.false.append(f"{where}: PUBLIC span flagged {span['text'][:70]!r}")


def _labels() -> list[dict]:
    return [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((EVAL / "labels").glob("*.yaml"))
    ]


@dataclass
class Record:
    """One document's labels and what a scanner flagged in it."""

    where: str
    spans: list[dict]
    flags: list[Flag]
    pages: int
    seconds: float

    @property
    def contract(self) -> str:
        return self.where.split("/", maxsplit=1)[0]


def tally_of(
    records: list[Record], keep: Callable[[Flag, Record], bool] = lambda flag, record: True
) -> Tally:
    """The figures of ``records``, counting only the flags ``keep`` accepts."""
    tally = Tally()
    for record in records:
        tally.pages += record.pages
        tally.seconds += record.seconds
        flags = [f for f in record.flags if keep(f, record)]
        score_document(tally, record.spans, flags, record.where)
    return tally


def evaluate(
    scan: Callable[[object, object], list[Flag]], contracts: set[str] | None = None
) -> Tally:
    """Run ``scan(contract, document)`` over the set and tally the results."""
    return tally_of(scanned(scan, contracts))


def scanned(
    scan: Callable[[object, object], list[Flag]], contracts: set[str] | None = None
) -> list[Record]:
    """Run ``scan(contract, document)`` over the set (or ``contracts`` of it)."""
    from transparency.workspace import Workspace

    workspace = Workspace(EVAL)
    records = []
    for labels in _labels():
        if contracts is not None and labels["contract"] not in contracts:
            continue
        contract = workspace.contract(labels["contract"])
        for entry in labels["documents"]:
            document = contract.document(entry["file"])
            if document.sha256 != entry["sha256"]:
                raise SystemExit(
                    f"{entry['file']} of {contract.id} changed since its labels "
                    "were written: run tools/make_eval.py"
                )
            started = time.perf_counter()
            flags = scan(contract, document)
            records.append(
                Record(
                    f"{contract.id}/{entry['file']}",
                    entry["spans"],
                    flags,
                    entry["pages"],
                    time.perf_counter() - started,
                )
            )
    return records


def ours(scoring=None) -> Callable[[object, object], list[Flag]]:
    """Our scanner, exactly as `transparency scan` runs it (allow lists from contract.yaml),
    with the shipped scoring weights or ``scoring``."""
    from transparency.decisions.catalogue import load_catalogue
    from transparency.redaction import allowed_for
    from transparency.redaction.config import load_rules
    from transparency.redaction.scan import Scanner

    scanner = Scanner(load_rules(EVAL), load_catalogue(EVAL), model=False, scoring=scoring)

    def scan(contract, document) -> list[Flag]:
        candidates = scanner.scan(document, allowed=allowed_for(contract))
        return [Flag(c.start, c.end, c.category, c.text, c.score) for c in candidates]

    return scan


@dataclass
class HeldOut:
    """Leave-one-template-out: each template scanned with weights fitted on the others."""

    records: list[Record]
    thresholds: dict[str, dict[str, float]]  # contract -> category -> its fold's threshold
    templates: dict[str, str]  # contract -> template

    def at_thresholds(self, records: list[Record] | None = None) -> Tally:
        """The figures with each fold's own thresholds (as `transparency scan` would run)."""
        return tally_of(
            self.records if records is None else records,
            lambda f, r: f.score >= self.thresholds[r.contract].get(f.category, 0.0),
        )

    def per_template(self) -> dict[str, Tally]:
        out = {}
        for template in sorted(set(self.templates.values())):
            mine = [r for r in self.records if self.templates[r.contract] == template]
            out[template] = self.at_thresholds(mine)
        return out

    def at(self, limit: float) -> Tally:
        """The figures with one threshold for every scored category (flags of the others,
        scored by their rules, always kept)."""
        import train_scoring

        return tally_of(
            self.records,
            lambda f, r: f.category not in train_scoring.SCORED or f.score >= limit,
        )


def leave_one_template_out() -> HeldOut:
    """Fit without each template in turn and scan that template's contracts with it (two
    folds at a time, in worker processes).

    Each fold's scan keeps every proposal (thresholds at zero) so that the curve can be drawn
    from the same run; the headline figures apply the fold's own thresholds.
    """
    from concurrent.futures import ProcessPoolExecutor

    import train_scoring

    kinds = train_scoring.templates()
    samples = train_scoring.collect()
    templates_ = sorted(set(kinds.values()))
    records, thresholds = [], {}
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        folds = pool.map(_fold, templates_, [samples] * len(templates_), [kinds] * len(templates_))
        for fold_records, fold_thresholds in folds:
            records += fold_records
            thresholds |= fold_thresholds
    return HeldOut(records, thresholds, kinds)


def _fold(template: str, samples, kinds: dict[str, str]):
    """One fold of :func:`leave_one_template_out` (run in a worker process)."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "tools"))
    import train_scoring

    from transparency.redaction.scoring import CategoryModel, Model

    held = {c for c, t in kinds.items() if t == template}
    model = train_scoring.fit(
        [s for s in samples if s.template != template], trained_on=f"all but {template}"
    )
    open_model = Model(
        {name: CategoryModel(m.bias, m.weights, 0.0) for name, m in model.categories.items()},
        recognizers=model.recognizers,
    )
    records = scanned(ours(open_model), held)
    limits = {n: m.threshold for n, m in model.categories.items()}
    return records, dict.fromkeys(held, limits)


def curve(held: HeldOut, steps: int = 60) -> list[tuple[float, float, float]]:
    """(threshold, recall, false flags per page) as one threshold is applied to every scored
    category."""
    points = []
    for i in range(steps + 1):
        tally = held.at(i / steps)
        points.append((i / steps, tally.recall(), tally.false_flags / max(tally.pages, 1)))
    return points


def category_curve(held: HeldOut, category: str, steps: int = 60):
    """(recall of ``category``, its own false flags per page) over thresholds."""
    points = []
    for i in range(steps + 1):
        tally = tally_of(
            held.records, lambda f, r, limit=i / steps: f.category == category and f.score >= limit
        )
        points.append((tally.recall(category), tally.false_by[category] / max(tally.pages, 1)))
    return points


def recall_at(points, budget: float = 1.0) -> float:
    """The best recall whose false flags per page stay within ``budget``."""
    return max((r for r, f in points if f <= budget), default=0.0)


def draw(held: HeldOut, path: Path) -> None:
    """The precision-recall picture of the held-out scans, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (left, right) = pyplot.subplots(1, 2, figsize=(11, 4.4), dpi=110)
    import train_scoring

    for category in train_scoring.SCORED:
        points = category_curve(held, category)
        left.plot([f for _, f in points], [r for r, _ in points], label=category, linewidth=1.6)
    left.set_xlabel("false flags per page (of that category)")
    left.set_ylabel("recall")
    left.set_xlim(0, 3)
    left.set_ylim(0, 1.01)
    left.axvline(1.0, color="grey", linewidth=0.8, linestyle=":")
    left.legend(fontsize=8, loc="lower right")
    left.set_title("Each category, one threshold swept")
    tally_points = [(t.recall(), t.precision()) for t in (held.at(i / 60) for i in range(61))]
    operating = held.at_thresholds()
    right.plot(
        [r for r, _ in tally_points],
        [p for _, p in tally_points],
        color="black",
        linewidth=1.6,
        label="one threshold for every category",
    )
    right.plot(
        [operating.recall()],
        [operating.precision()],
        "o",
        color="crimson",
        label="the fitted thresholds",
    )
    right.set_xlabel("recall")
    right.set_ylabel("precision")
    right.set_xlim(0.5, 1.0)
    right.set_ylim(0, 1.01)
    right.legend(fontsize=8, loc="lower left")
    right.set_title("All categories")
    figure.suptitle(
        "Leave-one-template-out: each template scanned with weights fitted on the others",
        fontsize=10,
    )
    figure.tight_layout()
    figure.savefig(path, metadata={"Software": None})
    pyplot.close(figure)


def presidio_defaults(threshold: float) -> Callable[[object, object], list[Flag]]:
    """Presidio's predefined recognizers on a blank spaCy pipeline, block by block."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.recognizer_registry import RecognizerRegistry

    class BlankEngine(SpacyNlpEngine):
        def load(self) -> None:
            nlp = spacy.blank("en")

            @spacy.Language.component("eval_lower_lemma")
            def lower_lemma(doc):
                for token in doc:
                    token.lemma_ = token.lower_
                return doc

            nlp.add_pipe("eval_lower_lemma")
            self.nlp = {"en": nlp}

    engine = BlankEngine(models=[{"lang_code": "en", "model_name": "blank:en"}])
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine)

    def scan(contract, document) -> list[Flag]:
        flags = []
        for block in document.blocks:
            for result in analyzer.analyze(block.text, language="en", score_threshold=threshold):
                category = PRESIDIO_CATEGORIES.get(result.entity_type, result.entity_type)
                flags.append(
                    Flag(
                        block.start + result.start,
                        block.start + result.end,
                        category,
                        block.text[result.start : result.end],
                    )
                )
        return flags

    return scan


def table(name: str, tally: Tally) -> str:
    """The figures as a Markdown table."""
    rows = [
        f"**{name}** ({tally.pages} pages, {sum(tally.labelled.values())} sensitive spans, "
        f"{tally.public} public spans, {tally.seconds:.1f} s)",
        "",
        "| category | labelled | recall | precision |",
        "| --- | ---: | ---: | ---: |",
    ]
    for category in CATEGORIES:
        precision = f"{tally.precision(category):.3f}" if tally.flagged[category] else "–"
        rows.append(
            f"| {category} | {tally.labelled[category]} | {tally.recall(category):.3f} "
            f"| {precision} |"
        )
    other = sorted(set(tally.flagged) - set(CATEGORIES))
    if other:
        rows.append(f"| (uncategorised: {', '.join(other)}) | | | 0.000 |")
    rows.append(
        f"| **overall** | {sum(tally.labelled.values())} | **{tally.recall():.3f}** | "
        f"**{tally.precision():.3f}** |"
    )
    rows += [
        "",
        f"Recall counting a span flagged in another category as found: "
        f"**{tally.recall_any():.3f}**.",
        "",
        f"False flags per page: **{tally.false_flags / max(tally.pages, 1):.2f}** "
        f"({tally.false_flags} in {tally.pages} pages). Must-stay-public spans flagged: "
        f"**{tally.public_flagged}** of {tally.public}.",
        "",
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ours-only", action="store_true", help="skip Presidio's defaults")
    parser.add_argument("--misses", action="store_true", help="list misses and false flags")
    parser.add_argument("--record", action="store_true", help=f"write {RECORD.name}")
    parser.add_argument(
        "--loto", action="store_true", help="leave one template out: fit on the others, scan it"
    )
    parser.add_argument(
        "--curve",
        type=Path,
        metavar="PNG",
        help="with --loto: draw the precision-recall curve to this file",
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.loto:
        return _report_loto(args)
    mine = evaluate(ours())
    print(table("Our scanner (transparency scan), weights fitted on this whole set", mine))
    if args.misses:
        print("\n".join(mine.misses + mine.false), end="\n\n")
    if args.record:
        held = leave_one_template_out().at_thresholds()
        print(table("Leave-one-template-out", held))
        record = {"shipped": mine.figures(), "held_out": held.figures()}
        RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        print(f"recorded in {RECORD.relative_to(ROOT)}")
    if not args.ours_only:
        for threshold, label in (
            (0.0, "Presidio defaults (score threshold 0, its default)"),
            (0.4, "Presidio defaults (score threshold 0.4, as ours)"),
        ):
            print(table(label, evaluate(presidio_defaults(threshold))))
    return 0


def _report_loto(args) -> int:
    held = leave_one_template_out()
    total = held.at_thresholds()
    print(
        table(
            "Leave-one-template-out (each template scanned with weights fitted on the others)",
            total,
        )
    )
    print("| template | contracts | pages | recall | false flags per page | public flagged |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for template, tally in held.per_template().items():
        count = sum(1 for t in held.templates.values() if t == template)
        print(
            f"| {template} | {count} | {tally.pages} | {tally.recall():.3f} | "
            f"{tally.false_flags / max(tally.pages, 1):.2f} | {tally.public_flagged} |"
        )
    import train_scoring

    print("\n| category | recall at the fitted thresholds | recall at 1 false flag per page |")
    print("| --- | ---: | ---: |")
    for category in train_scoring.SCORED:
        print(
            f"| {category} | {total.recall(category):.3f} | "
            f"{recall_at(category_curve(held, category)):.3f} |"
        )
    overall = max((r for _, r, f in curve(held) if f <= 1.0), default=0.0)
    print(f"\nOverall recall at 1 false flag per page (one threshold): {overall:.3f}")
    if args.misses:
        print("\n".join(total.misses + total.false))
    if args.curve:
        draw(held, args.curve)
        print(f"drawn {args.curve}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
