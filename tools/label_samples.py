"""Make the sample label PDFs and PNGs in docs/samples/ (both languages) from a throwaway store.

    .venv/bin/python tools/label_samples.py        # needs pdftoppm (poppler-utils)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "samples"
sys.path.insert(0, str(ROOT))

ITEMS = [  # barcode, name, English name, price in fen, fund source
    (None, "东北大米 5kg", "Rice 5kg", 2500, "donated"),
    ("6901234567892", "压榨一级花生油 1L（家庭装）", "Peanut oil 1L (family size)", 1850, "purchased"),
    ("96385074", "洗衣皂", "Laundry soap", 350, "donated"),
    ("SHOP-TOWEL-07", "纯棉毛巾", "Cotton towel", 990, "consigned"),
    (None, "儿童冬季羽绒服 120cm 蓝色", "Children's winter down jacket 120 cm, blue", 4500, "donated"),
]


def _render(pdf: Path, dpi: int) -> None:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(pdf.with_suffix(""))], check=True)


def main() -> int:
    home = tempfile.mkdtemp(prefix="charitymart-labels-")
    os.environ["CHARITYMART_HOME"] = home  # the throwaway store's keys and data stay out of the user's folders
    from charitymart.services.people.beneficiaries import register
    from charitymart.services.people.parties import add_party
    from charitymart.services.people.volunteers import register as register_volunteer
    from charitymart.services.stock import catalog, labels
    from charitymart.services.stock.intake import IntakeLine, record_intake
    from charitymart.services.store.setup import create_store, open_store
    from charitymart.services.users.session import login_at_till

    handle = open_store(Path(home) / "samples.sqlite")
    with handle.sessions.begin() as s:
        create_store(s, name="阳光慈善超市", admin_name="管理员", admin_pin="9999", address="幸福路1号")
    actor = login_at_till(handle.sessions, "T1", "9999")
    codes = []
    with handle.sessions.begin() as s:
        parties = {"donated": None, "purchased": add_party(s, actor, kind="supplier", name="粮油批发部").code,
                   "consigned": add_party(s, actor, kind="consignor", name="社区手工坊").code}
        for code, name, name_en, price, source in ITEMS:
            item = catalog.add_item(s, actor, name=name, name_en=name_en, price=price,
                                    barcodes=[code] if code else [])
            codes.append(item.barcodes[0].code)
            record_intake(s, actor, fund_source=source, party_code=parties[source],
                          lines=[IntakeLine(quantity=10, unit_value=price, item_id=item.id)])
        register(s, actor, card_number="H0001", name="张三", category="低保", id_number="11010519491231002X",
                 household_size=3, allowance_amount=15000, period="quarter", valid_until=date(2026, 12, 31))
        register_volunteer(s, actor, code="V001", name="李志愿")
    requests = [(code, copies) for code, copies in zip(codes, (6, 5, 4, 4, 3))]
    OUT.mkdir(parents=True, exist_ok=True)
    with handle.sessions.begin() as s:
        for language in ("zh_CN", "en"):
            sheet = OUT / f"labels-a4-3x8-{language}.pdf"
            sheet.write_bytes(labels.item_labels_pdf(s, requests, "a4-3x8", language, skip=2,
                                                       fund_source_mark=True))
            _render(sheet, 100)
            printer = OUT / f"labels-printer-40x30-{language}.pdf"
            printer.write_bytes(labels.item_labels_pdf(s, [(codes[4], 1)], "printer-40x30", language,
                                                         fund_source_mark=True))
            _render(printer, 300)
            cards = OUT / f"card-labels-printer-50x30-{language}.pdf"
            cards.write_bytes(labels.household_card_labels_pdf(s, actor, ["H0001"], "printer-50x30", language))
            _render(cards, 300)
            volunteer = OUT / f"volunteer-card-labels-printer-50x30-{language}.pdf"
            volunteer.write_bytes(labels.volunteer_card_labels_pdf(s, ["V001"], "printer-50x30", language))
            _render(volunteer, 300)
    handle.close()
    print(f"samples written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
