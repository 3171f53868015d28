"""The back office's item list on a large store: search as you type, and scrolling. Never run in CI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_stock_list.py --db /tmp/cm-bench/office-stock.sqlite

Drives the real ItemsPage offscreen: a key event goes into the search field, and the clock
stops when the model shows that query's rows and the table's viewport has repainted them
(debounce, worker thread, query, delivery to the GUI thread and painting all included).
Typing is a person's (one key every 120 ms, every keystroke is a sample; Chinese words
committed by an input method) or a scanner's (a whole barcode at once). Scrolling: the view is scrolled to the bottom again and again; each
fetch of a page is timed from the scroll to the rows inserted.
Use a copy of the large store (opening it may migrate it).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = ["dm", "dami", "大米", "jly", "食用油", "rice", "cooking oil", "ksf", "康师傅", "牛奶", "milk", "nfsq",
         "xyl", "洗衣液", "shampoo", "wsy", "zzz", "qqq"]
KEY_GAP_MS = 120


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(label: str, values_ms: list[float]) -> str:
    return (f"{label:<24} n={len(values_ms):<4} p50 {statistics.median(values_ms):6.1f} ms   "
            f"p95 {percentile(values_ms, 0.95):6.1f} ms   max {max(values_ms):6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=3, help="times each typed query is typed")
    parser.add_argument("--scans", type=int, default=60)
    parser.add_argument("--pages", type=int, default=50, help="pages fetched by scrolling")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from charitymart.db.models import Barcode, Item, User
    from charitymart.services.context import Actor
    from charitymart.services.stock import listing as stock_list
    from charitymart.services.store.setup import open_store
    from charitymart.ui.office.context import OfficeContext
    from charitymart.ui.office.stock.items_page import ItemsPage
    from charitymart.ui.theme import load_fonts

    app = QApplication([])
    load_fonts(app)
    handle = open_store(args.db)
    with handle.readers() as s:
        admin = s.scalar(select(User).where(User.role == "admin").limit(1))
        items = s.scalar(select(func.count()).select_from(Item))
        codes = list(s.scalars(select(Barcode.code).order_by(Barcode.id).limit(20000)))
    actor = Actor(user_id=admin.id, name=admin.name, role="admin")
    context = OfficeContext(handle=handle, actor=actor, language="zh_CN", currency="CNY")
    print(f"{items} items in {args.db}")

    started = time.perf_counter()
    page = ItemsPage(context, context.read(stock_list.stock_settings))
    page.resize(1366, 768)
    page.show()
    first_page = QEventLoop()
    page.model.shown.connect(first_page.quit)
    first_page.exec()
    print(f"page opened, first {page.model.rowCount()} rows shown: {(time.perf_counter() - started) * 1000:.1f} ms")

    def timed_until_shown(expected: str, act) -> float:
        loop, done = QEventLoop(), []

        def shown(query: str) -> None:
            if query == expected and not done:
                page.table.viewport().repaint()
                done.append(time.perf_counter())
                if expected:
                    cpu.append((time.process_time() - c0) * 1000)
                loop.quit()

        page.model.shown.connect(shown)
        QTimer.singleShot(5000, loop.quit)
        t0, c0 = time.perf_counter(), time.process_time()
        act()
        if not done:
            loop.exec()
        page.model.shown.disconnect(shown)
        if not done:
            raise RuntimeError(f"no results shown for {expected!r} within 5 s")
        return (done[0] - t0) * 1000

    def clear() -> None:
        if page.search.text():
            timed_until_shown("", lambda: page.search.clear())
        QTest.qWait(200)

    def commit(text: str) -> None:
        """Chinese arrives from an input method as a committed word, not as key presses."""
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(page.search, event)

    typed_ms: list[float] = []
    cpu: list[float] = []  # CPU time of this process (both threads) per search: the machine is shared
    for _ in range(args.rounds):
        for query in TYPED:
            clear()
            if not query.isascii():
                typed_ms.append(timed_until_shown(query, lambda q=query: commit(q)))
                continue
            for end in range(1, len(query) + 1):
                expected = query[:end].strip()
                key = query[end - 1]
                if not expected or key == " ":
                    QTest.keyClicks(page.search, key)
                    continue
                typed_ms.append(timed_until_shown(expected, lambda k=key: QTest.keyClicks(page.search, k)))
                QTest.qWait(KEY_GAP_MS)

    scan_ms: list[float] = []
    rng = random.Random(7)
    for code in rng.sample(codes, args.scans):
        clear()
        scan_ms.append(timed_until_shown(code, lambda c=code: QTest.keyClicks(page.search, c)))
        assert page.model.rowCount() >= 1

    clear()
    fetch_ms: list[float] = []
    for _ in range(args.pages):
        before = page.model.rowCount()
        loop = QEventLoop()
        page.model.rowsInserted.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        t0 = time.perf_counter()
        page.table.scrollToBottom()
        if page.model.rowCount() == before:
            loop.exec()
        page.model.rowsInserted.disconnect(loop.quit)
        page.table.viewport().repaint()
        fetch_ms.append((time.perf_counter() - t0) * 1000)
        if page.model.rowCount() == before:
            raise RuntimeError("scrolling fetched nothing")
    rows_after = page.model.rowCount()

    print(summary("typed, per keystroke", typed_ms))
    print(summary("scanned barcode", scan_ms))
    print(summary("all searches", typed_ms + scan_ms))
    print(summary("search CPU time", cpu))
    print(summary("scroll: fetch a page", fetch_ms))
    print(f"rows in the model after {args.pages} scrolls: {rows_after} of {items}")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} CPUs)")
    page.close()
    page.queue.wait()
    handle.close()
    sys.stdout.flush()
    os._exit(0)  # PySide's interpreter shutdown can crash after a long offscreen run; nothing is left to do


if __name__ == "__main__":
    main()
