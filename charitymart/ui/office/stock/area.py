"""The back office's stock area: items (list, editor, lots, movements, adjustments),
stocktake, and alerts (expiring lots, low stock, expired lots still on the shelf).

`pages(context)` gives the area's pages; each page's windowTitle() is its navigation label.
The items page's `labels_requested([(barcode, count)])` is for the label-printing dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from charitymart.services.stock import listing as stock_list
from charitymart.ui.office.stock.alerts_page import AlertsPage
from charitymart.ui.office.stock.items_page import ItemsPage
from charitymart.ui.office.stock.stocktake_page import StocktakePage


def pages(context) -> list[QWidget]:
    settings = context.read(stock_list.stock_settings)
    items = ItemsPage(context, settings)
    stocktake = StocktakePage(context)
    alerts = AlertsPage(context, settings)
    # Stock written off on one page changes what the others show.
    stocktake.posted.connect(items.model.reload)
    stocktake.posted.connect(alerts.reload)
    alerts.written_off.connect(items.refresh_item)
    return [items, stocktake, alerts]
