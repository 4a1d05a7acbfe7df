"""The verification record published beside each redacted original.

For every published copy (``contracts/<id>/<file>``) the site publishes what was checked and
how, as JSON (``contracts/<id>/<file>.verification.json``) and as a section of the contract's
page:

- the ways the proof (:mod:`transparency.site.originals.proof`) read the file, and the
  extractors it ran with their versions;
- for each redaction (redactions of the same text together): its ground, its page, how many
  decided spans were removed at their places, and how often its text is read in the copy with
  nothing redacted and in the published copy, in each way of reading: never more than the
  clean copy less the spans removed (an occurrence left by decision elsewhere may stand);
- that no object (PDF) or part (DOCX) of the file is unreachable from its root;
- the SHA-256 and size of the published file (after signing, when it is signed), the date and
  the tool's version; the signature's certificate when signed.

The record names redactions by number, ground and page, never by their text, and is
leak-checked with the rest of the site. What cannot be read fails the build (fails closed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import io
import json
import posixpath
import shutil
import subprocess
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

from transparency import __version__
from transparency._atomic import keep_in_cache
from transparency.errors import DocumentError
from transparency.site.formatting import date, esc

__all__ = ["RedactionEntry", "record_html", "verification_record"]

SCHEMA = "contract-transparency/verification-record/1"


@dataclass(frozen=True)
class RedactionEntry:
    """A redaction of a document as the record names it (never its text, which is only used to
    count)."""

    number: int
    exemption: str
    page: int | None
    text: str
    places: int  # how many places (glyphs of a PDF, runs of a DOCX) the span covers


@cache
def _command_version(command: str, *args: str) -> str | None:
    path = shutil.which(command)
    if not path:
        return None
    try:
        done = subprocess.run([path, *args], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    for line in (done.stdout + done.stderr).decode("utf-8", "replace").splitlines():
        words = line.split()
        if words:
            return words[-1] if command == "pdftotext" else words[1] if len(words) > 1 else None
    return None


@cache
def _package(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _extractors(wheres: set[str], suffix: str) -> list[dict]:
    """The programs whose readings the proof made, with their versions."""
    found = []
    if suffix == ".pdf":
        found.append(
            {"name": "pypdf", "version": _package("pypdf"), "read": "page text, every object"}
        )
        if "the text extracted by pdftotext" in wheres:
            found.append(
                {
                    "name": "poppler pdftotext",
                    "version": _command_version("pdftotext", "-v") or "unknown",
                    "read": "page text",
                }
            )
        if "the text extracted by pdfminer.six" in wheres:
            found.append(
                {"name": "pdfminer.six", "version": _package("pdfminer.six"), "read": "page text"}
            )
        if any(w.startswith("the text read by OCR") for w in wheres):
            found.append(
                {
                    "name": "Tesseract",
                    "version": _command_version("tesseract", "--version") or "unknown",
                    "read": "pages that are images",
                }
            )
        found.append(
            {"name": "pikepdf (qpdf)", "version": _package("pikepdf"), "read": "object graph"}
        )
    else:
        found.append(
            {"name": "python-docx", "version": _package("python-docx"), "read": "document text"}
        )
        found.append(
            {"name": "lxml", "version": _package("lxml"), "read": "every part of the package"}
        )
    return found


def _pdf_unreachable(data: bytes, name: str) -> tuple[int, int]:
    """(objects in the file, objects not reachable from the trailer); object and
    cross-reference streams are containers, not objects of the document."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            present = {
                obj.objgen
                for obj in pdf.objects
                if obj is not None
                and not (
                    isinstance(obj, pikepdf.Stream)
                    and obj.get("/Type") in (pikepdf.Name.ObjStm, pikepdf.Name.XRef)
                )
                and obj.objgen != (0, 0)
            }
            reached: set[tuple[int, int]] = set()
            pending = [pdf.trailer]
            while pending:
                item = pending.pop()
                if not isinstance(item, pikepdf.Object):  # a number, a boolean: direct
                    continue
                if item.is_indirect:
                    if item.objgen in reached:
                        continue
                    reached.add(item.objgen)
                if isinstance(item, pikepdf.Stream):
                    pending.extend(item.stream_dict.values())
                elif isinstance(item, pikepdf.Dictionary):
                    pending.extend(item.values())
                elif isinstance(item, pikepdf.Array):
                    pending.extend(item)
    except pikepdf.PdfError as error:
        raise DocumentError(f"its objects cannot be listed ({error})", path=name) from None
    return len(present), len(present - reached)


def _docx_unreachable(data: bytes, name: str) -> tuple[int, int]:
    """(parts in the package, parts no relationship reaches from the package root)."""
    from transparency._xml import parse_part

    rel_ns = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = {n for n in package.namelist() if not n.endswith("/")}
            reached = {"[Content_Types].xml"}
            pending = [""]  # the package root
            while pending:
                source = pending.pop()
                folder, base = posixpath.split(source)
                rels = posixpath.join(folder, "_rels", f"{base}.rels")
                if rels not in parts:
                    continue
                reached.add(rels)
                root = parse_part(package.read(rels), part=rels, path=name)
                for rel in root.iter(rel_ns):
                    if rel.get("TargetMode") == "External":
                        continue
                    target = rel.get("Target", "")
                    target = (
                        target.lstrip("/")
                        if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target))
                    )
                    if target in parts and target not in reached:
                        reached.add(target)
                        pending.append(target)
    except zipfile.BadZipFile as error:
        raise DocumentError(f"it is not a zip package ({error})", path=name) from None
    return len(parts), len(parts - reached)


def verification_record(
    name: str,
    published: bytes,
    clean: bytes,
    redactions: list[RedactionEntry],
    *,
    today: dt.date,
    signature: dict | None = None,
    cache: Path | None = None,
) -> dict:
    """The verification record of the published copy ``name`` (its site path) whose bytes are
    ``published``, made from ``clean`` (the source with nothing redacted).

    With ``cache`` (the workspace's ``.cache/verification/``), what was found is kept by everything
    it was found from: the tool's version, the site path, the SHA-256 of both files, each
    redaction's number, ground, page, places and text (by digest), and which extractors are
    installed. The next build of the same bytes takes it from there and only dates and signs it;
    any change of those inputs makes it afresh. A check that fails is never kept."""
    entry = _record_entry(cache, name, published, clean, redactions)
    found = _kept_record(entry)
    if found is None:
        found = _check(name, published, clean, redactions)
        if entry is not None:
            keep_in_cache(entry, json.dumps(found).encode())
    record = {**found, "schema": SCHEMA, "checked on": today.isoformat()}
    return {key: record[key] for key in _ORDER} | {"signature": signature}


#: The fields of a record in the order they are written (the signature last).
_ORDER = [
    "schema",
    "file",
    "path",
    "format",
    "sha256",
    "bytes",
    "checked on",
    "tool",
    "extractors",
    "ways of reading",
    "redactions",
    "structure",
    "result",
]
#: The fields a check finds (a kept one has them all).
_FOUND = set(_ORDER) - {"schema", "checked on"}


def _record_entry(
    cache: Path | None,
    name: str,
    published: bytes,
    clean: bytes,
    redactions: list[RedactionEntry],
) -> Path | None:
    if cache is None:
        return None
    key = [
        __version__,
        SCHEMA,
        name,
        hashlib.sha256(published).hexdigest(),
        hashlib.sha256(clean).hexdigest(),
        [
            [r.number, r.exemption, r.page, r.places, hashlib.sha256(r.text.encode()).hexdigest()]
            for r in redactions
        ],
        bool(shutil.which("pdftotext")),
        bool(shutil.which("tesseract")),
        [_package(n) for n in ("pypdf", "pikepdf", "pdfminer.six", "python-docx", "lxml")],
    ]
    return cache / f"{hashlib.sha256(json.dumps(key).encode()).hexdigest()}.json"


def _kept_record(entry: Path | None) -> dict | None:
    if entry is None or not entry.is_file():
        return None
    try:
        value = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(value, dict) or not _FOUND.issubset(value):
        return None
    return value


def _check(name: str, published: bytes, clean: bytes, redactions: list[RedactionEntry]) -> dict:
    """What the record says of the published copy, its date and signature aside."""
    from transparency.site.originals.proof import count_texts, readings

    suffix = PurePosixPath(name).suffix.lower()
    path = Path(name)
    texts = [r.text for r in redactions]
    after, unreadable = count_texts(published, suffix, texts, name=path) if texts else ({}, [])
    before, _ = count_texts(clean, suffix, texts, name=path) if texts else ({}, [])
    if unreadable:
        raise DocumentError(f"cannot be proven: {unreadable[0]}", path=name)
    groups: dict[str, list[int]] = defaultdict(list)
    for index, r in enumerate(redactions):
        groups[" ".join(r.text.split()).casefold()].append(index)
    entries = []
    for indexes in groups.values():
        first = indexes[0]
        kinds = sorted(set(before) | set(after))
        ways = []
        for kind in kinds:
            b, a = before.get(kind, {}).get(first, 0), after.get(kind, {}).get(first, 0)
            if b or a:
                ways.append({"reading": kind, "clean copy": b, "published copy": a})
        spans = len(indexes)
        passed = all(w["published copy"] <= max(0, w["clean copy"] - spans) for w in ways)
        if not passed:  # the proof and the leak check fail first; never publish a false record
            raise DocumentError(
                f"redaction {redactions[first].number} is still readable in the published copy",
                path=name,
            )
        entries.append(
            {
                "redactions": [redactions[i].number for i in indexes],
                "exemptions": sorted({redactions[i].exemption for i in indexes}),
                "pages": sorted({redactions[i].page for i in indexes if redactions[i].page}),
                "spans removed": spans,
                "places removed": sum(redactions[i].places for i in indexes),
                "readings": ways,
            }
        )
    wheres = {r.where for r in readings(published, suffix, path)}
    if suffix == ".pdf":
        objects, unreachable = _pdf_unreachable(published, name)
        structure = {"objects": objects, "unreachable objects": unreachable}
    else:
        objects, unreachable = _docx_unreachable(published, name)
        structure = {"parts": objects, "unreachable parts": unreachable}
    if unreachable:
        raise DocumentError(
            f"{unreachable} {'objects' if suffix == '.pdf' else 'parts'} of the published copy"
            " cannot be reached from its root, so cannot be shown to be clean",
            path=name,
        )
    ways_read = sorted({_way(w) for w in wheres})
    return {
        "file": PurePosixPath(name).name,
        "path": name,
        "format": suffix.lstrip("."),
        "sha256": hashlib.sha256(published).hexdigest(),
        "bytes": len(published),
        "tool": {"name": "contract-transparency", "version": __version__},
        "extractors": _extractors(wheres, suffix),
        "ways of reading": ways_read,
        "redactions": entries,
        "structure": structure,
        "result": "passed: no redacted text can be read in the published copy",
    }


def _way(where: str) -> str:
    """A way of reading, without the object or part it was read in."""
    if where.startswith("object ") or where.startswith("the signature value"):
        return "every string and decoded stream of every object"
    if where.startswith("the strings "):
        return "the strings every content stream shows"
    if where.startswith("the paragraph text of "):
        return "the paragraph text of every XML part"
    if where.startswith("the raw bytes"):
        return where
    if where.startswith("the text"):
        return where
    return "the text of every part, as written, with entities decoded and with tags removed"


def record_json(record: dict) -> str:
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def record_html(title: str, record: dict, json_url: str, anchor: str) -> str:
    """A person's view of one record, for the contract page."""
    extractors = ", ".join(f"{e['name']} {e['version']}" for e in record["extractors"])
    rows = "".join(
        "<tr>"
        f"<td>{esc(', '.join(str(n) for n in e['redactions']))}</td>"
        f"<td>{esc(', '.join(e['exemptions']))}</td>"
        f"<td>{esc(', '.join(str(p) for p in e['pages']))}</td>"
        f"<td>{e['spans removed']}</td>"
        f"<td>{max([w['published copy'] for w in e['readings']], default=0)}</td>"
        "</tr>"
        for e in record["redactions"]
    )
    structure = record["structure"]
    if "objects" in structure:
        reach = f"All {structure['objects']} objects of the file are reachable from its root"
    else:
        reach = f"All {structure['parts']} parts of the package are reachable from its root"
    signature = record.get("signature")
    signed = (
        f"Signed by {esc(signature['subject'])} (certificate SHA-256"
        f" <code>{esc(signature['certificate sha256'])}</code>, PAdES): check the signature as"
        ' <a href="#verify-a-copy">explained below</a>.'
        if signature
        else "Not signed."
    )
    table = (
        '<div class="tp-table-wrap"><table class="tp-verification"><caption>Redactions removed'
        f" from {esc(title)}</caption><thead><tr>"
        '<th scope="col">Redactions</th><th scope="col">Ground</th><th scope="col">Page</th>'
        '<th scope="col">Spans removed</th><th scope="col">Still read elsewhere by decision'
        f"</th></tr></thead><tbody>{rows}</tbody></table></div>"
        if rows
        else "<p>Nothing was redacted from this document.</p>"
    )
    ways = "".join(f"<li>{esc(w)}</li>" for w in record["ways of reading"])
    return (
        f'<details class="tp-verification-record" id="{esc(anchor)}"><summary>{esc(title)}:'
        f" checked on {esc(date(dt.date.fromisoformat(record['checked on'])))}</summary>"
        f"<p>SHA-256 of the published file: <code>{esc(record['sha256'])}</code>"
        f" ({record['bytes']} bytes). {signed}</p>"
        f"<p>Read with {esc(extractors)}, in each of these ways:</p><ul>{ways}</ul>"
        f"{table}<p>{esc(reach)}. Result: {esc(record['result'])}."
        f' <a href="{esc(json_url)}">The record as JSON</a>.</p></details>'
    )


def section(items: list[str]) -> str:
    """The contract page's section of records."""
    if not items:
        return ""
    return "\n".join(
        [
            '<h2 id="verification">How the published copies were checked</h2>',
            "",
            "<p>Before a redacted copy is published, the tool reads it back the ways a person or a"
            " program could and proves that no redacted text can be read in it. This record says"
            " what was checked; the SHA-256 lets you check that your copy is the one checked.</p>",
            "",
            *items,
            "",
            '<p id="verify-a-copy">To check a download, compute its SHA-256 (for example'
            " <code>sha256sum contract.pdf</code>) and compare it with the record. A signed PDF"
            " shows its signature in Adobe Acrobat Reader's signature panel, and"
            " <code>pyhanko sign validate</code> checks it from the command line.</p>",
            "",
        ]
    )
