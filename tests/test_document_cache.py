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
