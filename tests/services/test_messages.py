"""Service messages are templates with parameters, translated whole into Chinese (Qt .ts/.qm)."""

from __future__ import annotations

import pickle
import string
import sys
from pathlib import Path

import pytest

from charitymart.domain.messages import Message
from charitymart.services.errors import AT_LINE, LoginLocked, ValidationError, WrongPin
from charitymart.services.people import volunteers
from charitymart.services.stock import catalog
from charitymart.services.tabular import ImportRefused, Problem, RowReader
from charitymart.services.users.session import login_at_till
from charitymart.ui import messages
from tests.support import factories

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_translations  # noqa: E402
import extract_messages  # noqa: E402


def placeholders(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((name, spec or "", conversion) for _, name, spec, conversion in string.Formatter().parse(text)
                  if name is not None)


@pytest.fixture(scope="module")
def found():
    return extract_messages.scan()


@pytest.fixture(scope="module")
def ts_entries():
    entries, _ = extract_messages.read_ts(extract_messages.TS_FILE)
    return entries


# --- the sources and the .ts / .qm files ------------------------------------------------------

def test_no_message_is_built_at_run_time(found):
    assert found.problems == []
    assert len(found.templates) > 250


def test_every_template_has_a_finished_translation_with_the_same_placeholders(found, ts_entries):
    missing = [t for t in found.templates if t not in ts_entries]
    assert missing == [], "run tools/extract_messages.py and translate the new messages"
    for template in found.templates:
        entry = ts_entries[template]
        assert entry.kind is None and entry.translation.strip(), f"untranslated: {template!r}"
        assert placeholders(entry.translation) == placeholders(template), template
        assert entry.translation.format(**{name: "x" for name, _, _ in placeholders(template)})


def test_the_ts_has_no_live_message_that_left_the_sources(found, ts_entries):
    live = {source for source, entry in ts_entries.items() if entry.kind not in ("obsolete", "vanished")}
    assert live - set(found.templates) == set(), "run tools/extract_messages.py to mark them obsolete"


def test_the_shipped_qm_files_are_compiled_from_the_ts_files():
    assert build_translations.ts_files(), "no .ts files"
    assert build_translations.stale() == [], "run tools/build_translations.py"


def test_extraction_keeps_translations_and_marks_vanished_messages_obsolete(tmp_path):
    ts = tmp_path / "messages_zh_CN.ts"
    first = extract_messages.Scan()
    for template in ("wrong PIN", "no till {till}"):
        first.add(template, tmp_path / "a.py", 1)
    text, entries = extract_messages.update(ts, first)
    assert {e.kind for e in entries.values()} == {"unfinished"}
    ts.write_text(text.replace("<source>wrong PIN</source>\n        <translation type=\"unfinished\"></translation>",
                               "<source>wrong PIN</source>\n        <translation>密码不对</translation>"),
                  encoding="utf-8")

    second = extract_messages.Scan()
    second.add("no till {till}", tmp_path / "a.py", 2)
    ts.write_text(extract_messages.update(ts, second)[0], encoding="utf-8")
    entries, _ = extract_messages.read_ts(ts)
    assert (entries["wrong PIN"].kind, entries["wrong PIN"].translation) == ("obsolete", "密码不对")
    assert entries["no till {till}"].kind == "unfinished"

    ts.write_text(extract_messages.update(ts, first)[0], encoding="utf-8")  # it comes back, translated
    entries, _ = extract_messages.read_ts(ts)
    assert (entries["wrong PIN"].kind, entries["wrong PIN"].translation) == (None, "密码不对")
    qm = build_translations.compile_ts(ts, tmp_path / "out" / "messages_zh_CN.qm")
    assert qm.stat().st_size > 0


# --- errors and problems carry template and parameters ----------------------------------------

def test_an_error_keeps_its_template_params_and_english_text():
    exc = ValidationError("barcode {code} already belongs to {name}", field="barcode", code="690", name="大米")
    assert (exc.template, exc.params, exc.field) == ("barcode {code} already belongs to {name}",
                                                     {"code": "690", "name": "大米"}, "barcode")
    assert exc.message == str(exc) == "barcode 690 already belongs to 大米"
    copy = pickle.loads(pickle.dumps(exc))
    assert (type(copy), copy.message, copy.params, copy.field) == (ValidationError, exc.message, exc.params, "barcode")
    locked = LoginLocked("too many wrong PINs: try again in {seconds_left} seconds", seconds_left=42)
    assert (locked.seconds_left, str(locked)) == (42, "too many wrong PINs: try again in 42 seconds")
    assert WrongPin("wrong PIN", tries_left=3).tries_left == 3
    plain = ValidationError("the barcode is empty")
    assert (plain.message, plain.params) == ("the barcode is empty", {})


def test_a_problem_keeps_its_text_and_parts():
    problems: list[Problem] = []
    RowReader(4, {"price": "-1", "count": "x"}, problems).money("price")
    RowReader(5, {"count": "x"}, problems).integer("count")
    assert [str(p) for p in problems] == ["row 4, column price: negative amount: '-1'",
                                          "row 5, column count: 'x' is not a whole number"]
    assert (problems[0].template, problems[0].params) == ("negative amount: {text}", {"text": "'-1'"})
    assert problems[0] == Problem(4, "price", "negative amount: {text}", text="'-1'")
    assert str(Problem(1, "", "the file is empty: row 1 must be the header")) == \
        "row 1: the file is empty: row 1 must be the header"
    assert str(ImportRefused(problems)) == "2 problems; nothing was imported"
    assert str(ImportRefused(problems[:1])) == "1 problem; nothing was imported"


# --- shown in the UI language -----------------------------------------------------------------

@pytest.fixture
def chinese(qapp):
    """Only our zh_CN translators installed for the test; any other tests left are put back after."""
    leftover = messages.installed_translators(qapp)
    installed = messages.install_translators(qapp, "zh_CN")
    assert [p.name for p in messages.qm_files("zh_CN")][-1] == "messages_zh_CN.qm" and installed
    assert messages.installed_translators(qapp) == installed
    yield installed
    messages.remove_translators(qapp, installed)
    for translator in leftover:
        translator.setObjectName(messages.TRANSLATOR_NAME)
        qapp.installTranslator(translator)


def test_a_duplicate_barcode_refusal_in_chinese_and_english(store, admin, qapp, chinese):
    code = factories.ean13(7)
    with store.sessions.begin() as s:
        catalog.add_item(s, admin, name="大米 5kg", price=2500, barcodes=[code])
    with pytest.raises(ValidationError) as caught, store.sessions.begin() as s:
        catalog.add_item(s, admin, name="面粉", price=1200, barcodes=[code])
    assert messages.error_text(caught.value) == f"条码 {code} 已经属于“大米 5kg”"
    messages.remove_translators(qapp, chinese)
    assert messages.error_text(caught.value) == f"barcode {code} already belongs to 大米 5kg" == caught.value.message


def test_a_wrong_pin_and_a_locked_till_in_chinese(store, admin, qapp, chinese):
    texts = []
    for _ in range(5):
        with pytest.raises((WrongPin, LoginLocked)) as caught:
            login_at_till(store.sessions, "T1", "0000")
        texts.append(messages.error_text(caught.value))
    assert texts == ["密码不对"] * 4 + ["密码输错太多次：收银台锁定一分钟"]
    with pytest.raises(LoginLocked) as caught:
        login_at_till(store.sessions, "T1", "0000")
    assert messages.error_text(caught.value) == "密码输错太多次：请 60 秒后再试"
    messages.remove_translators(qapp, chinese)
    assert messages.error_text(caught.value) == "too many wrong PINs: try again in 60 seconds"


def test_a_message_placed_inside_another_is_translated_whole(store, admin, qapp, chinese):
    with pytest.raises(ValidationError) as caught, store.sessions.begin() as s:
        volunteers.register(s, admin, code="V001", name="张三", id_number="12345")
    assert messages.error_text(caught.value) == "证件号码：居民身份证号码是 18 位"
    line = ValidationError(AT_LINE, field="quantity", line=2,
                           message=Message("{field_name} must be a whole number of at least {minimum}",
                                           field_name="quantity", minimum=1))
    assert messages.error_text(line) == "第 2 行：“quantity”必须是不小于 1 的整数"
    problem = Problem(4, "price", "negative amount: {text}", text="'-1'")
    assert messages.problem_text(problem) == "第 4 行，price 列：金额不能是负数：'-1'"
    assert messages.problem_text(Problem(1, "", "unknown column")) == "第 1 行：不认识这一列"
    messages.remove_translators(qapp, chinese)
    assert messages.error_text(caught.value) == "ID number: a resident ID has 18 characters" == str(caught.value)
    assert messages.error_text(line) == "line 2: quantity must be a whole number of at least 1" == str(line)
    assert messages.problem_text(problem) == str(problem)


def test_a_translation_that_does_not_fit_falls_back_to_english(qapp, chinese):
    odd = ValidationError("barcode {code} already belongs to {name}", code="690")  # a parameter missing
    assert messages.error_text(odd) == odd.message == "barcode {code} already belongs to {name}"
    assert messages.error_text(ValueError("plain")) == "plain"
    assert messages.error_text(ValidationError("wrong PIN")) == "密码不对"
    english = messages.install_translators(qapp, "en")  # switched: only the English plural forms
    assert [t.filePath() for t in english] == [str(messages.I18N_DIR / "charitymart_en.qm")]
    assert english == messages.installed_translators(qapp)
    assert messages.error_text(ValidationError("wrong PIN")) == "wrong PIN"
