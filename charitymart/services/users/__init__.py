"""Who is acting: users and their PINs, logging in at a till (keyed PIN lookup, slow hash,
lockout), manager approval by PIN, user administration.

Imports only the cross-cutting modules (`services.audit`, `clock`, `context`, `errors`).
"""
