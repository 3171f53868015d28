"""Every translatable string of every layer has a finished Chinese translation
(tools/check_translations.py), and the strings once shown in English on the Chinese counter
are Chinese now."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from charitymart.ui import messages
from charitymart.ui.app import build_window

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import check_translations
import extract_messages

NEW_SCREEN = '''\
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from charitymart.services.errors import ValidationError


def _tr(text):
    return QCoreApplication.translate("Wrapped", text)


class Brand(QWidget):
    def words(self):
        self.tr("Price")
        self.tr("Words nobody has translated yet")
        QCoreApplication.translate("Elsewhere", "Text in a context of its own")
        _tr("Text lupdate never sees")
        raise ValidationError("a refusal nobody has translated yet")
'''


@pytest.fixture(autouse=True)
def no_translators_left(qapp):
    """The window installs its language's translators on the application: take them off after,
    so the tests that follow see the English source texts."""
    yield
    messages.remove_translators(qapp, messages.installed_translators(qapp))


def test_every_string_in_the_sources_has_a_finished_translation():
    problems = check_translations.problems()
    assert problems == [], "\n".join(["run tools/apply_translations.py, then translate:"] + problems)


def test_the_check_names_the_file_and_line_of_each_missing_string(tmp_path):
    screen = tmp_path / "brand_screen.py"
    screen.write_text(NEW_SCREEN, encoding="utf-8")
    qt = check_translations.qt_problems(check_translations.scan_qt([screen]))
    where = f"{screen}:"
    assert qt == [f"{where}7: translate() of a context or text that is not a literal: lupdate cannot read it",
                  f"{where}12: missing [Brand]: 'Price'",  # translated elsewhere: each class has its own
                  f"{where}13: missing [Brand]: 'Words nobody has translated yet'",
                  f"{where}14: missing [Elsewhere]: 'Text in a context of its own'"]
    errors = ROOT / "charitymart" / "services" / "errors.py"
    services = check_translations.service_problems(extract_messages.scan([errors, screen]))
    assert f"{where}16: missing: 'a refusal nobody has translated yet'" in services


def test_a_translation_losing_a_placeholder_is_reported(tmp_path):
    ts = tmp_path / "charitymart_zh_CN.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context>'
                  "<name>Brand</name><message><source>Words nobody has translated yet</source>"
                  "<translation>还没人翻译的话</translation></message>"
                  "<message><source>Cash in {amount}</source><translation>存入现金</translation></message>"
                  "<message><source>Words</source><translation type=\"unfinished\">字</translation></message>"
                  "</context></TS>", encoding="utf-8")
    screen = tmp_path / "screen.py"
    screen.write_text("class Brand:\n    def f(self):\n        self.tr('Words nobody has translated yet')\n"
                      "        self.tr('Cash in {amount}')\n        self.tr('Words')\n", encoding="utf-8")
    problems = check_translations.qt_problems(check_translations.scan_qt([screen]), ts)
    assert problems == [f"{screen}:4: placeholders differ [Brand]: 'Cash in {{amount}}' -> '存入现金'",
                        f"{screen}:5: unfinished [Brand]: 'Words'"]


def test_the_tool_prints_nothing_missing_and_exits_0(capsys):
    assert check_translations.main() == 0
    assert capsys.readouterr().out.strip() == "every string has a finished Chinese translation"


def test_the_chinese_counter_shows_training_and_unknown_code_in_chinese(store, qtbot):
    window = build_window(store, language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.till_bar.training_button.text() == "练习模式（Ctrl+T）"
    qtbot.keyClicks(window.login_page.pin, "9999")
    qtbot.keyClick(window.login_page.pin, Qt.Key_Return)
    qtbot.keyClicks(window.float_page.amount, "100")
    qtbot.keyClick(window.float_page.amount, Qt.Key_Return)
    qtbot.keyClicks(window.sale_page.scan, "4242")
    qtbot.keyClick(window.sale_page.scan, Qt.Key_Return)
    assert window.sale_page.status.text() == "没有找到编码 4242：没有加入任何商品"


def test_translate_under_another_name_is_reported(tmp_path):
    screen = tmp_path / "reasons.py"
    screen.write_text('from PySide6.QtCore import QCoreApplication\n\n_translate = QCoreApplication.translate\n\n'
                      'REASON = _translate("Reasons", "Damaged or faulty")\n', encoding="utf-8")
    found = check_translations.scan_qt([screen])
    assert found.problems == [f"{screen}:3: translate() under another name: lupdate cannot read the calls made "
                              "through it"]
    assert check_translations.scan_qt([Path(check_translations.UI) / "counter" / "refund_reasons.py"]).problems == []
