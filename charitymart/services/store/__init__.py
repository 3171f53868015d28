"""The store as a whole: creating and opening it, its settings, backups (plain and encrypted,
automatic), `verify`, and the back office's day at a glance.

May import every package below it (`reporting`, `users`, `people`, `stock`, `sales`).
"""
