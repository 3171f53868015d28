"""The Stock area: the item list on large catalogs, item editor, lots and movements, adjustments,
stocktake and alerts.

May import `shared`.
"""
