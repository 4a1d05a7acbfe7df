"""Performance against the targets: performance.yaml validated (every problem at once), each
KPI's results as a chart with its table on the contract page, the register's overall picture on
the performance page, the results as OCDS implementation milestones, and the feedback route."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import decide_all, invoke
from lxml import html as lxml_html
from test_opendata import _errors, validator  # noqa: F401 (the fixture)

from transparency.cli import cli
from transparency.contracts.performance import load_performance
from transparency.errors import ValidationError

REPO = Path(__file__).resolve().parent.parent
KPIS = [
    "Visits starting within 15 minutes of the scheduled time: 95%",
    "New care packages started within 48 hours of referral: 90%",
]
GOOD = """\
kpis:
  - kpi: Visits starting within 15 minutes of the scheduled time
    unit: "%"
    target: 95
    better: higher
  - kpi: "New care packages started within 48 hours of referral: 90%"
    unit: "%"
    target: 90
    better: higher
periods:
  - starts: 2025-04-01
    ends: 2025-06-30
    reported_on: 2025-07-20
    assessment: approaching target
    results:
      - kpi: Visits starting within 15 minutes of the scheduled time
        result: 93.5
      - kpi: "New care packages started within 48 hours of referral: 90%"
        result: 91
  - starts: 2025-07-01
    ends: 2025-09-30
    assessment: good
    results:
      - kpi: Visits starting within 15 minutes of the scheduled time
        result: 96
        target: 96
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "performance.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_a_valid_file_gives_each_result_against_its_target(tmp_path):
    performance = load_performance(_write(tmp_path, GOOD), KPIS)
    first, second = performance.periods
    results = performance.results(first)
    assert [(r.result, r.target, r.met) for r in results] == [(93.5, 95, False), (91, 90, True)]
    # A period's own target overrides the KPI's; a lower-is-better KPI is met at or below it.
    assert [(r.target, r.met) for r in performance.results(second)] == [(96, True)]
    assert performance.latest is second and performance.meets_targets(second)
    assert not performance.meets_targets(first)


def test_every_problem_is_reported_at_once_naming_the_period_and_the_field(tmp_path):
    path = _write(
        tmp_path,
        """\
        kpis:
          - kpi: Visits starting within 15 minutes of the scheduled time
            unit: "%"
            target: 95
            better: higher
          - kpi: Complaints answered within 10 days
            target: 90
            better: higher
        periods:
          - starts: 2025-04-01
            ends: 2025-06-30
            assessment: other
            results:
              - kpi: Visits starting within 15 minutes of the scheduled time
                result: 93.5
              - kpi: New care packages started within 48 hours of referral
                result: 91
          - starts: 2025-06-01
            ends: 2025-05-31
            reported_on: 2025-05-01
            assessment: excellent
          - starts: 2025-06-15
            ends: 2025-08-31
            assessment: good
            results:
              - kpi: Visits starting within 15 minutes of the scheduled time
                result: lots
        """,
    )
    with pytest.raises(ValidationError) as caught:
        load_performance(path, KPIS)
    lines = caught.value.lines()
    text = "\n".join(lines)
    # Structure first: every field pydantic refuses, each named by its period.
    assert "period 2 (2025-06-01 to 2025-05-31): assessment:" in text
    assert "period 3 (2025-06-15 to 2025-08-31), result 1" in text and ": result:" in text
    assert lines[-1].startswith("2 invalid fields found")

    # Fixed structure: the checks that need the whole file, all at once.
    fixed = path.read_text().replace("excellent", "good").replace("lots", "97")
    path.write_text(fixed)
    with pytest.raises(ValidationError) as caught:
        load_performance(path, KPIS)
    problems = [str(p) for p in caught.value.problems]
    expected = [
        "kpi 2 (Complaints answered within 10 days): kpi: is not a KPI of this contract",
        "period 1 (2025-04-01 to 2025-06-30): explanation: is required when the assessment is"
        " 'other'",
        "period 1 (2025-04-01 to 2025-06-30), result 2 (New care packages started within 48"
        " hours of referral): kpi: is not described under 'kpis'",
        "period 2 (2025-06-01 to 2025-05-31): ends: is before 'starts'",
        "period 2 (2025-06-01 to 2025-05-31): reported_on: is before the period ends",
        "period 2 (2025-06-01 to 2025-05-31): starts: overlaps period 1",
        "period 3 (2025-06-15 to 2025-08-31): starts: overlaps period 1",
    ]
    for item in expected:
        assert any(item in p for p in problems), (item, problems)
    assert all(p.startswith(str(path)) for p in problems)
    assert len(problems) == len(expected), problems


def test_the_build_refuses_an_invalid_file_naming_it(runner, make_workspace):
    root = make_workspace(meta={"kpis": KPIS})
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    (root / "contracts/home-care/performance.yaml").write_text(
        GOOD.replace("approaching target", "other")
    )
    result = runner.invoke(cli, ["build", "--workspace", str(root)])
    assert result.exit_code != 0
    assert "home-care/performance.yaml: period 1 (2025-04-01 to 2025-06-30): explanation:" in (
        result.output + result.stderr
    )
    assert not (root / "site").exists()


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("performance") / "site"
    result = CliRunner().invoke(
        cli, ["build", "--site-dir", str(site_dir), "--workspace", str(REPO)]
    )
    assert result.exit_code == 0, result.output + result.stderr
    assert "Leak check passed" in result.output
    return site_dir


def test_the_contract_page_charts_each_kpi_with_its_data_table(sample_site):
    page = (sample_site / "contracts/highways-maintenance-2025/index.html").read_text()
    tree = lxml_html.fromstring(page)
    section = tree.xpath('//h2[@id="performance"]')
    assert section, "no performance section"
    charts = tree.xpath('//figure[@class="tp-kpi-figure"]/*[local-name()="svg"]')
    assert len(charts) == 3  # one per KPI with results
    first = charts[0]
    assert first.get("role") == "img"
    title_id, desc_id = first.get("aria-labelledby").split()
    title = first.xpath(f'.//*[local-name()="title"][@id="{title_id}"]')[0].text
    assert title == "Category 1 defects made safe within 2 hours: results against the target"
    desc = first.xpath(f'.//*[local-name()="desc"][@id="{desc_id}"]')[0].text
    assert "6 reporting periods" in desc and "met in 4 of 6" in desc
    # Met and missed are told apart by shape, not colour alone: 4 circles, 2 diamonds.
    assert len(first.xpath('.//*[local-name()="circle"]')) == 4 + 1  # + the legend's
    assert len(first.xpath('.//*[local-name()="path"]')) == 2 + 1
    assert not tree.xpath("//script[contains(., 'svg')]")
    # The table beside it has every value, in words as well.
    table = tree.xpath('//table[@class="tp-kpi-results"]')[0]
    rows = [[c.text_content() for c in row] for row in table.xpath(".//tbody/tr")]
    assert rows[0] == ["1 April 2025 to 30 June 2025", "98%", "96.3%", "Not met"]
    assert rows[-1] == ["1 July 2026 to 30 September 2026", "98%", "99.2%", "Met"]
    gritting = tree.xpath('//table[@class="tp-kpi-results"]')[2]
    assert len(gritting.xpath(".//tbody/tr")) == 2  # reported in winter only
    text = _text(page)
    assert "Requires improvement Two gritting routes were treated late" in text


def test_the_performance_page_gives_the_registers_picture(sample_site):
    page = (sample_site / "kpis/index.html").read_text()
    text = _text(page)
    # Highways met every target in its latest period, home care missed one: 1 of 2.
    assert "50% of reporting contracts met every target in their latest period" in text
    assert "1 of 2 reporting contracts met every target" in text
    assert "2 of 5 contracts with targets have reported results" in text
    tree = lxml_html.fromstring(page)
    rows = {
        r[0].text_content(): r[1].text_content()
        for r in tree.xpath('//table[@class="tp-latest-assessments"]//tbody/tr')
    }
    assert rows["Good"] == "1" and rows["Approaching target"] == "1"


def test_overdue_reports_are_counted_from_a_configurable_time(runner, make_workspace):
    root = make_workspace(meta={"kpis": KPIS})
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    (root / "contracts/home-care/performance.yaml").write_text(GOOD)
    mkdocs = (root / "mkdocs.yml").read_text()

    def overdue(days: int) -> str:
        config = mkdocs.replace(
            "  - transparency\n",
            f"  - transparency:\n      today: 2026-01-15\n      performance_report_days: {days}\n",
        )
        (root / "mkdocs.yml").write_text(config)
        result = invoke(runner, root, "build")
        assert result.exit_code == 0, result.output + result.stderr
        return _text((root / "site/kpis/index.html").read_text())

    # The last period ended on 30 September 2025, 107 days before 15 January 2026.
    text = overdue(90)
    assert "1 performance reports overdue (none for 90 days)" in text
    assert "Home care services : last period ended 30 September 2025" in text
    text = overdue(120)
    assert "0 performance reports overdue (none for 120 days)" in text
    assert "last period ended" not in text


def test_the_open_data_carries_the_results_as_implementation_milestones(sample_site, validator):  # noqa: F811
    package = json.loads((sample_site / "open-data/contracts.json").read_text())
    assert not _errors(validator, package)
    by_ocid = {}
    for release in package["releases"]:
        by_ocid.setdefault(release["ocid"], release)
    highways = next(r for o, r in by_ocid.items() if o.endswith("highways-maintenance-2025"))
    milestones = highways["contracts"][0]["implementation"]["milestones"]
    assessments = [m for m in milestones if m["type"] == "assessment"]
    assert [m["code"] for m in assessments] == [
        "approachingTarget",
        "good",
        "good",
        "requiresImprovement",
        "approachingTarget",
        "good",
    ]
    assert "Two gritting routes were treated late" in assessments[3]["description"]
    results = [m for m in milestones if m["type"] == "reporting"]
    assert len(results) == 2 + 2 + 3 + 3 + 2 + 2
    first = results[0]
    assert first["title"] == "Category 1 defects made safe within 2 hours"
    assert first["status"] == "notMet" and "dateMet" not in first
    assert "result 96.3% against a target of 98%" in first["description"]
    assert first["dueDate"] == "2025-06-30T23:59:59Z"
    # A contract with no results has no implementation.
    school = next(r for o, r in by_ocid.items() if o.endswith("school-meals-2025"))
    assert "implementation" not in school["contracts"][0]
    single = json.loads(
        (sample_site / "contracts/home-care-2025/release.json").read_text(encoding="utf-8")
    )
    assert not _errors(validator, single)
    assert single["releases"][0]["contracts"][0]["implementation"]["milestones"]


def test_every_contract_page_offers_feedback_and_says_what_happens_to_it(sample_site):
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text().replace("!ENV", ""))
    plugin = next(p for p in config["plugins"] if isinstance(p, dict) and "transparency" in p)
    url = plugin["transparency"]["feedback_url"]
    pages = sorted((sample_site / "contracts").glob("*/index.html"))
    assert len(pages) == 5
    for path in pages:
        tree = lxml_html.fromstring(path.read_text())
        heading = tree.xpath('//h2[@id="feedback"]')
        assert heading and heading[0].text_content() == "Tell us about this service"
        links = tree.xpath('//p[@class="tp-feedback"]/a')
        assert [a.get("href") for a in links] == [url]
        note = tree.xpath('//p[@class="tp-feedback-use"]')[0].text_content()
        assert "reads every message" in note
        # Beside the route to challenge a redaction.
        headings = [h.text_content() for h in tree.xpath("//h2")]
        index = headings.index("Tell us about this service")
        assert headings[index - 1] == "Challenge a redaction"


def test_the_feedback_note_is_the_publishers_own_when_configured(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    config = (root / "mkdocs.yml").read_text()
    (root / "mkdocs.yml").write_text(
        config.replace(
            "  - transparency\n",
            "  - transparency:\n      feedback_url: https://forms.anyshire.example/feedback\n"
            "      feedback_note: We read <every> message within 5 working days.\n",
        )
    )
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output + result.stderr
    page = (root / "site/contracts/home-care/index.html").read_text()
    assert 'href="https://forms.anyshire.example/feedback"' in page
    assert "We read &lt;every&gt; message within 5 working days." in page
    assert "reads every message" not in page


def test_no_performance_file_no_section(runner, make_workspace):
    root = make_workspace(meta={"kpis": KPIS})
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output + result.stderr
    page = (root / "site/contracts/home-care/index.html").read_text()
    assert 'id="performance"' not in page
    assert 'id="feedback"' in page
