"""The redacted originals of a build: made once per content, on every core, kept by key.

Each published document is a :class:`Job`: its source, its withheld spans (text, label and
places) and the key of what it becomes (the source's SHA-256, the spans and the tool's version).
A job whose redacted original is in ``.cache/originals/`` under that key is taken from there;
the others are redacted and proven (:func:`transparency.site.originals.redact_original`) in a
pool of worker processes (:func:`transparency.parallel.open_pool`: ``--jobs``, or a Dask
cluster with ``--scheduler``), each against its clean copy (the source with nothing redacted,
kept under the source's hash). Every reading the proof makes of a file is kept in
``.cache/readings/`` (:func:`transparency.site.originals.proof.readings`), so the leak check
that follows reads no file again: it only searches what was read.

Every failure is reported, not only the first: the spans that leaked in every document in one
:class:`LeakDetected`, else the first document that cannot be redacted, in the order of the
contracts.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from transparency import __version__
from transparency._atomic import atomic_write_bytes
from transparency.contracts.model import Document
from transparency.errors import LeakDetected, PortableError, TransparencyError
from transparency.site.originals import OriginalReport, Withheld, redact_original

__all__ = ["BurnInLog", "Job", "burn_in_all", "clean_key", "job_key"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One document to publish redacted. ``document`` is given only when a span has no places
    (it is then found by its text); ``name`` is the document's path in the site."""

    name: str
    source: Path
    withheld: tuple[Withheld, ...]
    sha256: str
    document: Document | None = None

    @property
    def key(self) -> str:
        return job_key(self.sha256, self.withheld)


@dataclass
class BurnInLog:
    """What a build did with each document (site paths): redacted afresh or from the cache."""

    redacted: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)


def job_key(sha256: str, withheld: tuple[Withheld, ...] | list[Withheld]) -> str:
    """The key of a redacted original: the source's bytes, the spans, the tool's version."""
    spans = [(w.text, w.label, _jsonable(w.places)) for w in withheld]
    return hashlib.sha256(json.dumps([__version__, sha256, spans]).encode()).hexdigest()


def clean_key(sha256: str) -> str:
    """The key of a source's clean copy."""
    return hashlib.sha256(json.dumps([__version__, sha256, "clean"]).encode()).hexdigest()


def _jsonable(places: tuple) -> list:
    """Places as JSON values (a ``frozenset`` of places as a sorted list)."""
    return [
        sorted(map(repr, place)) if isinstance(place, frozenset) else repr(place)
        for place in places
    ]


def burn_in_all(
    jobs: list[Job],
    cache: Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
) -> tuple[dict[str, tuple[Path, Path]], BurnInLog]:
    """The redacted original and the clean copy of every job, by site path, as files in
    ``cache`` (``originals/``), and what was done; raises the failures (see the module
    docstring)."""
    from transparency.parallel import open_pool

    if scheduler:  # the workers see the same paths, not this process's working folder
        cache = cache.absolute()
        jobs = [replace(job, source=job.source.absolute()) for job in jobs]
    folder = cache / "originals"
    log = BurnInLog()
    out: dict[str, tuple[Path, Path]] = {}
    todo: list[Job] = []
    for job in jobs:
        redacted = folder / f"{job.key}{job.source.suffix.lower()}"
        clean = folder / f"{clean_key(job.sha256)}{job.source.suffix.lower()}"
        if redacted.is_file() and clean.is_file():
            out[job.name] = (redacted, clean)
            log.cached.append(job.name)
        else:
            todo.append(job)
    failures: dict[str, Any] = {}
    unique: dict[tuple[str, str], Job] = {}  # the same source and spans are made once
    for job in todo:
        unique.setdefault((job.key, job.source.suffix.lower()), job)
    if unique:
        logger.info("redacting %d of %d documents", len(unique), len(jobs))
        with open_pool(
            workers, items=len(unique), scheduler=scheduler, shared=(cache.parent,)
        ) as pool:
            futures = {ident: pool.submit(burn_in, job, cache) for ident, job in unique.items()}
            outcomes = {ident: future.result() for ident, future in futures.items()}
        for job in todo:
            outcome = outcomes[(job.key, job.source.suffix.lower())]
            if isinstance(outcome, PortableError):
                failures[job.name] = outcome.rebuild()
            else:
                out[job.name] = outcome
                log.redacted.append(job.name)
    if failures:
        raise _combined([failures[job.name] for job in jobs if job.name in failures])
    return {job.name: out[job.name] for job in jobs}, log


def burn_in(job: Job, cache: Path) -> tuple[Path, Path] | PortableError:
    """Redact and prove one document (in a worker process): its redacted original and its
    clean copy, written into ``cache/originals/``."""
    from transparency.contracts.ocr import set_cache
    from transparency.site.originals.proof import set_readings_cache

    folder = cache / "originals"
    folder.mkdir(parents=True, exist_ok=True)
    suffix = job.source.suffix.lower()
    redacted = folder / f"{job.key}{suffix}"
    clean = folder / f"{clean_key(job.sha256)}{suffix}"
    try:
        with set_cache(cache / "ocr"), set_readings_cache(cache / "readings"):
            kept = clean.is_file()
            report: OriginalReport = redact_original(
                job.source,
                redacted,
                list(job.withheld),
                document=job.document,
                clean=clean.read_bytes() if kept else None,  # else made from the same reading
                keep_clean=None if kept else partial(atomic_write_bytes, clean),
            )
    except LeakDetected as error:  # named by the document, not by the cache's file
        problems = [
            replace(problem, path=job.source) if Path(problem.path) == redacted else problem
            for problem in error.problems
        ]
        return PortableError.of(LeakDetected(problems, hint=error.hint))
    except TransparencyError as error:
        return PortableError.of(error)
    logger.debug("%s: %d boxes", job.name, report.boxes)
    return redacted, clean


def _combined(errors: list[TransparencyError]) -> TransparencyError:
    """One error for the failures of several documents (see the module docstring)."""
    leaks = [e for e in errors if isinstance(e, LeakDetected)]
    if len(errors) == 1 or len(leaks) < len(errors):
        return next((e for e in errors if not isinstance(e, LeakDetected)), errors[0])
    return LeakDetected(
        [problem for error in leaks for problem in error.problems],
        hint=f"{len(leaks)} redacted originals were not written." if len(leaks) > 1 else "",
    )
