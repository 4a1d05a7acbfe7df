"""Parsed documents are kept in the workspace by content, so commands do not parse again."""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.conftest import invoke, write_docx

from transparency.contracts import cache as cache_module
from transparency.contracts import read_document
from transparency.contracts.cache import read_cached

HIGHWAYS = Path(__file__).parent.parent / "contracts/highways-maintenance-2025/contract.pdf"


def test_a_cached_parse_is_the_parse(tmp_path):
    for source in (HIGHWAYS, write_docx(tmp_path / "c.docx")):
        parsed = read_document(source, name=source.name)
        assert read_cached(source, source.name, tmp_path / "cache") == parsed  # stored
        assert read_cached(source, source.name, tmp_path / "cache") == parsed  # read back
    assert len(list((tmp_path / "cache").glob("*.json.gz"))) == 2


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
    (entry,) = cache.glob("*.json.gz")
    entry.write_bytes(b"not gzip")
    assert read_cached(HIGHWAYS, "contract.pdf", cache) == parsed
    # An entry that claims to be another file's parse is not used.
    raw = gzip.decompress(entry.read_bytes()).replace(parsed.sha256.encode(), b"0" * 64)
    entry.write_bytes(gzip.compress(raw))
    assert read_cached(HIGHWAYS, "contract.pdf", cache) == parsed
    assert parsed.sha256.encode() in gzip.decompress(entry.read_bytes())
