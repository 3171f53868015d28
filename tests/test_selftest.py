"""`charitymart --self-test`: each step on its own, and the whole run's exit code and log."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from charitymart import selftest
from charitymart.cli import main
from charitymart.db.models import Sale
from charitymart.reports.base import a4_pdf
from charitymart.reports.text import document_text


def report_with(text: str):
    """A stand-in transparency report: a one-page PDF carrying `text`."""
    from reportlab.platypus import Paragraph

    from charitymart.reports.base import register_font, styles

    def transparency_report_pdf(session, year, month, language):
        register_font()
        return a4_pdf([Paragraph(f"{text} {year}-{month:02d}", styles()["title"])], title="test",
                      tr=document_text(language))

    return transparency_report_pdf


@pytest.fixture
def made(tmp_path):
    handle = selftest.step_create_store(tmp_path / "st.sqlite")
    yield handle
    handle.close()


def test_sell_step_commits_a_sale_that_verifies(made):
    sold = selftest.step_sell(made)
    assert sold.total == 5000 and sold.receipt_number.startswith("T1-2026-")
    with made.readers() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
    assert selftest.step_verify(made) > 3


def test_receipt_step_writes_a_pdf_with_the_chinese_store_name(made, tmp_path):
    sold = selftest.step_sell(made)
    path = selftest.step_receipt(made, sold, tmp_path)
    text = selftest.pdf_text(path.read_bytes())
    assert selftest.STORE_NAME in text and selftest.ITEM_NAME in text


def test_a_pdf_without_the_text_fails_the_check():
    from reportlab.platypus import Paragraph

    from charitymart.reports.base import styles

    content = a4_pdf([Paragraph("nothing Chinese here", styles()["body"])], title="x", tr=document_text("en"))
    with pytest.raises(selftest.SelfTestFailure, match="does not contain"):
        selftest.require_text(content, selftest.STORE_NAME, "report")
    with pytest.raises(selftest.SelfTestFailure, match="not a PDF"):
        selftest.require_text(b"hello", selftest.STORE_NAME, "report")


def test_transparency_step_checks_the_report_text(made, tmp_path, monkeypatch):
    from charitymart.services.documents import month as documents_month

    monkeypatch.setattr(documents_month, "transparency_report_pdf", report_with("另一家超市"))
    with pytest.raises(selftest.SelfTestFailure, match="does not contain"):
        selftest._transparency_step(made, tmp_path)
    monkeypatch.setattr(documents_month, "transparency_report_pdf", report_with(selftest.STORE_NAME))
    assert selftest._transparency_step(made, tmp_path).name == "transparency-2026-03.pdf"


def test_transparency_step_with_the_real_report(made, tmp_path):
    selftest.step_sell(made)
    path = selftest._transparency_step(made, tmp_path)
    assert selftest.STORE_NAME in selftest.pdf_text(path.read_bytes())


def test_window_step_loads_the_chinese_translation(qapp, made):
    assert selftest.step_window(made) == "慈善超市 CharityMart"


def test_whole_run_passes_and_logs_where_the_log_is(tmp_path, qapp):
    out = io.StringIO()
    assert selftest.self_test(log_folder=tmp_path / "logs", out=out) == 0
    log_file = tmp_path / "logs" / selftest.LOG_FILENAME
    assert f"log file {log_file}" in out.getvalue() and "self-test passed" in out.getvalue()
    text = log_file.read_text(encoding="utf-8")
    assert str(log_file) in text and "verify passed" in text and "self-test passed" in text


def test_whole_run_fails_with_the_reason_in_its_log(tmp_path, monkeypatch, capsys):
    from charitymart.reports.base import a4_pdf
    from charitymart.reports.text import document_text
    from charitymart.services.documents import month as documents_month

    # A report that lost its text (e.g. a font that did not embed) must fail the self-test.
    monkeypatch.setattr(documents_month, "transparency_report_pdf",
                        lambda *args: a4_pdf([], title="empty", tr=document_text("en")))
    monkeypatch.setattr(selftest.paths, "log_dir", lambda: tmp_path / "logs")
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "self-test FAILED" in out and "transparency report" in out
    text = (tmp_path / "logs" / selftest.LOG_FILENAME).read_text(encoding="utf-8")
    assert "self-test FAILED" in text and "transparency report" in text


def test_temp_basedir_keeps_nothing_behind(tmp_path, monkeypatch, capsys):
    db = tmp_path / "t.sqlite"
    assert main(["--temp-basedir", "init", "--db", str(db), "--store-name", "临时店", "--admin-name", "A",
                 "--admin-pin", "1357"]) == 0
    out = capsys.readouterr().out
    folder = out.split("temporary data folder ", 1)[1].split(" ", 1)[0]
    assert not __import__("pathlib").Path(folder).exists()
    assert db.exists()
