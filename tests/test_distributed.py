"""The scan on a Dask cluster (``--scheduler``): a real local cluster of two worker processes,
on loopback; its proposals are the local scan's, byte for byte."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from transparency import distributed as transparency_distributed
from transparency.cli import cli
from transparency.errors import WorkspaceError
from transparency.parallel import open_pool

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.enable_socket,  # the cluster listens on 127.0.0.1 only
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="the sample has scanned pages"),
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=":0",
    ) as local:
        yield local


def sample_workspace(root: Path) -> Path:
    """A copy of the repository's sample workspace, without its cache (so its OCR runs)."""
    for name in ("contracts", "redaction", "decisions", "pages"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(".*"))
    for name in ("mkdocs.yml", "transparency.yaml"):
        shutil.copy(ROOT / name, root / name)
    return root


def proposals(root: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((root / "redaction").glob("*.yaml"))}


def test_a_cluster_scan_equals_a_local_one(tmp_path: Path, cluster) -> None:
    local = sample_workspace(tmp_path / "local")
    remote = sample_workspace(tmp_path / "remote")
    runner = CliRunner()

    result = runner.invoke(cli, ["scan", "--jobs", "1", "--workspace", str(local)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli, ["scan", "--scheduler", cluster.scheduler_address, "--workspace", str(remote)]
    )
    assert result.exit_code == 0, result.output

    assert len(proposals(remote)) == 5
    assert proposals(remote) == proposals(local)
    with distributed.Client(cluster, set_as_default=False) as client:
        sessions = client.run(lambda: list(transparency_distributed._session))
    assert any(sessions.values()), "no worker scanned"
    assert list((remote / ".cache" / "ocr").iterdir()), "the workers read no scanned page"


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch) -> None:
    root = sample_workspace(tmp_path / "ws")
    before = proposals(root)
    with socket.socket() as probe:  # a loopback port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setattr(transparency_distributed, "CONNECT_TIMEOUT", 1)

    result = CliRunner().invoke(cli, ["scan", "--scheduler", address, "--workspace", str(root)])

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.splitlines()[-1] == (
        f"Error: cannot reach the Dask scheduler at {address} (OSError)."
        " Start it with 'dask scheduler' and give its address, e.g. tcp://HOST:8786."
    )
    assert proposals(root) == before


def test_the_workers_must_see_the_workspace(tmp_path: Path, cluster) -> None:
    missing = tmp_path / "not-shared"
    with (
        pytest.raises(WorkspaceError, match="does not see this folder at the same path") as error,
        open_pool(items=2, scheduler=cluster.scheduler_address, shared=[missing]),
    ):
        pass
    assert error.value.path == missing


def test_a_call_on_the_cluster_raises_its_own_error(cluster) -> None:
    with open_pool(items=2, scheduler=cluster.scheduler_address) as pool:
        assert pool.submit(int, "12").result() == 12
        with pytest.raises(ValueError, match="invalid literal"):
            pool.submit(int, "twelve").result()


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_cluster_build_equals_a_local_one(tmp_path: Path, cluster) -> None:
    """``build --scheduler``: the redacted originals are made and proven on the workers, and
    the site is the local build's, byte for byte."""
    local = sample_workspace(tmp_path / "local")
    remote = sample_workspace(tmp_path / "remote")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", "--jobs", "1", "--workspace", str(local)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli, ["build", "--scheduler", cluster.scheduler_address, "--workspace", str(remote)]
    )
    assert result.exit_code == 0, result.output
    assert "document(s) redacted and proven, 0 unchanged" in result.output

    built, expected = site_files(remote / "site"), site_files(local / "site")
    originals = [name for name in expected if name.endswith((".pdf", ".docx"))]
    assert len(originals) >= 5
    assert {n: built[n] for n in originals} == {n: expected[n] for n in originals}
    assert built == expected


def test_a_bad_scheduler_address_stops_a_build_with_nothing_to_send(tmp_path: Path) -> None:
    """Even when every document comes from the cache (nothing is sent, so the scheduler is not
    contacted), an address that is not a scheduler's is an error."""
    root = sample_workspace(tmp_path / "ws")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "--jobs", "1", "--workspace", str(root)]).exit_code == 0
    address = "ftp://scheduler.example:8786"
    result = runner.invoke(cli, ["build", "--scheduler", address, "--workspace", str(root)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: not the address of a Dask scheduler: {address}. Give it as tcp://HOST:8786."
    )
