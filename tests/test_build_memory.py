"""A build holds the register a few documents and pages at a time, and publishes the same site.

The workspace keeps the most recently used parsed documents in memory, up to a number of
characters (:class:`transparency.workspace.DocumentStore`); a document pushed out is read
again from the parse cache. The plugin keeps each generated page's HTML compressed from its
rendering to its writing. Neither may change a byte of what is published.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import decide_all, invoke, write_docx

import transparency.workspace as workspace_module
from transparency.workspace import DocumentStore

OTHERS = {
    "office-cleaning": [
        ("Title", "Office cleaning contract"),
        ("Heading 1", "Schedule 2: Charges"),
        ("Normal", "The cleaning rate is £17.40 per hour for the daily service."),
        ("Normal", "The supervisor is Mrs Alice Whitlock, reachable on 01632 960 112."),
    ],
    "grounds-upkeep": [
        ("Title", "Grounds maintenance contract"),
        ("Heading 1", "Schedule 4: Prices"),
        ("Normal", "Grass cutting is charged at £212.75 a visit across the twelve sites."),
        ("Normal", "Contact the foreman, Mr Rupert Oakhanger, on 01632 960 845."),
    ],
}


def _register(runner, make_workspace) -> Path:
    root = make_workspace()
    meta = yaml.safe_load((root / "contracts" / "home-care" / "contract.yaml").read_text())
    for number, (cid, paragraphs) in enumerate(OTHERS.items(), start=2):
        folder = root / "contracts" / cid
        folder.mkdir()
        write_docx(folder / "contract.docx", paragraphs)
        meta.update(id=cid, title=paragraphs[0][1], reference=f"RG-2025-0{number}")
        (folder / "contract.yaml").write_text(yaml.safe_dump(meta))
    assert invoke(runner, root, "scan").exit_code == 0
    for cid in ("home-care", *OTHERS):
        decide_all(root, cid)
    return root


def _site(root: Path) -> dict[str, bytes]:
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_register_larger_than_the_documents_kept_publishes_the_same_site(
    runner, make_workspace, monkeypatch
):
    root = _register(runner, make_workspace)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output
    whole = _site(root)

    reads: list[str] = []
    real = workspace_module.read_cached

    def counted(path, name, cache):
        reads.append(str(path))
        return real(path, name, cache)

    monkeypatch.setattr(workspace_module, "read_cached", counted)
    monkeypatch.setattr(workspace_module, "MEMORY_CHARACTERS", 1)  # one document at a time
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output
    assert "Leak check passed" in result.output
    # Each document was let go and read again by the later stages, not held for the build.
    assert len(reads) > 2 * len(set(reads)) == 6
    assert _site(root) == whole


def test_generated_pages_keep_their_titles_once_their_html_is_let_go(runner, make_workspace):
    root = _register(runner, make_workspace)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output
    for cid, paragraphs in OTHERS.items():
        page = (root / "site" / "contracts" / cid / "index.html").read_text()
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
        assert heading, cid
        title = re.search(r"<title>(.*?)</title>", page, re.S)[1]
        assert title.startswith(re.sub(r"<[^>]+>", "", heading[1]).strip()), title
        assert paragraphs[2][1].split(" is ")[0] in page  # its text is on the page
    for path in (root / "site").rglob("*.html"):
        assert not re.search(r">\s*None\s*<", path.read_text()), path  # a label lost


def _docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(3):
        write_docx(folder / f"d{number}.docx", [("Normal", f"Document {number} " + "word " * 20)])
    return folder


def test_the_store_keeps_the_most_recently_used_documents_up_to_its_characters(tmp_path):
    folder = _docs(tmp_path)
    cache = tmp_path / "cache"
    first = DocumentStore().get(folder, "d0.docx", cache)
    store = DocumentStore(characters=2 * len(first.text))
    d0 = store.get(folder, "d0.docx", cache)
    d1 = store.get(folder, "d1.docx", cache)
    assert store.get(folder, "d0.docx", cache) is d0  # kept: not read again
    assert (store.reads, len(store)) == (2, 2)
    store.get(folder, "d2.docx", cache)  # d1, the least recently used, is let go
    assert len(store) == 2
    assert store.get(folder, "d0.docx", cache) is d0
    again = store.get(folder, "d1.docx", cache)
    assert again is not d1 and again == d1 and store.reads == 4
    assert store.peak == 2


@pytest.mark.parametrize("characters", [0, 1])
def test_the_store_always_keeps_the_document_asked_for_last(tmp_path, characters):
    folder = _docs(tmp_path)
    store = DocumentStore(characters=characters)
    document = store.get(folder, "d0.docx", tmp_path / "cache")
    assert len(store) == 1
    assert store.get(folder, "d0.docx", tmp_path / "cache") is document
    assert store.reads == 1
