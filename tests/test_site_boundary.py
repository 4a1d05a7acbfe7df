"""The publishing boundary: where a site may be written, and that the leak check is the last
thing that touches it, under `transparency build` and a plain `mkdocs build` alike."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import MKDOCS_YML, decide_all, invoke


@pytest.fixture
def decided(runner, make_workspace) -> Path:
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    return root


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _mkdocs(root: Path) -> subprocess.CompletedProcess:
    """A plain `mkdocs build` at the workspace root, as a publisher would run it."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _with_hook(root: Path, code: str, plugins: str = "  - search\n  - transparency\n") -> None:
    (root / "hooks.py").write_text(textwrap.dedent(code))
    config = MKDOCS_YML.split("plugins:")[0] + "plugins:\n" + plugins + "hooks:\n  - hooks.py\n"
    (root / "mkdocs.yml").write_text(config)


@pytest.mark.parametrize("target", ["decisions", ".", "contracts", "redaction", "pages", ".."])
def test_build_refuses_a_target_that_holds_the_workspace_or_its_records(runner, decided, target):
    before = _tree(decided)
    result = invoke(runner, decided, "build", "--site-dir", str(decided / target))
    assert result.exit_code == 1, result.output
    assert "cannot build the site here" in result.stderr
    assert "Nothing was written or deleted" in result.stderr
    assert "Traceback" not in result.stderr
    assert _tree(decided) == before


def test_build_refuses_a_folder_inside_the_records(runner, decided):
    result = invoke(runner, decided, "build", "--site-dir", str(decided / "decisions" / "site"))
    assert result.exit_code == 1
    assert "lies inside the decisions folder" in result.stderr
    assert not (decided / "decisions" / "site").exists()


def test_build_refuses_a_non_empty_folder_an_earlier_build_did_not_make(runner, decided, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "thesis.txt").write_text("years of work")
    result = invoke(runner, decided, "build", "--site-dir", str(elsewhere))
    assert result.exit_code == 1
    assert "the folder is not empty and no earlier build made it" in result.stderr
    assert (elsewhere / "thesis.txt").read_text() == "years of work"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert invoke(runner, decided, "build", "--site-dir", str(empty)).exit_code == 0
    assert (empty / ".transparency-site").is_file()
    # A folder a build made is replaced by the next build.
    assert invoke(runner, decided, "build", "--site-dir", str(empty)).exit_code == 0


def test_build_honours_site_dir_from_mkdocs_yml(runner, decided):
    config = decided / "mkdocs.yml"
    config.write_text(config.read_text() + "site_dir: public\n")
    result = invoke(runner, decided, "build")
    assert result.exit_code == 0, result.stderr
    assert (decided / "public" / "index.html").is_file()
    assert not (decided / "site").exists()
    config.write_text(config.read_text().replace("site_dir: public", "site_dir: decisions"))
    before = _tree(decided / "decisions")
    result = invoke(runner, decided, "build")
    assert result.exit_code == 1
    assert "is the decisions folder" in result.stderr
    assert _tree(decided / "decisions") == before


def test_plain_mkdocs_build_refuses_the_records_folder_before_cleaning_it(decided):
    config = decided / "mkdocs.yml"
    config.write_text(config.read_text() + "site_dir: decisions\n")
    before = _tree(decided / "decisions")
    done = _mkdocs(decided)
    assert done.returncode != 0
    assert "cannot build the site here: this folder is the decisions folder" in done.stderr
    assert _tree(decided / "decisions") == before


LATE_LEAK = """
    from pathlib import Path

    def on_post_build(config):
        Path(config.site_dir, "late.txt").write_text("sort code 20-45-77")
"""

AFTER_CHECK = """
    from pathlib import Path
    from mkdocs.plugins import event_priority

    @event_priority(-200)
    def on_post_build(config):
        Path(config.site_dir, "late.txt").write_text("written after the check")
"""


def test_a_hook_listed_after_the_plugin_is_still_checked(runner, decided):
    _with_hook(decided, LATE_LEAK)
    result = invoke(runner, decided, "build")
    assert result.exit_code == 4, result.stderr
    assert "late.txt" in result.stderr
    assert not (decided / "site").exists()
    done = _mkdocs(decided)
    assert done.returncode != 0
    assert "late.txt" in done.stderr
    assert not (decided / "site").exists()


def test_a_file_written_after_the_leak_check_fails_the_build(runner, decided):
    _with_hook(decided, AFTER_CHECK)
    result = invoke(runner, decided, "build")
    assert result.exit_code == 4, result.stderr
    assert "late.txt: written after the leak check" in result.stderr
    assert not (decided / "site").exists()
    done = _mkdocs(decided)
    assert done.returncode != 0
    assert "late.txt: written after the leak check" in done.stderr
    assert not (decided / "site").exists()


def test_search_listed_after_the_plugin_has_its_index_checked(runner, decided):
    (decided / "pages" / "notes.md").write_text("# Notes\n\nOur carer rate is £24.80 an hour.\n")
    _with_hook(decided, "", plugins="  - transparency\n  - search\n")
    result = invoke(runner, decided, "build")
    assert result.exit_code == 4
    assert "search/search_index.json" in result.stderr
    done = _mkdocs(decided)
    assert done.returncode != 0
    assert "search/search_index.json" in done.stderr
    assert not (decided / "site").exists()


def test_plain_mkdocs_build_that_fails_part_way_leaves_no_site(decided):
    _with_hook(
        decided,
        """
        def on_post_page(output, page, config):
            if page.file.src_uri.startswith("contracts/"):
                raise RuntimeError("a hook broke")
            return output
        """,
    )
    done = _mkdocs(decided)
    assert done.returncode != 0
    assert not (decided / "site").exists() or not any((decided / "site").iterdir())


def test_plain_mkdocs_build_publishes_a_clean_site(decided):
    done = _mkdocs(decided)
    assert done.returncode == 0, done.stderr
    assert (decided / "site" / ".transparency-site").is_file()
    assert (decided / "site" / "contracts" / "home-care" / "index.html").is_file()
