"""The built site's page types: contract page, contracts index, register, performance."""

from __future__ import annotations

import re

import pytest
from conftest import decide_all, invoke


@pytest.fixture
def site(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.stderr
    return root / "site"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_contract_page_explains_each_decision_once(site):
    page = (site / "contracts/home-care/index.html").read_text()
    # Three bank/pricing redactions share one decision; three personal-data ones another.
    assert page.count('class="tp-reason"') == 2
    for number in range(1, 7):
        assert f'id="redaction-{number}"' in page
        assert f'href="#redaction-{number}"' in page
    text = _text(page)
    assert "Redactions 1 , 2 , 3" in text or "Redactions 1, 2, 3" in text
    assert "Harm: disclosure would be likely to cause this: Competitors could undercut" in text
    assert "Information has been withheld from this contract in 6 places" in text


def test_contracts_index_is_a_complete_table_without_javascript(site):
    page = (site / "contracts/index.html").read_text()
    assert '<table class="tp-sortable tp-contracts">' in page
    assert "<caption>Published contracts</caption>" in page
    text = _text(page)
    for cell in (
        "Home care services",
        "Brightpath Care Ltd",
        "Adult Social Care",
        "£2,400,000",
        "1 April 2025",
        "31 March 2028",
    ):
        assert cell in text
    assert 'src="../assets/tables.js"' in page


def test_redactions_register_lists_every_redaction_but_no_text(site):
    page = (site / "redactions/index.html").read_text()
    rows = page.split("<tbody>")[1].split("</tbody>")[0].count("<tr>")
    assert rows == 6
    assert "FOIA s.43(2)" in page and "personal data" in page
    for secret in ("£24.80", "20-45-77", "Priya Sandhu"):
        assert secret not in page


def test_performance_page_figures(site):
    text = _text((site / "kpis/index.html").read_text())
    assert "1 contracts published" in text
    assert "median from award to publication (deadline 90 days)" in text
    assert "9 days" in text  # awarded 1 March, decided 10 March
    assert '<dl class="tp-bars"' in (site / "kpis/index.html").read_text()


def test_performance_page_stays_the_same_size_as_the_register_grows():
    """Days to publication are counted in bands, not drawn a bar per contract (which, at
    thousands of contracts, made the page, and the search index every page loads, grow with
    the register); the contracts published after the deadline are named."""
    import datetime as dt

    from transparency.site.kpis import KpiFigures, kpi_page

    def page(count: int, late: int) -> str:
        days = [(f"Contract {n}", n % 85) for n in range(count - late)]
        days += [(f"Late contract {n}", 91 + n * 100) for n in range(late)]
        figures = KpiFigures(
            contracts=count,
            days_to_publish=days,
            median_days=40.0,
            deadline_days=90,
            within_deadline=count - late,
            withheld_overall=0.01,
            withheld_by_exemption={"FOIA s.43(2)": 0.01},
            redactions_by_family={"commercial confidentiality": 3},
            due_soon=0,
            review_window_days=90,
        )
        return kpi_page(figures, dt.date(2026, 1, 1))

    small, large = page(10, 2), page(5000, 2)
    assert abs(len(large) - len(small)) < 100
    assert large.count("<dt>") == small.count("<dt>") == 5 + 1 + 1  # bands, exemption, kind
    bands = large.split("Days to publication as a table")[1].split("</tbody>")[0]
    counts = [int(c) for c in re.findall(r"<td>(\d+)</td>", bands)]
    assert sum(counts) == 5000 and counts[3:] == [1, 1]  # 91 and 191 days: late, then later
    assert "2 published later are named below" in large
    assert "Late contract 0" in large and "Late contract 1" in large
    assert "Contract 4999" not in large
    assert "every contract was published in time" in page(10, 0)
