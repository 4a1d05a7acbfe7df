"""Scanned copies of sample pages: rendered, then degraded as a scanner and a photocopier do.

A page is rendered by PDFium at a scanner's resolution, turned by a small angle, blurred a
little, speckled with noise and saved as a JPEG image filling a PDF page of the same size. The
result is deterministic: the same input and seed give the same bytes.
"""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

DPI = 200


def scanned(data: bytes, pages: list[int] | None = None, *, seed: int = 1) -> bytes:
    """The PDF ``data`` with the pages numbered in ``pages`` (1-based; all by default) replaced
    by scanned images of themselves."""
    reader = PdfReader(io.BytesIO(data))
    wanted = set(pages or range(1, len(reader.pages) + 1))
    rng = np.random.default_rng(seed)
    writer = PdfWriter()
    document = pdfium.PdfDocument(data)
    for number, page in enumerate(reader.pages, start=1):
        if number not in wanted:
            writer.add_page(page)
            continue
        image = document[number - 1].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        image = _degrade(image, rng)
        buffer = io.BytesIO()
        image.save(buffer, "PDF", resolution=DPI, quality=60)
        writer.add_page(PdfReader(io.BytesIO(buffer.getvalue())).pages[0])
    document.close()
    writer.add_metadata({"/Producer": "Anyshire County Council scanner", "/CreationDate": ""})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _degrade(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    angle = float(rng.uniform(-1.2, 1.2))
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * 0.92 + 14 + rng.normal(0, 5, pixels.shape)  # grey paper, sensor noise
    specks = rng.random(pixels.shape) < 0.0008
    pixels[specks] = 40
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
