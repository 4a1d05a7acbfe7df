"""The leak check's reading of files: encodings, markup, gzip, and where short strings count."""

from __future__ import annotations

import gzip
import json

import pytest

from transparency.site.leaks import Secret, find_leaks


def _site(tmp_path, files: dict[str, str | bytes]):
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return tmp_path


SECRET = Secret("Priya Sandhu", "home-care: redaction 4")


@pytest.mark.parametrize(
    "content",
    [
        "<p>Contact Priya Sandhu today</p>",
        "<p>Contact Priya <b>Sandhu</b></p>",
        "<p>Priya&#32;Sandhu</p>",
        "<p>PRIYA\n   SANDHU</p>",
        json.dumps({"docs": [{"text": "Priya Sandhu"}]}),
    ],
    ids=["plain", "split-by-tags", "entity", "case-and-wrap", "json"],
)
def test_a_secret_is_found_however_it_is_written(tmp_path, content):
    name = "page.json" if content.startswith("{") else "page.html"
    site = _site(tmp_path, {name: content})
    assert [p.message for p in find_leaks(site, [SECRET])] == [
        "contains redacted text (home-care: redaction 4)"
    ]


def test_gzip_files_are_read(tmp_path):
    site = _site(tmp_path, {"sitemap.xml.gz": gzip.compress(b"<loc>Priya Sandhu</loc>")})
    assert len(find_leaks(site, [SECRET])) == 1


def test_word_boundaries(tmp_path):
    site = _site(tmp_path, {"a.html": "ref 2012345678 and 41234567."})
    found = find_leaks(site, [Secret("41234567", "x"), Secret("1234567", "y")])
    assert [p.message for p in found] == ["contains redacted text (x)"]


def test_short_secrets_are_not_matched_against_computed_figures(tmp_path):
    site = _site(
        tmp_path,
        {
            "kpis/index.html": "<p>2.5% of all contract text withheld</p>",
            "contracts/index.html": "<td>2.5%</td>",
            "contracts/home-care/index.html": "<p>A rebate of 2.5% applies</p>",
            "notes/index.html": "<p>Our rebate is 2.5%</p>",
        },
    )
    found = find_leaks(
        site,
        [Secret("2.5%", "home-care: redaction 5")],
        aggregates={"kpis/index.html", "contracts/index.html"},
    )
    assert sorted(p.path.relative_to(site).as_posix() for p in found) == [
        "contracts/home-care/index.html",
        "notes/index.html",
    ]


def test_long_secrets_are_looked_for_everywhere(tmp_path):
    site = _site(tmp_path, {"kpis/index.html": "<p>Priya Sandhu</p>"})
    assert len(find_leaks(site, [SECRET], aggregates={"kpis/index.html"})) == 1


def test_search_index_entries_of_aggregate_pages_are_skipped_for_short_secrets(tmp_path):
    index = {
        "docs": [
            {"location": "kpis/", "text": "2.5% withheld"},
            {"location": "contracts/home-care/", "text": "no rates here"},
        ]
    }
    site = _site(tmp_path, {"search/search_index.json": json.dumps(index)})
    assert find_leaks(site, [Secret("2.5%", "x")], aggregates={"kpis/index.html"}) == []
    index["docs"][1]["text"] = "a rebate of 2.5%"
    site = _site(tmp_path, {"search/search_index.json": json.dumps(index)})
    assert len(find_leaks(site, [Secret("2.5%", "x")], aggregates={"kpis/index.html"})) == 1


def test_many_secrets_only_the_present_ones_are_reported(tmp_path):
    secrets = [Secret(f"Person Number{n:05d}", f"c: redaction {n}") for n in range(5000)]
    site = _site(tmp_path, {"a.html": "<p>Person   NUMBER04711 and person number0471</p>"})
    assert [p.message for p in find_leaks(site, secrets)] == [
        "contains redacted text (c: redaction 4711)"
    ]


@pytest.mark.parametrize(
    "content",
    [
        "<p>a Key Sub -Contractor of</p>",
        "<p>a Key Sub- Contractor of</p>",
        "<p>a key sub - contractor of</p>",
        "<p>a Key Sub-Contractor of</p>",
    ],
)
def test_spaces_around_hyphens_and_slashes_do_not_hide_a_secret(tmp_path, content):
    site = _site(tmp_path, {"page.html": content, "other.html": "<p>a 24 / 7 service</p>"})
    secrets = [Secret("Key Sub-Contractor", "c: redaction 1"), Secret("24/7", "c: redaction 2")]
    found = sorted((p.path.name, p.message) for p in find_leaks(site, secrets))
    assert found == [
        ("other.html", "contains redacted text (c: redaction 2)"),
        ("page.html", "contains redacted text (c: redaction 1)"),
    ]


def test_a_figure_is_not_found_inside_a_larger_number(tmp_path):
    """A redacted day rate of £612 is not read in a contract value of £612,500 (another
    contract's public metadata), nor "612" in "1,612"; written with pence or on its own it is."""
    site = _site(tmp_path, {"contracts/a/index.html": "<p>Value: £612,500. Lots: 1,612.</p>"})
    assert find_leaks(site, [Secret("£612", "x"), Secret("612", "y")]) == []
    for shown in ("£612.00 a day", "£612 a day", "a rate of £612, fixed"):
        site = _site(tmp_path / shown.replace(" ", "-"), {"contracts/a/index.html": shown})
        assert [p.message for p in find_leaks(site, [Secret("£612", "x")])] == [
            "contains redacted text (x)"
        ], shown


def _pagefind_site(tmp_path, pages: dict[str, str]):
    """A site of ``pages`` (path: paragraph) indexed by the real Pagefind."""
    import subprocess
    import sys

    site = _site(
        tmp_path,
        {
            path: f'<html lang="en"><body><main data-pagefind-body><p>{text}</p></main></body>'
            "</html>"
            for path, text in pages.items()
        },
    )
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site)], check=True, capture_output=True
    )
    return site


def test_a_figure_is_not_found_in_the_search_index_as_a_piece_of_a_larger_number(tmp_path):
    """Pagefind indexes "£612,500" as the words "£612", "500" and "612500": the word list of
    the index is not another contract's day rate of £612. The page's own text in the index is
    still read, so £612 written out on a page is found there too."""
    site = _pagefind_site(
        tmp_path, {"a/index.html": "Value £612,500.", "b/index.html": "Day rate: [redacted]."}
    )
    assert find_leaks(site, [Secret("£612", "x")]) == []
    site = _pagefind_site(
        tmp_path / "shown", {"a/index.html": "Value £612,500.", "b/index.html": "Day rate £612."}
    )
    found = sorted({p.path.suffix for p in find_leaks(site, [Secret("£612", "x")])})
    assert found == [".html", ".pf_fragment"], found


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_secret_is_found_in_a_file_that_grows_with_the_register(tmp_path, suffix):
    """A file of several megabytes (the open data of every contract) is read in pieces; a
    secret across a piece's edge, written with a line break and entities, is still found."""
    site = tmp_path / "site"
    site.mkdir()
    filler = "Public text of the register, contract after contract. " * 20_000  # 1.1 MB
    edge = 1 << 20  # where the first piece of a form ends, give or take the markup before it
    for at in range(edge - 70, edge + 10, 4):
        text = filler[:at] + "Sort code 40&#45;11\n-62 held" + filler[at : at + 2000]
        data = json.dumps({"releases": [{"description": text}]}) if suffix == ".json" else text
        (site / f"register{suffix}").write_text(data)
        found = find_leaks(site, [Secret("40-11-62", "redaction 1")])
        assert [p.message for p in found] == ["contains redacted text (redaction 1)"], at
    (site / f"register{suffix}").write_text(filler * 3)
    assert find_leaks(site, [Secret("40-11-62", "redaction 1")]) == []


def _file_records(proofs) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (proofs / "files").glob("*.json")}


def test_a_file_found_free_is_searched_again_for_new_texts_and_when_it_changes(tmp_path):
    """With a proofs folder, a file found free of the secrets is kept by its bytes: the next
    check searches it for secrets added since (its bytes unchanged or not), a changed file is
    searched afresh, a file that leaked is never kept, and a damaged record is not trusted."""
    from transparency.site.leaks import Places

    site = _site(
        tmp_path / "site",
        {"a.html": "<p>Contact Priya Sandhu on 01632 960 112</p>", "b.json": '{"x": "none"}'},
    )
    places = Places(proofs=tmp_path / "proofs")
    other = Secret("Alice Whitlock", "office-cleaning: redaction 1")
    assert find_leaks(site, [other], places=places) == []
    kept = _file_records(places.proofs)
    assert len(kept) == 2
    assert find_leaks(site, [other], places=places) == []
    assert _file_records(places.proofs) == kept

    # One more secret: a.html, unchanged, is searched for it and found to hold it.
    found = find_leaks(site, [other, SECRET], places=places)
    assert [(p.path.name, p.message) for p in found] == [
        ("a.html", "contains redacted text (home-care: redaction 4)")
    ]
    assert len(find_leaks(site, [other, SECRET], places=places)) == 1  # never kept as free
    assert find_leaks(site, [SECRET], places=places)[0].path.name == "a.html"

    # A changed file is searched afresh for every secret.
    (site / "b.json").write_text('{"x": "Alice  Whitlock"}')
    found = find_leaks(site, [other, SECRET], places=places)
    assert sorted(p.path.name for p in found) == ["a.html", "b.json"]

    # A damaged record is not trusted: the file is searched again, and kept again.
    (site / "b.json").write_text('{"x": "none"}')
    assert len(find_leaks(site, [SECRET], places=places)) == 1
    for record in (places.proofs / "files").glob("*.json"):
        record.write_text("{damaged")
    assert len(find_leaks(site, [SECRET], places=places)) == 1
    records = _file_records(places.proofs).values()
    assert b"{damaged" in records and any(r.startswith(b'{"proven"') for r in records)


def test_a_file_kept_as_free_is_searched_again_when_its_set_of_texts_is_altered(tmp_path):
    import hashlib

    from transparency.site.leaks import Places

    site = _site(tmp_path / "site", {"a.html": "<p>Priya Sandhu</p>"})
    places = Places(proofs=tmp_path / "proofs")
    other = Secret("Alice Whitlock", "x")
    assert find_leaks(site, [other], places=places) == []
    # The kept set altered to claim the file free of the secret it holds: the set no longer
    # reads as the one named, so every secret is searched for.
    digests = sorted(hashlib.sha256(s.text.encode()).hexdigest() for s in (other, SECRET))
    for kept_set in (places.proofs / "files" / "sets").iterdir():
        kept_set.write_text(json.dumps(digests))
    assert len(find_leaks(site, [other, SECRET], places=places)) == 1
