"""Draw the application icon (charitymart/resources/icons/charitymart.png and .ico) with Pillow.

    .venv/bin/python tools/make_icon.py

A green rounded square with a white heart and the character 慈 (charity) in the shipped font,
readable from 16 px (the heart) to 256 px. Run again only to change the design.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "charitymart" / "resources" / "icons"
FONT = ROOT / "charitymart" / "resources" / "fonts" / "wqy-microhei.ttc"
SIZE = 512  # drawn large, scaled down for every icon size
GREEN = (30, 120, 60, 255)
WHITE = (255, 255, 255, 255)


def heart(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for step in range(200):
        t = 2 * math.pi * step / 200
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + x * r / 16, cy - y * r / 16))
    return points


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 16, SIZE - 16, SIZE - 16), radius=96, fill=GREEN)
    pen.polygon(heart(SIZE / 2, SIZE * 0.47, SIZE * 0.36), fill=WHITE)
    font = ImageFont.truetype(str(FONT), int(SIZE * 0.36), index=0)
    pen.text((SIZE / 2, SIZE * 0.45), "慈", font=font, fill=GREEN, anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(ICONS / "charitymart.png")
    image.save(ICONS / "charitymart.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {ICONS / 'charitymart.png'} and {ICONS / 'charitymart.ico'}")


if __name__ == "__main__":
    main()
