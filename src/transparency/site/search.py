"""Full-text search of the published contracts, with Pagefind.

The index is made from the *built* contract pages, after mkdocs has written them and before
the leak check reads the site (:meth:`TransparencyPlugin.on_post_build`): what it holds is what
the pages show, so a redacted text, which no page shows, is in no index file, and a result's
excerpt shows the redaction's marker ("Redacted — personal data, FOIA s.40(2)") where the text
was. The leak check then reads every file Pagefind wrote, decompressed (:mod:`.leaks`).

Pagefind runs from the binary of the ``pagefind-bin`` package (no download, no network). Only
the contract pages are indexed (their ``<article>`` carries ``data-pagefind-body``); each page
carries its filters (buyer, supplier, year of award, category of service, exemptions used) in
a hidden element. The search page uses Pagefind's own interface, served from the site.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import subprocess
import tempfile
from pathlib import Path

from transparency._atomic import atomic_write_bytes
from transparency.decisions import ContractRelease
from transparency.errors import WorkspaceError
from transparency.site.formatting import Link, esc

__all__ = [
    "BUNDLE",
    "SCRIPT",
    "build_index",
    "mark_body",
    "page_filters",
    "program_files",
    "search_page",
]

#: The folder of the site that Pagefind writes its index and interface into.
BUNDLE = "pagefind"
#: The script that starts Pagefind's interface on the search page.
SCRIPT = "assets/search.js"
#: Filters, in the order the search page shows them.
FILTERS = ("buyer", "supplier", "year", "category", "exemption")
#: The contract page's content element, as the material theme writes it.
_ARTICLE = '<article class="md-content__inner md-typeset">'
_HEADER = b"pagefind_dcd"
#: The version whose file formats :func:`_canonical_filters` knows (pyproject.toml pins it).
PAGEFIND_VERSION = "1.5"
_TIMEOUT = 3600  # seconds; Pagefind indexes some thousands of pages a second


def page_filters(release: ContractRelease) -> str:
    """The hidden element that gives a contract page its search filters (raw HTML, one line).

    Pagefind reads filters inside ``data-pagefind-ignore`` (which keeps their words out of the
    text index) and in hidden elements; the values are the contract's public metadata.
    """
    meta = release.contract.meta
    values = [
        ("buyer", meta.buyer),
        ("supplier", meta.supplier),
        ("year", str(meta.awarded.year)),
        *([("category", meta.category)] if meta.category else []),
        *(("exemption", code) for code in sorted({r.exemption.code for r in release.redactions})),
    ]
    spans = "".join(
        f'<span data-pagefind-filter="{name}">{esc(value)}</span>' for name, value in values
    )
    return f'<div hidden data-pagefind-ignore class="tp-search-filters">{spans}</div>'


def mark_body(output: str, where: str) -> str:
    """A contract page's HTML with its article marked as the part Pagefind indexes.

    Fails if the page has no article as the theme writes it: a page that Pagefind would index
    whole, or not at all, is not published silently."""
    if _ARTICLE not in output:
        raise WorkspaceError(
            "the page has no <article> to index for search",
            path=where,
            hint="The site's theme must be mkdocs-material.",
        )
    return output.replace(_ARTICLE, _ARTICLE[:-1] + " data-pagefind-body>", 1)


def search_page(link: Link, bundle: str, base_url: str, contracts: int) -> str:
    """The Markdown of the search page: Pagefind's interface, and a way on without JavaScript.

    ``bundle`` is the URL of the Pagefind folder relative to the page (``../pagefind/``),
    ``base_url`` the site's path on its server (``/``), which result links start with."""
    index = esc(link("contracts/index.md"))
    parts = [
        f'<link rel="stylesheet" href="{esc(bundle)}pagefind-ui.css">',
        f'<div id="tp-search" data-bundle="{esc(bundle)}" data-base-url="{esc(base_url)}"></div>',
        "<noscript><p>Search needs JavaScript. Without it, every contract is listed in the"
        f' <a href="{index}">contracts register</a>, which can be read page by page.</p>'
        "</noscript>",
        f'<script src="{esc(bundle)}pagefind-ui.js"></script>',
        f'<script src="{esc(link(SCRIPT))}"></script>',
    ]
    return "\n".join(
        [
            "# Search the contracts",
            "",
            f"<p>Search every word of the {contracts} published"
            f" contract{'s' if contracts != 1 else ''}, and narrow the results by buyer,"
            " supplier, year of award, category of service or the exemption used to withhold"
            " information. Withheld passages are not in the search index: where a result"
            " quotes one, it shows the redaction's reason, as the contract page does.</p>",
            "",
            f'<div class="tp-search-page">{"".join(parts)}</div>',
            "",
        ]
    )


def _executable() -> Path:
    try:
        import pagefind_bin
    except ImportError:
        raise WorkspaceError(
            "Pagefind is not installed; the site's search index cannot be made",
            hint="Install the package with its dependencies: pip install 'pagefind[bin]'.",
        ) from None
    try:
        return pagefind_bin.get_executable()
    except FileNotFoundError:
        raise WorkspaceError(
            "the Pagefind binary is missing from the pagefind-bin package",
            hint="Reinstall it: pip install --force-reinstall 'pagefind[bin]'.",
        ) from None


def _run(site_dir: Path) -> None:
    command = [
        str(_executable()),
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE,
        "--force-language",
        "en",
        "--silent",
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise WorkspaceError(
            f"Pagefind could not index the site ({error})", path=site_dir
        ) from None
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise WorkspaceError(
            f"Pagefind could not index the site: {lines[-1] if lines else result.returncode}",
            path=site_dir,
        )


def program_files(site_dir: Path) -> list[Path]:
    """The files of ``site_dir/pagefind`` that are Pagefind's own program, the same for any
    site (its scripts, styles and WebAssembly): those byte for byte identical to the ones it
    writes for a site of one page with no contract text. The leak check need not read them
    (their minified code matches short figures by chance); every other file it reads."""
    with tempfile.TemporaryDirectory(prefix="transparency-pagefind-") as tmp:
        empty = Path(tmp)
        (empty / "index.html").write_text(
            '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Search</h1>'
            "</main></body></html>",
            encoding="utf-8",
        )
        _run(empty)
        reference = {
            path.relative_to(empty / BUNDLE): path.read_bytes()
            for path in (empty / BUNDLE).rglob("*")
            if path.is_file()
        }
    bundle = site_dir / BUNDLE
    return [
        bundle / name
        for name, data in sorted(reference.items())
        if (bundle / name).is_file() and (bundle / name).read_bytes() == data
    ]


def _pack(value: object) -> bytes:
    """A Pagefind data file: its header and CBOR, gzip-compressed with no time stamp."""
    import cbor2

    return gzip.compress(_HEADER + cbor2.dumps(value), compresslevel=9, mtime=0)


def _unpack(path: Path) -> object:
    import cbor2

    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_HEADER):
        raise ValueError("no pagefind_dcd header")
    return cbor2.loads(data[len(_HEADER) :])


def _canonical_filters(bundle: Path) -> None:
    """Pagefind writes each filter's values in a random order (and names the files after it):
    sort them, and the filters in the index's metadata, so that the same site gives the same
    files. The files are renamed by their new content and the metadata and entry point follow.
    """
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _unpack(meta_path)
        filters = meta[3]
        prefix = language["hash"].split("_", 1)[0]
        renamed = []
        for name, chunk in filters:
            path = bundle / "filter" / f"{chunk}.pf_filter"
            label, values = _unpack(path)
            data = _pack([label, sorted(values, key=lambda v: v[0])])
            new = f"{prefix}_{hashlib.sha256(data).hexdigest()[:7]}"
            path.unlink()
            atomic_write_bytes(bundle / "filter" / f"{new}.pf_filter", data)
            renamed.append([name, new])
        meta[3] = sorted(renamed)
        data = _pack(meta)
        new_hash = f"{prefix}_{hashlib.sha256(data).hexdigest()[:10]}"
        meta_path.unlink()
        atomic_write_bytes(bundle / f"pagefind.{new_hash}.pf_meta", data)
        language["hash"] = new_hash
    atomic_write_bytes(entry_path, json.dumps(entry, separators=(",", ":")).encode())


def build_index(site_dir: Path) -> dt.timedelta:
    """Index the built site's contract pages into ``site_dir/pagefind``; how long it took.

    Any failure of Pagefind fails the build (the caller deletes the site)."""
    started = dt.datetime.now()
    _run(site_dir)
    try:
        _canonical_filters(site_dir / BUNDLE)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise WorkspaceError(
            f"Pagefind's index is not as expected ({type(error).__name__})",
            path=site_dir / BUNDLE,
            hint=f"This version of the tool is tested with Pagefind {PAGEFIND_VERSION}.",
        ) from None
    return dt.datetime.now() - started
