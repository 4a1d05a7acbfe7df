"""Generate the labelled evaluation set in tests/eval/ from the marked sources in tools/evalset/.

    python tools/make_eval.py              # every contract of tools/evalset/
    python tools/make_eval.py nec4_highways # only these modules

For each contract it writes ``tests/eval/contracts/<id>/`` (contract.yaml and the rendered
PDF/DOCX documents) and ``tests/eval/labels/<id>.yaml``: for each document its page count and
every labelled span, with offsets into the text our parser extracts, so that labels are exact.
A DOCX document's page count is that of the same spec rendered as a PDF. The output is
deterministic; a label whose text cannot be found in the parsed document stops the run.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from importlib import import_module
from pathlib import Path

import yaml
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from evalset import CONTRACTS  # noqa: E402
from evalset.marks import strip  # noqa: E402
from samples.render import (  # noqa: E402
    Clause,
    Definition,
    DocumentSpec,
    Heading,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
    render_pdf,
    write_document,
)

from transparency.contracts import read_document  # noqa: E402
from transparency.contracts.model import normalise_space  # noqa: E402

OUT = ROOT / "tests" / "eval"


@dataclasses.dataclass
class _Label:
    text: str
    label: str
    before: str  # the plain text before the span in its block (for locating it)
    after: str


def _plain(text: str, labels: list[_Label]) -> str:
    plain, spans = strip(text)
    for start, end, label in spans:
        labels.append(_Label(plain[start:end], label, plain[:start], plain[end:]))
    return plain


def _strip_spec(spec: DocumentSpec) -> tuple[DocumentSpec, list[_Label]]:
    """The spec without marks, and its labels in reading order."""
    labels: list[_Label] = []
    blocks = []
    for original in spec.blocks:
        block = original
        if isinstance(block, (Title, Subtitle, Heading, Para, Clause)):
            block = dataclasses.replace(block, text=_plain(block.text, labels))
        elif isinstance(block, Definition):
            block = dataclasses.replace(block, meaning=_plain(block.meaning, labels))
        elif isinstance(block, Table):
            header = tuple(_plain(h, labels) for h in block.header)
            rows = tuple(tuple(_plain(c, labels) for c in row) for row in block.rows)
            block = dataclasses.replace(block, header=header, rows=rows)
        elif isinstance(block, Signatures):
            parties = []
            for party in block.parties:
                lines = tuple((k, _plain(v, labels)) for k, v in party.lines)
                parties.append(Signatory(party.heading, lines))
            block = dataclasses.replace(block, intro=_plain(block.intro, labels),
                                        parties=tuple(parties))
        blocks.append(block)
    return dataclasses.replace(spec, blocks=blocks), labels


def _locate(text: str, body: list[tuple[int, int]], labels: list[_Label]) -> list[dict]:
    """Offsets of each label in the parsed ``text`` (outside running headers and footers)."""
    used: set[int] = set()
    cursor = 0
    spans = []
    for item in labels:
        target = normalise_space(item.text)
        before = normalise_space(item.before)[-25:].lstrip()
        after = normalise_space(item.after)[:12].rstrip()
        found = None
        tries = ((before + target + after, len(before)), (before + target, len(before)),
                 (target + after, 0), (target, 0))
        for raw, raw_offset in tries:
            needle = raw.lstrip()
            offset = raw_offset - (len(raw) - len(needle))
            positions = _find_all(text, needle)
            positions = [p + offset for p in positions if _inside(p, body)
                         and p + offset not in used]
            if positions:
                later = [p for p in positions if p >= cursor]
                found = later[0] if later else positions[0]
                break
        if found is None:
            raise SystemExit(f"label not found in the parsed text: {item.label} {target!r}")
        used.add(found)
        cursor = max(cursor, found)
        spans.append({"start": found, "end": found + len(target), "label": item.label,
                      "text": target})
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def _find_all(text: str, needle: str) -> list[int]:
    out, start = [], 0
    while True:
        index = text.find(needle, start)
        if index < 0:
            return out
        out.append(index)
        start = index + 1


def _inside(position: int, body: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in body)


def _pages(spec: DocumentSpec, path: Path) -> int:
    data = path.read_bytes() if path.suffix == ".pdf" else render_pdf(spec)
    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    names = sys.argv[1:] or list(CONTRACTS)
    unknown = [name for name in names if name not in CONTRACTS]
    if unknown:
        raise SystemExit(f"not a module of tools/evalset/: {', '.join(unknown)}")
    for name in names:
        module = import_module(f"evalset.{name}")
        meta = module.META
        folder = OUT / "contracts" / meta["id"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "contract.yaml").write_text(
            yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        documents = []
        for file, marked in module.DOCUMENTS.items():
            spec, labels = _strip_spec(marked)
            path = folder / file
            write_document(spec, path)
            document = read_document(path, name=file)
            body = [(b.start, b.end) for b in document.blocks if b.kind not in ("header",
                                                                                 "footer")]
            spans = _locate(document.text, body, labels)
            documents.append({"file": file, "sha256": document.sha256,
                              "pages": _pages(spec, path), "spans": spans})
            print(f"{meta['id']}/{file}: {documents[-1]['pages']} pages, {len(spans)} labels")
        (OUT / "labels").mkdir(parents=True, exist_ok=True)
        (OUT / "labels" / f"{meta['id']}.yaml").write_text(
            "# Written by tools/make_eval.py from tools/evalset/; do not edit.\n"
            + yaml.safe_dump({"contract": meta["id"], "documents": documents},
                             sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
