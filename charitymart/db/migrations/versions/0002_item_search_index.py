"""item search index (SQLite only): FTS5 trigram table over items.search_text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Written by hand: autogenerate knows nothing of virtual tables and triggers.

- `items_fts` is an external-content FTS5 table (content = items, rowid = items.id) with the
  trigram tokenizer: any substring of 3+ characters of an item's search text is an index
  lookup instead of a scan of every item (services.stock.search). `items_fts_terms` (fts5vocab)
  exposes its trigrams so that 1-2 character terms are index lookups too.
- Triggers keep it in step with every write to `items`, whoever makes it (services, imports,
  the benchmark generator's bulk inserts).
- `ix_items_name_en_lower`: prefix search on the English name regardless of case. It lives
  here rather than in the model because Alembic cannot compare expression indexes on SQLite.

Other databases get nothing: services.stock.search falls back to portable LIKE queries there.
SQLite older than 3.34 has no trigram tokenizer; there too nothing is created and search
falls back, so an old SQLite never stops the app from opening.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TRIGRAM_MIN_SQLITE = (3, 34, 0)

CREATE = [
    ("CREATE VIRTUAL TABLE items_fts USING fts5("
     "search_text, content='items', content_rowid='id', tokenize='trigram')"),
    # External content: the index must be told the old text to remove it, so deletes and
    # updates pass the row's previous search_text with the special 'delete' command.
    ("CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN "
     "INSERT INTO items_fts(rowid, search_text) VALUES (new.id, new.search_text); END"),
    ("CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN "
     "INSERT INTO items_fts(items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"),
    ("CREATE TRIGGER items_fts_update AFTER UPDATE OF search_text ON items BEGIN "
     "INSERT INTO items_fts(items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
     "INSERT INTO items_fts(rowid, search_text) VALUES (new.id, new.search_text); END"),
    # The index's vocabulary, one row per trigram occurrence: "every trigram starting with
    # 'ab'" is a range of it, which is how terms of 1-2 characters are found without a scan.
    "CREATE VIRTUAL TABLE items_fts_terms USING fts5vocab(items_fts, 'instance')",
    # Index the items that already exist.
    "INSERT INTO items_fts(items_fts) VALUES ('rebuild')",
    "CREATE INDEX ix_items_name_en_lower ON items (lower(name_en))",
]

DROP = [
    "DROP INDEX IF EXISTS ix_items_name_en_lower",
    "DROP TABLE IF EXISTS items_fts_terms",
    "DROP TRIGGER IF EXISTS items_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_delete",
    "DROP TRIGGER IF EXISTS items_fts_insert",
    "DROP TABLE IF EXISTS items_fts",
]


def _applies() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    version = bind.exec_driver_sql("SELECT sqlite_version()").scalar()
    return tuple(int(part) for part in version.split(".")[:3]) >= TRIGRAM_MIN_SQLITE


def upgrade() -> None:
    if not _applies():
        return
    for statement in CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DROP:
        op.execute(statement)
