"""Heavy work on the workers of a Dask distributed scheduler (the optional ``dask`` extra).

:func:`dask_executor` connects to a running scheduler (``tcp://HOST:8786``) and gives a
:class:`concurrent.futures.Executor` whose calls run on its workers. It keeps the promises of a
local process pool, so that a cluster's outputs are the same as a local run's:

- each worker process runs the pool's initializer once, before its first call of this session
  (a worker that outlives the session starts afresh in the next one, so an edited rule file is
  read again, as a new local pool would), and runs one call at a time;
- before any work is sent, every worker is asked whether it runs the same version of the
  package and sees the ``shared`` folders (the workspace) at the same path: a worker that does
  not would read other files, or none;
- ``submit(fn, *args)`` gives a future whose ``result()`` raises what ``fn`` raised.

Dask is imported only here, and only when a scheduler is given.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transparency import __version__
from transparency.errors import ConfigError, WorkspaceError

__all__ = ["CONNECT_TIMEOUT", "check_address", "dask_executor"]

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10
"""Seconds to wait for the scheduler to answer, and for it to have a worker."""

_INSTALL = 'Install it with: pip install "contract-transparency[dask]".'


@contextlib.contextmanager
def dask_executor(
    address: str,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    shared: Sequence[Path | str] = (),
) -> Iterator[Executor]:
    """An executor over the workers of the Dask scheduler at ``address`` (see the module
    docstring); ``shared`` are the folders every worker must see at the same path. The client
    is closed at exit; calls still running when the block fails are cancelled."""
    distributed = _import_distributed()
    client = _connect(distributed, address)
    try:
        _check_workers(client, address, [str(path) for path in shared])
        start = _Start(uuid.uuid4().hex, initializer, tuple(initargs))
        executor = _DaskExecutor(client, start)
        try:
            yield executor
        except BaseException:
            executor.shutdown(wait=False)
            raise
        executor.shutdown(wait=True)
    finally:
        client.close()


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ConfigError(
            "--scheduler needs Dask's distributed scheduler, which is not installed",
            hint=_INSTALL,
        ) from None
    return distributed


def check_address(address: str) -> None:
    """Fail unless Dask is installed and ``address`` reads as a scheduler's address: checked
    before any work, even when none will be sent (a build whose documents are all cached)."""
    _import_distributed()
    from distributed.comm import parse_address
    from distributed.comm.registry import get_backend

    try:  # a client given a bad address takes seconds to fail, then to close
        get_backend(parse_address(address)[0])
    except ValueError:
        raise ConfigError(
            f"not the address of a Dask scheduler: {address}",
            hint="Give it as tcp://HOST:8786.",
        ) from None


def _connect(distributed: Any, address: str) -> Any:
    check_address(address)
    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as error:
        logger.debug("connecting to %s", address, exc_info=True)
        raise ConfigError(
            f"cannot reach the Dask scheduler at {address} ({type(error).__name__})",
            hint="Start it with 'dask scheduler' and give its address, e.g. tcp://HOST:8786.",
        ) from None
    logger.info("connected to the Dask scheduler at %s", address)
    return client


def _check_workers(client: Any, address: str, shared: list[str]) -> None:
    """At least one worker; every worker with this version of the package and the shared
    folders at the same paths."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError):
        raise ConfigError(
            f"the Dask scheduler at {address} has no workers",
            hint=f"Start some with: dask worker {address} --nthreads 1.",
        ) from None
    try:
        answers = client.run(_survey, shared)
    except Exception as error:  # the workers could not even load this module
        logger.debug("surveying the workers of %s", address, exc_info=True)
        raise ConfigError(
            f"the Dask workers of {address} cannot run transparency ({type(error).__name__})",
            hint="Install contract-transparency, the same version, on every worker.",
        ) from None
    logger.info("%d Dask worker(s) at %s", len(answers), address)
    for worker, (version, missing) in sorted(answers.items()):
        if version != __version__:
            raise ConfigError(
                f"the Dask worker {worker} runs transparency {version}, this is {__version__}",
                hint="Install the same version on every worker, so that they work alike.",
            )
        if missing:
            raise WorkspaceError(
                f"the Dask worker {worker} does not see this folder at the same path",
                path=missing[0],
                hint="The workers must see the workspace at the same path (shared storage).",
            )


def _survey(shared: list[str]) -> tuple[str, list[str]]:
    """On a worker: its version of the package, and the shared folders it cannot see."""
    return __version__, [path for path in shared if not Path(path).is_dir()]


@dataclass(frozen=True)
class _Start:
    """What a worker process runs once per session before its first call."""

    session: str
    initializer: Callable[..., None] | None
    initargs: tuple


_session: list[str] = []  # the session whose initializer this process ran last
_one_at_a_time = threading.Lock()


def _call(start: _Start, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """On a worker: the call, after the session's initializer if this process has not run it
    since another session's. One call at a time per process, as in a local pool, so that a
    worker with several threads never runs a call on another session's state."""
    with _one_at_a_time:
        if _session != [start.session]:
            _session.clear()
            if start.initializer is not None:
                start.initializer(*start.initargs)
            _session.append(start.session)
        return fn(*args, **kwargs)


class _DaskExecutor(Executor):
    """Calls on the cluster's workers, each preceded there by the session's initializer."""

    def __init__(self, client: Any, start: _Start) -> None:
        # pure=False: two equal calls are two calls, as in a local pool (Dask would merge them)
        self._inner = client.get_executor(pure=False)
        self._start = start

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        return self._inner.submit(_call, self._start, fn, args, kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait=wait and not cancel_futures)
