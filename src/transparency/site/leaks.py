"""The leak check: no redacted string may survive anywhere in the built site.

Every file under the site folder is read the ways a person or a program could read it: the raw
bytes as text, with HTML entities and JSON escapes decoded, with tags stripped, and, for gzip
files (the sitemap), decompressed. The search index's files (Pagefind's, under ``pagefind/``)
are gzip with a ``pagefind_dcd`` header before JSON (a page's text and excerpt) or CBOR (the
words and filters): they are decompressed and decoded, every string of them read. A compressed
or index file that cannot be read whole fails the check: nothing is published unread.

Each form is whitespace-normalised and case-folded, and each redacted string (normalised the
same way) is looked for with word boundaries at its ends, so a redacted "1234" is found in
"ref 1234." but not inside "2012345".

Where a redacted string is looked for depends on its length. A string of
:data:`SHORT_SECRET` characters or more is looked for in every file of the site. A shorter one
("£38.00", "2.5%") would match figures the site computes itself (a share of text withheld, a
day count), so it is not looked for in the *aggregate* files the caller names: the pages and
data files the site generates from metadata and counts alone (the contracts index, the
redactions register, the performance page, the open data), nor in their search index entries,
nor in Pagefind's word index (``.pf_index``, ``.pf_meta``), whose words are the pages' words
split at punctuation ("£612,500" gives "£612"): each page's whole text is in its fragment
(``.pf_fragment``), which is searched for every string.
Everything else, including each contract's own page and documents and the publisher's pages,
is searched for every string; every value an aggregate file shows also appears on a contract's
own page, where a short string that escaped redaction is still found.

Files copied unchanged from the installed theme (its JavaScript and CSS) cannot hold contract
text; the caller may list them in ``skip`` so their minified code is not searched for short
numbers.

With a proofs folder (the workspace's ``.cache/proofs/``, given in :class:`Places`), what was
found free is kept by the file's bytes: the next check of the same bytes searches them only for
the texts redacted since (see :class:`_FileProof`, and :func:`_by_place` for the documents).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import itertools
import json
import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from transparency import __version__
from transparency._atomic import keep_in_cache
from transparency.contracts.model import normalise_space
from transparency.errors import LeakDetected, Problem
from transparency.needles import Needles

__all__ = [
    "Places",
    "Secret",
    "check_for_leaks",
    "find_leaks",
    "iter_readable_forms",
    "normalise",
    "occurring",
    "occurs",
    "readable_forms",
]

logger = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]*>")
#: Images and fonts: they carry no contract text (a scanned page is refused before this).
_MEDIA_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2", ".ttf"}
_DOCUMENT_SUFFIXES = {".pdf", ".docx"}
_TEXT_SUFFIXES = {
    ".html",
    ".htm",
    ".json",
    ".js",
    ".xml",
    ".txt",
    ".csv",
    ".md",
    ".css",
    ".svg",
    ".yaml",
    ".yml",
    ".map",
    ".gz",
}


#: Pagefind's compressed files: the page fragments, the word index, its metadata, the filters
#: and its WebAssembly (the program, which carries no contract text but is read all the same).
_PAGEFIND_SUFFIXES = {".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter", ".pagefind"}
_PAGEFIND_HEADER = b"pagefind_dcd"
#: Pagefind files that hold the words of the pages, each cut from a fragment's text.
_PAGEFIND_WORD_SUFFIXES = {".pf_index", ".pf_meta"}


class Unreadable(ValueError):
    """A file the leak check cannot read whole (a damaged gzip or search index file)."""


#: Redacted strings shorter than this (normalised) are not looked for in aggregate files.
SHORT_SECRET = 8


@dataclass(frozen=True)
class Secret:
    """A redacted string and where it was decided (for the message).

    ``standing`` says that the same text is also public: left standing by decision somewhere in
    the contracts, or in the published metadata, the publisher's pages or the exemptions. Such
    a text is checked by place (:class:`Places`), not searched for everywhere.
    """

    text: str
    where: str
    standing: bool = False

    @property
    def short(self) -> bool:
        return len(normalise(self.text)) < SHORT_SECRET


def normalise(text: str) -> str:
    """The document model's whitespace normalisation, case-folded."""
    return normalise_space(text).casefold()


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def readable_forms(path: Path) -> list[str]:
    """The normalised texts a reader could get from the file at ``path``."""
    return list(iter_readable_forms(path))


def iter_readable_forms(path: Path) -> Iterator[str]:
    """:func:`readable_forms` one at a time, each made when the last has been searched: a file
    that grows with the register (the open data of every contract) is not held six times."""
    data = path.read_bytes()
    if path.suffix.lower() in _PAGEFIND_SUFFIXES:
        yield from _pagefind_forms(data)
        return
    if path.suffix == ".gz":
        data = _gunzip(data)
    raw = data.decode("utf-8", errors="replace")
    del data
    texts = [raw]
    if path.suffix == ".json":
        try:
            joined = "\n".join(_json_strings(json.loads(raw)))
        except ValueError:
            joined = ""
        texts.append(joined)
    del raw
    while texts:
        text = texts.pop(0)
        yield normalise(text)
        # A form the same as one already read is not read again (a file with no entity or no
        # tag, as most open data is): searching it twice finds nothing more.
        unescaped = html.unescape(text)
        if unescaped != text:
            yield normalise(unescaped)
        untagged = html.unescape(_TAG.sub(" ", text)) if _TAG.search(text) else unescaped
        if untagged not in (text, unescaped):
            yield normalise(untagged)
        del unescaped, untagged


def _gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise Unreadable(f"not a whole gzip file ({error})") from None


def _pagefind_forms(data: bytes) -> list[str]:
    """The texts of a Pagefind file: decompressed, its header checked, then decoded (JSON for
    a page fragment, CBOR for the index, its metadata and the filters; WebAssembly as bytes)."""
    import cbor2

    data = _gunzip(data)
    if not data.startswith(_PAGEFIND_HEADER):
        raise Unreadable("not a Pagefind file (no pagefind_dcd header)")
    body = data[len(_PAGEFIND_HEADER) :]
    if body.startswith(b"\0asm"):
        return [normalise(body.decode("latin-1")), normalise(body.decode("utf-16-le", "ignore"))]
    if body.startswith(b"{"):
        try:
            value = json.loads(body)
        except ValueError as error:
            raise Unreadable(f"its JSON cannot be read ({error})") from None
    else:
        try:
            value = cbor2.loads(body)
        except (cbor2.CBORDecodeError, ValueError, TypeError, OverflowError) as error:
            raise Unreadable(f"its CBOR cannot be read ({error})") from None
    raw = body.decode("utf-8", errors="replace")
    joined = "\n".join(item for item in _json_strings(value) if isinstance(item, str))
    unescaped = html.unescape(joined)
    untagged = html.unescape(_TAG.sub(" ", joined)) if _TAG.search(joined) else unescaped
    # A form the same as one already made is not searched again (the word index has no
    # entity and no tag: two forms, not four).
    forms = dict.fromkeys([raw, joined, unescaped, untagged])
    return [normalise(f) for f in forms]


#: Joining punctuation that extractors and the document reader may set off with spaces
#: ("Sub -Contractor", "A / B"): a secret matches with or without spaces around it.
_JOINERS = re.compile(r"\s*([-/\u2010-\u2015])\s*")


def occurs(secret: str, text: str) -> bool:
    """Whether ``secret`` can be read in ``text`` (already :func:`normalise`-d)."""
    return bool(normalise(secret)) and _pattern(secret).search(text) is not None


def occurring(secrets: list[str], texts: str | Iterable[str]) -> set[int]:
    """The indices of the ``secrets`` that can be read in ``texts`` (one text or many, each
    already :func:`normalise`-d, read one at a time): :func:`occurs` for many secrets, with one
    pass of an index over each text, so that the cost grows with the texts and the secrets, not
    with their product, and the texts need not be held at once."""
    needles = Needles([normalise(secret) for secret in secrets])
    patterns: dict[int, re.Pattern] = {}
    found: set[int] = set()
    for text in [texts] if isinstance(texts, str) else texts:
        for index in needles.found_in(text) - found:
            if not normalise(secrets[index]):
                continue
            if index not in patterns:
                patterns[index] = _pattern(secrets[index])
            if patterns[index].search(text):
                found.add(index)
    return found


def _pattern(secret: str) -> re.Pattern:
    compact = _JOINERS.sub(r"\1", normalise(secret))
    body = "".join(
        r"\s*" + re.escape(char) + r"\s*" if _JOINERS.fullmatch(char) else re.escape(char)
        for char in compact
    ).replace(r"\ ", r"\s*")
    left = r"(?<!\w)" if secret[:1].isalnum() else ""
    right = r"(?!\w)" if secret[-1:].isalnum() else ""
    # A figure goes on past a thousands separator: "£612" is not read in "£612,500", nor "612"
    # in "1,612" (another contract's value); with pence ("£612.00") it is the same sum.
    if secret[:1].isdigit():
        left += r"(?<!\d,)(?<!\d\.)"  # nor "4%" in "96.4%" (a KPI's result): another figure
    if secret[-1:].isdigit():
        right += r"(?!,\d)"
    return re.compile(left + body + right)


@dataclass
class Places:
    """Where the site shows contract text, for the check by place of standing secrets.

    ``blocks``: for each contract page (site path), the released text of each block by its
    anchor (the block's text with its redacted spans cut out; the rendered element has the
    anchor as its ``id``; a mapping that may make each page's blocks when they are asked
    for). ``originals``: for each published document (site path), its clean
    copy (the source with nothing redacted). ``spans``: for each published document, how many
    withheld spans of each text (:func:`normalise`-d) were removed from it.
    """

    blocks: Mapping[str, dict[str, list[str]]] = field(default_factory=dict)
    originals: dict[str, Path] = field(default_factory=dict)
    spans: dict[str, Counter[str]] = field(default_factory=dict)
    #: Where to keep, for each published document, the texts it was proven free of (the
    #: workspace's ``.cache/proofs/``), so that the next build proves it against new texts
    #: only; ``None``: every document is proven against every text.
    proofs: Path | None = None


def find_leaks(
    site_dir: Path,
    secrets: Iterable[Secret],
    *,
    skip: Iterable[Path] = (),
    aggregates: Iterable[str] = (),
    places: Places | None = None,
) -> list[Problem]:
    """One problem for each (file, secret) pair where the secret can be read in the file.

    ``aggregates`` are site paths (``kpis/index.html``, ``open-data/contracts.csv``) of files
    generated from metadata and counts only: short secrets are not looked for there.

    Each published contract document in ``places`` is proven by count: every secret may be
    read in it no more often than in its clean copy (the source with nothing redacted) less the
    spans removed from it (:func:`~transparency.site.originals.proof.prove_bytes`), so a
    contract's own words are not taken for another contract's redactions. A *standing* secret
    (the same text is public elsewhere by decision) is checked by place: in each block of each
    contract page it may be read no more often than in the block's released text. Other files
    are not searched for it: the text is public there. Every other secret is searched for in
    every other file.
    """
    aggregate = set(aggregates)
    secrets = [s for s in secrets if normalise(s.text)]
    places = places or Places()
    problems = _by_place(Path(site_dir), secrets, places)
    secrets = [s for s in secrets if not s.standing]
    documents = _DocumentProof(secrets)
    files = _FileProof(secrets, places.proofs, aggregate)
    skipped = {Path(p).resolve() for p in skip}
    for path in sorted(p for p in Path(site_dir).rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        relative = path.relative_to(site_dir).as_posix()
        if path.resolve() in skipped or suffix in _MEDIA_SUFFIXES:
            continue
        # Pagefind's word index and its metadata (the words at each chunk's bounds) hold the
        # pages' words split at punctuation: "£612,500" is indexed as "£612", "500" and
        # "612500". A short figure there is as likely a piece of a longer public one; the page's
        # whole text, from which every word of the index is cut, is in its fragment, read for
        # every secret, as the page itself is.
        skip_short = relative in aggregate or suffix in _PAGEFIND_WORD_SUFFIXES
        if suffix in _DOCUMENT_SUFFIXES:
            if relative not in places.originals:  # those are proven by count
                problems += documents.leaks(path, skip_short=skip_short)
            continue
        try:
            problems += files.leaks(path, relative, skip_short)
        except Unreadable as error:
            problems.append(
                Problem(path, f"cannot be read by the leak check: {error}; it is not published")
            )
    return problems


class _FileProof:
    """Every file of the site but the contract documents, searched for every secret.

    With a ``folder`` (the workspace's ``.cache/proofs/``), each file found free of them is kept
    in its ``files/`` by its bytes, its site path and how it is searched, with the set of texts
    it is free of (by name, kept once in ``files/sets/``, as for the documents). The next build
    searches an unchanged file for the texts not in that set only: none when no redacted text
    was added, so that an unchanged page or data file costs one digest. A file that leaked or
    could not be read is never kept."""

    def __init__(self, secrets: list[Secret], folder: Path | None, aggregate: set[str]) -> None:
        self.secrets = secrets
        self.folder = None if folder is None else folder / "files"
        self.aggregate = aggregate
        self.digests = [_digest(secret.text) for secret in secrets]
        self.every = frozenset(self.digests)
        self.current = _set_digest(self.every)
        self._subsets: dict[str | None, tuple[Needles, _Patterns]] = {}
        self._kept = False  # whether the current set is kept in sets/

    def leaks(self, path: Path, relative: str, skip_short: bool) -> list[Problem]:
        entry = self._entry(path, relative, skip_short)
        earlier = _proven(entry)
        if earlier == self.current:
            return []  # free of these very texts: nothing is new
        needles, patterns = self._left(earlier)
        if earlier is not None and not patterns:
            return []  # read whole and free of more texts than these: its record stands
        found = _search_file(path, needles, patterns, self.aggregate, skip_short)
        if not found and entry is not None:
            if not self._kept:
                self._kept = _proven_set(self.folder, self.current) == self.every or _keep(
                    self.folder / "sets" / f"{self.current}.json", sorted(self.every)
                )
            if self._kept:
                _keep(entry, {"proven": self.current})
        return found

    def _entry(self, path: Path, relative: str, skip_short: bool) -> Path | None:
        if self.folder is None:
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None  # the search says what is wrong with it
        scope = sorted(self.aggregate) if path.name == "search_index.json" else None
        key = [__version__, "file", relative, skip_short, scope, _digest(data)]
        return self.folder / f"{_digest(json.dumps(key))}.json"

    def _left(self, earlier: str | None) -> tuple[Needles, _Patterns]:
        """The index and patterns of the texts a file proven free of ``earlier`` (a set's
        name) must still be searched for: made once for all the files proven against it."""
        if earlier not in self._subsets:
            proven = _proven_set(self.folder, earlier)
            subset = [
                secret
                for secret, digest in zip(self.secrets, self.digests, strict=True)
                if digest not in proven
            ]
            self._subsets[earlier] = (
                Needles([normalise(secret.text) for secret in subset]),
                _Patterns(subset),
            )
        return self._subsets[earlier]


class _Patterns:
    """Each secret with its pattern, compiled when first asked for: the index finds few of
    the register's secrets in any one file, and most are never compiled."""

    def __init__(self, secrets: list[Secret]) -> None:
        self.secrets = secrets
        self._compiled: dict[int, re.Pattern] = {}

    def __getitem__(self, index: int) -> tuple[Secret, re.Pattern]:
        pattern = self._compiled.get(index)
        if pattern is None:
            pattern = self._compiled[index] = _pattern(self.secrets[index].text)
        return self.secrets[index], pattern

    def __len__(self) -> int:
        return len(self.secrets)


def _by_place(site_dir: Path, every: list[Secret], places: Places) -> list[Problem]:
    """The check by place (see :func:`find_leaks`): standing secrets in the blocks of the
    contract pages, every secret in each published contract document."""
    from transparency.site.originals import Withheld, proof_needles
    from transparency.site.originals.proof import prove_bytes

    problems: list[Problem] = []
    secrets = [secret for secret in every if secret.standing]
    patterns = [_pattern(secret.text) for secret in secrets]
    standing = Needles([normalise(secret.text) for secret in secrets])
    for page in sorted(places.blocks):  # a page's blocks are read when it is checked
        path = site_dir / page
        if not path.is_file():
            continue
        blocks = places.blocks[page]
        shown = _block_texts(path.read_bytes())
        for anchor, released in sorted(blocks.items()):
            text = normalise(" ".join(shown.get(anchor, [])))
            allowed_texts = [normalise(part) for part in released]
            for number in sorted(standing.found_in(text)):
                secret, pattern = secrets[number], patterns[number]
                count = len(pattern.findall(text))
                if count and count > sum(len(pattern.findall(t)) for t in allowed_texts):
                    problems.append(
                        Problem(
                            path,
                            f"contains redacted text ({secret.where}) in block {anchor}",
                            text=secret.text,
                        )
                    )
    withheld = [Withheld(secret.text, "", where=secret.where) for secret in every]
    needles = proof_needles(withheld) if places.originals else None  # one index for the site
    digests = [_digest(normalise(item.text)) for item in withheld]
    every_digest = frozenset(digests)
    current = _set_digest(every_digest)
    # What each earlier set of texts leaves to prove (the texts new since), worked out once
    # for all the documents proven against that set: most share one.
    left: dict[str | None, tuple[list[Withheld], object]] = {}
    kept = False  # whether the current set of texts is kept in proofs/sets/
    for name, source in sorted(places.originals.items()):
        path = site_dir / name
        if not path.is_file():
            continue
        data, original = path.read_bytes(), source.read_bytes()
        spans = places.spans.get(name, Counter())
        entry = _proven_entry(places.proofs, data, original, spans)
        earlier = _proven(entry)
        if earlier == current:
            continue  # proven against these very texts: nothing is new
        if earlier not in left:
            proven = _proven_set(places.proofs, earlier)
            subset = [
                item for item, digest in zip(withheld, digests, strict=True) if digest not in proven
            ]
            left[earlier] = (subset, needles if not proven else proof_needles(subset))
        subset, subset_needles = left[earlier]
        found = []
        if subset:
            found = prove_bytes(
                data,
                path.suffix.lower(),
                subset,
                name=path,
                needles=subset_needles,
                original=original,
                spans=spans,
                key=normalise,
            )
        problems += [Problem(path, problem.message, text=problem.text) for problem in found]
        if not found and entry is not None:
            if not kept:
                kept = _proven_set(places.proofs, current) == every_digest or _keep(
                    places.proofs / "sets" / f"{current}.json", sorted(every_digest)
                )
            if kept:
                _keep(entry, {"proven": current})
    return problems


def _digest(value: str | bytes) -> str:
    return hashlib.sha256(value.encode() if isinstance(value, str) else value).hexdigest()


def _proven_entry(
    folder: Path | None, data: bytes, original: bytes, spans: Counter[str]
) -> Path | None:
    """Where the texts a published document was proven free of are kept: by the document's
    bytes, its clean copy's, the spans removed from it and the tool's version."""
    if folder is None:
        return None
    removed = sorted((_digest(text), count) for text, count in spans.items())
    key = [__version__, _digest(data), _digest(original), removed]
    return folder / f"{_digest(json.dumps(key))}.json"


def _set_digest(digests: frozenset[str]) -> str:
    """The name of a set of texts' digests: the digest of its sorted members."""
    return _digest("\n".join(sorted(digests)))


def _proven(entry: Path | None) -> str | None:
    """The set of texts a published document was last proven free of (beyond what may stand),
    by its name (:func:`_set_digest`); ``None`` when it was never proven or its record cannot
    be read. A leak check proves each document against the texts not in that set only (one
    more redaction elsewhere: that one text); an unchanged site, against none."""
    if entry is None or not entry.is_file():
        return None
    try:
        value = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    proven = value.get("proven") if isinstance(value, dict) else None
    return proven if isinstance(proven, str) else None


def _proven_set(folder: Path | None, name: str | None) -> frozenset[str]:
    """The digests of the set of texts named ``name``, kept once for every document proven
    against it (``proofs/sets/``); empty when it is not kept or cannot be read, so that every
    text is proven again."""
    if folder is None or name is None:
        return frozenset()
    try:
        value = json.loads((folder / "sets" / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    digests = (
        frozenset(item for item in value if isinstance(item, str))
        if isinstance(value, list)
        else frozenset()
    )
    return digests if _set_digest(digests) == name else frozenset()  # a damaged set: all again


def _keep(path: Path, value: object) -> bool:
    """Write a proof record as JSON; ``False`` when it cannot be kept."""
    return keep_in_cache(path, json.dumps(value).encode())


def _block_texts(data: bytes) -> dict[str, list[str]]:
    """The text of each element of a page with an ``id`` of a block (``b-...``), by id."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(data)
    except (ValueError, lxml_html.etree.ParserError):
        return {}
    texts: dict[str, list[str]] = {}
    for element in root.iter():
        anchor = element.get("id") if isinstance(element.tag, str) else None
        if anchor and anchor.startswith("b-"):
            texts.setdefault(anchor, []).append(element.text_content())
    return texts


def _search_file(
    path: Path,
    needles: Needles,
    patterns: _Patterns,
    aggregate: set[str],
    skip_short: bool,
) -> list[Problem]:
    """The secrets readable in one file (not a contract document), its forms read one at a
    time; a short secret only in ``scoped`` forms (the theme's search index without the
    aggregate pages' entries), and not at all when ``skip_short``."""
    suffix = path.suffix.lower()
    readable = suffix in _TEXT_SUFFIXES or suffix in _PAGEFIND_SUFFIXES
    forms = iter_readable_forms(path) if readable else iter(_raw_forms(path))
    scoped: list[str] | None = None  # None: the same forms
    if path.name == "search_index.json":
        scoped = _search_forms(path, aggregate)
    found: set[int] = set()
    every = ((False, form) for form in forms)  # made one at a time, not listed
    for in_scope, form in itertools.chain(every, ((True, form) for form in scoped or [])):
        for index in needles.found_in(form) - found:
            secret, pattern = patterns[index]
            if secret.short and (skip_short or (scoped is not None and not in_scope)):
                continue
            if not secret.short and in_scope:
                continue  # the whole index is searched for the long ones
            if pattern.search(form):
                found.add(index)
    return [
        Problem(path, f"contains redacted text ({secret.where})", text=secret.text)
        for secret, _ in (patterns[index] for index in sorted(found))
    ]


def _search_forms(path: Path, aggregate: set[str]) -> list[str]:
    """The search index without the entries of aggregate pages, as readable forms."""
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
        docs = data.get("docs", [])
    except (ValueError, AttributeError):
        return readable_forms(path)
    kept = [
        doc
        for doc in (docs if isinstance(docs, list) else [])
        if not (
            isinstance(doc, dict)
            and f"{str(doc.get('location', '')).split('#')[0]}index.html" in aggregate
        )
    ]
    text = "\n".join(_json_strings(kept))
    return [normalise(f) for f in (text, html.unescape(text), html.unescape(_TAG.sub(" ", text)))]


def _raw_forms(path: Path) -> list[str]:
    """An unknown file type, read as bytes: as Latin-1 and as UTF-16 (little-endian)."""
    data = path.read_bytes()
    return [normalise(data.decode("latin-1")), normalise(data.decode("utf-16-le", "ignore"))]


class _DocumentProof:
    """PDF and DOCX files are read by the redacted originals' proof (two extractors and every
    stream), against every secret, with one index built for the whole site."""

    def __init__(self, secrets: list[Secret]) -> None:
        from transparency.site.originals import Withheld, proof_needles

        self.secrets = secrets
        self.withheld = [Withheld(s.text, "", where=s.where) for s in secrets]
        self.long = [w for s, w in zip(secrets, self.withheld, strict=True) if not s.short]
        self._needles = {}
        self._proof_needles = proof_needles

    def leaks(self, path: Path, *, skip_short: bool) -> list[Problem]:
        from transparency.site.originals import prove_redacted

        withheld = self.long if skip_short else self.withheld
        key = id(withheld)
        if key not in self._needles:
            self._needles[key] = self._proof_needles(withheld)
        return [
            Problem(path, problem.message, text=problem.text)
            for problem in prove_redacted(path, withheld, needles=self._needles[key])
        ]


def check_for_leaks(
    site_dir: Path,
    secrets: Iterable[Secret],
    *,
    skip: Iterable[Path] = (),
    aggregates: Iterable[str] = (),
    places: Places | None = None,
) -> None:
    """Raise :class:`LeakDetected` naming every file and redaction that leaked."""
    problems = find_leaks(site_dir, secrets, skip=skip, aggregates=aggregates, places=places)
    if problems:
        raise LeakDetected(
            problems,
            hint="The site was not published. The redacted text is still shown where it was"
            " redacted: report this as a fault of the tool.",
        )
