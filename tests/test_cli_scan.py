"""`transparency scan`: proposals written per contract, stable ids, single-file JSON mode."""

from __future__ import annotations

import json

import yaml
from conftest import PARAGRAPHS, invoke, write_docx

from transparency.cli import cli


def test_scan_writes_candidates_with_documented_fields(runner, make_workspace):
    root = make_workspace()
    result = invoke(runner, root, "scan")
    assert result.exit_code == 0, result.output
    assert "home-care: 6 candidates" in result.output
    data = yaml.safe_load((root / "redaction" / "home-care.yaml").read_text())
    found = {(c["category"], c["text"]) for c in data["candidates"]}
    assert found == {
        ("PRICING", "£24.80"),
        ("BANK", "20-45-77"),
        ("BANK", "41234567"),
        ("PERSONAL", "Priya Sandhu"),
        ("PERSONAL", "priya.sandhu@brightpathcare.co.uk"),
        ("PERSONAL", "07700 900123"),
    }
    for candidate in data["candidates"]:
        assert set(candidate) >= {
            "id",
            "document",
            "start",
            "end",
            "text",
            "category",
            "exemption",
            "score",
            "explanation",
        }
        assert candidate["explanation"]


def test_total_value_and_party_names_are_not_flagged(runner, make_workspace):
    root = make_workspace()
    invoke(runner, root, "scan")
    texts = [
        c["text"]
        for c in yaml.safe_load((root / "redaction/home-care.yaml").read_text())["candidates"]
    ]
    assert "£2,400,000" not in texts
    assert not any("Brightpath" in t and "@" not in t for t in texts)


def test_rescan_of_unchanged_documents_is_byte_identical(runner, make_workspace):
    root = make_workspace()
    invoke(runner, root, "scan")
    first = (root / "redaction" / "home-care.yaml").read_bytes()
    invoke(runner, root, "scan")
    assert (root / "redaction" / "home-care.yaml").read_bytes() == first


def test_candidate_ids_survive_an_edit_elsewhere(runner, make_workspace):
    root = make_workspace()
    invoke(runner, root, "scan")
    before = {
        c["text"]: c["id"]
        for c in yaml.safe_load((root / "redaction/home-care.yaml").read_text())["candidates"]
    }
    edited = [(None, "A new opening paragraph changes every offset."), *PARAGRAPHS]
    write_docx(root / "contracts" / "home-care" / "contract.docx", edited)
    invoke(runner, root, "scan")
    after = {
        c["text"]: c["id"]
        for c in yaml.safe_load((root / "redaction/home-care.yaml").read_text())["candidates"]
    }
    assert before == after


def test_scan_single_file_as_json_outside_a_workspace(runner, tmp_path, monkeypatch):
    path = write_docx(tmp_path / "loose.docx")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["scan", "loose.docx", "--json"])
    assert result.exit_code == 0, result.output
    candidates = json.loads(result.stdout)
    assert {"document", "page", "start", "end", "text", "category", "exemption", "score"} <= set(
        candidates[0]
    )
    assert {c["text"] for c in candidates} >= {"£24.80", "20-45-77"}
    # The total is flagged here: outside a workspace nothing says it is the published total.
    assert path.exists()


def test_scan_unknown_contract_is_one_line(runner, make_workspace):
    root = make_workspace()
    result = invoke(runner, root, "scan", "no-such-contract")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "no contract 'no-such-contract'" in result.stderr
    assert "Known contracts: home-care" in result.stderr


def test_parallel_scan_matches_serial(runner, make_workspace):
    import shutil

    root = make_workspace()
    second = root / "contracts" / "home-care-lot-2"
    shutil.copytree(root / "contracts" / "home-care", second)
    meta = yaml.safe_load((second / "contract.yaml").read_text())
    (second / "contract.yaml").write_text(yaml.safe_dump({**meta, "id": "home-care-lot-2"}))
    assert invoke(runner, root, "scan", "--jobs", "1").exit_code == 0
    serial = [
        (root / "redaction" / f"{c}.yaml").read_bytes() for c in ("home-care", "home-care-lot-2")
    ]
    result = invoke(runner, root, "scan", "--jobs", "2")
    assert result.exit_code == 0, result.output
    parallel = [
        (root / "redaction" / f"{c}.yaml").read_bytes() for c in ("home-care", "home-care-lot-2")
    ]
    assert parallel == serial


def test_scan_logs_no_presidio_warnings(runner, tmp_path, monkeypatch, caplog):
    write_docx(tmp_path / "loose.docx")
    monkeypatch.chdir(tmp_path)
    with caplog.at_level("WARNING"):
        assert runner.invoke(cli, ["scan", "loose.docx", "--json"]).exit_code == 0
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == []
