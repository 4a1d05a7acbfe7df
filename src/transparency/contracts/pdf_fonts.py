"""Fonts of a PDF as glyph decoders: character codes to Unicode text and advance widths.

A string shown by ``Tj`` or ``TJ`` is a sequence of character codes. To remove a redacted
passage glyph by glyph, each code must be known with three things: its bytes in the string, the
Unicode text it stands for, and its horizontal advance (so that the glyphs after it can be kept
where they were). :class:`GlyphFont` provides them for

- simple fonts (Type 1 including the Standard 14, TrueType, MMType1, Type 3): one byte per code;
  text from the ``/ToUnicode`` map, else the ``/Encoding`` (named encoding plus
  ``/Differences``, or the Standard 14 built-in encodings); widths from ``/Widths`` and
  ``/FirstChar``, else the Standard 14 metrics; Type 3 widths scaled by the ``/FontMatrix``;
- composite Type0 fonts with the ``/Identity-H`` encoding (two bytes per code, the code being the
  CID) and a ``/ToUnicode`` map; widths from the descendant font's ``/W`` and ``/DW``;
- pictogram fonts (Wingdings, Webdings, Zapf Dingbats, Marlett, Symbol), composite ones without
  a ``/ToUnicode`` map too: their codes stand for check boxes, arrows and bullets, not letters,
  so a code with no known text reads as :data:`SYMBOL` (U+FFFD, a symbol of unknown meaning)
  and can be removed like any glyph.

Decoding tables come from pypdf's own font reader (:class:`pypdf.generic._font.Font`), which is
what pypdf's text extraction uses, so that the text we match is the text pypdf extracts.

Anything else (a Type0 font with another CMap, a vertical font, a font without a usable map)
cannot be mapped: :class:`Unmappable` is raised, and the caller refuses the page.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any, NamedTuple

from pypdf.generic._font import Font

__all__ = ["Glyph", "GlyphFont", "Unmappable", "string_bytes"]

logger = logging.getLogger(__name__)

# Typographic ligatures ("ﬁ") read as their letters; every other character reads as itself.
_LIGATURE = re.compile("[\ufb00-\ufb06]")
#: Fonts of pictograms (check boxes, arrows, bullets), whose codes stand for no letters.
_PICTOGRAMS = re.compile(r"wingdings|webdings|dingbats|marlett|^symbol(mt)?\b", re.IGNORECASE)
#: What a pictogram without a known meaning reads as.
SYMBOL = "\ufffd"
_BOLD = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
_SIMPLE = ("/Type1", "/MMType1", "/TrueType", "/Type3")
_DEFAULT_ASCENT = 0.8
_DEFAULT_DESCENT = -0.2


def string_bytes(item: Any) -> bytes:
    """The bytes of a string operand as written in the content stream."""
    if hasattr(item, "original_bytes"):
        return bytes(item.original_bytes)
    return bytes(item) if isinstance(item, bytes) else str(item).encode("latin-1", "replace")


def _unligate(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


class Unmappable(Exception):
    """A font, or some of its codes, cannot be turned into text (the message says why)."""


class Glyph(NamedTuple):
    """One character code of a shown string.

    ``start`` and ``end`` are byte offsets in the string, ``text`` the Unicode it stands for
    (possibly several characters: a ligature reads as its letters; empty for a code mapped to
    nothing), ``width`` the advance in text space per unit of font size (before ``Tc``, ``Tw``
    and ``Tz``), ``word_space`` whether ``Tw`` applies (the single-byte code 32).
    """

    start: int
    end: int
    text: str
    width: float
    word_space: bool


class GlyphFont:
    """Decodes the strings shown with one font resource (see the module docstring)."""

    def __init__(self, font_dict: Any, name: str) -> None:
        self.name = name
        subtype = font_dict.get("/Subtype")
        self.base_font = str(font_dict.get("/BaseFont", "")).lstrip("/")
        self.bold = bool(_BOLD.search(self.base_font))
        self.font = Font.from_font_resource(font_dict)
        self.two_byte = subtype not in _SIMPLE
        self.scale = 0.001
        # A pictogram font (Wingdings, Symbol ...) shows symbols, not words: a code it has no
        # text for reads as U+FFFD, a symbol whose meaning is unknown, and can still be removed.
        self.pictograms = bool(
            _PICTOGRAMS.search(self.base_font.partition("+")[2] or self.base_font)
        )
        if self.two_byte:
            encoding = font_dict.get("/Encoding")
            if encoding != "/Identity-H":
                raise Unmappable(
                    f"font {name} ({self.base_font or 'unnamed'}) uses the encoding "
                    f"{encoding if isinstance(encoding, str) else 'of an embedded CMap'}, "
                    "which this tool cannot map to text"
                )
            if "/ToUnicode" not in font_dict and not self.pictograms:
                raise Unmappable(
                    f"font {name} ({self.base_font or 'unnamed'}) is a composite font without "
                    "a /ToUnicode map, so its text is unknown"
                )
        elif subtype == "/Type3":
            matrix = font_dict.get("/FontMatrix", [0.001, 0, 0, 0.001, 0, 0])
            self.scale = float(matrix[0]) or 0.001
            if not self.font.interpretable:
                raise Unmappable(f"font {name} is a Type 3 font whose glyphs have no known text")
        elif subtype not in _SIMPLE:
            raise Unmappable(f"font {name} has an unknown type ({subtype})")
        descriptor = self.font.font_descriptor
        ascent = float(descriptor.ascent) * 0.001
        descent = float(descriptor.descent) * 0.001
        self.ascent = ascent if 0.3 < ascent < 1.5 else _DEFAULT_ASCENT
        self.descent = descent if -0.6 < descent < 0 else _DEFAULT_DESCENT
        self._cache: dict[int, tuple[str, float]] = {}

    def glyphs(self, data: bytes) -> list[Glyph]:
        """The glyphs of the string ``data``; raises :class:`Unmappable` for unmapped codes."""
        step = 2 if self.two_byte else 1
        cache, result = self._cache, []
        for start in range(0, len(data) - step + 1, step):
            code = data[start] if step == 1 else (data[start] << 8) | data[start + 1]
            entry = cache.get(code)
            if entry is None:
                entry = cache[code] = self._decode(code)
            result.append(Glyph(start, start + step, entry[0], entry[1], step == 1 and code == 32))
        if len(data) % step:
            raise Unmappable(
                f"font {self.name} ({self.base_font}) shows a string of odd length "
                "in a two-byte encoding"
            )
        return result

    def _decode(self, code: int) -> tuple[str, float]:
        font = self.font
        key = chr(code)
        if self.two_byte:
            text = font.character_map.get(key)
        else:
            encoded = font.encoding.get(code, key) if isinstance(font.encoding, dict) else key
            text = font.character_map.get(encoded, encoded)
        if self.pictograms and (
            text is None or (isinstance(text, str) and len(text) > 1 and text.startswith("/"))
        ):
            text = SYMBOL
        if text is None or (isinstance(text, str) and len(text) > 1 and text.startswith("/")):
            raise Unmappable(
                f"font {self.name} ({self.base_font or 'unnamed'}) has no text for "
                f"character code {code:#x}"
            )
        text = _LIGATURE.sub(_unligate, str(text)).replace("\x00", "")
        widths = font.character_widths
        width = float(widths.get(key, widths.get("default", 500))) * self.scale
        return text, width
