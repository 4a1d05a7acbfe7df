"""The mkdocs plugin that turns a workspace into the public site.

Registered as ``transparency`` (entry point ``mkdocs.plugins``), so ``mkdocs build`` and
``mkdocs serve`` work at the workspace root. It:

* runs the publication gate in ``on_config`` (nothing undecided, invalid or overdue), and makes
  the theme offline (no Google Fonts);
* adds the generated pages (contracts index, one page per contract, exemptions) and the
  stylesheet as virtual files in ``on_files``, and writes their Markdown in ``on_page_markdown``;
* expands ``<!-- transparency:summary -->`` in the publisher's own pages;
* refuses, in ``on_config`` and before mkdocs cleans anything, a ``site_dir`` that would
  replace the workspace, its records or a folder an earlier build did not make
  (:mod:`.target`);
* runs the leak check in ``on_post_build``, after every other plugin's and hook's
  ``on_post_build`` (priority -100), and records what it checked; on a hit the built site is
  deleted and the build fails naming the file and the redaction;
* on any failure of the build (``on_build_error``) deletes what the build wrote, and at the end
  of ``mkdocs build`` (``on_shutdown``) fails the build if any file was added or changed after
  the check.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import shutil
import zlib
from collections import Counter
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from secrets import token_hex
from urllib.parse import urlsplit

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from transparency.decisions import ContractRelease, load_catalogue, publication_gate
from transparency.errors import LeakDetected, TransparencyError, WorkspaceError
from transparency.site import opendata, pages, paging, search
from transparency.site.burn_in import BurnInLog, Job, burn_in_all
from transparency.site.contract_page import Download, contract_page
from transparency.site.kpis import compute_kpis, kpi_page
from transparency.site.leaks import Places, Secret, check_for_leaks, normalise, occurring
from transparency.site.originals import Withheld
from transparency.site.originals.proof import set_readings_cache
from transparency.site.performance import contract_section, load_all, register_figures
from transparency.site.performance import register_section as performance_section
from transparency.site.signing import DEFAULT_PASSPHRASE_ENV, Signer, load_signer
from transparency.site.target import Manifest, SiteWriter, check_site_target, mark_site
from transparency.site.verification import (
    RedactionEntry,
    record_html,
    record_json,
    verification_record,
)
from transparency.site.verification import section as verification_section
from transparency.workspace import Workspace

__all__ = ["TransparencyPlugin", "TransparencyPluginConfig"]

logger = logging.getLogger(f"mkdocs.plugins.{__name__}")

SUMMARY_SHORTCODE = "<!-- transparency:summary -->"
STYLESHEET = "assets/transparency.css"
SCRIPT = "assets/tables.js"
#: The site-wide generated pages (source path -> key); contract pages are added per contract.
SITE_PAGES = {
    "contracts/index.md": "index",
    "redactions.md": "register",
    "kpis.md": "kpis",
    "open-data.md": "open-data",
    "exemptions.md": "exemptions",
    "search.md": "search",
}
OPEN_DATA = {
    "open-data/contracts.json": "OCDS 1.1 release package of every contract",
    "open-data/contracts.csv": "Contracts register (Local Government Transparency Code fields)",
    "open-data/redactions.csv": "Redactions register: every redaction and its reason",
}


class _IsoDate(c.Type):
    """An ISO date (``2025-04-01``), checked when mkdocs.yml is loaded."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        value = super().run_validation(str(value) if isinstance(value, dt.date) else value)
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise c.ValidationError(f"'{value}' is not a date; write it as 2025-04-01") from None
        return value


class TransparencyPluginConfig(Config):
    """Options under ``plugins: - transparency:`` in mkdocs.yml."""

    workspace = c.Optional(c.Dir(exists=True))
    """The workspace root; by default the folder that holds mkdocs.yml."""
    challenge_url = c.Type(str, default="")
    """A page or address explaining how to ask for an internal review."""
    today = c.Optional(_IsoDate())
    """The date review deadlines are checked against (ISO date); by default today."""
    publication_deadline_days = c.Type(int, default=90)
    """Days from award within which a copy of the contract should be published."""
    review_window_days = c.Type(int, default=90)
    """How far ahead the performance page counts redactions as due for review."""
    publisher = c.Type(str, default="")
    """The publisher's name in the open data; by default the contracts' buyer."""
    ocid_prefix = c.Type(str, default=opendata.DEFAULT_OCID_PREFIX)
    """The publisher's registered OCDS prefix (``ocds-xxxxxx-``)."""
    license_url = c.Type(str, default="")
    feedback_url = c.Type(str, default="")
    """A form or address for "Tell us about this service" on every contract page."""
    feedback_note = c.Type(str, default="")
    """What happens to feedback, in the publisher's words (a default sentence otherwise)."""
    performance_report_days = c.Type(int, default=365)
    """Days after a contract's last reported period (or its start) before its next performance
    report counts as overdue (PA23 s.71: at least once every 12 months)."""
    signing_certificate = c.Type(str, default="")
    """A PKCS#12 file (outside the repository) to sign every redacted PDF with (PAdES)."""
    signing_passphrase_env = c.Type(str, default=DEFAULT_PASSPHRASE_ENV)
    """The environment variable that holds the signing certificate's passphrase."""
    """The licence of the open data, e.g. the Open Government Licence's address."""


def _where(release: ContractRelease, redaction) -> str:
    """How messages name a redaction: ``home-care: redaction 3, FOIA s.43(2), contract.docx``
    (and its page in a PDF); never its text."""
    page = release.contract.document(redaction.document).page_at(redaction.start)
    return (
        f"{release.contract.id}: redaction {redaction.number}, {redaction.exemption.code},"
        f" {redaction.document}" + (f" page {page}" if page else "")
    )


class TransparencyPlugin(BasePlugin[TransparencyPluginConfig]):
    """Generate the contract pages, gate the publication and check the output for leaks."""

    def __init__(self) -> None:
        self.error: TransparencyError | None = None
        self.releases: list[ContractRelease] = []
        self._generated: dict[str, str] = {}
        self._theme_files: list[Path] = []
        #: Site paths of the files generated from metadata and counts only (see leaks.py).
        self._aggregates: set[str] = set()
        self._pages_of: dict[str, str] = {}  # contract id -> its page's path in the site
        self._clean: dict[str, Path] = {}  # a document's site path -> its clean copy
        self._command = ""
        #: The site folder once it is known to be safe to replace (after the target check).
        self._site_dir: Path | None = None
        #: Every file of the site as the leak check read it.
        self.manifest: Manifest | None = None
        #: Where the redacted originals are made: worker processes, or a Dask scheduler.
        self.jobs: int | None = None
        self.scheduler: str | None = None
        #: Which documents this build redacted afresh and which came from the cache.
        self.burn_in_log = BurnInLog()
        #: The verification record of each redacted original, by its JSON file's site path.
        self._records: dict[str, dict] = {}
        self.performance: dict = {}
        self.signer: Signer | None = None
        #: The site this build replaces, whose unchanged files are linked, not written again
        #: (set by ``transparency build``; see :class:`SiteWriter`).
        self.previous_site: Path | None = None
        #: Whether the caller checks :meth:`unchecked_files` after the build (``transparency
        #: build`` does, once, after every plugin has run): then ``on_shutdown`` does not.
        self.checked_by_caller = False
        self._writer: SiteWriter | None = None
        self._quiet = _LinkedPages()
        #: Each generated page's HTML from its rendering to its writing, compressed: mkdocs
        #: renders every page before it writes the first, and the register's pages would
        #: otherwise be held whole in memory (see :meth:`on_page_content`).
        self._held: dict[str, bytes] = {}
        #: The finished HTML blocks of the contract page being rendered, by the token that
        #: stands for each in its Markdown (see :meth:`_contract_markdown`).
        self._raw: dict[str, str] = {}
        self._nonce = token_hex(8)

    def _fail(self, error: TransparencyError) -> PluginError:
        self.error = error
        return PluginError("\n".join(error.lines()))

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._command = command
        logging.getLogger("mkdocs.commands.build").addFilter(self._quiet)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(self.config.workspace or Path(config.config_file_path).parent)
        self.today = (
            dt.date.fromisoformat(self.config.today) if self.config.today else dt.date.today()
        )
        self.error = None
        self.manifest = None
        self._site_dir = None
        self._held = {}
        self._writer = None
        try:
            # Before anything is cleaned or written: mkdocs empties site_dir after on_config.
            check_site_target(Path(config.site_dir), root, Path(config.docs_dir))
            self._site_dir = Path(config.site_dir)
            self.workspace = Workspace.open(root)
            self.releases = publication_gate(self.workspace, self.today)
            self._by_id = {r.contract.id: r for r in self.releases}
            self.catalogue = load_catalogue(self.workspace.root)
            self.performance = load_all(self.releases)
            self.signer: Signer | None = (
                load_signer(
                    self.config.signing_certificate,
                    passphrase_env=self.config.signing_passphrase_env,
                    workspace=root,
                    config_path=config.config_file_path,
                )
                if self.config.signing_certificate
                else None
            )
        except TransparencyError as error:
            raise self._fail(error) from None
        # The releases live until the end of the build: the collector need not walk them again
        # and again (at a few hundred contracts it spent a quarter of a build doing so).
        gc.freeze()
        # The site must make no third-party requests: no Google Fonts.
        config.theme["font"] = False
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if SCRIPT not in [str(x) for x in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self._generated = dict(SITE_PAGES)
        for release in self.releases:
            self._generated[f"contracts/{release.contract.id}.md"] = release.contract.id
        # The contracts index and the redactions register, in pages (paging.py): "index:2" ...
        self._redaction_rows = [(rel, r) for rel in self.releases for r in rel.redactions]
        for first, key, count in (
            (paging.CONTRACTS, "index", len(self.releases)),
            (paging.REGISTER, "register", len(self._redaction_rows)),
        ):
            for number in range(2, paging.page_count(count) + 1):
                self._generated[paging.source(first, number)] = f"{key}:{number}"
        for src in self._generated:
            if files.get_file_from_path(src) is None:
                # Contract pages stay out of the global navigation, so that every page does
                # not carry every contract (the site grows linearly with the contracts).
                inclusion = (
                    InclusionLevel.NOT_IN_NAV if src not in SITE_PAGES else InclusionLevel.UNDEFINED
                )
                files.append(File.generated(config, src, content=f"# {src}\n", inclusion=inclusion))
            else:
                raise PluginError(
                    f"{src}: this page is generated by the transparency plugin; rename the"
                    " publisher's page of that name."
                )
        self._writer = SiteWriter(Path(config.site_dir), self.previous_site)
        try:
            # Written to files as they are made, not held: they grow with the register.
            for path, content in self._open_data(config):
                files.append(self._generated_file(config, path, content))
            for path, source in self._redacted_originals().items():
                files.append(File.generated(config, path, abs_src_path=str(source)))
            for path, record in self._records.items():  # beside each redacted original
                files.append(self._generated_file(config, path, record_json(record)))
        except TransparencyError as error:
            raise self._fail(error) from None
        self._pages_of = {
            self._generated[f.src_uri]: f.dest_uri
            for f in files
            if f.src_uri in self._generated and f.src_uri not in SITE_PAGES
        }
        self._aggregates = {
            f.dest_uri
            for f in files
            if (f.src_uri in SITE_PAGES and f.src_uri != "exemptions.md")
            or ":" in self._generated.get(f.src_uri, "")  # a later page of the index, register
            or f.src_uri in OPEN_DATA
            or f.src_uri in self._records  # counts and hashes (verification.py)
        }
        assets = resources.files("transparency.site").joinpath("assets")
        for asset in (STYLESHEET, SCRIPT, search.SCRIPT):
            content = assets.joinpath(Path(asset).name).read_bytes()
            files.append(File.generated(config, asset, content=content))
        theme_dirs = [Path(d).resolve() for d in config.theme.dirs]
        self._theme_files = [
            Path(config.site_dir) / f.dest_uri
            for f in files
            if f.abs_src_path
            and any(Path(f.abs_src_path).resolve().is_relative_to(d) for d in theme_dirs)
        ]
        return files

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        src = page.file.src_uri
        if src not in self._generated:
            if SUMMARY_SHORTCODE in markdown:
                markdown = markdown.replace(
                    SUMMARY_SHORTCODE, pages.home_summary(self.releases, self.today)
                )
            return markdown

        def link(target: str) -> str:
            file = files.get_file_from_path(target)
            return get_relative_url(file.url, page.file.url) if file else target

        key, _, number = self._generated[src].partition(":")
        if (src in SITE_PAGES or number) and key != "exemptions":
            # Wide tables and charts need the width of the table-of-contents column.
            page.meta.setdefault("hide", ["toc"])
        if number or key in self._by_id:
            # The theme's search index, which every page loads whole, keeps the site's pages
            # and the first page of each list; the contracts are searched with Pagefind.
            page.meta.setdefault("search", {"exclude": True})
        site_pages = {
            "index": lambda: pages.contracts_index(
                self.releases, link, self.today, page=int(number or 1), raw=self._hand_over
            ),
            "register": lambda: pages.register_page(
                self.releases,
                link,
                page=int(number or 1),
                every=self._redaction_rows,
                raw=self._hand_over,
            ),
            "kpis": lambda: (
                kpi_page(
                    compute_kpis(
                        self.releases,
                        self.today,
                        deadline_days=self.config.publication_deadline_days,
                        review_window_days=self.config.review_window_days,
                    ),
                    self.today,
                )
                + "\n"
                + self._performance_markdown(link)
            ),
            "exemptions": lambda: pages.exemptions_page(
                self.catalogue, {r.exemption.code for rel in self.releases for r in rel.redactions}
            ),
            "open-data": lambda: pages.open_data_page(
                [(link(p), label) for p, label in OPEN_DATA.items()]
            ),
            "search": lambda: search.search_page(
                link,
                get_relative_url(f"{search.BUNDLE}/", page.file.url),
                urlsplit(config.site_url or "/").path or "/",
                len(self.releases),
            ),
        }
        if key in site_pages:
            return site_pages[key]()
        return self._contract_markdown(key, page, link)

    def _contract_markdown(self, key: str, page: Page, link) -> str:
        release = self._by_id[key]
        downloads = [
            Download(
                get_relative_url(f"contracts/{key}/{ref.file}", page.file.url),
                f"{ref.title} (redacted original)",
                ref.file.rsplit(".", 1)[-1].upper(),
            )
            for ref in release.contract.meta.documents
        ] + [
            Download(
                get_relative_url(f"contracts/{key}/release.json", page.file.url),
                "This contract as open data",
                "OCDS 1.1 JSON",
            )
        ]
        return contract_page(
            release,
            link,
            challenge_url=self.config.challenge_url,
            downloads=downloads,
            today=self.today,
            performance=contract_section(release, self.performance.get(key)),
            verification=self._verification_html(key, page),
            feedback_url=self.config.feedback_url,
            feedback_note=self.config.feedback_note,
            raw=self._hand_over,
        ) + ("\n" + search.page_filters(release) + "\n")

    def _hand_over(self, block: str) -> str:
        """A token for a finished block of HTML, which :meth:`on_page_content` puts back in
        the page: Markdown's parse of a contract's every element was most of a page's cost, and
        the block, escaped already, needs none (the token is a paragraph of its own)."""
        token = f"tp-html-{self._nonce}-{len(self._raw)}"
        self._raw[token] = block
        return token

    def _performance_markdown(self, link) -> str:
        """The performance page's section on the contracts' results (performance.py)."""
        figures = register_figures(
            self.releases,
            self.performance,
            self.today,
            report_days=self.config.performance_report_days,
        )
        return performance_section(figures, link)

    def _verification_html(self, key: str, page: Page) -> str:
        """The contract page's section of verification records (verification.py)."""
        release = self._by_id[key]
        items = []
        for number, ref in enumerate(release.contract.meta.documents, start=1):
            path = f"contracts/{key}/{ref.file}.verification.json"
            if path in self._records:  # shown on this page only: let go once it is shown
                url = get_relative_url(path, page.file.url)
                record = self._records.pop(path)
                items.append(record_html(ref.title, record, url, f"verification-{number}"))
        return verification_section(items)

    def _is_contract_page(self, page: Page) -> bool:
        src = page.file.src_uri
        return src not in SITE_PAGES and self._generated.get(src) in self._by_id

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A generated page's HTML is kept compressed until the page is written
        (:meth:`on_page_context`), and its Markdown, used, is let go: so the build holds the
        register's pages (contracts and list pages) a few at a time, not whole."""
        if page.file.src_uri not in self._generated:
            return html
        raw, self._raw = self._raw, {}
        for token, block in raw.items():
            paragraph = f"<p>{token}</p>"
            if html.count(paragraph) != 1:  # never publish a page with a part missing
                raise self._fail(
                    TransparencyError(
                        "a block of the page was lost in rendering; nothing was published",
                        path=page.file.src_uri,
                        hint="Report this as a fault of the tool, with the site's"
                        " markdown_extensions.",
                    )
                )
            html = html.replace(paragraph, block)
        self._held[page.file.src_uri] = zlib.compress(html.encode(), 1)
        page.markdown = ""  # not None: mkdocs reads None as a page not yet read
        return ""

    @event_priority(100)  # before any other plugin (the theme's search) reads the page
    def on_page_context(self, context, page: Page, config: MkDocsConfig, nav):
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = zlib.decompress(held).decode()
        return context

    def _mark_for_search(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """A contract page's article is what the search index holds (:mod:`.search`)."""
        if not self._is_contract_page(page):
            return output
        try:
            return search.mark_body(output, page.file.dest_uri)
        except TransparencyError as error:
            raise self._fail(error) from None

    @event_priority(-100)
    def _let_go(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """After every plugin's ``on_post_page``: a written generated page's HTML is let go,
        and a page that the previous build's site holds as it is now is linked from there
        (:class:`SiteWriter`): mkdocs does not write a page whose output is empty."""
        if page.file.src_uri in self._generated:
            page.content = ""
        if self._writer is None or self._writer.previous is None or not output.strip():
            return output
        data = output.encode("utf-8", errors="xmlcharrefreplace")  # as mkdocs writes a page
        if not self._writer.link(page.file.dest_uri, data):
            return output
        self._quiet.pages.add(page.file.src_uri)
        return ""

    on_post_page = CombinedEvent(_mark_for_search, _let_go)

    def _redacted_originals(self) -> dict[str, Path]:
        """Each source document with its redactions burnt in and proven (site path -> file,
        written in the site, where mkdocs leaves it: it does not copy a file onto itself).

        Each decided span is removed at its places, and nothing else. Redacted originals are
        made on every core and kept in ``.cache/originals/`` by key (:mod:`.burn_in`), so a
        document whose source and decided spans are unchanged is not redacted again on the
        next build (the leak check still checks every file, from the readings kept with it).
        """
        jobs = []
        entries: dict[str, list[RedactionEntry]] = {}
        for release in self.releases:
            contract = release.contract
            for ref in contract.meta.documents:
                document = contract.document(ref.file)
                withheld = tuple(
                    Withheld(
                        r.text,
                        r.exemption.code,
                        document.page_at(r.start),
                        _where(release, r),
                        tuple(document.places_of(r.start, r.end)) if document.places else (),
                    )
                    for r in release.redactions_in(ref.file)
                    if r.within is None  # the span around it is removed whole
                )
                placeless = any(not w.places for w in withheld)
                entries[f"contracts/{contract.id}/{ref.file}"] = [
                    RedactionEntry(r.number, r.exemption.code, w.page, w.text, len(w.places))
                    for r, w in zip(
                        [r for r in release.redactions_in(ref.file) if r.within is None],
                        withheld,
                        strict=True,
                    )
                ]
                jobs.append(
                    Job(
                        f"contracts/{contract.id}/{ref.file}",
                        contract.folder / ref.file,
                        withheld,
                        document.sha256,
                        document if placeless else None,
                    )
                )
        made, self.burn_in_log = burn_in_all(
            jobs, self.workspace.cache_dir, workers=self.jobs, scheduler=self.scheduler
        )
        written = {}
        self._records = {}
        for name, (redacted, clean) in made.items():
            data = redacted.read_bytes()
            signature = None
            if self.signer is not None and name.lower().endswith(".pdf"):
                # After the proof: the signed file is what is hashed, published and checked.
                data = self.signer.sign(data, self.workspace.cache_dir)
                signature = self.signer.describe()
            written[name] = self._writer.write(name, data)
            self._clean[name] = clean
            with set_readings_cache(self.workspace.cache_dir / "readings"):
                self._records[f"{name}.verification.json"] = verification_record(
                    name,
                    data,
                    clean.read_bytes(),
                    entries[name],
                    today=self.today,
                    signature=signature,
                    cache=self.workspace.cache_dir / "verification",
                )
        return written

    def _generated_file(self, config: MkDocsConfig, path: str, content: str) -> File:
        """A generated file of the site, its content written straight into the site (held
        until mkdocs copies the static files, the open data of a large register would be held
        whole; mkdocs does not copy a file onto itself)."""
        target = self._writer.write(path, content.encode())  # as mkdocs writes its content
        return File.generated(config, path, abs_src_path=str(target))

    def _open_data(self, config: MkDocsConfig) -> Iterator[tuple[str, str]]:
        """The open data files (path in the site, content), one at a time."""
        buyers = sorted({r.contract.meta.buyer for r in self.releases})
        published = f"{self.today.isoformat()}T00:00:00Z"
        when = {"base_url": config.site_url or "", "published": published}
        publisher = self.config.publisher or (buyers[0] if len(buyers) == 1 else config.site_name)
        if not config.site_url:
            raise WorkspaceError(
                "'site_url' is not set; the open data needs the site's full address",
                path=config.config_file_path,
                hint="Add 'site_url: https://...' to mkdocs.yml.",
            )
        ocid = self.config.ocid_prefix
        texts = [
            [
                opendata.release_text(item)
                for item in opendata.contract_releases(release, **when, ocid_prefix=ocid)
            ]
            for release in self.releases
        ]
        yield (
            "open-data/contracts.json",
            opendata.package_text(
                (text for items in texts for text in items),
                **when,
                publisher=publisher,
                license_url=self.config.license_url or None,
            ),
        )
        yield "open-data/contracts.csv", opendata.contracts_csv(self.releases)
        yield "open-data/redactions.csv", opendata.redactions_csv(self.releases)
        for release, items in zip(self.releases, texts, strict=True):
            cid = release.contract.id
            uri = f"{config.site_url}contracts/{cid}/release.json"
            package = opendata.package_text(items, **when, publisher=publisher, uri=uri)
            yield f"contracts/{cid}/release.json", package

    @event_priority(-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        """The leak check, after every other plugin's and hook's ``on_post_build``."""
        mark_site(Path(config.site_dir))
        places, public = self._places()
        redactions = [(release, r) for release in self.releases for r in release.redactions]
        standing = occurring([r.text for _, r in redactions], public)
        secrets = [
            Secret(r.text, _where(release, r), standing=index in standing)
            for index, (release, r) in enumerate(redactions)
        ]
        try:
            # The search index is made from the built pages, and leak-checked with the rest.
            search.build_index(Path(config.site_dir))
            program = search.program_files(Path(config.site_dir))
            with set_readings_cache(self.workspace.cache_dir / "readings"):
                check_for_leaks(
                    Path(config.site_dir),
                    secrets,
                    skip=[*self._theme_files, *program],
                    aggregates=self._aggregates,
                    places=places,
                )
        except TransparencyError as error:
            self._remove_site()
            raise self._fail(error) from None
        self.manifest = Manifest.of(Path(config.site_dir))
        logger.info("Leak check passed: %d redacted strings absent from the site.", len(secrets))
        if self._writer is not None:
            logger.info(
                "%d file(s) written, %d unchanged since the last build (linked from it).",
                self._writer.written,
                self._writer.linked,
            )

    def _places(self) -> tuple[Places, Iterator[str]]:
        """Where the site shows contract text (for the leak check by place), and the public
        text of the whole site as the leak check reads it, one part at a time: every contract's
        released text (its text with the redacted spans cut out), metadata and the exemptions.
        A redacted text found in it stands elsewhere by decision, and is checked by place; the
        publisher's own pages are not part of it (a redacted text written there is a leak).
        Both are read from each contract's documents when they are needed, a contract at a
        time, so that the register's text is not held whole."""
        places = Places(proofs=self.workspace.cache_dir / "proofs")
        pages: dict[str, ContractRelease] = {}
        for release in self.releases:
            contract = release.contract
            for ref in contract.meta.documents:
                redactions = release.redactions_in(ref.file)
                spans = Counter(normalise(r.text) for r in redactions if r.within is None)
                name = f"contracts/{contract.id}/{ref.file}"
                places.originals[name] = self._clean[name]
                places.spans[name] = spans
            page = self._pages_of.get(contract.id)
            if page:
                pages[page] = release
        places.blocks = _ReleasedBlocks(pages)

        def public() -> Iterator[str]:
            yield normalise(json.dumps(self.catalogue_texts(), ensure_ascii=False))
            for release in self.releases:
                meta = release.contract.meta.model_dump(mode="json")
                yield normalise(json.dumps(meta, ensure_ascii=False))
                yield normalise("\n\n".join(text for _, text in _released_texts(release)))

        return places, public()

    def catalogue_texts(self) -> list[str]:
        """The exemptions' texts as the site shows them."""
        return [
            json.dumps(exemption.model_dump(mode="json"), ensure_ascii=False)
            for exemption in self.catalogue
        ]

    def on_build_error(self, error: Exception) -> None:
        """Any failure of the build removes what it wrote: no unchecked site is left."""
        self.manifest = None
        self._remove_site()

    def _remove_site(self) -> None:
        if self._site_dir is not None:
            shutil.rmtree(self._site_dir, ignore_errors=True)

    def unchecked_files(self) -> list:
        """Files of the site added, changed or removed after the leak check (problems)."""
        if self.manifest is None or self._site_dir is None:
            return []
        return self.manifest.changes(self._site_dir)

    def on_serve(self, server, config: MkDocsConfig, builder):
        """``mkdocs serve`` rebuilds when a contract, a scan or a decision changes too."""
        root = self.workspace.root
        for name in ("contracts", "redaction", "decisions", "transparency.yaml"):
            if (root / name).exists():
                server.watch(str(root / name))
        return server

    @event_priority(-100)
    def on_shutdown(self) -> None:
        """After ``mkdocs build``: fail if a file appeared or changed after the leak check."""
        try:
            self._check_unchanged()
        finally:
            gc.unfreeze()
            logging.getLogger("mkdocs.commands.build").removeFilter(self._quiet)
            self._quiet.pages.clear()

    def _check_unchanged(self) -> None:
        if self._command != "build" or self.error is not None or self.checked_by_caller:
            return
        if problems := self.unchecked_files():
            self._remove_site()
            raise self._fail(
                LeakDetected(
                    problems,
                    summary=f"{len(problems)} file(s) of the site were not leak-checked",
                    hint="The site was deleted. Remove the plugin or hook that writes into the"
                    " site after the transparency plugin.",
                )
            )


class _LinkedPages(logging.Filter):
    """Drops mkdocs' note that it skipped a page with no output, for the pages that the
    plugin linked from the previous site instead (:meth:`TransparencyPlugin._let_go`)."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.pages or not str(record.msg).startswith(_SKIPPED):
            return True
        return str(record.msg)[len(_SKIPPED) :].rsplit("'. ", 1)[0] not in self.pages


_SKIPPED = "Page skipped: '"  # mkdocs' note, before the page's source path


def _released_texts(release: ContractRelease) -> Iterator[tuple[str, str]]:
    """Each block of a contract's documents, in order: its anchor and its released text."""
    for ref in release.contract.meta.documents:
        redactions = release.redactions_in(ref.file)
        for block in release.contract.document(ref.file).blocks:
            yield block.anchor, _released(block, redactions)


def _released_blocks(release: ContractRelease) -> dict[str, list[str]]:
    """The released text of each block of a contract's documents, by the block's anchor."""
    blocks: dict[str, list[str]] = {}
    for anchor, text in _released_texts(release):
        blocks.setdefault(anchor, []).append(text)
    return blocks


class _ReleasedBlocks(Mapping):
    """Each contract page's released blocks (:class:`~transparency.site.leaks.Places`), made
    from its contract's documents when the page is checked."""

    def __init__(self, pages: dict[str, ContractRelease]) -> None:
        self._pages = pages

    def __getitem__(self, page: str) -> dict[str, list[str]]:
        return _released_blocks(self._pages[page])

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)


def _released(block, redactions) -> str:
    """A block's text with the redacted spans cut out (each cut a line break)."""
    parts, cursor = [], block.start
    for redaction in sorted(redactions, key=lambda r: r.start):
        if redaction.end <= cursor or redaction.start >= block.end:
            continue
        parts.append(block.text[cursor - block.start : max(cursor, redaction.start) - block.start])
        cursor = max(cursor, redaction.end)
    parts.append(block.text[cursor - block.start :] if cursor < block.end else "")
    return "\n".join(parts)
