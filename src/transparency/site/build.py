"""``transparency build``: mkdocs' strict build of the workspace, published only if it passes.

The target is ``--site-dir``, else ``site_dir`` from mkdocs.yml; it is checked first
(:func:`.target.check_site_target`: never the workspace, its records or a folder an earlier
build did not make). The site is built into a fresh folder beside the target; only when the
gate, the strict build and the leak check have all passed, and every file of the staging folder
is still the one the leak check read, does it replace the target. A failed build leaves the
previous site untouched and no partial output.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException, PluginError

from transparency.errors import ConfigError, LeakDetected
from transparency.site.target import MARKER, check_site_target
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
    #: The documents (site paths) this build redacted and proved afresh, and how many came
    #: from the cache unchanged.
    redacted: list[str] = field(default_factory=list)
    reused: int = 0


def build_site(
    workspace: Workspace,
    *,
    site_dir: Path | None = None,
    today: dt.date | None = None,
    dry_run: bool = False,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> BuildReport:
    """Build the public site of ``workspace`` into ``site_dir`` (default: mkdocs.yml's
    ``site_dir``). With ``dry_run`` everything runs (the gate, the redacted originals and
    their proof, the strict build, the leak check) but the target is left as it is.

    The redacted originals are made in ``jobs`` worker processes (default: one per core), or
    on the Dask cluster of ``scheduler`` (``tcp://HOST:8786``)."""
    config_file = workspace.root / "mkdocs.yml"
    if not config_file.is_file():
        raise ConfigError(
            "no mkdocs.yml",
            path=config_file,
            hint="Create one that enables the 'transparency' plugin (see the README).",
        )
    if scheduler:
        from transparency.distributed import check_address

        check_address(scheduler)
    config = _load(config_file)
    target = Path(site_dir or config.site_dir).absolute()
    check_site_target(target, workspace.root, Path(config.docs_dir))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        config["site_dir"] = str(staging)
        previous = target if (target / MARKER).is_file() else None  # its files may be linked
        plugin = _run_mkdocs(config, config_file, today, jobs, scheduler, previous)
        if unchecked := plugin.unchecked_files():
            raise LeakDetected(
                unchecked,
                summary=f"{len(unchecked)} file(s) of the built site were not leak-checked",
                hint="Nothing was published. Remove the plugin or hook that writes into the"
                " site after the transparency plugin.",
            )
        pages = sum(1 for _ in staging.rglob("*.html"))
        report = BuildReport(
            target,
            len(plugin.releases),
            _count(plugin),
            pages,
            list(plugin.burn_in_log.redacted),
            len(plugin.burn_in_log.cached),
        )
        if dry_run:
            return report
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
    return report


def _count(plugin) -> int:
    return sum(len(r.redactions) for r in plugin.releases)


def _load(config_file: Path):
    """mkdocs.yml loaded and validated; its errors (which mkdocs logs, then aborts) as one
    :class:`ConfigError` naming the file."""
    errors = _Collect()
    config_log = logging.getLogger("mkdocs.config")
    config_log.addFilter(errors)
    try:
        return load_config(config_file=str(config_file), strict=True)
    except (ConfigurationError, Abort) as exc:
        messages = errors.messages or [str(exc).strip()]
        raise ConfigError(" ".join("; ".join(messages).split()), path=config_file) from None
    finally:
        config_log.removeFilter(errors)


class _Collect(logging.Filter):
    """Keeps mkdocs' configuration errors for the one-line report instead of logging them."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            self.messages.append(record.getMessage())
            return False
        return True


def _run_mkdocs(
    config,
    config_file: Path,
    today: dt.date | None,
    jobs: int | None,
    scheduler: str | None,
    previous: Path | None = None,
):
    plugin = config.plugins.get("transparency")
    if plugin is None:
        raise ConfigError(
            "the 'transparency' plugin is not enabled",
            path=config_file,
            hint="Add '- transparency' under 'plugins:'.",
        )
    if today is not None:
        plugin.config.today = today.isoformat()
    plugin.jobs, plugin.scheduler, plugin.previous_site = jobs, scheduler, previous
    plugin.checked_by_caller = True  # build_site checks the site once mkdocs has finished
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
