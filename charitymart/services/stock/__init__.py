"""Goods: the catalog and its search, intake of donated, purchased and consigned goods into lots,
stock control (adjustments, stocktake, alerts), the item list, labels and label layouts, and
consignor payments.

May import `reporting`, `users`, `people`; never `sales`, `store`, `documents`, `data`, `demo`.
"""
