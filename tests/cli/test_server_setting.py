"""`charitymart server set|show|clear`: a counter PC remembers its shop's server; the password is
kept apart (readable by this user only, in the config folder outside every backup), never in
the setting file and never printed."""

from __future__ import annotations

import json
import stat

import pytest

from charitymart import paths
from charitymart.cli import main
from charitymart.db.engine import database_url

URL = "postgresql+psycopg://till:s3cr%40t@192.168.1.10:5432/shop"


def test_the_server_setting_keeps_the_password_apart(home, capsys):
    assert database_url(None).startswith("sqlite:///")
    assert main(["server", "set", URL]) == 0
    out = capsys.readouterr().out
    assert "192.168.1.10" in out and "s3cr" not in out

    setting = paths.config_dir() / "server.json"
    secret = paths.config_dir() / "server-password"
    assert "s3cr" not in setting.read_text(encoding="utf-8")
    assert json.loads(setting.read_text(encoding="utf-8"))["url"] == "postgresql+psycopg://till@192.168.1.10:5432/shop"
    assert secret.read_text(encoding="utf-8") == "s3cr@t"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert database_url(None) == URL  # what the till opens when started without --db

    assert main(["server", "show"]) == 0
    shown = capsys.readouterr().out
    assert "192.168.1.10" in shown and "s3cr" not in shown
    assert main(["server", "clear"]) == 0
    assert not setting.exists() and not secret.exists()
    assert database_url(None).startswith("sqlite:///")


def test_only_a_postgresql_server_can_be_set(home, capsys):
    assert main(["server", "set", "sqlite:///elsewhere.sqlite"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    assert not (paths.config_dir() / "server.json").exists()


@pytest.mark.postgresql_only
def test_a_pc_with_the_setting_opens_the_server_without_db(store, admin, capsys):
    assert main(["server", "set", store.url]) == 0
    capsys.readouterr()
    assert main(["verify"]) == 0
    assert "verified" in capsys.readouterr().out
