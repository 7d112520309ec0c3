"""Draws the reference images the shipped profiles name (``references``).

Run from the repository root to regenerate them (deterministic):

    python profiles/images/make_references.py

- ``thin-blue-line.png``: the UK thin blue line flag as sold and shared: a black field
  with one blue horizontal stripe through the middle (the 🖤💙🖤 of the emoji).
- ``thin-blue-line-bordered.png``: the same with thin white edges to the stripe, the
  other common form.

Drawn rather than copied: a perceptual hash only needs the layout and the colours.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BLUE = (0, 82, 180)


def thin_blue_line(bordered: bool = False, width: int = 900, height: int = 600) -> Image.Image:
    im = Image.new("RGB", (width, height), (0, 0, 0))
    draw = ImageDraw.Draw(im)
    stripe = int(height * 0.12)
    top = (height - stripe) // 2
    if bordered:
        edge = int(height * 0.02)
        draw.rectangle([0, top - edge, width, top + stripe + edge], fill=(255, 255, 255))
    draw.rectangle([0, top, width, top + stripe], fill=BLUE)
    return im


def main() -> None:
    thin_blue_line().save(HERE / "thin-blue-line.png", optimize=True)
    thin_blue_line(bordered=True).save(HERE / "thin-blue-line-bordered.png", optimize=True)


if __name__ == "__main__":
    main()
