"""The cash drawer: an ESC/POS "kick" pulse sent through the receipt printer it hangs on.

The store setting `Store.cash_drawer` says where the drawer is:

    none                      no drawer to open (opened by hand with its key)
    usb:04b8:0202             a USB printer: vendor and product id in hex (needs pyusb)
    serial:COM3               a serial printer (needs pyserial); serial:/dev/ttyUSB0@19200 sets the baud rate
    network:192.168.1.50      a network printer, port 9100 unless network:HOST:PORT
    file:/dev/usb/lp0         a printer device file
    win32:POS-80              a Windows printer by name (needs pywin32)
    cups:POS-80 / lp:POS-80   a CUPS printer by name
    dummy                     an in-memory device (tests and demonstrations): see `dummy_device()`
    printer                   on the ESC/POS receipt printer set in `receipt_printer_kind`
                              (services.sales.receipt_printer.pulse sends it there)

Any of these may end with `,pin=5` for a drawer wired to pin 5 (the default is pin 2). The pulse
is ESC p m t1 t2 with the store's on and off times (`drawer_on_ms`, `drawer_off_ms`: `kick_bytes`).

`pulse` talks to the device and may take seconds on a missing network printer: callers on a
GUI thread run it in the background. Recording the opening on the shift is
`services.sales.shifts.record_drawer_opening` (checkout and refunds record theirs already).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from charitymart.services.errors import CharityMartError, ValidationError

PULSE_PREFIX = b"\x1bp"  # ESC p m t1 t2: every drawer kick starts with these two bytes
DEVICE_KINDS = ("usb", "serial", "network", "file", "win32", "cups", "lp", "dummy", "printer")
NO_TARGET_KINDS = ("dummy", "printer")
DEFAULT_PULSE_MS = 100  # python-escpos's own kick: ESC p 0 50 50


class DrawerError(CharityMartError):
    """The drawer's printer could not be reached or refused the pulse."""


@dataclass(frozen=True)
class DrawerSpec:
    kind: str  # "none" or one of DEVICE_KINDS
    target: str = ""
    pin: int = 2

    @property
    def enabled(self) -> bool:
        return self.kind != "none"


def parse_spec(text: str | None) -> DrawerSpec:
    """A DrawerSpec from the store setting; ValidationError naming the setting if it is not understood."""
    raw = (text or "").strip()
    if not raw or raw.lower() == "none":
        return DrawerSpec("none")
    body, pin = raw, 2
    head, sep, tail = raw.rpartition(",")
    if sep and tail.strip().lower().startswith("pin="):
        body, pin_text = head.strip(), tail.strip()[4:]
        if pin_text not in ("2", "5"):
            raise ValidationError("the cash drawer pin is 2 or 5, not {pin}", field="cash_drawer", pin=pin_text)
        pin = int(pin_text)
    kind, _, target = body.partition(":")
    kind = kind.strip().lower()
    target = target.strip()
    if kind not in DEVICE_KINDS or (kind not in NO_TARGET_KINDS and not target):
        raise ValidationError("the cash drawer setting {setting} is not understood: use none, printer, usb:VVVV:PPPP, "
                              "serial:PORT, network:HOST, file:PATH, win32:NAME or cups:NAME",
                              field="cash_drawer", setting=raw)
    return DrawerSpec(kind, target, pin)


_dummy = None
_dummy_lock = threading.Lock()


def dummy_device():
    """The one in-memory device behind the `dummy` setting; its `.output` holds every byte sent."""
    global _dummy
    from escpos.printer import Dummy

    with _dummy_lock:
        if _dummy is None:
            _dummy = Dummy()
        return _dummy


def reset_dummy() -> None:
    global _dummy
    with _dummy_lock:
        _dummy = None


def _usb(target: str):
    from escpos.printer import Usb

    vendor, _, product = target.partition(":")
    try:
        return Usb(int(vendor, 16), int(product, 16))
    except ValueError:
        raise ValidationError("a USB drawer is set as usb:VVVV:PPPP in hex, not {target}",
                              field="cash_drawer", target=target) from None


def _serial(target: str):
    from escpos.printer import Serial

    port, _, baud = target.partition("@")
    return Serial(port, baudrate=int(baud)) if baud.isdigit() else Serial(port)


def _network(target: str):
    from escpos.printer import Network

    host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
    return Network(host, port=int(port), timeout=5) if port.isdigit() else Network(target, timeout=5)


def _named(class_name: str) -> Callable[[str], Any]:
    def make(target: str):
        import escpos.printer

        cls = getattr(escpos.printer, class_name)
        return cls(target) if class_name != "File" else cls(devfile=target)
    return make


DEVICE_FACTORIES: dict[str, Callable[[str], Any]] = {
    "usb": _usb,
    "serial": _serial,
    "network": _network,
    "file": _named("File"),
    "win32": _named("Win32Raw"),
    "cups": _named("CupsPrinter"),
    "lp": _named("LP"),
    "dummy": lambda target: dummy_device(),
}


def kick_bytes(pin: int = 2, on_ms: int = DEFAULT_PULSE_MS, off_ms: int = DEFAULT_PULSE_MS) -> bytes:
    """ESC p m t1 t2: m = 0 for pin 2, 1 for pin 5; the times in 2 ms steps (1..255)."""
    def steps(ms: int) -> int:
        return max(1, min(255, round(ms / 2)))
    return PULSE_PREFIX + bytes([1 if pin == 5 else 0, steps(on_ms), steps(off_ms)])


def pulse(spec: DrawerSpec | str, on_ms: int = DEFAULT_PULSE_MS, off_ms: int = DEFAULT_PULSE_MS) -> bool:
    """Send the kick pulse; False if there is no drawer. Raises DrawerError when the device fails.
    A drawer on the receipt printer ("printer") goes through services.sales.receipt_printer.pulse."""
    if isinstance(spec, str):
        spec = parse_spec(spec)
    if not spec.enabled:
        return False
    if spec.kind == "printer":
        raise DrawerError("the cash drawer is set to open through the receipt printer, which is not an ESC/POS printer")
    device = None
    try:
        device = DEVICE_FACTORIES[spec.kind](spec.target)
        device._raw(kick_bytes(spec.pin, on_ms, off_ms))
    except CharityMartError:
        raise
    except Exception as exc:
        raise DrawerError("the cash drawer did not open ({problem}): check the receipt printer's cable and power",
                          problem=str(exc) or type(exc).__name__) from exc
    finally:
        if device is not None and spec.kind != "dummy":
            with contextlib.suppress(Exception):  # closing a device that never opened
                device.close()
    return True
