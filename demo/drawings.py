"""Illustrations and handouts drawn locally with Pillow, so the demo never downloads anything."""

from __future__ import annotations

import hashlib
import io
import unicodedata

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    ((14, 59, 92), (46, 134, 171), (241, 200, 121)),
    ((40, 61, 59), (25, 114, 120), (237, 221, 212)),
    ((72, 40, 92), (157, 78, 221), (255, 214, 165)),
    ((92, 45, 14), (196, 106, 39), (250, 237, 205)),
    ((22, 50, 79), (74, 111, 165), (226, 232, 240)),
]


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow built without FreeType
        return ImageFont.load_default()


def illustration(key: str, caption: str, width: int = 1200, height: int = 675) -> bytes:
    """A deterministic abstract 'street plan' for ``key`` with ``caption`` written on it (PNG bytes)."""
    digest = hashlib.sha256(key.encode()).digest()
    dark, mid, light = PALETTES[digest[0] % len(PALETTES)]
    image = Image.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image)
    # Blocks of a street grid.
    for i in range(14):
        x = digest[(i * 2) % 32] * width // 256
        y = digest[(i * 2 + 1) % 32] * height // 256
        w = 80 + digest[(i + 5) % 32] % 220
        h = 60 + digest[(i + 9) % 32] % 160
        draw.rectangle([x, y, x + w, y + h], fill=mid if i % 3 else light, outline=dark, width=6)
    # A row of bollards across the space.
    baseline = height - 150
    for j in range(12):
        cx = 90 + j * (width - 180) // 11
        draw.ellipse([cx - 14, baseline - 14, cx + 14, baseline + 14], fill=light, outline=dark, width=4)
    draw.rectangle([0, height - 110, width, height], fill=dark)
    # The bundled bitmap font has ASCII glyphs only: write Kraków as Krakow.
    ascii_caption = unicodedata.normalize("NFKD", caption).encode("ascii", "ignore").decode()
    draw.text((40, height - 90), ascii_caption[:60], fill=light, font=_font(48))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def handout_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with a title and short lines of text, for documents kept in the portal."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, 1240, 180], fill=(14, 59, 92))
    draw.text((80, 60), title[:48], fill="white", font=_font(54))
    y = 260
    for line in lines:
        for start in range(0, len(line), 70):
            draw.text((80, y), line[start : start + 70], fill=(20, 20, 20), font=_font(30))
            y += 44
        y += 20
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()
