"""Raw ESC/POS to a thermal receipt printer: receipts, refund receipts, collection slips, Z-reports
and the drawer kick.

The store setting `receipt_printer_kind` (store extra) says how receipts are printed when the
receipt output is "printer":

    qt              the system printer through Qt (ui/counter/receipt_output.py), the default
    escpos-usb      a USB thermal printer: `escpos_usb` = "VVVV:PPPP" (vendor:product id, hex);
                    needs pyusb and libusb (an optional install: refused with a clear message)
    escpos-network  a network printer: `escpos_host` = "HOST" or "HOST:PORT" (port 9100)
    escpos-win32    a Windows printer by name (`escpos_printer_name`) through the spooler in RAW
                    mode (python-escpos `Win32Raw`, needs pywin32: Windows only)
    escpos-dummy    python-escpos's in-memory Dummy printer (tests and demonstrations)

Chinese: python-escpos's `text()` picks a code page per character ("magic encoding"), which
sends punctuation-only lines and mixed lines in the wrong encoding for a Chinese printer. So
every line is encoded here as GB18030 as a whole, with the printer's Chinese character mode on
(FS &) after the reset (ESC @). ESC t (single-byte code table) is left alone: in Chinese mode
every byte >= 0x80 starts a double-byte GB character, so the code table is never used.
ASCII is the same in GB18030, so an English receipt prints the same way.

The job: ESC @, FS &, each line (bold ones between ESC E 1 and ESC E 0) ending in LF, then
python-escpos's cut (ESC d 6 feeds past the cutter, GS V 0 cuts). The drawer kick is
ESC p m t1 t2: m = 0 for pin 2, 1 for pin 5; t1 and t2 the on and off times in 2 ms steps
(`drawer_on_ms`, `drawer_off_ms`, default 100 ms each: ESC p 0 50 50, python-escpos's own).

Talking to a printer may take seconds (a network printer that is off): GUI callers run these
functions on a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from charitymart.reports.collection_slip import HOUSEHOLD_COPY, SHOP_COPY, slip_rows
from charitymart.reports.receipt_text import (
    TextLine,
    columns_for,
    receipt_lines,
    rows_to_lines,
)
from charitymart.services.context import get_store
from charitymart.services.errors import CharityMartError, ValidationError
from charitymart.services.sales import drawer

PRINTER_KINDS = ("qt", "escpos-usb", "escpos-network", "escpos-win32", "escpos-dummy")
RESET = b"\x1b@"  # ESC @
CHINESE_MODE_ON = b"\x1c&"  # FS &
BOLD_ON = b"\x1bE\x01"
BOLD_OFF = b"\x1bE\x00"
ENCODING = "gb18030"
DEFAULT_PULSE_MS = drawer.DEFAULT_PULSE_MS
USB_ID = re.compile(r"[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}")
HOST = re.compile(r"[0-9A-Za-z.\-_]+(:\d{1,5})?")


class ReceiptPrinterError(CharityMartError):
    """The receipt printer could not be reached or is not set up."""


@dataclass(frozen=True)
class PrinterSettings:
    kind: str = "qt"
    usb: str = ""
    host: str = ""
    printer_name: str = ""
    paper: str = "80mm"
    drawer_on_ms: int = DEFAULT_PULSE_MS
    drawer_off_ms: int = DEFAULT_PULSE_MS

    @property
    def is_escpos(self) -> bool:
        return self.kind.startswith("escpos-")

    @property
    def columns(self) -> int:
        return columns_for(self.paper)


def printer_settings(session: Session) -> PrinterSettings:
    store = get_store(session)
    try:
        extra = json.loads(store.extra or "{}")
    except ValueError:
        extra = {}
    extra = extra if isinstance(extra, dict) else {}

    def text(name: str) -> str:
        value = extra.get(name, "")
        return value if isinstance(value, str) else ""

    def pulse(name: str) -> int:
        value = extra.get(name, DEFAULT_PULSE_MS)
        return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_PULSE_MS

    kind = text("receipt_printer_kind")
    return PrinterSettings(kind=kind if kind in PRINTER_KINDS else "qt", usb=text("escpos_usb"),
                           host=text("escpos_host"), printer_name=text("escpos_printer_name"),
                           paper=store.receipt_paper or "80mm", drawer_on_ms=pulse("drawer_on_ms"),
                           drawer_off_ms=pulse("drawer_off_ms"))


# ----- bytes -----
def encode_line(text: str) -> bytes:
    """The whole line in GB18030 (never per character), so a punctuation-only line is GB too."""
    return text.encode(ENCODING, errors="replace")


def write_lines(printer, lines: Iterable[TextLine], *, cut: bool = True) -> None:
    """Send a job to a python-escpos printer object (its `_raw` takes bytes as they are)."""
    printer._raw(RESET + CHINESE_MODE_ON)
    for line in lines:
        body = encode_line(line.text) + b"\n"
        printer._raw(BOLD_ON + body + BOLD_OFF if line.bold else body)
    if cut:
        printer.cut()


# ----- connections -----
def _usb(settings: PrinterSettings):
    import escpos.printer

    if not USB_ID.fullmatch(settings.usb.strip()):
        raise ValidationError("a USB receipt printer is set as VVVV:PPPP in hex (such as 0416:5011), not {value}",
                              field="escpos_usb", value=settings.usb)
    if not escpos.printer.Usb.is_usable():
        raise ReceiptPrinterError("USB receipt printers need the pyusb package and the libusb library: install "
                                  "them, or connect the printer through its Windows driver or the network")
    vendor, product = settings.usb.strip().split(":")
    return escpos.printer.Usb(int(vendor, 16), int(product, 16))


def _network(settings: PrinterSettings):
    from escpos.printer import Network

    target = settings.host.strip()
    if not HOST.fullmatch(target):
        raise ValidationError("a network receipt printer is set as HOST or HOST:PORT, not {value}",
                              field="escpos_host", value=target)
    host, _, port = target.partition(":")
    return Network(host, port=int(port) if port else 9100, timeout=5)


def _win32(settings: PrinterSettings):
    if not settings.printer_name.strip():
        raise ValidationError("give the Windows printer's name for the receipt printer", field="escpos_printer_name")
    if sys.platform != "win32":
        raise ReceiptPrinterError("a Windows receipt printer (spooler) can only be used on Windows")
    import escpos.printer

    if not escpos.printer.Win32Raw.is_usable():
        raise ReceiptPrinterError("printing through the Windows spooler needs the pywin32 package")
    return escpos.printer.Win32Raw(settings.printer_name.strip())


CONNECTIONS: dict[str, Callable[[PrinterSettings], Any]] = {
    "escpos-usb": _usb,
    "escpos-network": _network,
    "escpos-win32": _win32,
    "escpos-dummy": lambda settings: drawer.dummy_device(),
}


def _send(settings: PrinterSettings, job: Callable[[Any], None]) -> None:
    if not settings.is_escpos:
        raise ReceiptPrinterError("the receipt printer is not an ESC/POS printer")
    printer = None
    try:
        printer = CONNECTIONS[settings.kind](settings)
        job(printer)
    except CharityMartError:
        raise
    except Exception as exc:
        raise ReceiptPrinterError("the receipt printer did not answer ({problem}): check its cable, power and paper",
                                  problem=str(exc) or type(exc).__name__) from exc
    finally:
        if printer is not None and settings.kind != "escpos-dummy":
            with contextlib.suppress(Exception):  # closing a device that never opened
                printer.close()


def print_lines(settings: PrinterSettings, lines: list[TextLine]) -> str:
    """Print and cut; returns a name for where it went (for the counter's device line)."""
    _send(settings, lambda printer: write_lines(printer, lines))
    return settings.kind


def print_receipt(settings: PrinterSettings, data, *, language: str = "zh_CN", training: bool = False,
                  copy: bool = False) -> str:
    """A sale, collection or refund receipt (`data`: receipts.ReceiptData) at the paper's width."""
    return print_lines(settings, receipt_lines(data, columns=settings.columns, language=language,
                                               training=training, copy=copy))


def slip_copies_rows(slip, copies: int, *, reprint: bool = False) -> list[list]:
    """The collection slip's copies in print order: the shop's copy to sign first, then (with 2) the household's."""
    kinds = (SHOP_COPY, HOUSEHOLD_COPY)[:max(1, min(2, copies))]
    return [slip_rows(slip, copy=kind, reprint=reprint) for kind in kinds]


def print_slip(settings: PrinterSettings, slip, copies: int = 1, *, reprint: bool = False) -> str:
    """A collection slip (reports.collection_slip.CollectionSlip), each copy cut off on its own."""
    jobs = [rows_to_lines(rows, settings.columns) for rows in slip_copies_rows(slip, copies, reprint=reprint)]

    def job(printer) -> None:
        for lines in jobs:
            write_lines(printer, lines)
    _send(settings, job)
    return settings.kind


def kick_drawer(settings: PrinterSettings, pin: int = 2) -> None:
    """The drawer kick through the receipt printer, with the store's pulse times."""
    _send(settings, lambda printer: printer._raw(drawer.kick_bytes(pin, settings.drawer_on_ms, settings.drawer_off_ms)))


def pulse(spec: drawer.DrawerSpec, settings: PrinterSettings) -> bool:
    """Open the drawer: on the receipt printer (`cash_drawer` = "printer") or on its own device."""
    if spec.kind == "printer":
        try:
            kick_drawer(settings, spec.pin)
        except ReceiptPrinterError as exc:
            raise drawer.DrawerError("the cash drawer did not open ({problem}): check the receipt printer's cable "
                                     "and power", problem=exc.message) from exc
        return True
    return drawer.pulse(spec, settings.drawer_on_ms, settings.drawer_off_ms)
