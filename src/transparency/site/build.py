"""``transparency build``: mkdocs' strict build of the workspace, published only if it passes.

The site is built into a fresh folder beside ``site/``; only when the gate, the strict build and
the leak check have all passed does it replace ``site/``. A failed build leaves the previous
site untouched and no partial output.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException, PluginError

from transparency.errors import ConfigError
from transparency.workspace import Workspace

__all__ = ["BuildReport", "build_site"]

logger = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a successful build published."""

    site_dir: Path
    contracts: int
    redactions: int
    pages: int


def build_site(
    workspace: Workspace, *, site_dir: Path | None = None, today: dt.date | None = None
) -> BuildReport:
    """Build the public site of ``workspace`` into ``site_dir`` (default ``<root>/site``)."""
    config_file = workspace.root / "mkdocs.yml"
    if not config_file.is_file():
        raise ConfigError(
            "no mkdocs.yml",
            path=config_file,
            hint="Create one that enables the 'transparency' plugin (see the README).",
        )
    target = Path(site_dir or workspace.root / "site").absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        plugin = _run_mkdocs(config_file, staging, today)
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    releases = plugin.releases
    return BuildReport(
        site_dir=target,
        contracts=len(releases),
        redactions=sum(len(r.redactions) for r in releases),
        pages=sum(1 for _ in target.rglob("*.html")),
    )


def _run_mkdocs(config_file: Path, site_dir: Path, today: dt.date | None):
    try:
        config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True)
    except ConfigurationError as exc:
        raise ConfigError(str(exc).strip().replace("\n", " "), path=config_file) from None
    plugin = config.plugins.get("transparency")
    if plugin is None:
        raise ConfigError(
            "the 'transparency' plugin is not enabled",
            path=config_file,
            hint="Add '- transparency' under 'plugins:'.",
        )
    if today is not None:
        plugin.config.today = today.isoformat()
    build_log = logging.getLogger("mkdocs.commands.build")
    # mkdocs logs a plugin's error before aborting; ours is reported by the caller instead.
    quiet = _DropPluginErrors(plugin)
    build_log.addFilter(quiet)
    try:
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (PluginError, Abort) as exc:
        if plugin.error is not None:
            raise plugin.error from None
        if isinstance(exc, PluginError):
            raise ConfigError(str(exc), path=config_file) from None
        raise ConfigError(
            f"mkdocs stopped the strict build: {exc}",
            path=config_file,
            hint="Fix the warnings printed above.",
        ) from None
    except MkDocsException as exc:
        raise ConfigError(f"mkdocs failed: {exc}", path=config_file) from None
    finally:
        build_log.removeFilter(quiet)
    return plugin


class _DropPluginErrors(logging.Filter):
    def __init__(self, plugin) -> None:
        super().__init__()
        self.plugin = plugin

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno >= logging.ERROR and self.plugin.error is not None)
