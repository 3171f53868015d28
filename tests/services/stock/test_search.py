"""Item search: the same tests on the database's index (SQLite FTS5, PostgreSQL pg_trgm) and the
portable LIKE fallback."""

import pytest
from alembic import command
from sqlalchemy import text

from charitymart.db import migrate
from charitymart.services.stock import catalog, search
from charitymart.services.store.setup import create_store, open_store
from tests.conftest import ADMIN_PIN
from tests.support.factories import ean13

ITEMS = [
    # name, name_en, barcode
    ("大米", "Rice", ean13(1)),
    ("东北大米 5kg", "Northeast Rice 5kg", ean13(2)),
    ("小米", "Millet", ean13(3)),
    ("面粉", "Flour", ean13(4)),
    ("打卤面", "Noodles with Gravy", ean13(5)),
    ("Rice Cooker 电饭煲", "", ean13(6)),
    ("Brown Rice 糙米", "", ean13(7)),
    ("100%果汁", "Juice", ean13(8)),
]


@pytest.fixture(params=["index", "like"])
def backend(request, store):
    """ "index" is the database's own: FTS5 on SQLite, pg_trgm on PostgreSQL."""
    if request.param == "like":
        return "like"
    with store.sessions() as s:
        return "trgm" if s.get_bind().dialect.name == "postgresql" else "fts"


@pytest.fixture
def shop(store, admin):
    with store.sessions.begin() as s:
        ids = {name: catalog.add_item(s, admin, name=name, name_en=en, price=100, barcodes=[code]).id
               for name, en, code in ITEMS}
        catalog.deactivate_item(s, admin, catalog.add_item(s, admin, name="大麦", price=100).id)
    return ids


def names(store, query, backend, limit=50):
    with store.sessions() as s:
        return [hit.name for hit in search.search_items(s, query, limit, backend=backend)]


@pytest.mark.sqlite_only
def test_the_fts_index_exists_on_sqlite(store):
    with store.sessions() as s:
        assert search.fts_available(s)
        assert search.index_backend(s) == "fts"


@pytest.mark.postgresql_only
def test_postgresql_answers_substrings_from_the_trigram_index(store, shop):
    with store.sessions() as s:
        assert search.trgm_available(s) and not search.fts_available(s)
        assert search.index_backend(s) == "trgm"
        s.execute(text("SET LOCAL enable_seqscan = off"))  # 9 items: let the plan show the index is usable
        for pattern, column in (("%米%", "search_text"), ("dm%", "initials"), ("dami%", "pinyin")):
            plan = "\n".join(s.scalars(text(f"EXPLAIN SELECT id FROM items WHERE {column} LIKE :p"), {"p": pattern}))
            assert f"ix_items_{column}_trgm" in plan, plan


@pytest.mark.parametrize("query, first", [
    ("dm", "大米"),  # exact initials
    ("DM", "大米"),
    ("dami", "大米"),  # exact pinyin
    ("da mi", "大米"),  # pinyin typed with a space
    ("大米", "大米"),
    ("rice", "大米"),  # exact English name
    ("Rice", "大米"),
    ("ｒｉｃｅ", "大米"),  # full-width typing
    ("xm", "小米"),
    ("mf", "面粉"),
    ("flour", "面粉"),
    ("dlm", "打卤面"),
    ("果汁", "100%果汁"),
])
def test_typed_keys_find_the_item_first(store, shop, backend, query, first):
    assert names(store, query, backend)[0] == first


def test_a_character_finds_every_name_that_holds_it(store, shop, backend):
    assert set(names(store, "米", backend)) == {"大米", "东北大米 5kg", "小米", "Brown Rice 糙米"}
    assert set(names(store, "面", backend)) == {"面粉", "打卤面"}


def test_initials_inside_a_name_are_found(store, shop, backend):
    found = names(store, "dm", backend)
    assert found[:2] == ["大米", "东北大米 5kg"]  # exact initials, then "dm" inside "dbdm5kg"


def test_prefixes_rank_above_substrings(store, shop, backend):
    found = names(store, "rice", backend)
    assert set(found) == {"大米", "东北大米 5kg", "Rice Cooker 电饭煲", "Brown Rice 糙米"}
    assert found[0] == "大米"  # exact English name
    assert found[1] == "Rice Cooker 电饭煲"  # name starts with it
    assert found.index("Brown Rice 糙米") > found.index("Rice Cooker 电饭煲")


def test_barcodes_are_found_exactly_or_by_prefix(store, shop, backend):
    with store.sessions() as s:
        hits = search.search_items(s, ean13(3), backend=backend)
        assert [(h.name, h.rank, h.barcode) for h in hits] == [("小米", search.RANK_CODE, ean13(3))]
        assert len(search.search_items(s, ean13(3)[:8], backend=backend)) == len(ITEMS)


def test_inactive_items_and_non_matches_are_left_out(store, shop, backend):
    assert names(store, "大麦", backend) == []
    assert names(store, "dmx", backend) == []
    assert names(store, "zzz", backend) == []
    assert names(store, "  ", backend) == []


@pytest.mark.parametrize("query", ['"', "%", "_", "*", "米 OR 面", "NEAR(a b)", "'; drop table items; --", "\\"])
def test_typed_punctuation_is_text_not_syntax(store, shop, backend, query):
    found = names(store, query, backend)
    if query == "%":
        assert found == ["100%果汁"]
    else:
        assert found == []


def test_limit_and_result_fields(store, shop, backend):
    with store.sessions() as s:
        hits = search.search_items(s, "米", 2, backend=backend)
        assert len(hits) == 2
        top = search.search_items(s, "dm", backend=backend)[0]
        assert (top.item_id, top.name_en, top.price, top.barcode, top.rank) == \
               (shop["大米"], "Rice", 100, ean13(1), search.RANK_EXACT)
        assert search.search_items(s, "米", 0, backend=backend) == []


def test_the_index_follows_edits(store, admin, shop, backend):
    with store.sessions.begin() as s:
        catalog.edit_item(s, admin, shop["面粉"], name="玉米面", name_en="Cornmeal")
        catalog.deactivate_item(s, admin, shop["小米"])
        catalog.edit_item(s, admin, shop["打卤面"], active=False)
        catalog.edit_item(s, admin, shop["打卤面"], active=True)
    assert names(store, "面粉", backend) == []
    assert names(store, "flour", backend) == []
    assert names(store, "cornmeal", backend) == ["玉米面"]
    assert names(store, "ymm", backend) == ["玉米面"]
    assert "小米" not in names(store, "米", backend)
    assert names(store, "dlm", backend) == ["打卤面"]
    if backend == "fts":
        with store.sessions() as s:  # the external-content index agrees with the table
            s.execute(text("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)"))


def test_both_backends_agree(store, shop):
    with store.sessions() as s:
        indexed = search.index_backend(s)
    for query in ("米", "dm", "rice", "da", "mi", "面", "r", "5kg", ean13(5)):
        assert names(store, query, indexed) == names(store, query, "like"), query


@pytest.mark.sqlite_only
def test_a_store_made_before_the_index_gets_its_items_indexed(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    handle = open_store(tmp_path / "old.sqlite", migrate_schema=False)
    migrate.upgrade(handle.engine, "0001")
    with handle.sessions.begin() as s:
        create_store(s, name="旧店", admin_name="Admin", admin_pin=ADMIN_PIN)
        s.execute(text("INSERT INTO items (name, name_en, pinyin, initials, search_text, unit, price, allowance_ok,"
                       " reorder_level, active, created_at, updated_at) VALUES ('大米', 'Rice', 'dami', 'dm',"
                       " :text, '', 100, 1, 0, 1, '2026-03-10', '2026-03-10')"),
                  {"text": search.search_text_for("大米", "Rice", "dami", "dm")})
    handle.close()
    handle = open_store(tmp_path / "old.sqlite")  # upgrades to head: 0002 indexes what is there
    with handle.sessions() as s:
        assert search.fts_available(s)
        assert [h.name for h in search.search_items(s, "米", backend="fts")] == ["大米"]
        assert [h.name for h in search.search_items(s, "rice", backend="fts")] == ["大米"]
    # ...and 0002 can be undone (search then falls back to LIKE).
    config = migrate.alembic_config(url)
    with handle.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    handle.close()
    handle = open_store(tmp_path / "old.sqlite", migrate_schema=False)
    with handle.sessions() as s:
        assert not search.fts_available(s)
        assert [h.name for h in search.search_items(s, "米")] == ["大米"]
    handle.close()
