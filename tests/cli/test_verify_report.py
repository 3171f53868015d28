"""`charitymart verify --report FILE.pdf` and `--report-hash HEX --month`: a genuine 公示 matches
its ledger (exit 0); an edited one, or one whose month changed in the ledger since it was
printed, does not (exit 1), and the line that differs is named. Both languages."""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from charitymart.cli import main
from charitymart.report_commands.common import script_actor
from charitymart.services.stock import intake
from charitymart.services.store.setup import open_store
from tests.support.documents import MONTH, demo_db, pdf_text  # noqa: F401

MONTH_TEXT = f"{MONTH[0]:04d}-{MONTH[1]:02d}"
ATTACHMENT = "charitymart-figures.json"


@pytest.fixture
def db(demo_db, tmp_path):  # noqa: F811
    copy = tmp_path / "store.sqlite"
    shutil.copy(demo_db, copy)
    return str(copy)


def make_report(db, tmp_path, capsys, lang="zh_CN"):
    out = tmp_path / f"report-{lang}.pdf"
    assert main(["report", "transparency", "--month", MONTH_TEXT, "--out", str(out), "--db", db, "--lang", lang]) == 0
    capsys.readouterr()
    return out


def figures_of(path) -> dict:
    return json.loads(PdfReader(path).attachments[ATTACHMENT][0])


def rewrite_figures(path, change, *, keep_hash=True):
    """Edit the embedded figures with pypdf, as someone holding the file could."""
    reader = PdfReader(path)
    payload = json.loads(reader.attachments[ATTACHMENT][0])
    change(payload["figures"])
    if not keep_hash:
        import hashlib

        text = json.dumps(payload["figures"], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        payload["figures_hash"] = hashlib.sha256(text.encode()).hexdigest()
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_attachment(ATTACHMENT, json.dumps(payload, ensure_ascii=False).encode())
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())


def yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_genuine_report_matches(db, tmp_path, capsys, lang):
    report = make_report(db, tmp_path, capsys, lang)
    payload = figures_of(report)
    printed = re.sub(r"\s+", " ", pdf_text(str(report)))
    assert f"--report-hash {payload['figures_hash']} --month {MONTH_TEXT}" in printed
    assert main(["verify", "--report", str(report), "--db", db, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert payload["figures_hash"] in out
    assert ("matches the ledger" in out) if lang == "en" else ("与账目一致" in out)
    assert main(["verify", "--report-hash", payload["figures_hash"], "--month", MONTH_TEXT, "--db", db]) == 0


def test_an_edited_figure_is_named(db, tmp_path, capsys):
    report = make_report(db, tmp_path, capsys, "en")
    total = figures_of(report)["figures"]["sales"]["total"]
    rewrite_figures(report, lambda f: f["sales"].update(total=total + 900))
    assert main(["verify", "--report", str(report), "--db", db, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert f"Sales income: the paper says {yuan(total + 900)}, the ledger gives {yuan(total)}" in err
    assert "figures file in the PDF was changed" in err


def test_a_forged_figures_file_disagrees_with_the_printed_hash(db, tmp_path, capsys):
    report = make_report(db, tmp_path, capsys, "en")
    rewrite_figures(report, lambda f: f["donated"].update(records=f["donated"]["records"] + 1), keep_hash=False)
    assert main(["verify", "--report", str(report), "--db", db, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "The hash printed on the report" in err and "the page was changed" in err
    assert "Donated goods · records: the paper says" in err


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_late_entry_in_the_month_is_named(db, tmp_path, capsys, lang):
    report = make_report(db, tmp_path, capsys, lang)
    paper = figures_of(report)
    handle = open_store(db)
    try:
        with handle.sessions.begin() as s:
            intake.record_cash_donation(s, script_actor(s), None, 12300, received_on=date(MONTH[0], MONTH[1], 15))
    finally:
        handle.close()
    assert main(["verify", "--report", str(report), "--db", db, "--lang", lang]) == 1
    err = capsys.readouterr().err
    before = paper["figures"]["donated"]["cash_total"]
    if lang == "en":
        assert (f"Donated goods · cash received: the paper says {yuan(before)}, the ledger gives "
                f"{yuan(before + 12300)}") in err
    else:
        assert "捐赠物资 · 现金收入：纸面为" in err and yuan(before + 12300) in err
    assert main(["verify", "--report-hash", paper["figures_hash"], "--month", MONTH_TEXT, "--db", db]) == 1
