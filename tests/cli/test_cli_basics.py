from charitymart.cli import main


def test_init_then_verify(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    assert main(["init", "--db", db, "--store-name", "阳光", "--admin-name", "A", "--admin-pin", "1234"]) == 0
    assert "created store" in capsys.readouterr().out
    assert main(["verify", "--db", db]) == 0
    assert "verified" in capsys.readouterr().out


def test_init_twice_is_refused(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    args = ["init", "--db", db, "--store-name", "阳光", "--admin-name", "A", "--admin-pin", "1234"]
    assert main(args) == 0
    assert main(args) == 1
    assert "already holds a store" in capsys.readouterr().err


def test_bad_pin_is_refused_with_the_field(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    assert main(["init", "--db", db, "--store-name", "阳光", "--admin-name", "A", "--admin-pin", "12"]) == 1
    assert "PIN" in capsys.readouterr().err


def test_no_command_opens_the_counter_in_the_store_language(tmp_path, monkeypatch, capsys):
    import charitymart.ui.app as gui

    db = str(tmp_path / "s.sqlite")
    assert main(["init", "--db", db, "--store-name", "阳光", "--admin-name", "A", "--admin-pin", "1234"]) == 0
    opened = {}
    monkeypatch.setattr(gui, "run", lambda handle, till, language: opened.update(till=till, language=language) or 0)
    assert main(["--db", db, "--till", "T1"]) == 0
    assert opened == {"till": "T1", "language": "zh_CN"}
    assert main(["--db", db, "--lang", "en"]) == 0
    assert opened["language"] == "en"


def test_init_in_a_folder_whose_name_has_a_percent_sign(tmp_path, capsys):
    # Alembic reads its URL through configparser, where a bare `%` used to crash `init`.
    folder = tmp_path / "100% donated"
    folder.mkdir()
    db = str(folder / "s.sqlite")
    assert main(["init", "--db", db, "--store-name", "阳光", "--admin-name", "A", "--admin-pin", "1234"]) == 0
    assert main(["verify", "--db", db]) == 0
    assert "verified" in capsys.readouterr().out


def test_alembic_keeps_a_percent_encoded_password():
    from charitymart.db.migrate import alembic_config

    url = "postgresql+psycopg://till:p%40ss%25w@server/shop"
    assert alembic_config(url).get_main_option("sqlalchemy.url") == url
