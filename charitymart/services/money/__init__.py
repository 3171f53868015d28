"""Money spent: the expenses ledger (record, reverse, list a month). The figures built on it
(spending and balance for the 公示 and the annual report) are read-only and live in
`reporting.spending`.

May import `reporting`, `users`, `people`, `stock`, `sales`; never `store`, `documents`, `data`, `demo`.
"""
