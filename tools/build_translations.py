"""Compile every charitymart/resources/i18n/*.ts (Qt Linguist source) to the .qm shipped beside it.

    .venv/bin/python tools/build_translations.py          # all .ts -> .qm
    .venv/bin/python tools/build_translations.py --check  # exit 1 if a shipped .qm is out of date

Uses pyside6-lrelease from the same environment as this Python (or from PATH).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "charitymart" / "resources" / "i18n"


def lrelease() -> str:
    names = ["pyside6-lrelease.exe", "pyside6-lrelease"] if os.name == "nt" else ["pyside6-lrelease"]
    here = Path(sys.executable).parent
    for name in names:
        if (here / name).is_file():
            return str(here / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one .ts to `qm` (finished and unfinished-but-filled translations; obsolete ones left out)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if result.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed on {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
    return qm


def ts_files(folder: Path = I18N_DIR) -> list[Path]:
    return sorted(folder.glob("*.ts"))


def build_all(folder: Path = I18N_DIR) -> list[Path]:
    return [compile_ts(ts, ts.with_suffix(".qm")) for ts in ts_files(folder)]


def stale(folder: Path = I18N_DIR) -> list[Path]:
    """The .qm files that are missing or differ from a fresh compile of their .ts."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files(folder):
            fresh = compile_ts(ts, Path(tmp) / (ts.stem + ".qm"))
            shipped = ts.with_suffix(".qm")
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                out.append(shipped)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report .qm files that are out of date")
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        for path in old:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if old else 0
    for qm in build_all():
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
