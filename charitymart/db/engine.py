"""Engine and session factory: SQLite by default (WAL, foreign keys, busy timeout), any URL otherwise."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from charitymart import paths

BUSY_TIMEOUT_MS = 5000


def database_url(db: str | Path | None) -> str:
    """A path or SQLAlchemy URL; None means this PC's server setting (db/server.py) if it has
    one, else the store in the user data folder."""
    if db is None:
        from charitymart.db.server import server_url

        return server_url() or f"sqlite:///{paths.default_db_path()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def shown_url(url: str) -> str:
    """The URL as printed or logged: a server's password replaced by ***."""
    return make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _configure_sqlite(dbapi_connection, _record) -> None:
    # Let SQLAlchemy manage transactions (pysqlite's legacy implicit BEGIN is off), and make
    # every write transaction take the write lock at BEGIN, so two tills never deadlock.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # Erased personal data must not linger in freed pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _begin_immediate(conn) -> None:
    # Readers (reports, exports, verify) use a deferred BEGIN: in WAL mode they then never
    # make a till wait, and see one consistent snapshot.
    if conn.get_execution_options().get("read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs) -> Engine:
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    if is_sqlite:
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": BUSY_TIMEOUT_MS / 1000})
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def make_session_factory(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    """Sessions for user actions; `read_only=True` for reports and exports (never written).

    A reader sees one snapshot of the store from its first query to its end: on SQLite its
    deferred BEGIN in WAL mode gives that; on a server REPEATABLE READ does (READ COMMITTED, the
    default, would let a report or `verify` see a sale committed halfway through reading it)."""
    if not read_only:
        return sessionmaker(bind=engine, expire_on_commit=False)
    options = {"read_only": True}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"
    bind = engine.execution_options(**options)
    return sessionmaker(bind=bind, expire_on_commit=False)
