"""All SQLAlchemy models; importing this module registers every table on Base.metadata."""

from .audit import AuditChainHead, AuditEvent, AuditRow
from .base import Base, covered_columns, ledger_tables, row_content
from .catalog import DONOR_KINDS, PARTY_KINDS, Barcode, Category, Item, Party
from .consignment import PAYMENT_METHODS, ConsignorPayment
from .expenses import EXPENSE_CATEGORIES, EXPENSE_FUNDS, Expense
from .people import (
    AllowanceEntry,
    Beneficiary,
    BeneficiaryCategory,
    ClockEvent,
    IdentityAccess,
    TimebankEntry,
    Volunteer,
    WorkDecision,
    WorkEntry,
)
from .reports import (
    CORRECTION_CATEGORIES,
    UNSPECIFIED_CATEGORY,
    CertificateIssue,
    Correction,
    CorrectionCategory,
    PublishedMonth,
)
from .sales import (
    DELIVERY_STATUSES,
    SALE_KINDS,
    TENDER_KINDS,
    CashMovement,
    DeliveryOutcome,
    DrawerOpening,
    ParkedBasket,
    RemovedLine,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    SalesMoneyDay,
    Shift,
    ShiftClose,
    Tender,
)
from .stock import (
    ADJUSTMENT_REASONS,
    FUND_SOURCES,
    Donation,
    DonationLine,
    DonationReceipt,
    Lot,
    StockAdjustment,
    StockMonthTotal,
    StockMovement,
    Stocktake,
    StocktakeCount,
)
from .store import ROLES, ReceiptCounter, Store, Till, User

__all__ = [name for name in dir() if not name.startswith("_")]
