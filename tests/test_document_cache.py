"""Parsed documents are kept in the workspace by content, so commands do not parse again."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from tests.conftest import invoke, write_docx

from transparency.contracts import cache as cache_module
from transparency.contracts import read_document
from transparency.contracts.cache import read_cached
from transparency.errors import DocumentError

HIGHWAYS = Path(__file__).parent.parent / "contracts/highways-maintenance-2025/contract.pdf"


def test_a_cached_parse_is_the_parse(tmp_path):
    for source in (HIGHWAYS, write_docx(tmp_path / "c.docx")):
        parsed = read_document(source, name=source.name)
        assert read_cached(source, source.name, tmp_path / "cache") == parsed  # stored
        assert read_cached(source, source.name, tmp_path / "cache") == parsed  # read back
    assert len(_entries(tmp_path / "cache")) == 2
    assert len(list((tmp_path / "cache").glob("*.places.json.gz"))) == 2


def _entries(cache: Path) -> list[Path]:
    return [p for p in cache.glob("*.json.gz") if not p.name.endswith(".places.json.gz")]


def test_places_are_read_when_asked_for_and_parsed_again_when_they_cannot_be(tmp_path):
    """A document read back from the cache has its text and blocks at once and its places
    when they are asked for; places that cannot be read then are parsed again from the file,
    and a file that changed since is an error, never another file's places."""
    cache = tmp_path / "cache"
    source = tmp_path / "contract.pdf"
    source.write_bytes(HIGHWAYS.read_bytes())
    parsed = read_cached(source, "contract.pdf", cache)
    (places,) = cache.glob("*.places.json.gz")
    again = read_cached(source, "contract.pdf", cache)
    places.write_bytes(b"not gzip")  # read after the document: its places are not read yet
    assert again.text == parsed.text and again.blocks == parsed.blocks
    assert again.places == parsed.places  # parsed again
    assert again == parsed
    assert places.read_bytes() != b"not gzip"  # and kept again
    later = read_cached(source, "contract.pdf", cache)
    places.unlink()
    assert later.places == parsed.places
    # The file changed after its document was read: its places are refused.
    entry = read_cached(source, "contract.pdf", cache)
    assert entry == parsed
    entry = read_cached(source, "contract.pdf", cache)
    places.unlink()
    source.write_bytes(HIGHWAYS.read_bytes() + b"\n% changed\n")
    with pytest.raises(DocumentError, match="changed while it was being read"):
        _ = entry.places


def test_commands_after_the_first_do_not_parse_again(runner, make_workspace, monkeypatch):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    parsed = []
    real = cache_module.read_document

    def counting(path, name=None):
        parsed.append(name)
        return real(path, name=name)

    monkeypatch.setattr(cache_module, "read_document", counting)
    invoke(runner, root, "status")
    invoke(runner, root, "check", "--gate-only")
    assert parsed == []
    write_docx(root / "contracts/home-care/contract.docx", [(None, "A changed contract.")])
    invoke(runner, root, "status")
    assert parsed == ["contract.docx"]


def test_a_damaged_or_foreign_entry_is_parsed_again(tmp_path):
    cache = tmp_path / "cache"
    parsed = read_cached(HIGHWAYS, "contract.pdf", cache)
    (entry,) = _entries(cache)
    entry.write_bytes(b"not gzip")
    assert read_cached(HIGHWAYS, "contract.pdf", cache) == parsed
    # An entry that claims to be another file's parse is not used.
    raw = gzip.decompress(entry.read_bytes()).replace(parsed.sha256.encode(), b"0" * 64)
    entry.write_bytes(gzip.compress(raw))
    assert read_cached(HIGHWAYS, "contract.pdf", cache) == parsed
    assert parsed.sha256.encode() in gzip.decompress(entry.read_bytes())


def _pdf(path: Path, text: str) -> Path:
    """A one-page PDF of ``text``, uncompressed and without a time stamp: texts of one length
    give files of one size."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), invariant=1, pageCompression=0)
    canvas.drawString(72, 760, text)
    canvas.save()
    return path


def test_a_file_rewritten_in_place_with_the_same_size_is_read_again(tmp_path, monkeypatch):
    """A file's digest is remembered only while it stays the same file: rewritten in place
    with the same number of bytes (its times may not have moved), it is read afresh; a file
    not changed for a while is hashed once, and read again once it changes."""
    cache = tmp_path / "cache"
    first = _pdf(tmp_path / "one.pdf", "The weekly fee is 1,240 pounds.").read_bytes()
    changed = _pdf(tmp_path / "two.pdf", "The weekly fee is 9,875 pounds.").read_bytes()
    assert len(first) == len(changed) and first != changed
    source = tmp_path / "contract.pdf"
    source.write_bytes(first)
    assert "1,240" in read_cached(source, "contract.pdf", cache).text
    with source.open("r+b") as handle:  # the same inode, the same size, at once
        handle.write(changed)
    assert "9,875" in read_cached(source, "contract.pdf", cache).text
    # Settled (here: at once), a file is hashed once, and again when it changes.
    monkeypatch.setattr(cache_module, "_SETTLED_NS", 0)
    settled = tmp_path / "settled.pdf"
    settled.write_bytes(first)
    assert "1,240" in read_cached(settled, "settled.pdf", cache).text
    assert settled in cache_module._DIGESTS
    settled.write_bytes(_pdf(tmp_path / "three.pdf", "A fee of 3 pounds.").read_bytes())
    assert "A fee of 3 pounds." in read_cached(settled, "settled.pdf", cache).text
