"""The mkdocs plugin that turns a workspace into the public site.

Registered as ``transparency`` (entry point ``mkdocs.plugins``), so ``mkdocs build`` and
``mkdocs serve`` work at the workspace root. It:

* runs the publication gate in ``on_config`` (nothing undecided, invalid or overdue), and makes
  the theme offline (no Google Fonts);
* adds the generated pages (contracts index, one page per contract, exemptions) and the
  stylesheet as virtual files in ``on_files``, and writes their Markdown in ``on_page_markdown``;
* expands ``<!-- transparency:summary -->`` in the publisher's own pages;
* runs the leak check in ``on_post_build``: on a hit the built site is deleted and the build
  fails naming the file and the redaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from importlib import resources
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from transparency.decisions import ContractRelease, load_catalogue, publication_gate
from transparency.errors import TransparencyError
from transparency.site import pages
from transparency.site.contract_page import contract_page
from transparency.site.kpis import compute_kpis, kpi_page
from transparency.site.leaks import Secret, check_for_leaks
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
    "exemptions.md": "exemptions",
}


class TransparencyPluginConfig(Config):
    """Options under ``plugins: - transparency:`` in mkdocs.yml."""

    workspace = c.Optional(c.Dir(exists=True))
    """The workspace root; by default the folder that holds mkdocs.yml."""
    challenge_url = c.Type(str, default="")
    """A page or address explaining how to ask for an internal review."""
    today = c.Optional(c.Type(str))
    """The date review deadlines are checked against (ISO date); by default today."""
    publication_deadline_days = c.Type(int, default=90)
    """Days from award within which a copy of the contract should be published."""
    review_window_days = c.Type(int, default=90)
    """How far ahead the performance page counts redactions as due for review."""


class TransparencyPlugin(BasePlugin[TransparencyPluginConfig]):
    """Generate the contract pages, gate the publication and check the output for leaks."""

    def __init__(self) -> None:
        self.error: TransparencyError | None = None
        self.releases: list[ContractRelease] = []
        self._generated: dict[str, str] = {}
        self._theme_files: list[Path] = []

    def _fail(self, error: TransparencyError) -> PluginError:
        self.error = error
        return PluginError("\n".join(error.lines()))

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(self.config.workspace or Path(config.config_file_path).parent)
        self.today = (
            dt.date.fromisoformat(self.config.today) if self.config.today else dt.date.today()
        )
        self.error = None
        try:
            self.workspace = Workspace.open(root)
            self.releases = publication_gate(self.workspace, self.today)
            self.catalogue = load_catalogue(self.workspace.root)
        except TransparencyError as error:
            raise self._fail(error) from None
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
        for src in self._generated:
            if files.get_file_from_path(src) is None:
                # Contract pages stay out of the global navigation, so that every page does
                # not carry every contract (the site grows linearly with the contracts).
                inclusion = (
                    InclusionLevel.NOT_IN_NAV
                    if src not in SITE_PAGES
                    else InclusionLevel.UNDEFINED
                )
                files.append(File.generated(config, src, content=f"# {src}\n", inclusion=inclusion))
            else:
                raise PluginError(
                    f"{src}: this page is generated by the transparency plugin; rename the"
                    " publisher's page of that name."
                )
        assets = resources.files("transparency.site").joinpath("assets")
        for asset in (STYLESHEET, SCRIPT):
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
                markdown = markdown.replace(SUMMARY_SHORTCODE, pages.home_summary(self.releases))
            return markdown

        def link(target: str) -> str:
            file = files.get_file_from_path(target)
            return get_relative_url(file.url, page.file.url) if file else target

        key = self._generated[src]
        if src in SITE_PAGES and key != "exemptions":
            # Wide tables and charts need the width of the table-of-contents column.
            page.meta.setdefault("hide", ["toc"])
        if key == "index":
            return pages.contracts_index(self.releases, link, self.today)
        if key == "register":
            return pages.register_page(self.releases, link)
        if key == "kpis":
            figures = compute_kpis(
                self.releases,
                self.today,
                deadline_days=self.config.publication_deadline_days,
                review_window_days=self.config.review_window_days,
            )
            return kpi_page(figures, self.today)
        if key == "exemptions":
            used = {r.exemption.code for rel in self.releases for r in rel.redactions}
            return pages.exemptions_page(self.catalogue, used)
        release = next(r for r in self.releases if r.contract.id == key)
        return contract_page(release, link, challenge_url=self.config.challenge_url)

    def on_post_build(self, config: MkDocsConfig) -> None:
        secrets = [
            Secret(r.text, f"{release.contract.id}: redaction {r.number}, {r.exemption.code}")
            for release in self.releases
            for r in release.redactions
        ]
        try:
            check_for_leaks(Path(config.site_dir), secrets, skip=self._theme_files)
        except TransparencyError as error:
            shutil.rmtree(config.site_dir, ignore_errors=True)
            raise self._fail(error) from None
        logger.info("Leak check passed: %d redacted strings absent from the site.", len(secrets))
