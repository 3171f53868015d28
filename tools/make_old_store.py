"""Make tests/data/store-r0003.sqlite: a small store written by revision 0003's code.

    .venv/bin/python tools/make_old_store.py      # only at revision 0003 (it checks)

tests/db/test_upgrade_old_store.py opens a copy with the current code: it must migrate after a
backup, keep the data and pass verify. Never regenerate it with newer code: it stands for a
counter PC that installed an earlier release.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "data" / "store-r0003.sqlite"
sys.path.insert(0, str(ROOT))


def main() -> None:
    os.environ["CHARITYMART_HOME"] = tempfile.mkdtemp(prefix="charitymart-old-store-")
    from charitymart import selftest
    from charitymart.db import migrate

    if migrate.head_revision() != "0003":
        raise SystemExit(f"this code is at revision {migrate.head_revision()}, not 0003")
    TARGET.unlink(missing_ok=True)
    handle = selftest.step_create_store(TARGET)
    try:
        selftest.step_sell(handle)
        selftest.step_verify(handle)
    finally:
        handle.close()
    con = sqlite3.connect(TARGET)
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file, in WAL mode like every store
    con.close()
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
