"""The ``transparency`` command: a thin layer over the library. Only this module prints."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path

import click

from transparency import __version__
from transparency.commands._options import ErrorReportingGroup, Options, workspace_option
from transparency.contracts import SUPPORTED_SUFFIXES
from transparency.workspace import Workspace

__all__ = ["cli", "main"]


@click.group(cls=ErrorReportingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="transparency")
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="Log what each stage is doing (-v); with -vv also debugging detail and the"
    " traceback of an unexpected error.",
)
@click.option(
    "--show-text",
    is_flag=True,
    help="Quote the withheld or flagged text in error messages, for an officer at a terminal"
    " (never in a log or a pipe: messages otherwise name the contract, document, page and"
    " redaction only).",
)
@click.pass_context
def cli(ctx: click.Context, verbose: int, show_text: bool) -> None:
    """Publish public contracts with every redaction justified.

    \b
    The workflow, at the workspace root:
      transparency scan            flag candidate passages in every contract
      transparency review ID       decide each flagged passage (officer)
      transparency redact ID ...   redact a passage the scan missed
      transparency approve ID      approve the decisions (a second person)
      transparency status          see what is decided, approved and left to do
      transparency due             redactions whose review date is near or past
      transparency verify          check the decision history
      transparency check           validate everything the build checks
      transparency build           publish the site, leak-checked, into site/
    """
    ctx.obj = Options(verbosity=verbose, show_text=show_text)
    levels = {0: logging.WARNING, 1: logging.INFO}
    logging.basicConfig(
        level=levels.get(verbose, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s"
    )


def _is_file_target(target: str) -> bool:
    return Path(target).suffix.lower() in SUPPORTED_SUFFIXES or Path(target).is_file()


@cli.command()
@click.argument("targets", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON on stdout.")
@click.option(
    "--meta",
    "meta_path",
    type=click.Path(path_type=Path),
    default=None,
    help="With document files: the contract.yaml whose parties, reference, total value and"
    " public names are public by rule, as in a workspace.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for a workspace of several contracts (default: one per core).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Scan on the workers of this Dask distributed scheduler, e.g. tcp://HOST:8786; the"
    " workers must see the workspace at the same path.",
)
@workspace_option
def scan(
    targets: tuple[str, ...],
    as_json: bool,
    meta_path: Path | None,
    jobs: int | None,
    scheduler: str | None,
    workspace_root: Path,
) -> None:
    """Flag candidate passages for redaction.

    TARGETS are contract ids (default: every contract in the workspace), whose proposals are
    written to redaction/<id>.yaml, or paths of PDF/DOCX files, which are scanned on their own
    (no workspace needed) and printed.
    """
    from transparency.contracts import read_document
    from transparency.decisions import load_catalogue
    from transparency.redaction import scan_workspace
    from transparency.redaction.config import load_rules
    from transparency.redaction.scan import Scanner

    files = [t for t in targets if _is_file_target(t)]
    ids = [t for t in targets if not _is_file_target(t)]
    if files and ids:
        raise click.UsageError("give either contract ids or document files, not both")
    if meta_path is not None and not files:
        raise click.UsageError("--meta goes with document files, not with a workspace's contracts")
    if files:
        allowed, environmental = None, False
        if meta_path is not None:
            from transparency.contracts.metadata import load_contract_meta
            from transparency.redaction import allowed_by

            meta = load_contract_meta(meta_path)
            allowed, environmental = allowed_by(meta), bool(meta.environmental)
        documents = [read_document(Path(f), name=f) for f in files]
        scanner = Scanner(load_rules(), load_catalogue())
        candidates = [
            c
            for d in documents
            for c in scanner.scan(d, allowed=allowed, environmental=environmental)
        ]
        if as_json:
            click.echo(json.dumps([c.__dict__ for c in candidates], indent=2, ensure_ascii=False))
        else:
            for c in candidates:
                where = f"{c.document}" + (f" p.{c.page}" if c.page else "")
                click.echo(f"{where}\t{c.category}\t{c.exemption}\t{c.score:.2f}\t{c.text}")
            click.echo(f"{len(candidates)} candidates in {len(documents)} document(s)", err=True)
        return
    workspace = Workspace.open(workspace_root)
    ids = ids or workspace.contract_ids()
    for contract_id in ids:  # every contract.yaml is validated before any work starts
        workspace.contract(contract_id)
    with click.progressbar(length=len(ids), label="Scanning", file=sys.stderr) as bar:
        results = scan_workspace(
            workspace, ids, progress=lambda _id: bar.update(1), jobs=jobs, scheduler=scheduler
        )
    if as_json:
        out = [c.__dict__ for r in results for c in r.candidates]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    for result in results:
        click.echo(
            f"{result.contract}: {len(result.candidates)} candidates"
            f" -> {workspace.scan_path(result.contract)}"
        )


@cli.command()
@click.argument("contracts", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@workspace_option
def status(contracts: tuple[str, ...], as_json: bool, workspace_root: Path) -> None:
    """Show, per contract, what is scanned, decided and still to do."""
    from transparency.decisions.status import COLUMNS, workspace_status

    rows = workspace_status(Workspace.open(workspace_root), list(contracts), dt.date.today())
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], indent=2))
        return
    header = tuple(title for _, title in COLUMNS)
    table = [header] + [r.row() for r in rows]
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _pool_options(command):
    """``--jobs`` and ``--scheduler``: where the redacted originals are made and proven."""
    command = click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="Make the redacted originals on the workers of this Dask scheduler"
        " (tcp://HOST:8786); the workers must see the workspace at the same path.",
    )(command)
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for the redacted originals (default: one per core).",
    )(command)


def _made(report) -> str:
    """What the build did with the documents, in a sentence."""
    fresh = len(report.redacted)
    return f"{fresh} document(s) redacted and proven, {report.reused} unchanged from the cache."


@cli.command()
@click.option(
    "--gate-only",
    is_flag=True,
    help="Check the contracts and decisions only, without the trial build: faster, but then"
    " 'ready' does not promise that the build will publish.",
)
@_pool_options
@workspace_option
def check(gate_only: bool, jobs: int | None, scheduler: str | None, workspace_root: Path) -> None:
    """List every problem that would stop a build: everything the build runs except writing.

    The gate (every contract and decision), then a trial build: the redacted originals and
    their proof, the strict mkdocs build and the leak check, into a folder that is deleted.
    "Ready" means `transparency build` will publish.
    """
    from transparency.decisions import publication_gate
    from transparency.site import build_site

    workspace = Workspace.open(workspace_root)
    if gate_only:
        releases = publication_gate(workspace)
        count = sum(len(r.redactions) for r in releases)
        click.echo(
            f"All {len(releases)} contracts are ready to publish ({count} redactions);"
            " the trial build was not run."
        )
        return
    report = build_site(workspace, dry_run=True, jobs=jobs, scheduler=scheduler)
    click.echo(
        f"All {report.contracts} contracts are ready to publish ({report.redactions}"
        " redactions): the trial build, its redacted originals and the leak check passed."
        f" {_made(report)}"
    )


@cli.command()
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the site (default: site/ in the workspace).",
)
@_pool_options
@workspace_option
def build(
    site_dir: Path | None, jobs: int | None, scheduler: str | None, workspace_root: Path
) -> None:
    """Build the public site: gate, apply redactions, mkdocs --strict, leak check."""
    from transparency.site import build_site

    report = build_site(
        Workspace.open(workspace_root), site_dir=site_dir, jobs=jobs, scheduler=scheduler
    )
    click.echo(
        f"Published {report.contracts} contracts with {report.redactions} redactions"
        f" ({report.pages} pages) to {report.site_dir}. Leak check passed. {_made(report)}"
    )


def _register() -> None:
    from transparency.commands.approve import approve
    from transparency.commands.desk import desk
    from transparency.commands.due import due
    from transparency.commands.redact import redact
    from transparency.commands.review import review
    from transparency.commands.verify import verify

    for command in (desk, review, redact, approve, due, verify):
        cli.add_command(command)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="transparency")


if __name__ == "__main__":
    main()
