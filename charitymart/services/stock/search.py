"""Typed item search by name, English name, pinyin and initials ("dm", "dami", "米", "rice").

The search adapter of DESIGN.md: one module, two ways of finding candidates, one ranking.
- SQLite with the `items_fts` trigram table (migration 0002): a term of 3+ characters is an
  FTS5 phrase lookup; a term of 1-2 characters reads the index's own vocabulary
  (`items_fts_terms`: every trigram starting with the term), so no query scans the items;
  prefixes of initials, pinyin and names are index range scans.
- PostgreSQL with the pg_trgm GIN indexes of migration 0008 (`backend="trgm"`): the portable
  LIKE queries below ('%term%' on the search text, 'term%' on initials, pinyin and names) are
  answered from those indexes, for terms of any length.
- Other databases, or `backend="like"`: the same LIKE queries without an index (they scan:
  fine for small stores).
Both backends only gather a bounded set of candidates; ranking happens here, in Python, so
both give the same order: barcode; exact initials, pinyin or name; prefixes; a word or a run
of characters or initials inside the name ("米" in 东北大米, "dm" in its initials "dbdm");
any other substring. Shorter names first within a rank.
"""

from __future__ import annotations

import unicodedata
import weakref
from dataclasses import dataclass

from sqlalchemy import Engine, and_, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from charitymart.db.models import Barcode, Item

FTS_TABLE = "items_fts"
FTS_TERMS = "items_fts_terms"  # fts5vocab 'instance' table over items_fts (migration 0002)
MIN_TRIGRAM = 3  # shorter terms are looked up through the vocabulary instead of MATCH
MIN_CODE_PREFIX = 4  # typed codes shorter than this are not worth a barcode lookup
_TOP = "\U0010ffff"  # sorts after every character: "x" <= s < "x" + _TOP means s starts with "x"

RANK_CODE, RANK_EXACT, RANK_PREFIX, RANK_PART, RANK_SUBSTRING = range(5)

_COLUMNS = (Item.id, Item.name, Item.name_en, Item.unit, Item.price, Item.pinyin, Item.initials)
_fts = table(FTS_TABLE, column("rowid"))
_terms = table(FTS_TERMS, column("term"), column("doc"))
TRGM_INDEX = "ix_items_search_text_trgm"  # migration 0008, PostgreSQL only
BACKENDS = (None, "fts", "trgm", "like")
_fts_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()
_trgm_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class ItemHit:
    item_id: int
    name: str
    name_en: str
    unit: str
    price: int  # fen
    barcode: str  # the item's first barcode ("" if it has none)
    rank: int  # RANK_* (lower is better)


def normalize(text: str) -> str:
    """What search compares: full-width folded (ＡＢＣ -> abc), lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text or "").lower().split())


def search_text_for(name: str, name_en: str, pinyin: str, initials: str) -> str:
    """Item.search_text: the normalized fields, one per line.

    A typed query never holds a newline, so no match straddles two fields. The two trailing
    newlines give the last characters trigrams of their own, which the 1-2 character lookup
    needs ("dm" at the end of the initials "dbdm").
    """
    return "\n".join((normalize(name), normalize(name_en), pinyin, initials)) + "\n\n"


def fts_available(session: Session) -> bool:
    """True on SQLite when migration 0002 made the trigram index (checked once per engine)."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    engine = getattr(bind, "engine", bind)
    if engine not in _fts_present:
        found = session.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (:index, :terms)"),
            {"index": FTS_TABLE, "terms": FTS_TERMS},
        )
        _fts_present[engine] = found == 2
    return _fts_present[engine]


def trgm_available(session: Session) -> bool:
    """True on PostgreSQL when migration 0008 made the trigram indexes (checked once per engine)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    engine = getattr(bind, "engine", bind)
    if engine not in _trgm_present:
        found = session.scalar(text("SELECT count(*) FROM pg_indexes WHERE tablename = 'items' AND indexname = :name"),
                               {"name": TRGM_INDEX})
        _trgm_present[engine] = found == 1
    return _trgm_present[engine]


def index_backend(session: Session) -> str:
    """The indexed search this database has: "fts" (SQLite), "trgm" (PostgreSQL) or "like" (none)."""
    if fts_available(session):
        return "fts"
    if trgm_available(session):
        return "trgm"
    return "like"


def rebuild_index(session: Session) -> None:
    """Re-read every item into the trigram index (after writes that bypassed the triggers)."""
    if fts_available(session):
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))


def search_items(session: Session, text_typed: str, limit: int = 50, *, backend: str | None = None) -> list[ItemHit]:
    """Active items matching what was typed, best first.

    backend: None picks the best available; "fts", "trgm" or "like" force one (tests, benchmarks).
    "trgm" runs the portable LIKE queries, which PostgreSQL answers from its trigram indexes.
    """
    query = normalize(text_typed)
    if not query or limit <= 0:
        return []
    if backend not in BACKENDS:
        raise ValueError(f"unknown search backend {backend!r}")
    if backend == "trgm" and not trgm_available(session):
        raise ValueError("this database has no trigram search index (PostgreSQL, migration 0008)")
    use_fts = fts_available(session) if backend is None else backend == "fts"
    # SQLite answers prefix ranges from its indexes even without the FTS table; a forced
    # "like" keeps the portable spelling so tests cover what other databases run.
    ranges = session.get_bind().dialect.name == "sqlite" and backend != "like"
    code = (text_typed or "").strip()
    rows = _candidates(session, query, code, limit, use_fts, ranges)
    return _ranked(session, query, code, rows, limit)


def _looks_like_code(code: str) -> bool:
    return len(code) >= MIN_CODE_PREFIX and not any(ch.isspace() for ch in code)


def _prefix(column_, value: str, ranges: bool):
    # A range is what SQLite answers from an index (its LIKE is case-insensitive, so it
    # would scan); LIKE 'x%' is the portable spelling.
    if ranges:
        return and_(column_ >= value, column_ < value + _TOP)
    return column_.startswith(value, autoescape=True)


def _candidates(session: Session, query: str, code: str, limit: int, use_fts: bool,
                ranges: bool) -> dict[int, object]:
    """Rows of items that may match, by id: bounded, in no particular order."""
    terms = query.split(" ")
    key = "".join(terms)  # "da mi" is typed pinyin for "dami"
    found: dict[int, object] = {}

    def add(statement) -> None:
        for row in session.execute(statement):
            found.setdefault(row.id, row)

    if _looks_like_code(code):
        add(select(*_COLUMNS).join(Barcode, Barcode.item_id == Item.id)
            .where(Item.active, _prefix(Barcode.code, code, ranges)).limit(limit))
    # Index order puts an exact value first ("dm" before "dm5kg"), so `limit` rows per
    # column keep every exact match.
    for column_, value in ((Item.initials, key), (Item.pinyin, key), (Item.name, query),
                           (func.lower(Item.name_en), query)):
        add(select(*_COLUMNS).where(Item.active, _prefix(column_, value, ranges)).limit(limit))
    if len(found) >= limit:
        return found  # substrings rank below prefixes: they could not make the list
    cap = max(limit * 4, 200)  # room for ranking inner matches above other substrings
    if use_fts:
        add(_fts_statement(terms, cap))
    else:
        add(select(*_COLUMNS).where(Item.active, *[Item.search_text.contains(t, autoescape=True) for t in terms])
            .limit(cap))
    return found


def _fts_statement(terms: list[str], cap: int):
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_terms = [t for t in terms if len(t) < MIN_TRIGRAM]
    if long_terms:
        # Each term a quoted phrase (quotes doubled), so nothing typed is read as FTS syntax.
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        statement = (select(*_COLUMNS).join(_fts, _fts.c.rowid == Item.id)
                     .where(literal_column(FTS_TABLE).op("MATCH")(match)))
    else:
        # Items holding "ab" are the documents of every trigram that starts with "ab".
        driver = max(short_terms, key=len)
        short_terms.remove(driver)
        statement = (select(*_COLUMNS).distinct().select_from(_terms).join(Item, Item.id == _terms.c.doc)
                     .where(_terms.c.term >= driver, _terms.c.term < driver + _TOP))
    filters = [func.instr(Item.search_text, t) > 0 for t in short_terms]
    return statement.where(Item.active, *filters).limit(cap)


def _text_rank(query: str, key: str, name: str, name_en: str, pinyin: str, initials: str) -> int | None:
    name_n, name_en_n = normalize(name), normalize(name_en)
    if key in (initials, pinyin) or query in (name_n, name_en_n):
        return RANK_EXACT
    if initials.startswith(key) or pinyin.startswith(key) or name_n.startswith(query) or name_en_n.startswith(query):
        return RANK_PREFIX
    if query in name_n or key in initials or any(w.startswith(query) for w in name_en_n.split()):
        return RANK_PART
    haystack = search_text_for(name, name_en, pinyin, initials)
    if all(term in haystack for term in query.split(" ")):
        return RANK_SUBSTRING
    return None


def _ranked(session: Session, query: str, code: str, rows: dict[int, object], limit: int) -> list[ItemHit]:
    if not rows:
        return []
    key = query.replace(" ", "")
    code_rank: dict[int, int] = {}
    if _looks_like_code(code):
        for item_id, barcode in session.execute(select(Barcode.item_id, Barcode.code).where(
                Barcode.item_id.in_(list(rows)), Barcode.code.startswith(code, autoescape=True))):
            rank = RANK_CODE if barcode == code else RANK_PREFIX
            code_rank[item_id] = min(rank, code_rank.get(item_id, rank))
    scored = []
    for row in rows.values():
        ranks = [r for r in (code_rank.get(row.id), _text_rank(query, key, row.name, row.name_en, row.pinyin,
                                                                row.initials)) if r is not None]
        if ranks:
            scored.append((min(ranks), len(row.name), row.name, row.id, row))
    scored.sort(key=lambda s: s[:4])
    top = scored[:limit]
    first_code = _first_barcodes(session, [s[3] for s in top])
    return [
        ItemHit(item_id=row.id, name=row.name, name_en=row.name_en, unit=row.unit, price=row.price,
                barcode=first_code.get(row.id, ""), rank=rank)
        for rank, _, _, _, row in top
    ]


def _first_barcodes(session: Session, item_ids: list[int]) -> dict[int, str]:
    if not item_ids:
        return {}
    first = select(func.min(Barcode.id)).where(Barcode.item_id.in_(item_ids)).group_by(Barcode.item_id)
    return dict(session.execute(select(Barcode.item_id, Barcode.code).where(Barcode.id.in_(first))).all())
