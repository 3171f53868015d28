"""The screens' own texts are translated into Chinese (charitymart_zh_CN.ts -> .qm)."""

from __future__ import annotations

import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from charitymart.ui import messages
from charitymart.ui.counter.controller import CounterController
from charitymart.ui.counter.login_page import LoginPage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_translations  # noqa: E402

UI_TS = messages.I18N_DIR / "charitymart_zh_CN.ts"
HAN = re.compile(r"[\u4e00-\u9fff]")


def placeholders(text: str) -> list[str]:
    fields = sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    return fields + ["%n"] * text.count("%n")


def live_messages():
    out = []
    for context in ET.parse(UI_TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            out.append((context.findtext("name"), message, translation))
    return out


def test_every_ui_message_is_finished_and_keeps_its_placeholders():
    found = live_messages()
    assert len(found) > 200
    for context, message, translation in found:
        source = message.findtext("source")
        assert translation.get("type") is None, f"unfinished: {context} {source!r}"
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            assert texts and all(t.strip() for t in texts), f"untranslated: {context} {source!r}"
        else:
            texts = [translation.text or ""]
            assert texts[0].strip(), f"untranslated: {context} {source!r}"
        for text in texts:
            assert placeholders(text) == placeholders(source), f"{context} {source!r} -> {text!r}"
            assert ("&" in text) == ("&" in source), f"mnemonic: {context} {source!r} -> {text!r}"


def test_the_shipped_qm_files_are_up_to_date():
    assert UI_TS.with_suffix(".qm").is_file()
    assert build_translations.stale() == []


@pytest.fixture
def chinese(qapp):
    leftover = messages.installed_translators(qapp)
    installed = messages.install_translators(qapp, "zh_CN")
    assert [p.name for p in messages.qm_files("zh_CN")] == ["charitymart_zh_CN.qm", "messages_zh_CN.qm"]
    yield installed
    messages.remove_translators(qapp, installed)
    for translator in leftover:
        translator.setObjectName(messages.TRANSLATOR_NAME)
        qapp.installTranslator(translator)


def test_the_login_page_prompt_is_in_chinese(store, admin, qapp, qtbot, chinese):
    page = LoginPage(CounterController(store, "T1"))
    qtbot.addWidget(page)
    prompt = page.prompt.text()
    assert HAN.search(prompt) and "Enter" in prompt and prompt != "Type your PIN and press Enter"
    messages.remove_translators(qapp, chinese)
    page.retranslate()
    assert page.prompt.text() == "Type your PIN and press Enter"
