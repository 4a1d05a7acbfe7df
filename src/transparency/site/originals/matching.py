"""Finding withheld text: patterns for removal and for the proof.

Removal works on text assembled from a document (glyphs or runs) in which words are separated by
a single space and lines by ``"\\n"``. A withheld text matches whatever the whitespace between
its characters (none, spaces, line breaks), a hyphen at a line end (``"transpar-\\nency"``) and
any letter case, with word boundaries at its ends when it starts or ends with a letter or digit
(as the site's leak check: "1234" is found in "ref 1234." but not inside "2012345"). The withheld
text is read in compatibility form (:func:`compact`), so the document's characters must be too:
:func:`removal_forms` gives each its form ("\u2026" reads "...", a no-break space " ", a soft
hyphen nothing), with the span of the source it stands for.

The proof reads extracted text and raw bytes: :func:`readable` normalises a text for it
(Unicode compatibility forms, soft hyphens and zero-width characters removed, whitespace
collapsed, case folded), once as it is and once with line-end hyphens joined, and
:func:`proof_pattern` finds a withheld text there with or without single spaces between its
characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["compact", "proof_pattern", "readable", "removal_forms", "removal_pattern"]

_SOFT = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACE = re.compile(r"\s+")
# Characters whose form is not themselves even in normalised text: soft marks, whitespace but " ".
_ODD = re.compile(rf"{_SOFT.pattern}|[^\S ]")
_LINE_END_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011]\s*\n\s*(?=\w)")
_SEPARATOR = r"(?:[ \n]*(?:-\n[ \n]*)?)"


def compact(text: str) -> str:
    """``text`` in compatibility form without whitespace, soft hyphens or zero-width marks."""
    return _SPACE.sub("", _SOFT.sub("", unicodedata.normalize("NFKC", text)))


def _bounded(body: str, text: str) -> str:
    left = r"(?<!\w)" if text[:1].isalnum() else ""
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    return left + body + right


def removal_pattern(text: str) -> re.Pattern[str]:
    """A pattern for ``text`` in assembled document text (see the module docstring)."""
    chars = compact(text)
    if not chars:
        raise ValueError("a withheld text must contain something other than whitespace")
    body = _SEPARATOR.join(re.escape(char) for char in chars)
    return re.compile(_bounded(body, chars), re.IGNORECASE)


def removal_forms(text: str) -> list[tuple[int, int, str]]:
    """Each character of a document's text, with the combining marks after it, as
    ``(start, end, form)``: ``text[start:end]`` reads ``form`` in the text that
    :func:`removal_pattern` searches (compatibility form; any whitespace, a no-break space too, a
    single space; soft hyphens and zero-width marks ``""``). Most text is already in that form
    and maps character for character."""
    if unicodedata.is_normalized("NFKC", text) and not _ODD.search(text):
        return [(index, index + 1, char) for index, char in enumerate(text)]
    forms = []
    start = 0
    for end in range(1, len(text) + 1):
        if end < len(text) and unicodedata.combining(text[end]):
            continue
        cluster = unicodedata.normalize("NFKC", text[start:end])
        forms.append((start, end, _SPACE.sub(" ", _SOFT.sub("", cluster))))
        start = end
    return forms


def readable(text: str) -> list[str]:
    """The normalised forms of an extracted text in which the proof looks for withheld text."""
    text = _SOFT.sub("", unicodedata.normalize("NFKC", text))
    joined = _LINE_END_HYPHEN.sub("", text)
    forms = [text] if joined == text else [text, joined]
    return [_SPACE.sub(" ", form).casefold() for form in forms]


@functools.lru_cache(maxsize=65536)
def proof_pattern(text: str) -> re.Pattern[str]:
    """A pattern for ``text`` in a :func:`readable` form."""
    chars = compact(text).casefold()
    body = " ?".join(re.escape(char) for char in chars)
    return re.compile(_bounded(body, chars))
