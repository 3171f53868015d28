"""`charitymart --self-test`: prove an installed bundle works, headless, on a throwaway store.

A windowed Windows build has no console, so the result is carried by the exit code and a log
file (its path is printed first and written into the log). Each step is a function of its own
so tests can run it alone; a step raises `SelfTestFailure` (or anything else) with the reason.

Steps, in a temporary data folder (CHARITYMART_HOME) that is removed afterwards:
create a store, sell a basket through the services, write a receipt PDF with Chinese text,
write the month's transparency report PDF (charitymart.services.documents.month), check the
Chinese text is really in both PDFs (pypdf), open the counter window offscreen in Chinese
(fonts, translations and Qt plugins are in the bundle), run verify.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from charitymart import __version__, logging_setup, paths

log = logging.getLogger("charitymart.selftest")
LOG_FILENAME = "charitymart-selftest.log"
STORE_NAME = "自检慈善超市"
ITEM_NAME = "大米 5kg"
ADMIN_PIN = "8642"


class SelfTestFailure(RuntimeError):
    pass


@dataclass
class Sold:
    receipt_number: str
    total: int


def pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def require_text(content: bytes, wanted: str, what: str) -> None:
    if not content.startswith(b"%PDF"):
        raise SelfTestFailure(f"the {what} is not a PDF")
    text = pdf_text(content)
    if wanted not in text:
        raise SelfTestFailure(f"the {what} does not contain {wanted!r}; its text begins {text[:200]!r}")


def step_create_store(db_file: Path):
    """A new store with an admin; returns the open StoreHandle."""
    from charitymart.services.store.setup import create_store, open_store

    handle = open_store(db_file)
    with handle.sessions.begin() as s:
        create_store(s, name=STORE_NAME, admin_name="自检管理员", admin_pin=ADMIN_PIN, address="幸福路1号")
    return handle


def step_sell(handle) -> Sold:
    """Add an item, take in donated stock, open a shift and sell two units for cash."""
    from sqlalchemy import select

    from charitymart.db.models import Barcode
    from charitymart.domain.basket import Basket
    from charitymart.services.sales import checkout, shifts
    from charitymart.services.stock import catalog, intake
    from charitymart.services.users.session import login_at_till

    actor = login_at_till(handle.sessions, "T1", ADMIN_PIN)
    with handle.sessions.begin() as s:
        item = catalog.add_item(s, actor, name=ITEM_NAME, price=2500, name_en="Rice 5kg")
        intake.record_intake(s, actor, fund_source="donated",
                             lines=[intake.IntakeLine(item_id=item.id, quantity=5, unit_value=2000)])
        code = s.scalar(select(Barcode.code).where(Barcode.item_id == item.id))
    with handle.sessions.begin() as s:
        shifts.open_shift(s, actor, 10000)
    with handle.sessions.begin() as s:
        basket = Basket()
        checkout.add_item(s, actor, basket, code, 2)
        sale = checkout.complete_sale(s, actor, basket, [checkout.Payment("cash", basket.total)])
        sold = Sold(sale.receipt_number, sale.total)
    if sold.total != 5000:
        raise SelfTestFailure(f"the sale came to {sold.total} fen instead of 5000")
    return sold


def step_receipt(handle, sold: Sold, folder: Path) -> Path:
    """The sale's receipt as an 80 mm PDF with the store's Chinese name and the item."""
    from charitymart.reports.receipt import write_receipt_pdf
    from charitymart.services.sales.receipts import receipt_data

    with handle.readers() as s:
        data = receipt_data(s, sold.receipt_number)
    path = write_receipt_pdf(data, folder / f"{sold.receipt_number}.pdf", paper="80mm", language="zh_CN")
    content = path.read_bytes()
    require_text(content, STORE_NAME, "receipt")
    require_text(content, ITEM_NAME, "receipt")
    return path


def _transparency_step(handle, folder: Path) -> Path:
    """This month's public transparency report (公示) in Chinese, with the store's name in it."""
    from charitymart.services.context import store_today
    from charitymart.services.documents import month as documents_month

    with handle.readers() as s:
        today = store_today(s)
        content = documents_month.transparency_report_pdf(s, today.year, today.month, "zh_CN")
    path = folder / f"transparency-{today:%Y-%m}.pdf"
    path.write_bytes(content)
    require_text(content, STORE_NAME, "transparency report")
    return path


def step_window(handle) -> str:
    """Build the counter window offscreen in Chinese; returns its (translated) title."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from charitymart.ui.app import build_window

    window = build_window(handle, language="zh_CN")
    try:
        title = window.windowTitle()
        if title == "CharityMart" or not title:
            raise SelfTestFailure(f"the Chinese translation was not loaded (window title {title!r})")
        window.grab()  # paints once: the platform plugin, fonts and styles work
        return title
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def step_verify(handle) -> int:
    from charitymart.services.store.verify import verify

    with handle.readers() as s:
        report = verify(s)
    if not report.ok:
        raise SelfTestFailure(f"verify failed: {report.problems[0]}")
    return report.events


@contextmanager
def temporary_home():
    """CHARITYMART_HOME in a fresh temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="charitymart-selftest-"))
    previous = os.environ.get("CHARITYMART_HOME")
    os.environ["CHARITYMART_HOME"] = str(folder)
    try:
        yield folder
    finally:
        if previous is None:
            os.environ.pop("CHARITYMART_HOME", None)
        else:
            os.environ["CHARITYMART_HOME"] = previous
        shutil.rmtree(folder, ignore_errors=True)


def run_steps(folder: Path) -> None:
    handle = step_create_store(folder / "store.sqlite")
    try:
        sold = step_sell(handle)
        log.info("sold %s for %s fen", sold.receipt_number, sold.total)
        log.info("receipt PDF with Chinese text: %s", step_receipt(handle, sold, folder))
        log.info("transparency report PDF with Chinese text: %s", _transparency_step(handle, folder))
        log.info("counter window built offscreen, title %r", step_window(handle))
        log.info("verify passed: %d audit events", step_verify(handle))
    finally:
        handle.close()


def self_test(log_folder: Path | None = None, out=None) -> int:
    """Run every step; 0 when all pass, 1 otherwise (the reason is in the log and on stdout)."""
    out = out or sys.stdout
    log_path = logging_setup.setup_logging(debug=True, folder=log_folder or paths.log_dir(), filename=LOG_FILENAME)
    print(f"CharityMart {__version__} self-test; log file {log_path}", file=out, flush=True)
    log.info("self-test of CharityMart %s (Python %s, frozen %s); log file %s", __version__,
             sys.version.split()[0], getattr(sys, "frozen", False), log_path)
    started = time.monotonic()
    try:
        with temporary_home() as folder:
            run_steps(folder)
    except Exception as exc:  # every failure becomes the exit code and a reason in the log
        log.error("self-test FAILED: %s\n%s", exc, traceback.format_exc())
        print(f"self-test FAILED: {exc}", file=out, flush=True)
        return 1
    seconds = time.monotonic() - started
    log.info("self-test passed in %.1f s", seconds)
    print(f"self-test passed in {seconds:.1f} s", file=out, flush=True)
    return 0
