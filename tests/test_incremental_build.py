"""A rebuild redoes only what a change touches, and a cached result never outlives its inputs.

Through the CLI: the build says which documents it redacted and proved afresh; the workspace's
cache (``.cache/originals/`` and ``.cache/readings/``) shows, by its files and their
modification times, what was made again.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import yaml
from conftest import decide_all, invoke, write_docx

OTHER = [
    ("Title", "Office cleaning contract"),
    ("Heading 1", "Schedule 2: Charges"),
    ("Normal", "The cleaning rate is £17.40 per hour for the daily service."),
    ("Normal", "The supervisor is Mrs Alice Whitlock, reachable on 01632 960 112."),
]


def _two_contracts(runner, make_workspace) -> Path:
    root = make_workspace()
    folder = root / "contracts" / "office-cleaning"
    folder.mkdir()
    write_docx(folder / "contract.docx", OTHER)
    meta = yaml.safe_load((root / "contracts" / "home-care" / "contract.yaml").read_text())
    meta.update(id="office-cleaning", title="Office cleaning", reference="OC-2025-02")
    (folder / "contract.yaml").write_text(yaml.safe_dump(meta))
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root, "home-care")
    decide_all(root, "office-cleaning")
    return root


def _build(runner, root: Path) -> tuple[int, int]:
    """(documents redacted afresh, documents from the cache) as the build reports them."""
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output
    found = re.search(r"(\d+) document\(s\) redacted and proven, (\d+) unchanged", result.output)
    assert found, result.output
    return int(found[1]), int(found[2])


def _cache(root: Path) -> dict[str, float]:
    """Every file of the proof's caches, with its modification time."""
    folders = [root / ".cache" / "originals", root / ".cache" / "readings"]
    return {
        str(p.relative_to(root)): p.stat().st_mtime_ns
        for folder in folders
        for p in folder.iterdir()
    }


def _release_first(root: Path, contract: str = "home-care") -> None:
    """Release the contract's first candidate instead of redacting it."""
    scan = yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())
    candidate = scan["candidates"][0]

    def release(records):
        records[0] = {
            "candidate": candidate["id"],
            "text": candidate["text"],
            "action": "release",
            "public_reason": "The figure is published in the council's budget book.",
            "decided_by": "A. Officer",
            "decided_on": "2025-03-11",
        }

    _edit(root, contract, release)


def _edit(root: Path, contract: str, change) -> None:
    path = root / "decisions" / f"{contract}.yaml"
    data = yaml.safe_load(path.read_text())
    change(data["records"])
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def test_rebuild_redoes_only_the_changed_contracts_document(runner, make_workspace):
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    first = _cache(root)
    assert _build(runner, root) == (0, 2)  # nothing changed: nothing redone
    assert _cache(root) == first

    # A new public reason changes the page, not what is removed from the document.
    def reword(records):
        records[0]["public_reason"] = "Publishing the hourly rate would let rivals undercut it."

    _edit(root, "home-care", reword)
    assert _build(runner, root) == (0, 2)
    assert _cache(root) == first
    page = (root / "site" / "contracts" / "home-care" / "index.html").read_text()
    assert "let rivals undercut it" in page

    # One passage released: only that contract's document is redacted and proven again.
    _release_first(root)
    assert _build(runner, root) == (1, 1)
    after = _cache(root)
    assert {k: v for k, v in after.items() if k in first} == first  # nothing rewritten
    new = sorted(set(after) - set(first))
    # The new redacted original and the proof's reading of it; the clean copy's reading and
    # the other contract's files are reused.
    assert [Path(name).parent.name for name in new] == ["originals", "readings"]
    published = root / "site" / "contracts" / "home-care" / "contract.docx"
    assert published.read_bytes() == (root / new[0]).read_bytes()


def test_cached_original_is_not_used_when_the_source_changes(runner, make_workspace):
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    source = root / "contracts" / "office-cleaning" / "contract.docx"
    changed = [*OTHER[:2], ("Normal", "The cleaning rate is £17.40 per hour, reviewed yearly.")]
    write_docx(source, changed + OTHER[3:])
    assert invoke(runner, root, "scan", "office-cleaning").exit_code == 0
    decide_all(root, "office-cleaning")
    assert _build(runner, root) == (1, 1)
    published = root / "site" / "contracts" / "office-cleaning" / "contract.docx"
    assert b"reviewed yearly" in _document_xml(published)


def test_cached_results_are_not_used_by_another_version_of_the_tool(
    runner, make_workspace, monkeypatch
):
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    before = _cache(root)
    from transparency.site import burn_in
    from transparency.site.originals import proof

    monkeypatch.setattr(burn_in, "__version__", "0.0.0-other")
    monkeypatch.setattr(proof, "__version__", "0.0.0-other")
    assert _build(runner, root) == (2, 0)
    assert set(_cache(root)) > set(before)  # made again under new keys


def test_damaged_cached_reading_is_read_again_not_trusted(runner, make_workspace):
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    for entry in (root / ".cache" / "readings").iterdir():
        entry.write_bytes(b"not a reading")
    shutil.rmtree(root / ".cache" / "proofs")  # so that the leak check reads the files again
    assert _build(runner, root) == (0, 2)
    for entry in (root / ".cache" / "readings").iterdir():
        assert entry.read_bytes() != b"not a reading"


def test_a_leak_in_two_documents_is_reported_for_both(runner, make_workspace, monkeypatch):
    """Every document's failure is reported at once, not the first only."""
    root = _two_contracts(runner, make_workspace)
    from transparency.site import originals

    real = originals._redact

    def keep_text(source, target, suffix, data, withheld, **options):
        return real(source, target, suffix, data, [], **options)  # removes nothing: must fail

    monkeypatch.setattr(originals, "_redact", keep_text)
    result = invoke(runner, root, "build", "--jobs", "1")
    assert result.exit_code == 4, result.output
    assert "contracts/home-care/contract.docx" in result.output
    assert "contracts/office-cleaning/contract.docx" in result.output
    assert not (root / "site").exists()
    # Only the clean copies were kept: no redacted original that failed its proof.
    assert len(list((root / ".cache" / "originals").iterdir())) == 2


def _document_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml")


def _proven(proofs: Path) -> dict[str, set[str]]:
    """Each published document's record (by name) with the texts it was proven free of."""
    records = {}
    for entry in proofs.glob("*.json"):
        name = json.loads(entry.read_text())["proven"]
        records[entry.name] = set(json.loads((proofs / "sets" / f"{name}.json").read_text()))
    return records


def test_leak_check_proves_documents_against_new_texts_only(runner, make_workspace):
    """The leak check keeps, per published document, the texts it was proven free of: a
    rebuild with the same secrets proves nothing again, a damaged record proves again, and one
    more redaction elsewhere is looked for in every document."""
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    proofs = root / ".cache" / "proofs"
    kept = {p.name: p.read_bytes() for p in proofs.glob("*.json")}
    assert len(kept) == 2
    # Both documents were proven against the same texts (every redaction of the site): the
    # set is kept once, and each document's record names it, whatever the register's size.
    assert len(set(kept.values())) == 1 and len(list((proofs / "sets").iterdir())) == 1
    assert all(len(record) < 100 for record in kept.values())
    assert _build(runner, root) == (0, 2)
    assert {p.name: p.read_bytes() for p in proofs.glob("*.json")} == kept
    for entry in proofs.glob("*.json"):
        entry.write_text("{damaged")
    assert _build(runner, root) == (0, 2)
    assert {p.name: p.read_bytes() for p in proofs.glob("*.json")} == kept
    for kept_set in (proofs / "sets").iterdir():
        kept_set.write_text('["0000"]')  # a damaged set: its documents are proven again
    assert _build(runner, root) == (0, 2)
    assert {p.name: p.read_bytes() for p in proofs.glob("*.json")} == kept
    assert all(_proven(proofs).values())

    # One more redaction in one contract (a released passage now redacted): the other
    # contract's document, unchanged, is proven against that text too, and only that.
    _release_first(root)
    shutil.rmtree(proofs)
    assert _build(runner, root) == (1, 1)
    before = _proven(proofs)
    decide_all(root, "home-care")  # redacted again
    assert _build(runner, root) == (0, 2)  # that original is in the cache from the first build
    after = _proven(proofs)
    # office-cleaning's record (same key) grew by the one text; home-care's, as released, is
    # left as it was, and its document as redacted again has its record back.
    grown = [name for name in before if after[name] != before[name]]
    assert len(grown) == 1
    assert after[grown[0]] > before[grown[0]]
    assert len(after[grown[0]]) == len(before[grown[0]]) + 1
    assert len(after) == 3


def _records(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (root / ".cache" / "verification").iterdir()}


def _published_records(root: Path) -> dict[str, bytes]:
    site = root / "site"
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*.verification.json")}


def test_verification_records_are_kept_by_their_inputs(runner, make_workspace):
    """What a document's verification record found is kept by the bytes it was found in and
    the redactions it counts: an unchanged document's record is not made again, a changed one
    is, a damaged entry is made again, and a kept record publishes the same as a fresh one."""
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    kept = _records(root)
    assert len(kept) == 2
    published = _published_records(root)
    mtimes = {p.name: p.stat().st_mtime_ns for p in (root / ".cache" / "verification").iterdir()}
    assert _build(runner, root) == (0, 2)
    assert {
        p.name: p.stat().st_mtime_ns for p in (root / ".cache/verification").iterdir()
    } == mtimes
    assert _published_records(root) == published

    # A damaged entry is not trusted: the record is made again, the same.
    for entry in (root / ".cache" / "verification").iterdir():
        entry.write_text("{damaged")
    assert _build(runner, root) == (0, 2)
    assert _records(root) == kept and _published_records(root) == published

    # One passage released: that document's record is made afresh, the other is kept.
    _release_first(root)
    assert _build(runner, root) == (1, 1)
    after = _records(root)
    assert set(kept) < set(after) and len(after) == 3
    fresh = _published_records(root)
    assert (
        fresh["contracts/office-cleaning/contract.docx.verification.json"]
        == published["contracts/office-cleaning/contract.docx.verification.json"]
    )
    record = json.loads(fresh["contracts/home-care/contract.docx.verification.json"])
    before = json.loads(published["contracts/home-care/contract.docx.verification.json"])
    assert record["sha256"] != before["sha256"]
    assert sum(e["spans removed"] for e in record["redactions"]) == (
        sum(e["spans removed"] for e in before["redactions"]) - 1
    )
    # Without the kept records, the same site.
    shutil.rmtree(root / ".cache" / "verification")
    assert _build(runner, root) == (0, 2)
    assert _published_records(root) == fresh


def test_scans_and_decisions_are_read_as_yaml_once_per_content(runner, make_workspace):
    """The gate keeps each scan and decisions file it read by its bytes: an edited file is
    read again, and a damaged kept entry is read again rather than trusted."""
    root = _two_contracts(runner, make_workspace)
    assert _build(runner, root) == (2, 0)
    parsed = root / ".cache" / "parsed"
    kept = {p.name: p.read_bytes() for p in parsed.iterdir()}
    assert len(kept) == 4  # two scans, two decisions files
    assert _build(runner, root) == (0, 2)
    assert {p.name: p.read_bytes() for p in parsed.iterdir()} == kept

    def reword(records):
        records[0]["public_reason"] = "Publishing the hourly rate would let rivals undercut it."

    _edit(root, "home-care", reword)
    assert _build(runner, root) == (0, 2)
    assert len(list(parsed.iterdir())) == 5
    page = root / "site" / "contracts" / "home-care" / "index.html"
    assert "let rivals undercut it" in page.read_text()
    for number, entry in enumerate(sorted(parsed.iterdir())):
        entry.write_text(["{damaged", '{"contract": 1}', "[]"][number % 3])
    assert _build(runner, root) == (0, 2)
    damaged = ("{damaged", '{"contract": 1}', "[]")
    # Each read again and kept afresh; the one left is the reworded file's earlier bytes.
    assert sum(p.read_text() in damaged for p in parsed.iterdir()) == 1
    assert "let rivals undercut it" in page.read_text()
    assert "Redacted" in page.read_text()


def _site_files(root: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of the published site: its inode and its bytes."""
    site = root / "site"
    return {
        p.relative_to(site).as_posix(): (p.stat().st_ino, p.read_bytes())
        for p in site.rglob("*")
        if p.is_file()
    }


def test_a_rebuild_links_the_files_it_would_write_as_they_were(runner, make_workspace, tmp_path):
    """Unchanged pages, open data and documents are the previous site's files, linked; a
    changed page is written afresh, and the previous site is never written through."""
    root = _two_contracts(runner, make_workspace)
    _build(runner, root)
    before = _site_files(root)
    page = "contracts/home-care/index.html"
    # A link to the published page, to see that the rebuild does not write into it.
    kept = tmp_path / "published-page.html"
    kept.hardlink_to(root / "site" / page)

    def reword(records):
        records[0]["public_reason"] = "Publishing the hourly rate would let rivals undercut it."

    _edit(root, "home-care", reword)
    _build(runner, root)
    after = _site_files(root)
    assert kept.read_bytes() == before[page][1]  # the previous site's file is as it was
    assert b"let rivals undercut it" in after[page][1] and after[page][0] != before[page][0]
    same = [name for name in after if name in before and after[name][1] == before[name][1]]
    linked = [name for name in same if after[name][0] == before[name][0]]
    for name in (
        "contracts/office-cleaning/index.html",
        "contracts/office-cleaning/contract.docx",
        "contracts/home-care/contract.docx",
        "contracts/home-care/contract.docx.verification.json",
        "contracts/office-cleaning/release.json",
    ):
        assert name in linked, name
    # Every page that came out the same; the theme's files, its 404 template and the search
    # index are copied and written by mkdocs and Pagefind.
    assert {n for n in same if n.endswith(".html") and n != "404.html"} <= set(linked)


def test_a_file_changed_in_the_published_site_is_written_afresh(runner, make_workspace):
    """A file of the previous site that no longer holds what the build makes (changed by hand
    or by another tool, same size) is not linked: the new site has the build's bytes."""
    root = _two_contracts(runner, make_workspace)
    _build(runner, root)
    names = ["contracts/office-cleaning/index.html", "contracts/office-cleaning/release.json"]
    made = {name: (root / "site" / name).read_bytes() for name in names}
    for name in names:
        path = root / "site" / name
        data = path.read_bytes()
        path.write_bytes(bytes([data[0] ^ 1]) + data[1:])  # in place: its first byte changed
    _build(runner, root)
    for name in names:
        assert (root / "site" / name).read_bytes() == made[name], name
