"""The Admin area: users, tills, store settings, household categories, label layouts, import and
export, backups.

May import `shared`.
"""
