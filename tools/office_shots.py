"""What the back office's screenshot tools share: a demo store in a throwaway folder, its manager
logged in, the UI language installed, and `shoot` (1366x768 PNG into docs/screenshots/).

Run the tools from the repository root with PYTHONPATH=. (the venv's package may point at
another checkout); each tool keeps only its own pages and scenes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1366, 768)
SHOWN: list = []  # kept alive until `finish`, then deleted in order (PySide dislikes deletion at exit)


def office_context(language: str, *, prefix: str, days: int):
    """(handle, manager actor, OfficeContext) on a demo store of `days` days, built once per folder."""
    os.environ.setdefault("CHARITYMART_HOME", tempfile.mkdtemp(prefix=prefix))
    from charitymart.db.models import Store
    from charitymart.services.demo import data as demo_data
    from charitymart.services.demo.build import build_demo
    from charitymart.services.store.setup import open_store
    from charitymart.services.users.session import login_at_till
    from charitymart.ui.messages import install_translators
    from charitymart.ui.office.context import OfficeContext
    from charitymart.ui.theme import load_fonts

    app = QApplication.instance()
    load_fonts(app)
    app._charitymart_translators = install_translators(app, language)
    handle = open_store(Path(os.environ["CHARITYMART_HOME"]) / "demo.sqlite")
    with handle.sessions() as s:
        empty = s.get(Store, 1) is None
    if empty:
        build_demo(handle.sessions, days=days)
    manager = login_at_till(handle.sessions, "T1", demo_data.MANAGER[1])
    return handle, manager, OfficeContext(handle=handle, actor=manager, language=language, currency="CNY")


def shoot(widget, name: str, context=None, size=SIZE) -> None:
    """Show `widget` at `size`, let its background loads finish, save docs/screenshots/NAME.png."""
    SHOWN.append(widget)
    widget.resize(*size)
    widget.show()
    if context is not None:
        context.jobs.wait(20000)
    QTest.qWait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def finish(handle, context) -> None:
    context.jobs.wait(20000)
    while SHOWN:
        SHOWN.pop().deleteLater()
    QTest.qWait(100)
    handle.close()
