"""English papers read back from the PDF: no Chinese unit of count after a quantity ("6 袋"), item
and household categories in English, "1 person" and "1 session" in the singular."""

from __future__ import annotations

import re

from sqlalchemy import text

from charitymart.services.documents import donors as documents_donors
from charitymart.services.documents import money as documents_money
from charitymart.services.documents import month as documents_month
from charitymart.report_commands.common import script_actor
from tests.support.documents import MONTH, demo, demo_db, pdf_text  # noqa: F401

CHINESE_UNIT_AFTER_A_NUMBER = re.compile(r"\d\s*[袋桶包瓶盒箱罐提支块条件套双本个把幅张份台只卷斤]")


def test_english_donor_receipts_and_settlements_count_in_english_units(demo):  # noqa: F811
    with demo.readers() as s:
        papers = [content for _, _, content in documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, "en")]
        papers += [content for _, _, content in documents_money.consignor_settlements_pdfs(s, script_actor(s), *MONTH, "en")]
    assert len(papers) > 5
    bodies = [pdf_text(content) for content in papers]
    for body in bodies:
        assert not CHINESE_UNIT_AFTER_A_NUMBER.search(body), CHINESE_UNIT_AFTER_A_NUMBER.search(body).group(0)
    assert any(re.search(r"\d+ (bags|bottles|packs|pieces|boxes)", body) for body in bodies)


def test_the_english_stock_report_names_categories_in_english(demo):  # noqa: F811
    with demo.readers() as s:
        body = pdf_text(documents_month.stock_report_pdf(s, "en"))
        categories = s.execute(text("SELECT name, name_en FROM categories WHERE name_en != ''")).all()
    assert categories
    for name, name_en in categories:
        assert name not in body.replace(name_en, "")


def test_every_paper_embeds_every_font_it_names(demo):  # noqa: F811
    from datetime import date

    from tests.support.pdf_pages import fonts

    with demo.readers() as s:
        donation = s.scalar(text("SELECT number FROM donations WHERE fund_source = 'donated' ORDER BY id LIMIT 1"))
        shift = s.scalar(text("SELECT MAX(shift_id) FROM shift_closes"))
        receipt = s.scalar(text("SELECT receipt_number FROM sales ORDER BY id DESC LIMIT 1"))
        for language in ("zh_CN", "en"):
            papers = {
                "donor receipt": documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, language)[0][2],
                "acknowledgement": documents_donors.donation_acknowledgement_pdf(s, script_actor(s), donation, language),
                "statement": documents_money.beneficiary_statements_pdfs(s, script_actor(s), *MONTH, language)[0][2],
                "z-report": documents_money.z_report_pdf_for(s, script_actor(s), shift_id=shift, language=language)[1],
                "receipt": documents_money.receipt_pdf(s, receipt, "58mm", language),
                "hours": documents_month.hours_report_pdf(s, script_actor(s), date(2026, 2, 1), date(2026, 2, 28), language),
                "stock": documents_month.stock_report_pdf(s, language),
            }
            for name, content in papers.items():
                used = fonts(content)
                assert used and all(used.values()), (language, name, used)
