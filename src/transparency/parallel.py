"""Where the heavy work of many documents runs: in this process, a local process pool, or a
Dask cluster.

:func:`open_pool` gives a :class:`concurrent.futures.Executor` for ``jobs`` worker processes on
this machine, or, with ``scheduler`` (``tcp://HOST:8786``), an executor over the workers of a
running Dask distributed scheduler. Callers submit module-level functions with picklable
arguments and read the results; the outputs are the same whichever runs them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["SerialExecutor", "open_pool", "workers_for"]


class SerialExecutor(Executor):
    """Runs each submitted call at once, in this process (one job, or a single item)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to the caller through the future
            future.set_exception(error)
        return future


def workers_for(jobs: int | None, items: int) -> int:
    """How many local worker processes ``items`` pieces of work need (``jobs`` at most,
    default one per core)."""
    return max(1, min(jobs or os.cpu_count() or 1, items))


@contextlib.contextmanager
def open_pool(
    jobs: int | None = None,
    *,
    items: int,
    scheduler: str | None = None,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    shared: Sequence[Path | str] = (),
) -> Iterator[Executor]:
    """An executor for ``items`` pieces of work (see the module docstring).

    Locally, one piece of work or ``jobs=1`` runs in this process (``initializer`` is then
    called here first); otherwise a process pool of :func:`workers_for` processes, each
    started with ``initializer(*initargs)``. On a cluster, each worker process runs
    ``initializer(*initargs)`` before its first call, and must see the ``shared`` folders (the
    workspace) at the same path as this machine: :func:`transparency.distributed.dask_executor`.
    """
    if scheduler:
        from transparency.distributed import dask_executor

        with dask_executor(
            scheduler, initializer=initializer, initargs=initargs, shared=shared
        ) as executor:
            yield executor
        return
    workers = workers_for(jobs, items)
    if workers == 1:
        if initializer is not None:
            initializer(*initargs)
        yield SerialExecutor()
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=initializer, initargs=initargs
    ) as pool:
        yield pool
