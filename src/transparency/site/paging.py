"""The contracts index and the redactions register, in pages of a few hundred rows.

A register of 10,000 contracts (and some 200,000 redactions) is not one table: each list is
cut into pages of :data:`PAGE_ROWS` rows, the first at the list's own address
(``contracts/``, ``redactions/``), the others at ``contracts/page/2/``, ``redactions/page/2/``
and so on, each linked to the others by a list of page numbers. Every page is complete HTML,
readable without JavaScript; ``tables.js`` sorts and filters the rows of the page shown, and the
search page finds and filters contracts across the whole register.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from transparency.site.formatting import Link, esc

__all__ = ["CONTRACTS", "PAGE_ROWS", "REGISTER", "caption", "nav", "page_count", "rows", "source"]

#: Rows on each page of a list.
PAGE_ROWS = 200
#: The lists that are paged: their first page's source path.
CONTRACTS = "contracts/index.md"
REGISTER = "redactions.md"
#: Page numbers shown around the current page (the first and last are always shown).
_AROUND = 3

T = TypeVar("T")


def page_count(rows: int) -> int:
    """How many pages a list of ``rows`` rows takes (one, even when it is empty)."""
    return max(1, -(-rows // PAGE_ROWS))


def source(first: str, number: int) -> str:
    """The source path of page ``number`` of the list whose first page is ``first``."""
    if number == 1:
        return first
    folder = first.removesuffix(".md").removesuffix("/index")
    return f"{folder}/page/{number}.md"


def rows(items: Sequence[T], number: int) -> Sequence[T]:
    """The rows of page ``number``."""
    return items[(number - 1) * PAGE_ROWS : number * PAGE_ROWS]


def caption(title: str, number: int, pages: int, total: int) -> str:
    """A table's caption that says which rows it shows: ``Published contracts, 201 to 400 of
    10,000``."""
    if pages == 1:
        return title
    first = (number - 1) * PAGE_ROWS + 1
    last = min(number * PAGE_ROWS, total)
    return f"{title}, {first:,} to {last:,} of {total:,} (page {number} of {pages})"


def nav(first: str, number: int, pages: int, link: Link, label: str) -> str:
    """The links between the pages of a list (empty when it has one page)."""
    if pages == 1:
        return ""
    shown = sorted({1, pages, *range(max(1, number - _AROUND), min(pages, number + _AROUND) + 1)})
    items, previous = [], 0
    if number > 1:
        items.append(
            f'<li><a href="{esc(link(source(first, number - 1)))}" rel="prev">Previous</a></li>'
        )
    for page in shown:
        if page > previous + 1:
            items.append('<li aria-hidden="true">…</li>')
        if page == number:
            items.append(f'<li><a aria-current="page" href="#">{page}</a></li>')
        else:
            items.append(
                f'<li><a href="{esc(link(source(first, page)))}"'
                f' aria-label="Page {page}">{page}</a></li>'
            )
        previous = page
    if number < pages:
        items.append(
            f'<li><a href="{esc(link(source(first, number + 1)))}" rel="next">Next</a></li>'
        )
    return f'<nav class="tp-pages" aria-label="{esc(label)}"><ul>{"".join(items)}</ul></nav>'
