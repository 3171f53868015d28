"""The back office's areas, in the navigation's order.

Each area is a module with `pages(context: OfficeContext) -> list[QWidget]`; a page's
`windowTitle()` (translated) is its label in the navigation. Modules are imported when the
back office opens, so the counter starts without them.
"""

from __future__ import annotations

AREAS = (
    "charitymart.ui.office.start.area",          # manager's start page (today at a glance)
    "charitymart.ui.office.intake.area",         # donation / purchase / consignment intake; consignor settlement
    "charitymart.ui.office.stock.area",          # items, lots, movements, adjustments, stocktake, alerts
    "charitymart.ui.office.people.households",     # beneficiaries (受助家庭)
    "charitymart.ui.office.people.deliveries",     # home deliveries of households' sales and collections
    "charitymart.ui.office.people.volunteers",     # volunteers, clock panel, manual entries, time bank
    "charitymart.ui.office.documents.area",      # month end (公示, publishing, receipts), shift and stock, certificates
    "charitymart.ui.office.admin.area",          # users, tills, store settings, key export
)
