"""Reporting queries: read-only, aggregated in SQL, returning plain frozen dataclasses.

The documents (charitymart.reports), the CLI and the GUI call these; no ORM object leaves
them. Money is in fen, quantities in units, weights in grams, hours as credited minutes.
Periods are store-local: months and date ranges are inclusive local dates, turned into UTC
bounds with services.clock.local_day_bounds_utc. How refunds and voids fall into periods is
explained in reporting_common.

The queries live in reporting_<topic> modules; this module is the public surface.
"""

from charitymart.services.reporting.common import Period, date_period, month_period
from charitymart.services.reporting.households import (
    AllowancePeriod,
    HouseholdFigures,
    HouseholdStatement,
    StatementLine,
    StatementVisit,
    beneficiary_statements,
)
from charitymart.services.reporting.intake import (
    AnonymousDonors,
    CategoryFigures,
    CorrectionNote,
    DonorReceipt,
    IntakeFigures,
    OfficialReceipt,
    PublicDonor,
    ReceiptDonation,
    ReceiptLine,
    donor_receipts,
)
from charitymart.services.reporting.month import MonthFigures, month_figures
from charitymart.services.reporting.sales import (
    ConsignorSettlement,
    DaySales,
    FundSourceAmount,
    KindAmount,
    SalesSummary,
    SalesTotals,
    SettlementLine,
    consignor_settlement,
    sales_summary,
    share_of,
)
from charitymart.services.reporting.stock import ExpiringLot, StockLine, StockReport, StockValue, stock_report
from charitymart.services.reporting.volunteers import (
    CertificateData,
    HoursReport,
    VolunteerFigures,
    VolunteerHours,
    certificate_data,
    hours_report,
)

__all__ = [
    # queries
    "month_figures", "donor_receipts", "beneficiary_statements", "consignor_settlement", "hours_report",
    "certificate_data", "stock_report", "sales_summary", "share_of", "month_period", "date_period",
    # data
    "Period", "MonthFigures", "IntakeFigures", "CategoryFigures", "PublicDonor", "AnonymousDonors",
    "CorrectionNote", "SalesTotals", "KindAmount", "FundSourceAmount", "HouseholdFigures", "VolunteerFigures",
    "StockValue", "DonorReceipt", "ReceiptDonation", "ReceiptLine", "OfficialReceipt", "HouseholdStatement",
    "StatementVisit", "StatementLine", "AllowancePeriod", "ConsignorSettlement", "SettlementLine",
    "HoursReport", "VolunteerHours", "CertificateData", "StockReport", "StockLine", "ExpiringLot",
    "SalesSummary", "DaySales",
]
