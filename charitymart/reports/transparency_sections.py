"""The sections of the public transparency report (公示), each appended to a transparency.Builder.

Money received (by tender) is kept apart from value given to households (allowance, free
collections, time-bank points); the stock flow shows every term so that opening + in - out =
closing to the fen and to the unit; corrections print their category, never their reason.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from charitymart.reports.base import number, register_font, weight_kg
from charitymart.reports.charts import bar_chart, pie_chart, pie_slices
from charitymart.reports.letterhead import valuation_basis_text
from charitymart.reports.transparency_parts import (
    TEXT_WIDTH,
    Builder,
    escape,
    fund_source_name,
    short_fund_source_name,
    tender_name,
)


def category_name(b: Builder, name: str, name_en: str) -> str:
    if not name:
        return b.tr("No category")
    return name_en if b.language == "en" and name_en else name


def donations(b: Builder) -> None:
    tr, d, lang = b.tr, b.f.donated, b.language
    facts = b.facts([
        (tr("Donations recorded"), number(d.records, lang)),
        (tr("Donated goods (items)"), number(d.goods_quantity, lang)),
        (tr("Estimated value of donated goods"), b.money(d.goods_value)),
        (tr("Weight of donated goods (kg)"), weight_kg(d.weight_g, lang)),
        (tr("Cash donations"), (tr("{count} donation, {amount}", count=d.cash_count, amount=b.money(d.cash_total))
                                if d.cash_count == 1 else
                                tr("{count} donations, {amount}", count=d.cash_count, amount=b.money(d.cash_total)))),
        (tr("Total received (goods and cash)"), b.money(d.goods_value + d.cash_total)),
    ])
    b.section(tr("1. Donations received"), facts, b.para(valuation_basis_text(b.doc.heading(), tr), "small"))
    categories = b.f.donated_by_category
    if categories:
        names = [category_name(b, c.category, c.category_en) for c in categories]
        rows = [[tr("Category"), tr("Number of items"), tr("Value"), tr("Weight (kg)")]]
        rows += [[n, number(c.quantity, lang), b.money(c.value), weight_kg(c.weight_g, lang)]
                 for n, c in zip(names, categories)]
        table = b.table(rows, width=106 * mm)
        slices = pie_slices(names, [c.value for c in categories], other_label=tr("Other"))
        total = sum(v for _, v, _ in slices) or 1
        pie = pie_chart(names, [c.value for c in categories], width=30 * mm, height=30 * mm,
                        other_label=tr("Other"), legend=False)
        legend = Table([[_swatch(colour), Paragraph(escape(f"{label} {round(100 * value / total)}%"), b.st["small"])]
                        for label, value, colour in slices], colWidths=[5 * mm, 35 * mm], hAlign="LEFT")
        legend.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), register_font()), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        chart = Table([[pie, legend]], colWidths=[32 * mm, 40 * mm])
        chart.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("FONTNAME", (0, 0), (-1, -1), register_font())]))
        b.story.append(Spacer(1, 3 * mm))
        b.section(tr("Donated goods by category"), b.side_by_side(table, chart, 107 * mm))
    donors(b)


def _swatch(colour: str) -> Table:
    box = Table([[""]], colWidths=[3.2 * mm], rowHeights=[3.2 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour)),
                             ("FONTNAME", (0, 0), (-1, -1), register_font())]))
    return box


def donors(b: Builder) -> None:
    tr, named, group = b.tr, b.f.public_donors, b.f.anonymous_donors
    b.story.append(Spacer(1, 3 * mm))
    if named:
        rows = [[tr("Donor"), tr("Donations"), tr("Value")]]
        rows += [[d.name, number(d.donations, b.language), b.money(d.total)] for d in named]
        b.story.append(b.para(tr("Donors who agreed to be named: thank you!")))
        b.story.append(b.table(rows, width=150 * mm))
    if group.donations:
        b.story.append(Spacer(1, 2 * mm))
        b.story.append(b.para(tr(
            "Other kind donors (爱心人士), not named: {donors} donors, {donations} donations, worth {total}.",
            donors=group.donors, donations=group.donations, total=b.money(group.total))))


def other_intake(b: Builder) -> None:
    tr = b.tr
    rows = [[tr("Fund source"), tr("Records"), tr("Number of items"), tr("Value")]]
    for figures in (b.f.purchased, b.f.consigned):
        rows.append([fund_source_name(tr, figures.fund_source), number(figures.records, b.language),
                     number(figures.goods_quantity, b.language), b.money(figures.goods_value)])
    b.section(tr("2. Goods bought and goods sold for others"), b.table(rows, width=150 * mm))


def money_received(b: Builder) -> None:
    tr, m = b.tr, b.f.money
    rows = [[tr("Paid by"), tr("Money received")]]
    rows += [[tender_name(tr, t.kind), b.money(t.amount)] for t in m.received]
    rows.append([tr("Total money received"), b.money(m.received_total)])
    b.section(tr("3. Money received from sales"), b.table(rows, total=True, width=120 * mm),
              b.para(tr("Only money actually received is income: allowance and time-bank points are value "
                        "given to households, shown in section 4. Refunds and voids are already taken off."),
                     "small"))


def value_given(b: Builder) -> None:
    tr, m = b.tr, b.f.money
    rows = [[tr("Given as"), tr("Value at shop prices")],
            [tr("Household allowance used in sales"), b.money(m.allowance_in_sales)],
            [tr("Free collections against the allowance"), b.money(m.free_collections)],
            [tr("Time-bank points spent"), b.money(m.points)],
            [tr("Total value given"), b.money(m.given_total)]]
    b.section(tr("4. Value given to households"), b.table(rows, total=True, width=120 * mm))


def households(b: Builder) -> None:
    tr, h, lang = b.tr, b.f.households, b.language
    facts = b.facts([
        (tr("Households helped"), number(h.households, lang)),
        (tr("Visits"), number(h.visits, lang)),
        (tr("Of which free collections"), number(h.collections, lang)),
    ])
    parts = [facts]
    if b.f.households_by_category:
        rows = [[tr("Household category"), tr("Households"), tr("Visits"), tr("Allowance used")]]
        rows += [[category_name(b, c.category, c.category_en), number(c.households, lang), number(c.visits, lang),
                  b.money(c.value)] for c in b.f.households_by_category]
        parts += [Spacer(1, 2 * mm), b.table(rows, width=150 * mm)]
    parts.append(b.para(tr("To protect their privacy, households are never named here."), "small"))
    b.section(tr("5. Help for households in need"), *parts)


def goods_out(b: Builder) -> None:
    tr, s = b.tr, b.f.sales
    rows = [[tr("Fund source"), tr("Number of items"), tr("Value at shop prices")]]
    for part in s.fund_sources:
        rows.append([fund_source_name(tr, part.fund_source), number(part.quantity, b.language), b.money(part.amount)])
    rows.append([tr("Total"), number(sum(p.quantity for p in s.fund_sources), b.language), b.money(s.total)])
    table = b.table(rows, total=True, width=98 * mm)
    chart = bar_chart([short_fund_source_name(tr, p.fund_source) for p in s.fund_sources],
                      [p.amount / 100 for p in s.fund_sources], [b.money(p.amount) for p in s.fund_sources],
                      width=78 * mm, height=44 * mm)
    b.section(tr("6. Goods sold and given, by fund source"), b.side_by_side(table, chart, 99 * mm),
              b.para(tr("{sales} sales and {collections} free collections; {refunds} refunds ({refunded}) and "
                        "{voids} voided sales ({voided}) are already taken off.", sales=s.sales,
                        collections=s.collections, refunds=s.refunds, refunded=b.money(-s.refunds_total),
                        voids=s.voids, voided=b.money(s.voids_total)), "small"))


def volunteers(b: Builder) -> None:
    tr, v = b.tr, b.f.volunteers
    b.section(tr("7. Volunteers"), b.facts([
        (tr("Volunteers who served"), number(v.headcount, b.language)),
        (tr("Hours of service (approved)"), b.hours(v.hours)),
    ]))


def term_name(tr, term: str) -> str:
    return {
        "received": tr("+ Received (donated, bought, consigned)"), "sold": tr("− Sold (net of refunds)"),
        "refunded_written_off": tr("− Refunded and not restocked (written off)"),
        "given": tr("− Given to households (free collections)"), "expired": tr("− Written off: expired"),
        "damaged": tr("− Written off: damaged"), "lost": tr("− Written off: lost"),
        "transferred": tr("− Transferred to other organisations"), "stocktake": tr("± Stocktake differences and found"),
        "other": tr("± Other movements"),
    }.get(term, term)


def stock_flow(b: Builder) -> None:
    """Opening + every term = closing, for all goods (units and value) and by fund source."""
    tr, lang, flows = b.tr, b.language, b.f.stock_flow
    count = lambda q: number(q, lang)  # noqa: E731
    signed = lambda q: ("+" if q > 0 else "") + number(q, lang)  # noqa: E731
    signed_money = lambda v: ("+" if v > 0 else "") + b.money(v)  # noqa: E731
    opening = (sum(f.opening.quantity for f in flows), sum(f.opening.value for f in flows))
    closing = (sum(f.closing.quantity for f in flows), sum(f.closing.value for f in flows))
    rows = [[tr("Stock flow"), tr("Number of items"), tr("Estimated value")],
            [tr("Stock at the start of the month"), count(opening[0]), b.money(opening[1])]]
    names = [t.term for t in flows[0].terms] if flows else []
    for name in names:
        quantity = sum(f.term(name).quantity for f in flows)
        value = sum(f.term(name).value for f in flows)
        if quantity or value or name in ("received", "sold", "given"):
            rows.append([term_name(tr, name), signed(quantity), signed_money(value)])
    rows.append([tr("= Stock at the end of the month"), count(closing[0]), b.money(closing[1])])
    by_source = [[tr("Fund source"), "", tr("Start"), tr("In"), tr("Sold"), tr("Given"), tr("Written off"),
                  tr("Other"), tr("End")]]
    groups = (("received",), ("sold",), ("given",),
              ("refunded_written_off", "expired", "damaged", "lost", "transferred"), ("stocktake", "other"))
    for f in flows:
        if not (f.opening.quantity or f.closing.quantity or any(t.quantity or t.value for t in f.terms)):
            continue
        for measure, pick, show, plain in ((tr("Items"), "quantity", signed, count),
                                           (tr("Value"), "value", signed_money, b.money)):
            name = fund_source_name(tr, f.fund_source) if pick == "quantity" else ""
            by_source.append([name, measure, plain(getattr(f.opening, pick)),
                              *(show(sum(getattr(f.term(n), pick) for n in group)) for group in groups),
                              plain(getattr(f.closing, pick))])
    b.section(tr("8. Where the goods went: stock flow"), b.table(rows, total=True, width=150 * mm),
              b.para(tr("Values are the estimated values recorded at intake; start + in − out = end, to the unit "
                        "and to the fen."), "small"),
              Spacer(1, 2 * mm))
    if len(by_source) > 1:
        b.section(tr("Where the goods went, by fund source"),
                  b.table(by_source, width=TEXT_WIDTH, numbers_from=2, size=8.5))


def correction_category_name(tr, category: str) -> str:
    return {
        "entry_error": tr("Entry error"), "duplicate": tr("Duplicate entry"),
        "wrong_quantity": tr("Wrong quantity"), "wrong_value": tr("Wrong value"),
        "donor_withdrew": tr("Donor withdrew"), "late_entry": tr("Entered late"), "other": tr("Other"),
        "unspecified": tr("Other (not recorded)"),
    }.get(category, category)


def corrections(b: Builder) -> list:
    """The corrections section as flowables (kept with the check box by the caller)."""
    tr, f, lang = b.tr, b.f, b.language
    from charitymart.reports.base import day

    title = b.heading(tr("10. Corrections of earlier months"))
    if not f.corrections and not f.hours_corrections:
        return [title, b.para(tr("No corrections of earlier months were entered this month."))]
    rows = [[tr("Dated"), tr("Reason"), tr("What"), tr("Figures changed")]]
    for c in f.corrections:
        if c.kind == "cash":
            what = tr("{record}: Cash donation", record=c.donation_number)
            changed = b.money(c.cash_amount)
        else:
            what = tr("{record}: {fund_source}", record=c.donation_number,
                      fund_source=fund_source_name(tr, c.fund_source))
            changed = tr("{items} items, {value}", items=number(c.goods_quantity, lang), value=b.money(c.goods_value))
        rows.append([day(c.received_on, lang), correction_category_name(tr, c.category), what, changed])
    for h in f.hours_corrections:
        rows.append([day(h.work_date, lang), correction_category_name(tr, h.category), tr("Volunteer hours"),
                     tr("{hours} h", hours=b.hours(h.hours))])
    return [title, b.table(rows, numbers_from=3)]
