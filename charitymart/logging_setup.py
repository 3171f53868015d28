"""The log file: a rotating file in the user's log folder (charitymart.paths.log_dir()).

`setup_logging(debug)` is called once at start (again is harmless: the old handler is
replaced). The crash dialog shows `log_file()` so a manager can send it to whoever helps.
Debug level comes from `--debug` or the environment variable CHARITYMART_DEBUG=1
(`debug_requested`). SQL is never logged (it could carry personal data), even with --debug.
No Qt here; `route_qt_messages()` imports it only when called.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from charitymart import paths

LOG_FILENAME = "charitymart.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
DEBUG_ENV = "CHARITYMART_DEBUG"
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"
QUIET_LOGGERS = ("sqlalchemy", "alembic", "PIL", "fontTools")

_handler: RotatingFileHandler | None = None


def debug_requested(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """True for `--debug` on the command line or CHARITYMART_DEBUG=1/yes/true/on."""
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    return "--debug" in argv or environ.get(DEBUG_ENV, "").strip().lower() in ("1", "yes", "true", "on")


def setup_logging(debug: bool = False, folder: Path | None = None, filename: str = LOG_FILENAME) -> Path:
    """Log to `folder`/`filename` (default: paths.log_dir()/charitymart.log), 1 MB per file,
    5 kept. Returns the log file's path."""
    global _handler
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    set_debug(debug)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    logging.getLogger("charitymart").info("logging to %s (debug %s)", path, "on" if debug else "off")
    return path


def set_debug(debug: bool) -> None:
    """The `--debug` hook: switch between INFO and DEBUG while running."""
    level = logging.DEBUG if debug else logging.INFO
    logging.getLogger().setLevel(level)
    if _handler is not None:
        _handler.setLevel(level)


def log_file() -> Path:
    """Where the log is written (or will be, once setup_logging has run)."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return paths.log_dir() / LOG_FILENAME


def route_qt_messages() -> None:
    """Send Qt's own warnings (qWarning and friends) to the log instead of stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    logger = logging.getLogger("charitymart.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, _context, message) -> None:
        logger.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
