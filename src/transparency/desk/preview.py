"""The contract's public page as the decisions now stand, for the officer to read before the
build: the same Markdown the site is built from (:func:`~transparency.site.contract_page.
contract_page`), turned into HTML with Python-Markdown (as mkdocs does), inside a plain page.

The build would refuse a contract with undecided passages; the preview shows them all the same,
with a banner counting them, since its reader is the officer, not the public. Every redaction
decided so far is shown as the public will see it: its marker in the text and its reasons.
"""

from __future__ import annotations

import datetime as dt
import html

import markdown

from transparency.decisions.gate import _resolve, check_contract
from transparency.decisions.session import DecisionSession
from transparency.site.contract_page import contract_page
from transparency.workspace import Workspace

__all__ = ["preview_html"]


def preview_html(workspace: Workspace, session: DecisionSession, today: dt.date) -> str:
    release = check_contract(workspace, session.contract, session.catalogue, today, session.config)
    if not release.redactions and release.scan is not None:
        documents = {d.name: d for d in session.contract.documents()}
        ignored: list = []
        release.redactions = _resolve(
            session.store.path,
            release.decisions,
            release.scan.by_id(),
            documents,
            session.catalogue,
            ignored,
        )
    body = markdown.markdown(
        contract_page(release, lambda path: "#"),
        extensions=["md_in_html", "tables", "attr_list"],
        output_format="html",
    )
    undecided = len(release.undecided())
    problems = len(release.problems)
    title = html.escape(release.contract.meta.title)
    banner = (
        f"Preview of the public page. {undecided} passage{'s' if undecided != 1 else ''}"
        f" undecided; {problems} problem{'s' if problems != 1 else ''} would stop the build."
        if undecided or problems
        else "Preview of the public page: nothing stops this contract being published."
    )
    return (
        "<!doctype html>\n"
        '<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Preview: {title}</title>"
        '<link rel="stylesheet" href="/static/preview.css">'
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"></head>'
        f'<body><header class="preview-banner" role="banner"><p>{html.escape(banner)}</p>'
        f'<p><a href="/#/contracts/{html.escape(session.contract_id)}">Back to the desk</a></p>'
        f'</header><main id="main">{body}</main></body></html>\n'
    )
