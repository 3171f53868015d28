"""Screenshots of the counter on a real X display (Xvfb + openbox), driven by keys as in
tests/ui/realwindow: `python tools/counter_window_shots.py` writes docs/screenshots/counter-*-{zh_CN,en}.png
(the login with the PIN field focused, the change after a sale, the refund reason list, the shift close).

Every wait is stretched (REALWINDOW_TIMEOUT_SCALE, default 4 here): the last run timed out on a
machine busy with the test suite. Each shot waits until what it shows is on the screen (the probe)
and then a moment more for the paint."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.ui.realwindow.desktop import (
    HERE,
    Counter,
    Desktop,
    checkout_env,
    timeout_scale,
)
from tests.ui.realwindow.test_counter_cycles import (
    log_in,
    sell_for_cash,
    sellable_items,
)

OUT = ROOT / "docs" / "screenshots"
PAINT_S = 0.5  # after the probe shows the state, before the grab (times the scale)


def grab(desktop: Desktop, name: str) -> None:
    time.sleep(PAINT_S * timeout_scale())
    desktop.screenshot(OUT / name)


def shoot(desktop: Desktop, template: Path, work: Path, language: str) -> None:
    folder = work / language
    shutil.copytree(template, folder)
    counter = Counter(desktop, folder / "store.sqlite", folder / "home", folder, language)
    try:
        counter.wait_state("the login screen", page="LoginPage", focus="PinField")
        grab(desktop, f"counter-login-{language}.png")
        (code, _price), *_ = sellable_items(counter)
        log_in(counter, "3001")
        _id, number, *_ = sell_for_cash(counter, ["2*", code], 50)
        counter.wait_state("the change", dialog="", page="SalePage")
        grab(desktop, f"counter-change-{language}.png")
        desktop.key("F3")
        counter.wait_state("the refund dialog", dialog="RefundDialog")
        desktop.scan(number)
        desktop.type("1")
        desktop.key("Return")
        counter.wait_state("the reason list", dialog="ApprovalDialog", focus="ReasonList")
        grab(desktop, f"counter-refund-reason-{language}.png")
        desktop.key("Escape")
        counter.wait_state("the refund dialog", dialog="RefundDialog")
        desktop.key("Escape")
        counter.wait_state("the sale screen", dialog="")
        desktop.key("F6")
        counter.wait_state("the shift close", dialog="CloseShiftDialog")
        desktop.type("2")
        desktop.key("Return")
        desktop.type("12")
        grab(desktop, f"counter-shift-close-{language}.png")
    finally:
        counter.stop()


def main() -> int:
    os.environ.setdefault("REALWINDOW_TIMEOUT_SCALE", "4")  # read at every wait (desktop.timeout_scale)
    work = Path(tempfile.mkdtemp(prefix="counter-shots-"))
    template = work / "template"
    template.mkdir()
    subprocess.run([sys.executable, str(HERE / "make_store.py"), str(template / "store.sqlite"), str(template)],
                   env=checkout_env(CHARITYMART_HOME=str(template / "home")), check=True)
    desktop = Desktop(work).start()
    try:
        for language in ("zh_CN", "en"):
            shoot(desktop, template, work, language)
    finally:
        desktop.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
