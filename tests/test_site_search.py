"""Full-text search of the published contracts (Pagefind), in a real browser and in the build.

The sample workspace's site is built once, served on 127.0.0.1 and searched in headless
Chromium through its search page: Pagefind's interface, and its JavaScript API for the many
searches of the leak test. The leak check's own test plants a redacted text in a Pagefind file
during a build.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
from pathlib import Path

import pytest
from chromium import (
    LOCALHOST,
    axe_path,
    chromium,
    format_violations,
    missing_axe,
    missing_browser,
    serve,
)
from click.testing import CliRunner

from transparency.cli import cli
from transparency.decisions import publication_gate
from transparency.site import search
from transparency.site.leaks import normalise, occurs
from transparency.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
REQUIRE = bool(os.environ.get("TRANSPARENCY_REQUIRE_BROWSER"))
MARKER = re.compile(r"Redacted — [^,]+, (FOIA s\.|EIR reg |PA23 s\.)")

browser_only = [
    pytest.mark.browser,
    pytest.mark.allow_hosts([LOCALHOST, "localhost"]),
    pytest.mark.skipif(
        missing_browser() is not None and not REQUIRE, reason=str(missing_browser())
    ),
]


def _build(site_dir: Path, workspace: Path = REPO):
    return CliRunner().invoke(
        cli, ["build", "--site-dir", str(site_dir), "--workspace", str(workspace)]
    )


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("search") / "site"
    result = _build(site_dir)
    assert result.exit_code == 0, result.output + result.stderr
    return site_dir


@pytest.fixture(scope="module")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if REQUIRE and missing_browser():
        pytest.fail(f"TRANSPARENCY_REQUIRE_BROWSER is set, but {missing_browser()}")
    with chromium() as started:
        yield started


@pytest.fixture(scope="module")
def releases():
    return publication_gate(Workspace.open(REPO), dt.date.today())


#: Runs searches with Pagefind's API on the search page: for each query, every result's URL
#: and every excerpt (the page's and its sub-results').
_SEARCH = """
const [queries, done] = arguments;
(async () => {
  const pagefind = await import(document.getElementById('tp-search').dataset.bundle
                                + 'pagefind.js');
  const out = [];
  for (const query of queries) {
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.map(r => r.data()));
    out.push(results.map(r => ({url: r.url, excerpts: [r.excerpt,
      ...r.sub_results.map(s => s.excerpt)]})));
  }
  return out;
})().then(done, e => done({error: String(e)}));
"""


def _api_search(browser, base_url: str, queries: list[str]) -> list[list[dict]]:
    browser.open(base_url + "/search/")
    found = browser.driver.execute_async_script(_SEARCH, queries)
    assert not (isinstance(found, dict) and "error" in found), found
    return found


def _text(excerpt: str) -> str:
    """An excerpt as a reader sees it: Pagefind marks the matched words with <mark>."""
    return re.sub(r"<[^>]+>", "", excerpt)


def _ui_search(browser, base_url: str, query: str) -> list[dict]:
    """Type ``query`` into the search page's box; the results as shown (link, excerpt)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    load = browser.load(base_url + "/search/")
    box = WebDriverWait(browser.driver, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#tp-search input[type=text]")
    )
    box.send_keys(query)
    WebDriverWait(browser.driver, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
    )
    results = browser.driver.execute_script(
        "return [...document.querySelectorAll('.pagefind-ui__result')].map(r => ({"
        " href: r.querySelector('.pagefind-ui__result-link').getAttribute('href'),"
        " text: r.textContent}))"
    )
    return load, results


# In the browser.


@pytest.mark.usefixtures("built_site")
class TestSearchPage:
    pytestmark = browser_only

    def test_a_phrase_of_a_contracts_public_text_finds_that_contract(self, base_url, browser):
        _, results = _ui_search(browser, base_url, "Cyber Essentials Plus certification")
        assert results, "no result"
        assert results[0]["href"] == "/contracts/it-managed-services-2025/", results
        assert "Cyber Essentials Plus" in results[0]["text"]

    def test_every_contract_is_found_by_a_phrase_of_its_text(self, base_url, browser, releases):
        queries, expected = [], []
        for release in releases:
            document = release.contract.documents()[0]
            public = [
                b.text
                for b in document.blocks
                if b.kind in ("paragraph", "list_item")
                and len(b.text.split()) > 12
                and not any(
                    r.start < b.end and r.end > b.start
                    for r in release.redactions_in(document.name)
                )
            ]
            queries.append(" ".join(public[len(public) // 2].split()[2:8]))
            expected.append(f"/contracts/{release.contract.id}/")
        for query, url, results in zip(
            queries, expected, _api_search(browser, base_url, queries), strict=True
        ):
            assert url in [r["url"] for r in results], (query, results)

    def test_no_redacted_text_in_any_result(self, built_site, base_url, browser, releases):
        # A text withheld in one place may be public in another, by decision (a name redacted
        # in one contract and released in another): it is shown by a page, and may be quoted.
        shown = normalise(
            " ".join(
                re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))
                for p in built_site.rglob("*.html")
            )
        )
        withheld, queries = set(), []
        for release in releases:
            for r in release.redactions:
                text = release.contract.document(r.document).text
                before = text[: r.start].split()[-3:]
                after = text[r.end :].split()[:3]
                queries += [r.text, " ".join(before), " ".join(after), " ".join(before + after)]
                withheld.add(r.text)
        withheld = {t for t in withheld if not occurs(t, shown)}
        assert len(withheld) > 50  # the sample's redactions, not a vacuous test
        results = _api_search(browser, base_url, sorted({q for q in queries if q.strip()}))
        excerpts = [normalise(_text(e)) for found in results for r in found for e in r["excerpts"]]
        assert len(excerpts) > 100
        leaked = sorted(t for t in withheld if any(occurs(t, e) for e in excerpts))
        assert not leaked, f"{len(leaked)} redacted text(s) in search results"
        # Where the words around a redaction are found, the excerpt shows its marker.
        assert (
            sum(
                bool(MARKER.search(_text(e)))
                for found in results
                for r in found
                for e in r["excerpts"]
            )
            > 20
        )

    def test_an_excerpt_shows_the_redaction_marker(self, base_url, browser):
        _, results = _ui_search(browser, base_url, "sort code account number IBAN")
        assert any(
            "Redacted — commercial confidentiality, FOIA s.43(2)" in r["text"] for r in results
        ), results

    def test_filters_narrow_the_results(self, base_url, browser):
        browser.open(base_url + "/search/")
        found = browser.driver.execute_async_script(
            """
            const done = arguments[arguments.length - 1];
            (async () => {
              const pf = await import(document.getElementById('tp-search').dataset.bundle
                                      + 'pagefind.js');
              const filters = await pf.filters();
              const all = await pf.search('contract');
              const eir = await pf.search('contract', {filters: {exemption: 'EIR reg 13'}});
              const care = await pf.search('contract', {filters: {category: 'Adult social care'}});
              const urls = async s => (await Promise.all(s.results.map(r => r.data())))
                .map(d => d.url);
              return {filters, all: await urls(all), eir: await urls(eir),
                      care: await urls(care)};
            })().then(done, e => done({error: String(e)}));
            """
        )
        assert "error" not in found, found
        assert set(found["filters"]) == {"buyer", "supplier", "year", "category", "exemption"}
        assert found["filters"]["year"] == {"2025": 5}
        assert found["filters"]["exemption"]["EIR reg 13"] == 2
        assert len(found["all"]) == 5
        assert sorted(found["eir"]) == [
            "/contracts/grounds-maintenance-2025/",
            "/contracts/highways-maintenance-2025/",
        ]
        assert found["care"] == ["/contracts/home-care-2025/"]

    def test_search_page_with_results_passes_axe_and_stays_on_the_site(self, base_url, browser):
        load, results = _ui_search(browser, base_url, "service credits")
        assert results
        # Open the filters, as a reader would, before the audit.
        browser.driver.execute_script(
            "document.querySelectorAll('#tp-search details').forEach(d => d.open = true)"
        )
        requested = browser.driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
        )
        local = base_url.split("//", 1)[1]
        foreign = [
            u
            for u in requested + load.requests
            if u.split("//", 1)[-1].split("/")[0] != local
            and not u.startswith(("data:", "blob:", "about:"))
        ]
        assert not foreign, foreign
        assert not load.failed, load.failed
        assert not load.console_errors, load.console_errors
        if reason := missing_axe():
            if REQUIRE:
                pytest.fail(reason)
            pytest.skip(reason)
        audit = browser.axe(axe_path().read_text(encoding="utf-8"))
        assert "error" not in audit, audit
        assert not audit["violations"], format_violations(audit["violations"])

    def test_a_first_search_loads_little(self, built_site):
        import sys

        sys.path.insert(0, str(REPO / "tools"))
        from bench_site import first_search  # counts what the server sends, the worker's too

        loaded = first_search(built_site, "payment")
        assert loaded["pagefind files"] > 5  # the worker's index files are counted
        assert 0 < loaded["bytes"] < 1_000_000, loaded


# Without a browser: the page, the index files and the leak check.


def test_the_contracts_index_works_without_javascript(built_site):
    page = (built_site / "search" / "index.html").read_text(encoding="utf-8")
    assert "<noscript>" in page and 'href="../contracts/"' in page
    assert "//" not in re.sub(
        r"https?://contracts\.anyshire\.example/",
        "",
        " ".join(re.findall(r'(?:src|href)="([^"]*pagefind[^"]*)"', page)),
    )


def test_only_contract_pages_are_indexed(built_site):
    urls = []
    for path in (built_site / search.BUNDLE / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        urls.append(json.loads(data[len(b"pagefind_dcd") :])["url"])
    assert sorted(urls) == sorted(
        f"/contracts/{p.name}/" for p in (REPO / "contracts").iterdir() if p.is_dir()
    )


def test_a_redacted_text_planted_in_a_pagefind_file_fails_the_build(
    tmp_path, monkeypatch, releases
):
    secret = next(r.text for rel in releases for r in rel.redactions if len(r.text) > 12)
    real = search.build_index

    def planting(site_dir: Path):
        taken = real(site_dir)
        fragment = sorted((site_dir / search.BUNDLE / "fragment").glob("*.pf_fragment"))[0]
        data = gzip.decompress(fragment.read_bytes())
        value = json.loads(data[len(b"pagefind_dcd") :])
        value["content"] += f" {secret}"
        fragment.write_bytes(gzip.compress(b"pagefind_dcd" + json.dumps(value).encode()))
        return taken

    monkeypatch.setattr(search, "build_index", planting)
    site_dir = tmp_path / "site"
    result = _build(site_dir)
    assert result.exit_code != 0
    assert ".pf_fragment: contains redacted text" in result.output + result.stderr
    assert secret not in result.output + result.stderr
    assert not site_dir.exists()


def test_a_pagefind_file_the_check_cannot_read_fails_the_build(tmp_path, monkeypatch):
    real = search.build_index

    def damaging(site_dir: Path):
        taken = real(site_dir)
        index = sorted((site_dir / search.BUNDLE / "index").glob("*.pf_index"))[0]
        index.write_bytes(index.read_bytes()[:100])  # cut short
        return taken

    monkeypatch.setattr(search, "build_index", damaging)
    site_dir = tmp_path / "site"
    result = _build(site_dir)
    assert result.exit_code != 0
    assert ".pf_index: cannot be read by the leak check" in result.output + result.stderr
    assert not site_dir.exists()


def test_a_failing_pagefind_fails_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "_executable", lambda: Path("/bin/false"))
    site_dir = tmp_path / "site"
    result = _build(site_dir)
    assert result.exit_code != 0
    assert "Pagefind could not index the site" in result.output + result.stderr
    assert not site_dir.exists()


# The register in pages.


def _rows(page: Path) -> list[str]:
    body = page.read_text(encoding="utf-8").split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>.*?</tr>", body, flags=re.S)


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    """The sample site with two rows a page, so that both lists have several pages."""
    from transparency.site import paging

    site_dir = tmp_path_factory.mktemp("paged") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paging, "PAGE_ROWS", 2)
        result = _build(site_dir)
    assert result.exit_code == 0, result.output + result.stderr
    return site_dir


def test_the_contracts_index_is_paged_and_linked(paged_site, releases):
    pages = [paged_site / "contracts" / "index.html"] + [
        paged_site / "contracts" / "page" / str(n) / "index.html" for n in (2, 3)
    ]
    assert not (paged_site / "contracts" / "page" / "4").exists()
    rows = [_rows(page) for page in pages]
    assert [len(r) for r in rows] == [2, 2, 1]
    titles = [re.search(r"<a [^>]*>([^<]+)</a>", row).group(1) for r in rows for row in r]
    assert len(set(titles)) == len(releases) == 5
    first, second, last = (page.read_text(encoding="utf-8") for page in pages)
    assert 'href="page/2/" rel="next"' in first and 'aria-current="page"' in first
    assert 'rel="prev"' in second and 'rel="next"' in second
    assert 'href="../2/" rel="prev"' in last and 'rel="next"' not in last
    assert "Published contracts, 5 to 5 of 5 (page 3 of 3)" in last


def test_the_redactions_register_is_paged(paged_site, releases):
    total = sum(len(r.redactions) for r in releases)
    pages = [
        paged_site / "redactions" / "index.html",
        *sorted(
            (paged_site / "redactions" / "page").glob("*/index.html"),
            key=lambda p: int(p.parent.name),
        ),
    ]
    assert len(pages) == -(-total // 2)
    counts = [len(_rows(page)) for page in pages]
    assert sum(counts) == total and max(counts) == 2


@pytest.mark.browser
@pytest.mark.allow_hosts([LOCALHOST, "localhost"])
@pytest.mark.skipif(missing_browser() is not None and not REQUIRE, reason=str(missing_browser()))
def test_later_pages_sort_filter_and_pass_axe(paged_site, browser):
    from selenium.webdriver.common.by import By

    with serve(paged_site) as url:
        for path in ("/contracts/page/2/", "/redactions/page/3/"):
            load = browser.load(url + path)
            assert not load.failed and not load.console_errors, (load.failed, load.console_errors)
            sort = browser.driver.find_elements(By.CSS_SELECTOR, "table.tp-sortable .tp-sort")
            assert sort, "tables.js did not enhance the table"
            sort[0].click()
            assert browser.driver.find_element(By.CSS_SELECTOR, "th[aria-sort]")
            if reason := missing_axe():
                if REQUIRE:
                    pytest.fail(reason)
                continue
            audit = browser.axe(axe_path().read_text(encoding="utf-8"))
            assert not audit["violations"], f"{path}\n{format_violations(audit['violations'])}"
