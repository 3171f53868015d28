"""The back office's print requests reach real documents: a page asking for card labels opens the
document dialog, which makes the PDF off the GUI thread, previews it and saves it."""

from __future__ import annotations

import subprocess

import pytest

from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared import print_hooks
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from charitymart.ui.office.shared.label_dialog import LabelDialog
from charitymart.ui.office.shell import OfficeShell
from tests.support import factories


@pytest.fixture
def context(store, admin):
    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001", name="李志愿")
        factories.add_volunteer(s, "V002", name="王热心")
    return OfficeContext(handle=store, actor=admin, language="zh_CN", currency="CNY")


def test_volunteer_card_labels_are_made_previewed_and_saved(context, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(print_hooks, "run_modal", lambda dialog: opened.append(dialog))
    shell = OfficeShell(context, areas=("charitymart.ui.office.people.volunteers",))
    qtbot.addWidget(shell)
    page = next(shell.pages.widget(i) for i in range(shell.pages.count())
                if hasattr(shell.pages.widget(i), "card_labels_requested"))
    page.card_labels_requested.emit("volunteer", ["V001", "V002"])
    assert len(opened) == 1 and isinstance(opened[0], DocumentDialog)
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.pdf is not None or "Making" not in dialog.status.text(), timeout=20000)
    assert dialog.pdf is not None and dialog.save_button.isEnabled()
    assert dialog.pages.count() >= 1  # the preview shows the page
    target = tmp_path / "cards.pdf"
    dialog.save_pdf(str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "李志愿" in text and "王热心" in text
    assert dialog.last_output == str(target)


def test_a_refused_document_shows_why_and_offers_nothing_to_save(context, qtbot):
    dialog = DocumentDialog(context, "cards", lambda s: print_hooks.labels.volunteer_card_labels_pdf(
        s, ["NOSUCH"], None, "en"), "x.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Making" not in dialog.status.text(), timeout=20000)
    assert dialog.pdf is None and not dialog.save_button.isEnabled()
    assert "NOSUCH" in dialog.status.text()


def test_item_labels_requested_open_the_label_dialog(context, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(print_hooks, "run_modal", lambda dialog: opened.append(dialog))
    shell = OfficeShell(context, areas=("charitymart.ui.office.stock.area",))
    qtbot.addWidget(shell)
    page = next(shell.pages.widget(i) for i in range(shell.pages.count())
                if hasattr(shell.pages.widget(i), "labels_requested"))
    page.labels_requested.emit([("6901234567892", 2)])
    assert len(opened) == 1 and isinstance(opened[0], LabelDialog)
    assert opened[0].requests() == [("6901234567892", 2)]


def test_the_acknowledgement_of_a_saved_donation_opens_as_a_document(store, admin, qtbot, tmp_path, monkeypatch):
    from charitymart.services.stock import intake
    from charitymart.services.stock.intake import IntakeLine

    with store.sessions.begin() as s:
        item = factories.add_item(s, name="冬衣", price=3000, barcode="6930000000011")
        donation = intake.record_intake(s, admin, fund_source="donated",
                                        lines=[IntakeLine(item_id=item.id, quantity=2, unit_value=2500)])
        number = donation.number
    context = OfficeContext(handle=store, actor=admin, language="zh_CN", currency="CNY")
    opened = []
    monkeypatch.setattr(print_hooks, "run_modal", lambda dialog: opened.append(dialog))
    shell = OfficeShell(context, areas=("charitymart.ui.office.intake.area",))
    qtbot.addWidget(shell)
    page = next(shell.pages.widget(i) for i in range(shell.pages.count())
                if hasattr(shell.pages.widget(i), "acknowledgement_requested"))
    page.acknowledgement_requested.emit(number)
    dialog = opened[0]
    qtbot.waitUntil(lambda: "Making" not in dialog.status.text() and "正在" not in dialog.status.text(),
                    timeout=20000)
    target = tmp_path / "ack.pdf"
    dialog.save_pdf(str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text and "冬衣" in text
