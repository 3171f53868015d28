"""Save what the X display shows as a PNG: `python grab_screen.py OUT.png` with DISPLAY set.

A separate Qt process reading the X server's framebuffer (the root window), so the picture is
what a volunteer sees, window manager included; no ImageMagick or xwd needed."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(out: str) -> int:
    app = QGuiApplication(sys.argv[:1])
    picture = app.primaryScreen().grabWindow(0)
    return 0 if picture.save(out, "PNG") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
