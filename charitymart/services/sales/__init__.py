"""The counter's money: the open basket, checkout with split tenders, voids and refunds, receipts,
shifts and cash movements, the drawer, parked baskets and the till register.

May import `reporting`, `users`, `people`, `stock`; never `store`, `documents`, `data`, `demo`.
"""
