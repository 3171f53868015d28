"""Name the figures that differ between a paper report's figures and the ledger's, one line each:
"Sales income: the paper says ¥1,234.00, the ledger gives ¥1,243.00".

Works on the plain JSON of services.reporting.month.figures_content, so a section added to the
report's figures is compared with no change here: its lines are named by their field names
until words for them are added to SECTION_WORDS / FIELD_WORDS.
"""

from __future__ import annotations

from collections.abc import Callable

# A list's entries are matched by the first of these fields they have (else by position).
ENTRY_KEYS = ("fund_source", "kind", "category", "donation_number", "work_date", "category_en")
MONEY_FIELDS = {"total", "amount", "value", "goods_value", "cash_total", "refunds_total", "voids_total",
                "allowance_in_sales", "free_collections", "points_value", "opening", "closing"}
MONEY_SUFFIXES = ("_value", "_total", "_amount", "_fen")


def _words(tr) -> tuple[dict, dict]:
    sections = {
        "sales": tr("Sales"), "donated": tr("Donated goods"), "purchased": tr("Purchased goods"),
        "consigned": tr("Consigned goods"), "donated_by_category": tr("Donated goods by category"),
        "donors": tr("Donors"), "households": tr("Households"), "volunteers": tr("Volunteers"),
        "stock_at_month_end": tr("Stock at month end"), "corrections": tr("Corrections"),
        "hours_corrections": tr("Hours corrections"), "money": tr("Money received"),
        "stock_flow": tr("Stock flow"), "households_by_category": tr("Households by category"),
        "spending": tr("Spending and balance"),
        "store_name": tr("Store"), "year": tr("Year"), "month": tr("Month"), "currency": tr("Currency"),
        "first": tr("First day"), "last": tr("Last day"), "timezone": tr("Time zone"),
    }
    fields = {
        "total": tr("total"), "amount": tr("amount"), "records": tr("records"), "goods_quantity": tr("quantity"),
        "goods_value": tr("value of goods"), "weight_g": tr("weight (g)"), "cash_count": tr("cash donations"),
        "cash_total": tr("cash received"), "quantity": tr("quantity"), "value": tr("value"),
        "donations": tr("donations"), "sales": tr("sales"), "collections": tr("collections"),
        "refunds": tr("refunds"), "refunds_total": tr("refunds total"), "voids": tr("voids"),
        "voids_total": tr("voids total"),
    }
    return sections, fields


def _is_money(name: str) -> bool:
    return name in MONEY_FIELDS or name.endswith(MONEY_SUFFIXES)


def _flatten(value, path: tuple = ()) -> dict[tuple, object]:
    if isinstance(value, dict):
        out: dict[tuple, object] = {}
        for key in sorted(value):
            out.update(_flatten(value[key], path + (key,)))
        return out
    if isinstance(value, list):
        out = {}
        for position, entry in enumerate(value):
            name = next((str(entry[k]) for k in ENTRY_KEYS if isinstance(entry, dict) and entry.get(k) not in
                         (None, "")), None)
            out.update(_flatten(entry, path + ((f"#{position + 1}" if name is None else name),)))
        return out
    return {path: value}


def _label(path: tuple, sections: dict, fields: dict, tr) -> str:
    if path == ("sales", "total"):
        return tr("Sales income")
    parts = [sections.get(path[0], str(path[0]))] if path else []
    parts += [fields.get(p, str(p).replace("_", " ")) for p in path[1:]]
    return " · ".join(parts)


def differing_lines(paper: dict, ledger: dict, tr, money_text: Callable[[int], str]) -> list[str]:
    sections, fields = _words(tr)
    left, right = _flatten(paper), _flatten(ledger)
    lines = []
    for path in sorted(set(left) | set(right), key=lambda p: [str(x) for x in p]):
        said, given = left.get(path), right.get(path)
        if said == given:
            continue
        def show(value, name=str(path[-1]) if path else ""):
            if isinstance(value, int) and not isinstance(value, bool) and _is_money(name):
                return money_text(value)
            return "—" if value is None else str(value)

        label = _label(path, sections, fields, tr)
        if path not in left:
            lines.append(tr("{line}: not on the paper, the ledger gives {ledger}", line=label, ledger=show(given)))
        elif path not in right:
            lines.append(tr("{line}: the paper says {paper}, the ledger has no such line", line=label,
                            paper=show(said)))
        else:
            lines.append(tr("{line}: the paper says {paper}, the ledger gives {ledger}", line=label,
                            paper=show(said), ledger=show(given)))
    return lines
