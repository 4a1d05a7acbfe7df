"""Finding which of many redacted strings a text may contain, in one pass.

The leak check and the originals' proof look for every redacted string of the site in every
file: thousands of strings in thousands of files. Running each string's pattern over each file
grows with their product. :class:`Needles` first finds, with an Aho-Corasick automaton
(pyahocorasick), which strings occur in a text once whitespace is ignored and case folded: a
condition every match of the exact patterns meets. Only those strings' exact patterns are run.
"""

from __future__ import annotations

from collections.abc import Sequence

import ahocorasick

__all__ = ["Needles", "squeeze"]


#: Characters of a text squeezed at a time: ``str.split`` makes an object of every word, which
#: for a file that grows with the register (the open data) is many times the text's size.
_PIECE = 1 << 20


def squeeze(text: str) -> str:
    """``text`` without whitespace, case-folded: the key both sides are compared on.

    ``str.split`` splits at exactly the characters ``\\s`` matches, in a third of the time
    the regular expression takes on a long text. Both steps act on each character alone, so a
    long text is squeezed a piece at a time, with the same result."""
    if len(text) <= _PIECE:
        return "".join(text.split()).casefold()
    return "".join(
        "".join(text[at : at + _PIECE].split()).casefold() for at in range(0, len(text), _PIECE)
    )


class Needles:
    """An index of strings; :meth:`found_in` gives those whose squeezed form is in a text."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._empty: set[int] = set()
        keys: dict[str, list[int]] = {}
        for index, text in enumerate(texts):
            key = squeeze(text)
            if key:
                keys.setdefault(key, []).append(index)
            else:
                self._empty.add(index)
        self._indices = list(keys.values())
        for number, key in enumerate(keys):
            self._automaton.add_word(key, number)
        self._ready = bool(keys)
        if self._ready:
            self._automaton.make_automaton()

    def found_in(self, *forms: str) -> set[int]:
        """Indices of the strings that may occur in any of ``forms`` (already normalised)."""
        found = set(self._empty)
        if not self._ready:
            return found
        numbers: set[int] = set()
        for form in forms:
            numbers.update({number for _, number in self._automaton.iter(squeeze(form))})
        for number in numbers:
            found.update(self._indices[number])
        return found
