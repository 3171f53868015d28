"""The monthly public transparency report (公示) for the shop's noticeboard, A4.

Plain data in (services.reporting.MonthFigures plus when it was generated and published, in
store-local time), PDF bytes out. Public: it prints counts and money, consenting donors' names,
never a household's name or card number, a volunteer's name, or a non-consenting donor.
The foot of the report names the audit chain head the figures were read from, with a QR code
of the command an auditor runs to check it is in the store's chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from charitymart.reports.base import a4_pdf, day, moment, money, number, styles, table_style, weight_kg
from charitymart.reports.charts import bar_chart, pie_chart, qr_code
from charitymart.reports.hours_report import hours_text
from charitymart.reports.text import DocumentText, document_text

if TYPE_CHECKING:
    from charitymart.services.reporting import MonthFigures


@dataclass(frozen=True)
class TransparencyDocument:
    figures: MonthFigures
    address: str
    generated_local: datetime  # store-local
    published_local: datetime | None  # store-local; None while the month is not published
    figures_match: bool | None  # recomputed figures equal the published hash (None: not published)


def verify_command(head: str) -> str:
    return f"charitymart verify --head {head}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fund_source_name(tr: DocumentText, source: str) -> str:
    names = {"donated": tr("Donated goods"), "purchased": tr("Purchased goods"),
             "consigned": tr("Consigned goods")}
    return names.get(source, source)


def short_fund_source_name(tr: DocumentText, source: str) -> str:
    """For chart axes, where three long names collide."""
    names = {"donated": tr("Donated"), "purchased": tr("Purchased"), "consigned": tr("Consigned")}
    return names.get(source, source)


def tender_name(tr: DocumentText, kind: str) -> str:
    names = {"cash": tr("Cash"), "mobile": tr("Mobile payment"), "card": tr("Bank card"),
             "allowance": tr("Household allowance"), "points": tr("Time-bank points")}
    return names.get(kind, kind)


def _hours(value: Decimal, language: str) -> str:
    return hours_text(value, language)


class _Builder:
    def __init__(self, doc: TransparencyDocument, language: str):
        self.doc, self.f, self.language = doc, doc.figures, language
        self.tr = document_text(language)
        self.st = styles(10.5)
        self.st["heading"].spaceBefore = 6
        self.story: list = []

    def money(self, fen: int) -> str:
        return money(fen, self.f.currency, self.language)

    def cell(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(_escape(text), self.st[style])

    def heading(self, text: str) -> None:
        self.story.append(Paragraph(_escape(text), self.st["heading"]))

    def table(self, rows: list[list], widths: list, *, header: bool = True, total: bool = False,
              numbers_from: int = 1) -> Table:
        body = [[self.cell(c) if isinstance(c, str) else c for c in row] for row in rows]
        table = Table(body, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = table_style(1 if header else 0, font_size=10, total_row=total)
        table.setStyle(style)
        for r, row in enumerate(body):
            for c in range(numbers_from, len(row)):
                if isinstance(row[c], Paragraph) and (r > 0 or not header):
                    row[c].style = self.st["right"]
        return table

    def facts(self, pairs: list[tuple[str, str]]) -> Table:
        return self.table([[k, v] for k, v in pairs], [110 * mm, 60 * mm], header=False)

    def build(self) -> list:
        tr, f = self.tr, self.f
        month_name = f"{f.year:04d}-{f.month:02d}"
        self.story.append(Paragraph(_escape(f.store_name), self.st["title"]))
        self.story.append(Paragraph(_escape(tr("Public report for {month}: donations received and how they were used",
                                               month=month_name)), self.st["subtitle"]))
        period = tr("Period: {first} to {last}", first=day(f.first, self.language), last=day(f.last, self.language))
        if self.doc.address:
            period = tr("{period} · {address}", period=period, address=self.doc.address)
        self.story.append(Paragraph(_escape(period), self.st["subtitle"]))
        if self.doc.figures_match is False:
            self.story.append(Paragraph(_escape(tr(
                "Warning: these figures differ from the ones published. Run the check below and tell the manager.")),
                self.st["heading"]))
        self.donations()
        self.other_intake()
        self.sales()
        self.households_and_volunteers()
        self.stock()
        self.corrections()
        self.verification()
        return self.story

    def donations(self) -> None:
        tr, d = self.tr, self.f.donated
        self.heading(tr("1. Donations received"))
        self.story.append(self.facts([
            (tr("Donations recorded"), number(d.records, self.language)),
            (tr("Donated goods (items)"), number(d.goods_quantity, self.language)),
            (tr("Estimated value of donated goods"), self.money(d.goods_value)),
            (tr("Weight of donated goods (kg)"), weight_kg(d.weight_g, self.language)),
            (tr("Cash donations"), tr("{count} donations, {amount}", count=d.cash_count, amount=self.money(d.cash_total))),
            (tr("Total received (goods and cash)"), self.money(d.goods_value + d.cash_total)),
        ]))
        categories = self.f.donated_by_category
        if categories:
            rows = [[tr("Category"), tr("Number of items"), tr("Value"), tr("Weight (kg)")]]
            for c in categories:
                rows.append([self.category_name(c), number(c.quantity, self.language), self.money(c.value),
                             weight_kg(c.weight_g, self.language)])
            table = self.table(rows, [31 * mm, 17 * mm, 30 * mm, 22 * mm])
            pie = pie_chart([self.category_name(c) for c in categories], [c.value for c in categories],
                            width=80 * mm, height=max(40 * mm, min(60 * mm, 7 * mm * len(rows))),
                            other_label=tr("Other"))
            self.story.append(Spacer(1, 3 * mm))
            self.story.append(Paragraph(_escape(tr("Donated goods by category")), self.st["body"]))
            side = Table([[table, pie]], colWidths=[102 * mm, 80 * mm], hAlign="LEFT")
            side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            self.story.append(side)
        self.donors()

    def category_name(self, c) -> str:
        if not c.category:
            return self.tr("No category")
        if self.language == "en" and c.category_en:
            return c.category_en
        return c.category

    def donors(self) -> None:
        tr, named, group = self.tr, self.f.public_donors, self.f.anonymous_donors
        self.story.append(Spacer(1, 3 * mm))
        if named:
            self.story.append(Paragraph(_escape(tr("Donors who agreed to be named: thank you!")), self.st["body"]))
            rows = [[tr("Donor"), tr("Donations"), tr("Value")]]
            rows += [[d.name, number(d.donations, self.language), self.money(d.total)] for d in named]
            self.story.append(self.table(rows, [100 * mm, 25 * mm, 45 * mm]))
        if group.donations:
            self.story.append(Spacer(1, 2 * mm))
            self.story.append(Paragraph(_escape(tr(
                "Other kind donors (爱心人士), not named: {donors} donors, {donations} donations, worth {total}.",
                donors=group.donors, donations=group.donations, total=self.money(group.total))), self.st["body"]))

    def other_intake(self) -> None:
        tr = self.tr
        self.heading(tr("2. Goods bought and goods sold for others"))
        rows = [[tr("Fund source"), tr("Records"), tr("Number of items"), tr("Value")]]
        for figures in (self.f.purchased, self.f.consigned):
            rows.append([fund_source_name(tr, figures.fund_source), number(figures.records, self.language),
                         number(figures.goods_quantity, self.language), self.money(figures.goods_value)])
        self.story.append(self.table(rows, [70 * mm, 30 * mm, 30 * mm, 40 * mm]))

    def sales(self) -> None:
        tr, s = self.tr, self.f.sales
        self.heading(tr("3. Goods sold and income by fund source"))
        rows = [[tr("Fund source"), tr("Number of items"), tr("Income")]]
        for part in s.fund_sources:
            rows.append([fund_source_name(tr, part.fund_source), number(part.quantity, self.language),
                         self.money(part.amount)])
        rows.append([tr("Total"), number(sum(p.quantity for p in s.fund_sources), self.language), self.money(s.total)])
        table = self.table(rows, [42 * mm, 22 * mm, 36 * mm], total=True)
        chart = bar_chart([short_fund_source_name(tr, p.fund_source) for p in s.fund_sources],
                          [p.amount / 100 for p in s.fund_sources], [self.money(p.amount) for p in s.fund_sources],
                          width=80 * mm, height=48 * mm)
        side = Table([[table, chart]], colWidths=[102 * mm, 80 * mm], hAlign="LEFT")
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(side)
        paid = ", ".join(tr("{kind} {amount}", kind=tender_name(tr, t.kind), amount=self.money(t.amount))
                         for t in s.tenders if t.amount)
        self.story.append(Paragraph(_escape(tr("Paid by: {tenders}.", tenders=paid or "—")), self.st["small"]))
        self.story.append(Paragraph(_escape(tr(
            "{sales} sales and {collections} free collections; {refunds} refunds ({refunded}) and {voids} voided "
            "sales ({voided}) are already taken off.", sales=s.sales, collections=s.collections, refunds=s.refunds,
            refunded=self.money(-s.refunds_total), voids=s.voids, voided=self.money(s.voids_total))),
            self.st["small"]))

    def households_and_volunteers(self) -> None:
        tr, h, v = self.tr, self.f.households, self.f.volunteers
        self.heading(tr("4. Help for households in need"))
        self.story.append(self.facts([
            (tr("Households helped"), number(h.households, self.language)),
            (tr("Visits"), number(h.visits, self.language)),
            (tr("Of which free collections"), number(h.collections, self.language)),
            (tr("Value of goods given against allowances"), self.money(h.goods_value)),
        ]))
        self.story.append(Paragraph(_escape(tr("To protect their privacy, households are never named here.")),
                                    self.st["small"]))
        self.heading(tr("5. Volunteers"))
        self.story.append(self.facts([
            (tr("Volunteers who served"), number(v.headcount, self.language)),
            (tr("Hours of service (approved)"), _hours(v.hours, self.language)),
        ]))

    def stock(self) -> None:
        tr = self.tr
        self.heading(tr("6. Stock on hand at the end of the month"))
        rows = [[tr("Fund source"), tr("Number of items"), tr("Estimated value")]]
        for s in self.f.stock_at_month_end:
            rows.append([fund_source_name(tr, s.fund_source), number(s.quantity, self.language), self.money(s.value)])
        rows.append([tr("Total"), number(sum(s.quantity for s in self.f.stock_at_month_end), self.language),
                     self.money(self.f.stock_value)])
        self.story.append(self.table(rows, [70 * mm, 40 * mm, 60 * mm], total=True))

    def corrections(self) -> None:
        tr, f = self.tr, self.f
        self.heading(tr("7. Corrections of earlier months"))
        if not f.corrections and not f.hours_corrections:
            self.story.append(Paragraph(_escape(tr("No corrections of earlier months were entered this month.")),
                                        self.st["body"]))
            return
        rows = [[tr("Dated"), tr("What"), tr("Amount"), tr("Reason")]]
        for c in f.corrections:
            what = tr("{record}: {fund_source}", record=c.donation_number, fund_source=fund_source_name(tr, c.fund_source))
            rows.append([day(c.received_on, self.language), what, self.money(c.goods_value + c.cash_amount), c.reason])
        for h in f.hours_corrections:
            rows.append([day(h.work_date, self.language), tr("Volunteer hours"),
                         tr("{hours} h", hours=_hours(h.hours, self.language)), h.reason])
        table = self.table(rows, [34 * mm, 42 * mm, 26 * mm, 76 * mm], numbers_from=2)
        for r in range(1, len(rows)):  # the reason is text: left-aligned
            table._cellvalues[r][3].style = self.st["body"]
        self.story.append(table)

    def verification(self) -> None:
        tr, f, lang = self.tr, self.f, self.language
        publication = f.publication
        head = publication.chain_head if publication else f.chain_head
        lines = [(tr("Generated on {time} from audit chain head:", time=moment(self.doc.generated_local, lang)), False),
                 (f.chain_head, True)]
        if publication is not None:
            lines += [(tr("Published on {time}; chain head at publication:",
                          time=moment(self.doc.published_local, lang)), False), (publication.chain_head, True)]
        else:
            lines.append((tr("Not yet published: the figures may still change."), False))
        lines += [(tr("Anyone holding the store's records can check these figures with:"), False),
                  (verify_command(head), True)]
        mono = self.st["small"].clone("mono", fontName="Courier", fontSize=6.8, leading=8.5)
        cells = [Paragraph(_escape(text), mono if is_code else self.st["small"]) for text, is_code in lines]
        box = Table([[cells, qr_code(verify_command(head), 28 * mm)]], colWidths=[146 * mm, 34 * mm])
        box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888"))]))
        self.story.append(KeepTogether([Paragraph(_escape(tr("How to check this report")), self.st["heading"]), box]))


def transparency_pdf(doc: TransparencyDocument, language: str) -> bytes:
    """The report as PDF bytes in `language` (zh_CN or en)."""
    tr = document_text(language)
    f = doc.figures
    title = tr("{store}: public report for {month}", store=f.store_name, month=f"{f.year:04d}-{f.month:02d}")
    return a4_pdf(lambda: _Builder(doc, language).build(), title=title, tr=tr, footer=title, margins_mm=14)
