"""`transparency check` and `build`: the gate, the site, the leak check."""

from __future__ import annotations

import re

import yaml
from conftest import decide_all, invoke


def _scanned(runner, make_workspace):
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    return root


def test_build_refuses_while_candidates_are_undecided(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    result = invoke(runner, root, "build")
    assert result.exit_code == 3
    undecided = [line for line in result.stderr.splitlines() if "is undecided" in line]
    assert len(undecided) == 6
    assert (
        "a PRICING passage in contract.docx is undecided; run `transparency review home-care`"
        in result.stderr
    )
    assert "£24.80" not in result.stderr
    assert not (root / "site").exists()


def test_build_publishes_redacted_site(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.output + result.stderr
    assert "Published 1 contracts with 6 redactions" in result.output
    page = (root / "site/contracts/home-care/index.html").read_text()
    assert "£24.80" not in page and "Priya Sandhu" not in page
    assert 'href="#redaction-1"' in page
    assert 'id="redaction-1"' in page
    assert "Redacted — commercial confidentiality, FOIA s.43(2)" in page
    assert "£2,400,000" in page  # the total value stays public
    index = (root / "site/search/search_index.json").read_text()
    assert "24.80" not in index


def test_html_and_markdown_in_contract_text_are_shown_literally(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    assert invoke(runner, root, "build").exit_code == 0
    page = (root / "site/contracts/home-care/index.html").read_text()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert "**bold** {{ x }}" in page


def test_a_contract_page_shows_its_text_reasons_and_records_in_order(runner, make_workspace):
    """The document's text, the reasons and the verification records reach the page whole,
    in the page's order, with nothing of the hand-over left in the site."""
    root = _scanned(runner, make_workspace)
    decide_all(root)
    assert invoke(runner, root, "build").exit_code == 0
    page = (root / "site/contracts/home-care/index.html").read_text()
    order = [
        'id="verification"',
        '<div class="contract-text"',
        "The hourly rate for weekday care is",
        'id="reasons-for-each-redaction"',
        '<ol class="tp-reasons">',
        'id="challenge-a-redaction"',
    ]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)
    for path in (root / "site").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml"):
            assert "tp-html-" not in path.read_text(errors="replace"), path


def test_a_plugin_that_loses_part_of_a_contract_page_stops_the_build(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    (root / "hooks.py").write_text(
        "import re\n"
        "from mkdocs.plugins import event_priority\n\n"
        "@event_priority(100)\n"
        "def on_page_content(html, page, config, files):\n"
        "    return re.sub(r'<p>tp-html-[0-9a-f]+-0</p>', '', html)\n"
    )
    config = root / "mkdocs.yml"
    config.write_text(config.read_text() + "hooks:\n  - hooks.py\n")
    result = invoke(runner, root, "build")
    assert result.exit_code != 0
    assert "a block of the page was lost in rendering; nothing was published" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (root / "site").exists()


def test_planted_leak_fails_the_build_and_leaves_no_site(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    (root / "pages" / "notes.md").write_text("# Notes\n\nOur carer rate is £24.80 an hour.\n")
    result = invoke(runner, root, "build")
    assert result.exit_code == 4
    assert (
        "notes/index.html: contains redacted text (home-care: redaction 1, FOIA s.43(2),"
        " contract.docx)" in result.stderr
    )
    assert "search_index.json: contains redacted text (home-care: redaction 1" in result.stderr
    assert "24.80" not in result.stderr
    assert not (root / "site").exists()


def test_failed_build_keeps_the_previous_site(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    assert invoke(runner, root, "build").exit_code == 0
    (root / "pages" / "notes.md").write_text("# Notes\n\nRate £24.80.\n")
    assert invoke(runner, root, "build").exit_code == 4
    assert (root / "site/contracts/home-care/index.html").exists()
    assert not (root / "site/notes").exists()


def test_site_makes_no_google_fonts_request(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    assert invoke(runner, root, "build").exit_code == 0
    for page in (root / "site").rglob("*.html"):
        assert "fonts.googleapis.com" not in page.read_text()
        assert "fonts.gstatic.com" not in page.read_text()


def test_check_reports_ready(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root)
    result = invoke(runner, root, "check")
    assert result.exit_code == 0, result.stderr
    assert result.output == (
        "All 1 contracts are ready to publish (6 redactions): the trial build, its redacted"
        " originals and the leak check passed. 1 document(s) redacted and proven, 0 unchanged"
        " from the cache.\n"
    )
    assert not (root / "site").exists()  # a trial build writes no site


def test_check_runs_everything_the_build_runs(runner, make_workspace):
    """'Ready' means the build will publish: a leak only the build can find fails the check."""
    root = _scanned(runner, make_workspace)
    decide_all(root)
    (root / "pages" / "notes.md").write_text("# Notes\n\nOur carer rate is £24.80 an hour.\n")
    result = invoke(runner, root, "check")
    assert result.exit_code == 4
    assert "notes/index.html: contains redacted text (home-care: redaction 1" in result.stderr
    quick = invoke(runner, root, "check", "--gate-only")
    assert quick.exit_code == 0
    assert "the trial build was not run" in quick.output
    assert not (root / "site").exists()


def test_status_counts(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    data = decide_all(root)
    data["records"] = data["records"][:4]
    data["records"][0]["action"] = "release"
    (root / "decisions/home-care.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = invoke(runner, root, "status", "--json")
    assert result.exit_code == 0, result.stderr
    (row,) = yaml.safe_load(result.output)
    assert row == {
        "contract": "home-care",
        "scanned": True,
        "candidates": 6,
        "decided": 4,
        "redact": 3,
        "release": 1,
        "approved": 0,
        "awaiting_approval": 0,
        "undecided": 2,
        "overdue": 0,
        "orphaned": 0,
        "problems": 2,
    }


def test_overdue_review_blocks_the_build(runner, make_workspace):
    root = _scanned(runner, make_workspace)
    decide_all(root, review_by="2025-06-01")
    result = invoke(runner, root, "build")
    assert result.exit_code == 3
    assert "the review date 1 June 2025 has passed" in result.stderr


def test_changed_document_blocks_the_build_until_rescanned(runner, make_workspace):
    from conftest import PARAGRAPHS, write_docx

    root = _scanned(runner, make_workspace)
    decide_all(root)
    write_docx(root / "contracts/home-care/contract.docx", [*PARAGRAPHS, (None, "Added text.")])
    result = invoke(runner, root, "build")
    assert result.exit_code == 3
    assert "contract.docx has changed (or was added) since the last scan" in result.stderr


def test_redacted_original_follows_a_changed_decision(runner, make_workspace):
    import docx

    root = _scanned(runner, make_workspace)
    data = decide_all(root)
    assert invoke(runner, root, "build").exit_code == 0
    original = root / "site/contracts/home-care/contract.docx"
    text = "\n".join(p.text for p in docx.Document(str(original)).paragraphs)
    assert "£24.80" not in text and "[Redacted: FOIA s.43(2)]" in text
    first = next(r for r in data["records"] if r["exemption"] == "FOIA s.43(2)")
    for field in ("exemption", "harm", "public_interest", "review_by"):
        first.pop(field, None)
    first["action"] = "release"
    (root / "decisions/home-care.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(original)).paragraphs)
    assert "£24.80" in text


def test_a_redaction_inside_another_is_published_under_the_outer_marker(runner, make_workspace):
    import docx

    from transparency.contracts import read_document

    root = _scanned(runner, make_workspace)
    data = decide_all(root)
    sentence = "The hourly rate for weekday care is £24.80 per hour."
    text = read_document(root / "contracts/home-care/contract.docx").text
    start = text.index(sentence)
    outer = {k: v for k, v in data["records"][0].items() if k != "candidate"}
    outer.update(
        document="contract.docx",
        start=start,
        end=start + len(sentence),
        text=sentence,
        public_reason="The whole charging clause is withheld while the rates are current.",
    )
    data["records"].append(outer)
    (root / "decisions/home-care.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = invoke(runner, root, "build")
    assert result.exit_code == 0, result.stderr
    page = (root / "site/contracts/home-care/index.html").read_text()
    assert "hourly rate for weekday" not in page and "£24.80" not in page
    # One marker stands for the sentence; the price inside it keeps its own reason, whose
    # number links back to the sentence's marker.
    assert page.count('class="redaction"') == 6
    links = re.findall(r'id="redaction-(\d+)" class="tp-rnum" href="#ref-redaction-(\d+)"', page)
    assert len(links) == 7
    assert [(a, b) for a, b in links if a != b] == [("2", "1")]
    original = root / "site/contracts/home-care/contract.docx"
    body = "\n".join(p.text for p in docx.Document(str(original)).paragraphs)
    assert "hourly rate" not in body and "£24.80" not in body
    assert "The total value of the contract is £2,400,000" in body
