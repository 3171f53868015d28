"""This PC's database server setting: which PostgreSQL server its till works on.

Each counter PC of a shop with several tills points at the same server. The address (a URL
without its password) is kept in `server.json` in the user's config folder; the password in
`server-password` next to it (readable by this user only), like the identity-number keys:
outside the database and so outside every backup of it. With no setting the till uses the
local SQLite store. `charitymart server set URL` writes it, `server clear` removes it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from charitymart import paths

SETTING_FILE = "server.json"
PASSWORD_FILE = "server-password"


def _files() -> tuple[Path, Path]:
    folder = paths.config_dir()
    return folder / SETTING_FILE, folder / PASSWORD_FILE


def save_server(url: str) -> str:
    """Remember `url` as this PC's server; returns the URL as shown (password hidden)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("the server setting is for a PostgreSQL server (postgresql+psycopg://...)")
    setting, secret = _files()
    # URL.set(password=None) keeps the password; a new URL from the parts leaves it out.
    address = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
                         parsed.query)
    setting.write_text(json.dumps({"url": address.render_as_string(hide_password=False)}), encoding="utf-8")
    secret.unlink(missing_ok=True)
    if parsed.password:
        # Created readable by this user only, before the password is written into it.
        descriptor = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(parsed.password)
    return parsed.render_as_string(hide_password=True)


def server_url() -> str | None:
    """The saved server's URL with its password, or None when this PC uses its local store."""
    setting, secret = _files()
    if not setting.is_file():
        return None
    parsed = make_url(json.loads(setting.read_text(encoding="utf-8"))["url"])
    if secret.is_file():
        parsed = parsed.set(password=secret.read_text(encoding="utf-8"))
    return parsed.render_as_string(hide_password=False)


def clear_server() -> bool:
    setting, secret = _files()
    existed = setting.exists()
    setting.unlink(missing_ok=True)
    secret.unlink(missing_ok=True)
    return existed
