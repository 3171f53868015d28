"""People the shop serves and who serve it: households (beneficiaries) and their allowance,
household categories, volunteers, their hours and time-bank points, the party register (donors,
suppliers, consignors), volunteer certificates, and the identity vault that seals ID numbers.

May import `reporting` and `users`; never `stock`, `sales`, `store`, `documents`, `data`, `demo`.
"""
