"""Regenerate migration 0001 from the models (only while 0001 has not shipped in a release)."""

import tempfile
from pathlib import Path

from alembic import command

from charitymart.db.migrate import MIGRATIONS_DIR, alembic_config

target = MIGRATIONS_DIR / "versions" / "0001_initial_schema.py"
later = [p for p in (MIGRATIONS_DIR / "versions").glob("*.py") if p != target]
stash = {p: p.read_text() for p in later}
for p in later:
    p.unlink()
target.unlink(missing_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    command.revision(alembic_config(f"sqlite:///{Path(tmp) / 'x.sqlite'}"), message="initial schema",
                     autogenerate=True, rev_id="0001")
for p, text in stash.items():
    p.write_text(text)
print("regenerated", target)
