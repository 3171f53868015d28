"""Where CharityMart keeps its data, keys, logs and backups.

Platform folders by default (platformdirs); `CHARITYMART_HOME` puts everything under one
folder instead, which tests, `--temp-basedir` and portable installs use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CharityMart"
DB_FILENAME = "charitymart.sqlite"


def _home() -> Path | None:
    value = os.environ.get("CHARITYMART_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """Holds the identity-number keys: deliberately outside the database and its backups."""
    home = _home()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def backup_dir() -> Path:
    return _ensure(data_dir() / "backups")


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME
