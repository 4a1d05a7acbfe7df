"""A document's text, with its redactions applied, as safe HTML.

The redacted text never reaches the output: each redacted span is replaced, before any escaping,
by a marker naming the exemption and linking to the reason. All contract text is HTML-escaped,
and the result is a single raw-HTML block without blank lines, so Markdown syntax, HTML and
template syntax inside a contract are shown literally.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from transparency.contracts import Block, Document
from transparency.decisions import Redaction

__all__ = ["marker_html", "render_document"]

_TAGS = {
    "heading": "h4",
    "paragraph": "p",
    "list_item": "p",
    "footnote": "p",
    "header": "p",
    "footer": "p",
}


def marker_html(redaction: Redaction, page_url: str = "") -> str:
    """The visible, announced marker that stands where redacted text was."""
    label = redaction.exemption.label
    full = f"{label}: redaction {redaction.number}, see its reason"
    return (
        f'<a class="redaction" href="{page_url}#{redaction.anchor}"'
        f' id="ref-{redaction.anchor}" aria-label="{html.escape(full)}"'
        f' title="{html.escape(full)}">{html.escape(label)}</a>'
    )


def _pieces(text: str, offset: int, redactions: list[Redaction]) -> Iterator[str]:
    """Escaped HTML for ``text`` (which starts at ``offset``) with markers for redactions."""
    cursor = offset
    end = offset + len(text)
    for redaction in redactions:
        if redaction.end <= cursor or redaction.start >= end:
            continue
        if redaction.start > cursor:
            yield html.escape(text[cursor - offset : redaction.start - offset])
        if redaction.start >= cursor:
            yield marker_html(redaction)
        cursor = max(cursor, redaction.end)
    if cursor < end:
        yield html.escape(text[cursor - offset :])


def _block_html(block: Block, redactions: list[Redaction]) -> str:
    body = "".join(_pieces(block.text, block.start, redactions))
    tag = _TAGS.get(block.kind, "p")
    return f'<{tag} class="ct-{block.kind.replace("_", "-")}" id="{block.anchor}">{body}</{tag}>'


def render_document(document: Document, redactions: list[Redaction]) -> str:
    """The redacted document as one raw-HTML block (no blank lines inside)."""
    # The full text stays out of the site-wide search index, which would otherwise grow with
    # every contract's every word; readers search within a contract with the browser.
    lines = ['<div class="contract-text" lang="en-GB" data-search-exclude>']
    seen_running: set[str] = set()
    page = None
    table_rows: dict[tuple[int, int], list[str]] = {}
    current_table = None

    def flush_table() -> None:
        if table_rows:
            lines.append('<div class="ct-table-wrap"><table class="ct-table">')
            for row in table_rows.values():
                lines.append("<tr>" + "".join(row) + "</tr>")
            lines.append("</table></div>")
            table_rows.clear()

    for block in document.blocks:
        if block.kind in ("header", "footer"):
            # Running headers and footers repeat on every page: show each distinct one once.
            key = "".join(ch for ch in block.text if not ch.isdigit())
            if key in seen_running:
                continue
            seen_running.add(key)
        if block.kind != "table_cell" or block.table != current_table:
            flush_table()
            current_table = block.table if block.kind == "table_cell" else None
        if block.page is not None and block.page != page:
            flush_table()
            page = block.page
            lines.append(f'<p class="ct-page" id="page-{document.name}-{page}">Page {page}</p>')
        if block.kind == "table_cell":
            cell = "".join(_pieces(block.text, block.start, redactions))
            table_rows.setdefault((block.table or 0, block.row or 0), []).append(
                f'<td id="{block.anchor}">{cell}</td>'
            )
            continue
        lines.append(_block_html(block, redactions))
    flush_table()
    lines.append("</div>")
    return "\n".join(lines)
