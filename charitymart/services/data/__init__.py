"""Files in and out: imports (catalog, donors, donations, households, volunteers; all-or-nothing)
and CSV exports.

May import every package except `documents` and `demo`.
"""
