"""``transparency desk``: the review desk, a local web application for officers.

It serves the workspace's contracts on this machine only (127.0.0.1) unless ``--allow-remote``
is given with a logins file and a TLS certificate, prints the address with a fresh token and
opens the browser on it. Decisions go through the same code as ``transparency review``.
"""

from __future__ import annotations

import ipaddress
import webbrowser
from pathlib import Path

import click

from transparency.commands._options import officer_option, resolve_officer, workspace_option
from transparency.errors import TransparencyError, WorkspaceError
from transparency.workspace import Workspace

__all__ = ["desk"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="The port (0: any free port).",
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Listen on a non-loopback --host. Needs --logins and --tls-cert/--tls-key.",
)
@click.option(
    "--logins",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --allow-remote: the file of officers' names and password hashes (docs/desk.md).",
)
@click.option(
    "--tls-cert", type=click.Path(dir_okay=False, exists=True), help="TLS certificate (PEM)."
)
@click.option(
    "--tls-key", type=click.Path(dir_okay=False, exists=True), help="TLS private key (PEM)."
)
@click.option(
    "--hash-password",
    is_flag=True,
    help="Ask for a password and print its hash for the logins file, then stop.",
)
@officer_option
@workspace_option
def desk(
    host: str,
    port: int,
    no_browser: bool,
    allow_remote: bool,
    logins: Path | None,
    tls_cert: str | None,
    tls_key: str | None,
    hash_password: bool,
    officer: str | None,
    workspace_root: Path,
) -> None:
    """Open the review desk: decide, approve and track redactions in the browser.

    Shows every contract with its progress, each flagged passage on its page, and asks what
    `transparency review` asks. Stop it with Ctrl-C; every decision is saved as it is made.
    """
    from transparency.desk.logins import Logins
    from transparency.desk.logins import hash_password as make_hash

    if hash_password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        if len(password) < 12:
            raise WorkspaceError("a desk password needs at least 12 characters")
        click.echo(make_hash(password))
        return
    from transparency.desk.app import DeskSettings, create_app
    from transparency.desk.server import DeskServer
    from transparency.desk.service import Desk

    workspace = Workspace.open(workspace_root)
    service = Desk(workspace)
    remote = not _is_loopback(host)
    if remote and not allow_remote:
        raise WorkspaceError(
            f"{host} is not a loopback address: the desk would be open to the network",
            hint="Serve on 127.0.0.1 (the default), or give --allow-remote with --logins and"
            " --tls-cert/--tls-key (see docs/desk.md).",
        )
    settings = DeskSettings(officer=None)
    if remote:
        if logins is None or not (tls_cert and tls_key):
            raise WorkspaceError(
                "--allow-remote needs --logins FILE (each officer's password hash) and"
                " --tls-cert/--tls-key, so that officers sign in over an encrypted connection",
                hint="See docs/desk.md, 'Serving the desk to colleagues'.",
            )
        settings.logins = Logins.load(logins)
        for name in settings.logins.hashes:
            service.officer(name)  # each login must be an officer or approver
        settings.hosts = ["*"]
    else:
        name = resolve_officer(officer, workspace.root)
        settings.officer = name
        listed = service.officer(name).to_dict()["name"]
    app = create_app(service, settings)
    try:
        server = DeskServer(app, host, port, certfile=tls_cert, keyfile=tls_key)
    except TransparencyError:
        raise
    url = server.url + ("/" if remote else f"/?token={settings.token}")
    who = "each officer signs in" if remote else f"officer: {listed}"
    click.echo(f"Review desk for {workspace.root.resolve()} ({who})")
    click.echo(f"Open {url}")
    click.echo("Press Ctrl-C to stop. Every decision is saved the moment it is made.")
    if not no_browser:
        try:
            webbrowser.open(url)
        except webbrowser.Error:
            click.echo("(No browser could be opened: open the address above yourself.)")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    click.echo("The desk has stopped.")
