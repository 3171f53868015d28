"""The business date of a stock movement: the store-local day the stock changed on.

Every as-of figure (stock at the end of a day, a month's closing stock in the 公示, `export stock
--to`) sums movements by this date, not by when they were typed in, so goods received on paper
in March and entered in April are March's stock.

- An intake is dated the day it was received; a stocktake adjustment the day the item was
  counted (the count is what stood on the shelf that day).
- A sale, void, refund put back on the shelf, write-off or found stock is dated the day it is
  entered: the counter records it as it happens.
- A published month is closed (services.reporting.closing): its figures never change. A change
  that belongs to a day in it (an intake entered as a correction, a stocktake counted there and
  posted after publication) is dated the day it is entered, the month the correction is reported
  in, so the published month-end stock stays what was published and the next month's opening
  stock is that same figure.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from charitymart.services.context import store_today
from charitymart.services.reporting import closing


def movement_date(session: Session, day: date | None = None) -> date:
    """The business date for stock that changed on `day` (None: today, as entered)."""
    today = store_today(session)
    if day is None or day > today or closing.is_closed(session, day):
        return today
    return day
