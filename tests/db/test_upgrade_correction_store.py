"""A store made at revision 0005 with corrections entered before categories existed
(tests/data/store-r0005-corrections.sqlite, tools/make_correction_store.py) upgrades to revision
0007: verify passes, the corrections print as "Other (not recorded)" and never their reasons,
and the month published at 0005 still matches its published figures."""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from charitymart.services.reporting import month_figures
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify

OLD_STORE = Path(__file__).resolve().parents[1] / "data" / "store-r0005-corrections.sqlite"
REASON_PIECES = ("陈秘密", "13912345678", "WangXiaoming", "13800001111", "LiLei", "13700002222", "secondbag")


def text_of(data: bytes) -> str:
    return "".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


@pytest.fixture
def upgraded(tmp_path, home):
    target = tmp_path / "shop.sqlite"
    shutil.copyfile(OLD_STORE, target)
    con = sqlite3.connect(target)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
    con.close()
    clock.set_now(datetime(2026, 5, 2, 2, 0))
    handle = open_store(target)
    yield handle
    handle.close()


def test_old_corrections_upgrade_as_unspecified_and_their_reasons_stay_internal(upgraded):
    with upgraded.readers() as s:
        report = verify(s)
        assert report.ok, report.problems
        april = month_figures(s, 2026, 4)
        assert [(c.kind, c.category) for c in april.corrections] == [("goods", "unspecified"), ("cash", "unspecified")]
        assert [h.category for h in april.hours_corrections] == ["unspecified"]
        english = text_of(documents_month.transparency_report_pdf(s, 2026, 4, "en"))
        chinese = text_of(documents_month.transparency_report_pdf(s, 2026, 4, "zh_CN"))
    assert english.count("Other(notrecorded)") == 3 and "Cashdonation" in english
    assert chinese.count("其他（未记录类别）") == 3
    for piece in REASON_PIECES:
        assert piece not in english and piece not in chinese, piece


def test_the_month_published_before_the_upgrade_still_matches(upgraded):
    with upgraded.readers() as s:
        document = documents_month.transparency_document(s, 2026, 3)
        assert document.figures.publication is not None
        assert document.figures_match is True
        text = text_of(documents_month.transparency_report_pdf(s, 2026, 3, "en"))
    assert "differfromtheonespublished" not in text
