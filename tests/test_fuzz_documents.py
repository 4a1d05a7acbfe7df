"""Fuzzing the readers, the scan and the redaction of originals with damaged documents.

The mutants come from ``tools/fuzz_documents.py``: the sample workspace's and the evaluation
set's PDFs and DOCX with bytes flipped, truncated, ranges deleted or doubled, PDF streams,
lengths, xrefs, objects and content operators broken, DOCX zip entries removed, corrupted,
doubled or given huge claimed sizes and their XML made malformed. Each runs in a worker
process through ``read_document``, ``transparency scan FILE --json`` and ``redact_original``:
only a :class:`~transparency.errors.TransparencyError` may come out, with no traceback, within
60 seconds. The default run tries a fixed set of mutants; ``-m slow`` fuzzes for
``TRANSPARENCY_FUZZ_SECONDS`` (180) from a fresh seed (or ``TRANSPARENCY_FUZZ_SEED``), prints
the seed and saves every failing mutant with a note on how to replay it.
"""

from __future__ import annotations

import io
import os
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from transparency.contracts import read_document
from transparency.errors import DocumentError, TransparencyError
from transparency.site.originals import Withheld, redact_original

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import fuzz_documents as fuzz  # noqa: E402

FAST_SEED = 20250601
FAST_COUNT = 16
HIGHWAYS = ROOT / "contracts" / "highways-maintenance-2025" / "contract.pdf"
HOME_CARE = ROOT / "contracts" / "home-care-2025" / "contract.docx"


def _assert_no_failures(report: fuzz.Report) -> None:
    print(report.summary())
    assert not report.failures, "\n".join(
        [report.summary(), *(f.describe() for f in report.failures),
         "replay one with: python tools/fuzz_documents.py --seed SEED --index INDEX"]
    )  # fmt: skip
    assert report.slowest < fuzz.TIMEOUT


@pytest.fixture(scope="module")
def sources() -> list[fuzz.Source]:
    return fuzz.load_sources()


def test_the_samples_are_mutated(sources: list[fuzz.Source]) -> None:
    """Every sample is used, each mutant differs from its sample, and a mutant is reproducible."""
    assert {s.suffix for s in sources} == {".pdf", ".docx"}
    assert len(sources) >= 4
    mutants = [fuzz.make_mutant(sources, FAST_SEED, i) for i in range(len(sources))]
    assert {m.source for m in mutants} == {s.path for s in sources}
    for mutant, source in zip(mutants, sources, strict=True):
        assert mutant.data != source.data, mutant.kinds
        assert mutant.text and mutant.text in " ".join(source.words)
    again = fuzz.make_mutant(sources, FAST_SEED, 3)
    assert (again.data, again.kinds, again.text) == (
        mutants[3].data,
        mutants[3].kinds,
        mutants[3].text,
    )


@pytest.mark.parametrize("kind", sorted({**fuzz.PDF, **fuzz.DOCX, **fuzz.GENERIC}))
def test_every_mutator_damages_its_format(sources: list[fuzz.Source], kind: str) -> None:
    pdf, docx = (next(s for s in sources if s.suffix == x) for x in (".pdf", ".docx"))
    targets = [pdf, docx] if kind in fuzz.GENERIC else [pdf if kind in fuzz.PDF else docx]
    mutator = {**fuzz.PDF, **fuzz.DOCX, **fuzz.GENERIC}[kind]
    for source in targets:
        changed = [mutator(source.data, random.Random(f"{kind}:{n}")) for n in range(5)]
        assert any(data != source.data for data in changed), kind


def test_fixed_mutants_give_only_clean_errors(
    sources: list[fuzz.Source], tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = tmp_path_factory.mktemp("fuzz-documents-failures")
    report = fuzz.fuzz(sources, seed=FAST_SEED, count=FAST_COUNT, out_dir=out, log=print)
    assert report.mutants == FAST_COUNT
    assert report.outcomes["read refused"] > 0  # the damage is real ...
    assert report.outcomes["read ok"] > 0  # ... and not always fatal
    _assert_no_failures(report)


@pytest.mark.slow
def test_fuzz_documents_for_minutes(
    sources: list[fuzz.Source], tmp_path_factory: pytest.TempPathFactory
) -> None:
    seconds = float(os.environ.get("TRANSPARENCY_FUZZ_SECONDS", "180"))
    seed = int(os.environ.get("TRANSPARENCY_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
    out = Path(os.environ.get("TRANSPARENCY_FUZZ_OUT") or tmp_path_factory.mktemp("fuzz-failures"))
    print(f"fuzzing documents for {seconds:.0f} s with seed {seed}; failures go to {out}")
    sources = sources + fuzz.extra_sources(tmp_path_factory.mktemp("fuzz-sources"))
    report = fuzz.fuzz(sources, seed=seed, seconds=seconds, out_dir=out, log=print)
    print("mutations:", ", ".join(f"{k} {v}" for k, v in sorted(report.kinds.items())))
    _assert_no_failures(report)


@pytest.mark.parametrize(
    ("behaviour", "result"),
    [("import time; time.sleep(30)", "hang"), ("import sys; sys.stdin.readline()", "died")],
    ids=["hang", "death"],
)
def test_a_worker_that_hangs_or_dies_is_reported(tmp_path: Path, behaviour: str, result: str):
    """The time limit works: a worker that does not answer in time is killed, one that dies
    is noticed; either way the mutant's outcome says so."""
    worker = fuzz.Worker(tmp_path)
    worker.process = subprocess.Popen(
        [sys.executable, "-c", behaviour], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0
    )
    try:
        outcomes, stage = worker.run(tmp_path / "mutant.pdf", "text", timeout=2)
    finally:
        worker.stop()
    assert [o["result"] for o in outcomes] == [result]
    assert stage == "start"


# ---------------------------------------------------------------------------------------------
# Regressions: the smallest mutants that failed, one per bug
# ---------------------------------------------------------------------------------------------


def _damage_first_content_stream(data: bytes) -> bytes:
    """The first page's (ASCII85) content stream with one byte no ASCII85 decoder accepts."""
    match = fuzz._STREAM.search(data, data.index(b"/Filter [ /ASCII85Decode"))
    at = match.start(1) + 10
    return data[:at] + b"\xac" + data[at + 1 :]


def test_corrupt_content_stream_is_a_document_error_when_redacting(tmp_path: Path) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(_damage_first_content_stream(HIGHWAYS.read_bytes()))
    with pytest.raises(TransparencyError):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Kerbline", "s.43(2)")])


def test_a_page_whose_text_cannot_be_read_refuses_the_document(tmp_path: Path) -> None:
    """Other readers may still show a page pypdf cannot read: it would be published unscanned."""
    source = tmp_path / "contract.pdf"
    source.write_bytes(_damage_first_content_stream(HIGHWAYS.read_bytes()))
    with pytest.raises(DocumentError, match="page 1: its text cannot be read"):
        read_document(source)


def _unclosed_dictionaries(data: bytes) -> bytes:
    """Page 2's content stream object with a hundred dictionaries opened and never closed."""
    at = data.index(b"15 0 obj\n<<\n") + len(b"15 0 obj\n<<\n")
    return data[:at] + b"<<" * 100 + data[at:]


def test_unreadable_stream_object_is_a_document_error_when_redacting(tmp_path: Path) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(_unclosed_dictionaries(HIGHWAYS.read_bytes()))
    with pytest.raises(DocumentError, match="page 2: its text cannot be read"):
        read_document(source)
    with pytest.raises(TransparencyError):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Kerbline", "s.43(2)")])


def _without_font_resources(data: bytes) -> bytes:
    """The font dictionary every page's /Resources points to, deleted (a null reference)."""
    return re.sub(rb"1 0 obj\n.*?endobj\n", b"", data, count=1, flags=re.DOTALL)


def test_missing_font_dictionary_is_a_document_error_when_redacting(tmp_path: Path) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(_without_font_resources(HIGHWAYS.read_bytes()))
    with pytest.raises(DocumentError, match="page 1: its text cannot be read"):
        read_document(source)  # refused when scanned, as when redacted
    with pytest.raises(TransparencyError):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Kerbline", "s.43(2)")])


def _deeply_nested_content(data: bytes, depth: int = 500) -> bytes:
    """Page 2's content stream starting with ``depth`` arrays opened and never closed."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[1]
    stream = DecodedStreamObject()
    stream.set_data(b"[" * depth + b"\n" + page.get_contents().get_data())
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_deeply_nested_content_is_a_document_error_when_redacting(tmp_path: Path) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(_deeply_nested_content(HIGHWAYS.read_bytes()))
    with pytest.raises(DocumentError, match="page 2: its text cannot be read"):
        read_document(source)
    with pytest.raises(TransparencyError):
        redact_original(source, tmp_path / "out.pdf", [Withheld("Kerbline", "s.43(2)")])


def _corrupt_entry(data: bytes, name: str) -> bytes:
    """``name``'s deflated bytes overwritten in place (the zip's directory left intact)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    out[start : start + 16] = b"\xff" * 16
    return bytes(out)


def test_corrupt_docx_entry_is_a_document_error_when_redacting(tmp_path: Path) -> None:
    source = tmp_path / "contract.docx"
    source.write_bytes(_corrupt_entry(HOME_CARE.read_bytes(), "word/document.xml"))
    with pytest.raises(TransparencyError):
        read_document(source)
    with pytest.raises(TransparencyError):
        redact_original(source, tmp_path / "out.docx", [Withheld("Brightpath", "s.43(2)")])
