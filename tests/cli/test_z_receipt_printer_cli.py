"""`charitymart report z --receipt-printer`: the Z-report in the paper's columns on the store's
ESC/POS receipt printer (python-escpos's Dummy behind the `escpos-dummy` kind)."""

from __future__ import annotations

import shutil

from sqlalchemy import text

from charitymart.cli import main
from charitymart.report_commands.common import script_actor
from charitymart.reports.receipt_text import text_width
from charitymart.services.sales import drawer
from charitymart.services.store import settings
from charitymart.services.store.setup import open_store
from tests.support.documents import demo_db  # noqa: F401


def test_the_z_report_prints_on_the_thermal_printer_in_its_columns(demo_db, tmp_path, capsys):  # noqa: F811
    db = tmp_path / "store.sqlite"
    shutil.copy(demo_db, db)
    handle = open_store(str(db))
    try:
        with handle.sessions.begin() as s:
            settings.update_settings(s, script_actor(s), receipt_printer_kind="escpos-dummy", receipt_paper="58mm")
        with handle.readers() as s:
            shift = s.scalar(text("SELECT MAX(shift_id) FROM shift_closes"))
    finally:
        handle.close()
    drawer.reset_dummy()
    assert main(["report", "z", "--shift", str(shift), "--receipt-printer", "--db", str(db), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "printed the report of 1 shift(s) on the receipt printer (escpos-dummy)"
    sent = drawer.dummy_device().output
    assert sent.startswith(b"\x1b@\x1c&") and sent.endswith(b"\x1bd\x06\x1dV\x00")
    lines = sent[4:-6].replace(b"\x1bE\x01", b"").replace(b"\x1bE\x00", b"").decode("gb18030").split("\n")
    assert "Z-report: shift closed" in "\n".join(lines) and any("Expected in the drawer" in line for line in lines)
    assert all(text_width(line) <= 32 for line in lines)
    drawer.reset_dummy()
    assert main(["report", "z", "--shift", str(shift), "--db", str(db)]) == 1  # neither --out nor the printer
