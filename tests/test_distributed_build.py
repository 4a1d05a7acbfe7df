"""The build on a Dask cluster (``build --scheduler``): the redacted originals are made and
proven on the workers of a real local cluster, and the site is the local build's, byte for
byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from transparency.cli import cli

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.enable_socket,  # the cluster listens on 127.0.0.1 only
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="the sample has scanned pages"),
]


def sample_workspace(root: Path) -> Path:
    """A copy of the sample workspace without its cache, so that everything is made afresh."""
    for name in ("contracts", "redaction", "decisions", "pages"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(".*"))
    for name in ("mkdocs.yml", "transparency.yaml"):
        shutil.copy(ROOT / name, root / name)
    return root


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_cluster_build_equals_a_local_one(tmp_path: Path) -> None:
    local = sample_workspace(tmp_path / "local")
    remote = sample_workspace(tmp_path / "remote")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", "--jobs", "1", "--workspace", str(local)])
    assert result.exit_code == 0, result.output
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0"
    ) as cluster:
        result = runner.invoke(
            cli, ["build", "--scheduler", cluster.scheduler_address, "--workspace", str(remote)]
        )
    assert result.exit_code == 0, result.output
    assert "document(s) redacted and proven, 0 unchanged" in result.output

    built, expected = files(remote / "site"), files(local / "site")
    originals = [name for name in expected if name.endswith((".pdf", ".docx"))]
    assert len(originals) >= 5
    assert {n: built[n] for n in originals} == {n: expected[n] for n in originals}
    assert built == expected
