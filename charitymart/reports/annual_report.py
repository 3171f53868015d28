"""The annual report (年度工作报告 figures), A4: the year at a glance, a per-month table, and the
year's income, value given, goods in and where they went, households by category, volunteers,
spending and balance, then the organisation block with the seal.

Plain data in (services.reporting.annual.AnnualFigures and the organisation's particulars),
PDF bytes out. Public, like the 公示: counts and totals only, never a name, a payee or a
description. Built with the 公示's pieces (reports.transparency_parts.Builder) so both read alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from charitymart.reports.base import a4_pdf, day, moment, number, weight_kg
from charitymart.reports.letterhead import Organisation, StoreHeading, organisation_block, valuation_basis_text
from charitymart.reports.text import document_text
from charitymart.reports.transparency_parts import TEXT_WIDTH, Builder, fund_source_name, tender_name
from charitymart.reports.transparency_sections import category_name, term_name
from charitymart.reports.transparency_spending import spending_parts

if TYPE_CHECKING:
    from charitymart.services.reporting.annual import AnnualFigures


@dataclass(frozen=True)
class AnnualDocument:
    figures: AnnualFigures
    address: str
    generated_local: datetime  # store-local
    organisation: Organisation = field(default_factory=Organisation)
    valuation_basis: str = ""

    def heading(self) -> StoreHeading:
        return StoreHeading(name=self.figures.store_name, address=self.address, currency=self.figures.currency,
                            organisation=self.organisation, valuation_basis=self.valuation_basis)


def _closing_label(b: Builder) -> str:
    """"Balance at year end" once the year is over; for a year still running, the balance today."""
    f = b.f
    if (f.last.month, f.last.day) == (12, 31):
        return b.tr("Balance at year end")
    return b.tr("Balance on {day}", day=day(f.last, b.language))


def _glance(b: Builder) -> None:
    tr, f, lang = b.tr, b.f, b.language
    b.section(tr("1. The year at a glance"), b.facts([
        (tr("Money received from sales"), b.money(f.money.received_total)),
        (tr("Cash donations"), b.money(f.cash_donations)),
        (tr("Estimated value of donated goods"), b.money(next(g.value for g in f.goods_in
                                                              if g.fund_source == "donated"))),
        (tr("Value given to households"), b.money(f.money.given_total)),
        (tr("Households helped"), number(f.households_helped, lang)),
        (tr("Household visits"), number(f.visits, lang)),
        (tr("Volunteers who served"), number(f.volunteers, lang)),
        (tr("Hours of service (approved)"), b.hours(f.volunteer_hours)),
        (tr("Total spent"), b.money(f.spending.spent)),
        (_closing_label(b), b.money(f.spending.closing)),
    ]))


def _months(b: Builder) -> None:
    tr, f, lang = b.tr, b.f, b.language
    rows = [[tr("Month"), tr("Sales income"), tr("Cash donations"), tr("Donated goods"), tr("Value given"),
             tr("Visits"), tr("Hours"), tr("Spent"), tr("Balance")]]
    for m in f.months:
        rows.append([f"{f.year:04d}-{m.month:02d}", b.money(m.sales_income), b.money(m.cash_donations),
                     b.money(m.donated_goods_value), b.money(m.value_given), number(m.visits, lang),
                     b.hours(m.volunteer_hours), b.money(m.spent), b.money(m.balance)])
    rows.append([tr("Year"), b.money(sum(m.sales_income for m in f.months)),
                 b.money(sum(m.cash_donations for m in f.months)),
                 b.money(sum(m.donated_goods_value for m in f.months)),
                 b.money(sum(m.value_given for m in f.months)), number(f.visits, lang), b.hours(f.volunteer_hours),
                 b.money(f.spending.spent), b.money(f.spending.closing)])
    b.story.append(KeepTogether([
        b.heading(tr("2. Month by month")), b.table(rows, total=True, size=9),
        b.para(tr("Each month as in its public report; the year's row is their sum (the balance: at the "
                  "year's end)."), "small")]))


def _money(b: Builder) -> None:
    tr, m = b.tr, b.f.money
    received = [[tr("Paid by"), tr("Money received")]]
    received += [[tender_name(tr, t.kind), b.money(t.amount)] for t in m.received]
    received.append([tr("Total money received"), b.money(m.received_total)])
    b.section(tr("3. Money received from sales"), b.table(received, total=True, width=120 * mm))
    given = [[tr("Given as"), tr("Value at shop prices")],
             [tr("Household allowance used in sales"), b.money(m.allowance_in_sales)],
             [tr("Free collections against the allowance"), b.money(m.free_collections)],
             [tr("Time-bank points spent"), b.money(m.points)],
             [tr("Total value given"), b.money(m.given_total)]]
    b.section(tr("4. Value given to households"), b.table(given, total=True, width=120 * mm))


def _goods(b: Builder) -> None:
    tr, f, lang = b.tr, b.f, b.language
    rows = [[tr("Fund source"), tr("Records"), tr("Number of items"), tr("Value"), tr("Weight (kg)")]]
    rows += [[fund_source_name(tr, g.fund_source), number(g.records, lang), number(g.quantity, lang),
              b.money(g.value), weight_kg(g.weight_g, lang)] for g in f.goods_in]
    # The valuation basis stays with its table (a note alone at a page's top reads as orphaned).
    b.story.append(KeepTogether([b.heading(tr("5. Goods received")), b.table(rows, width=150 * mm),
                                 b.para(valuation_basis_text(b.doc.heading(), tr), "small")]))
    flows = f.stock_flow
    opening = (sum(x.opening.quantity for x in flows), sum(x.opening.value for x in flows))
    closing = (sum(x.closing.quantity for x in flows), sum(x.closing.value for x in flows))
    signed = lambda q: ("+" if q > 0 else "") + number(q, lang)  # noqa: E731
    signed_money = lambda v: ("+" if v > 0 else "") + b.money(v)  # noqa: E731
    table = [[tr("Stock flow"), tr("Number of items"), tr("Estimated value")],
             [tr("Stock at the start of the year"), number(opening[0], lang), b.money(opening[1])]]
    for name in ([t.term for t in flows[0].terms] if flows else []):
        quantity = sum(x.term(name).quantity for x in flows)
        value = sum(x.term(name).value for x in flows)
        if quantity or value or name in ("received", "sold", "given"):
            table.append([term_name(tr, name), signed(quantity), signed_money(value)])
    table.append([tr("= Stock at the end of the year"), number(closing[0], lang), b.money(closing[1])])
    b.section(tr("6. Where the goods went: stock flow"), b.table(table, total=True, width=150 * mm),
              b.para(tr("Values are the estimated values recorded at intake; start + in − out = end, to the unit "
                        "and to the fen."), "small"))


def _people(b: Builder) -> None:
    tr, f, lang = b.tr, b.f, b.language
    parts = [b.facts([(tr("Households helped"), number(f.households_helped, lang)),
                      (tr("Household visits"), number(f.visits, lang))])]
    if f.households_by_category:
        rows = [[tr("Household category"), tr("Households"), tr("Visits"), tr("Allowance used")]]
        rows += [[category_name(b, c.category, c.category_en), number(c.households, lang), number(c.visits, lang),
                  b.money(c.value)] for c in f.households_by_category]
        parts += [Spacer(1, 2 * mm), b.table(rows, width=150 * mm)]
    parts.append(b.para(tr("A household helped in several months counts once. To protect their privacy, "
                           "households are never named here."), "small"))
    b.section(tr("7. Help for households in need"), *parts)
    b.section(tr("8. Volunteers"), b.facts([(tr("Volunteers who served"), number(f.volunteers, lang)),
                                            (tr("Hours of service (approved)"), b.hours(f.volunteer_hours))]))


def build(b: Builder) -> list:
    tr, f, lang = b.tr, b.f, b.language
    b.story.append(b.para(f.store_name, "title"))
    b.story.append(b.para(tr("Annual report {year}: the year's work in figures", year=f.year), "subtitle"))
    period = tr("Period: {first} to {last}", first=day(f.first, lang), last=day(f.last, lang))
    if b.doc.address:
        period = tr("{period} · {address}", period=period, address=b.doc.address)
    b.story.append(b.para(period, "subtitle"))
    _glance(b)
    _months(b)
    _money(b)
    _goods(b)
    _people(b)
    last = [b.heading(tr("9. Spending and balance"))]
    last += spending_parts(b, f.spending, opening_label=tr("Carried forward from last year"),
                           closing_label=_closing_label(b))
    last += [Spacer(1, 3 * mm),
             b.para(tr("Generated on {time} from audit chain head:", time=moment(b.doc.generated_local, lang)),
                    "small"),
             b.para(f.chain_head, "small"),
             organisation_block(b.doc.heading(), b.st, tr, lang, b.doc.generated_local.date(), width=TEXT_WIDTH)]
    b.story.append(KeepTogether(last))
    return b.story


def annual_pdf(doc: AnnualDocument, language: str) -> bytes:
    """The annual report as PDF bytes in `language` (zh_CN or en)."""
    tr = document_text(language)
    f = doc.figures
    title = tr("{store}: annual report {year}", store=f.store_name, year=f.year)
    return a4_pdf(lambda: build(Builder(doc, language)), title=title, tr=tr, footer=title, margins_mm=14)
