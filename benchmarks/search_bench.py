"""Measure item search on a generated catalogue (default 200,000 items). Never run in CI.

    .venv/bin/python benchmarks/search_bench.py [--items 200000] [--queries 1000] [--keep DIR]

Builds a throwaway store in a temporary folder (migrated with Alembic, so the FTS5 trigram
table and its triggers are the real ones), bulk-inserts items and barcodes, then times
`search.search_items` on a mix of queries a cashier or manager types: initials, pinyin
prefixes, Chinese fragments of 1-4 characters, English words, barcode prefixes and strings
that match nothing. Prints p50/p95/max per kind and overall, for each backend.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BRANDS = ["金龙鱼", "福临门", "康师傅", "统一", "鲁花", "海天", "李锦记", "老干妈", "蒙牛", "伊利", "光明", "娃哈哈", "农夫山泉",
          "旺旺", "达利园", "好丽友", "三只松鼠", "良品铺子", "洽洽", "白象", "今麦郎", "中粮", "北大荒", "十月稻田", "太太乐", "恒顺",
          "王守义", "雕牌", "立白", "蓝月亮", "舒肤佳", "六神", "云南白药", "心相印", "清风", "维达", "高露洁", "佳洁士", "黑人",
          "百草味"]
DESCRIPTORS = [("东北", "Northeast"), ("五常", "Wuchang"), ("有机", "Organic"), ("精选", "Select"),
               ("家庭装", "Family Pack"), ("特级", "Premium"), ("低脂", "Low-fat"), ("全脂", "Whole"),
               ("无糖", "Sugar-free"), ("儿童", "Kids"), ("加厚", "Thick"), ("原味", "Original"),
               ("香辣", "Spicy"), ("红烧牛肉", "Braised Beef"), ("经典", "Classic"), ("新款", "New"),
               ("营养", "Nutritious"), ("手工", "Handmade"), ("老式", "Traditional"), ("纯", "Pure")]
PRODUCTS = [("大米", "Rice"), ("面粉", "Flour"), ("食用油", "Cooking Oil"), ("花生油", "Peanut Oil"),
            ("酱油", "Soy Sauce"), ("米醋", "Rice Vinegar"), ("方便面", "Instant Noodles"), ("挂面", "Noodles"),
            ("牛奶", "Milk"), ("酸奶", "Yogurt"), ("饼干", "Biscuits"), ("面包", "Bread"),
            ("矿泉水", "Mineral Water"), ("洗衣粉", "Washing Powder"), ("洗洁精", "Dish Soap"),
            ("牙膏", "Toothpaste"), ("毛巾", "Towel"), ("卫生纸", "Toilet Paper"), ("香皂", "Soap"),
            ("洗发水", "Shampoo"), ("鸡蛋", "Eggs"), ("白糖", "Sugar"), ("食盐", "Salt"), ("红枣", "Red Dates"),
            ("小米", "Millet"), ("绿豆", "Mung Beans"), ("红豆", "Red Beans"), ("黄豆", "Soybeans"),
            ("玉米", "Corn"), ("燕麦片", "Oats"), ("芝麻糊", "Sesame Paste"), ("辣椒酱", "Chili Sauce"),
            ("豆瓣酱", "Bean Paste"), ("火腿肠", "Ham Sausage"), ("午餐肉", "Luncheon Meat"),
            ("茶叶", "Tea"), ("咖啡", "Coffee"), ("果汁", "Juice"), ("可乐", "Cola"), ("衬衫", "Shirt"),
            ("裤子", "Trousers"), ("外套", "Coat"), ("毛衣", "Sweater"), ("运动鞋", "Sneakers"),
            ("袜子", "Socks"), ("书包", "School Bag"), ("文具盒", "Pencil Case"), ("笔记本", "Notebook"),
            ("铅笔", "Pencils"), ("保温杯", "Thermos"), ("电饭煲", "Rice Cooker"), ("台灯", "Desk Lamp"),
            ("被子", "Quilt"), ("枕头", "Pillow"), ("雨伞", "Umbrella"), ("拖鞋", "Slippers"),
            ("洗衣液", "Laundry Liquid"), ("纸巾", "Tissues"), ("蜂蜜", "Honey"), ("粉丝", "Vermicelli")]
SIZES = ["5kg", "2.5kg", "1kg", "500g", "250g", "100g", "1L", "1.8L", "5L", "330ml", "500ml", "12包",
         "24瓶", "6卷", "10片", "2双"]


def build(path: Path, count: int, seed: int):
    from sqlalchemy import insert

    from charitymart.db.models import Barcode, Item
    from charitymart.domain.codes import ean_check_digit
    from charitymart.services.stock.catalog import name_keys
    from charitymart.services.stock.search import search_text_for
    from charitymart.services.store.setup import open_store

    rng = random.Random(seed)
    handle = open_store(path)
    keys_cache: dict[str, tuple[str, str]] = {}
    started = time.perf_counter()
    batch = 10_000
    for first in range(1, count + 1, batch):
        items, codes = [], []
        for item_id in range(first, min(first + batch, count + 1)):
            brand = rng.choice(BRANDS)
            desc, desc_en = rng.choice(DESCRIPTORS)
            product, product_en = rng.choice(PRODUCTS)
            size = rng.choice(SIZES)
            name = f"{brand}{desc}{product} {size}"
            name_en = f"{desc_en} {product_en} {size}"
            if name not in keys_cache:
                keys_cache[name] = name_keys(name)
            pinyin, initials = keys_cache[name]
            items.append({"id": item_id, "name": name, "name_en": name_en, "pinyin": pinyin, "initials": initials,
                          "search_text": search_text_for(name, name_en, pinyin, initials), "unit": "",
                          "price": rng.randint(50, 20000), "allowance_ok": True, "reorder_level": 0,
                          "active": rng.random() > 0.02, "created_at": START, "updated_at": START})
            body = f"690{item_id:09d}"
            codes.append({"code": body + ean_check_digit(body), "item_id": item_id})
        with handle.sessions.begin() as s:
            s.execute(insert(Item), items)
            s.execute(insert(Barcode), codes)
    with handle.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"built {count} items in {time.perf_counter() - started:.1f} s; "
          f"file {path.stat().st_size / 1e6:.0f} MB", flush=True)
    return handle


def queries(rng: random.Random, count: int, handle) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from charitymart.db.models import Item

    with handle.sessions() as s:
        sample = s.execute(select(Item.name, Item.name_en, Item.pinyin, Item.initials, Item.id)
                           .where(Item.id % 97 == 0)).all()
    made = []
    for i in range(count):
        name, name_en, pinyin, initials, item_id = rng.choice(sample)
        kind = ("initials", "pinyin", "chinese", "english", "barcode", "nothing")[i % 6]
        if kind == "initials":
            text = initials[: rng.randint(2, 5)]
        elif kind == "pinyin":
            text = pinyin[: rng.randint(3, 9)]
        elif kind == "chinese":
            start = rng.randrange(0, max(1, name.index(" ") - 1))
            text = name[start:start + rng.randint(1, 4)].strip()
        elif kind == "english":
            word = rng.choice(name_en.split())
            text = word[: rng.randint(3, len(word))] if len(word) > 3 else word
        elif kind == "barcode":
            text = f"690{item_id:09d}"[: rng.randint(6, 12)]
        else:
            text = rng.choice(["zzq", "xylophone", "qqq", "无此物品", "wxyzw"])
        made.append((kind, text or "米"))
    return made


def measure(handle, mix: list[tuple[str, str]], backend: str) -> None:
    from charitymart.services.stock.search import search_items

    times: dict[str, list[float]] = {}
    with handle.sessions() as s:
        search_items(s, "dm", backend=backend)  # warm up: page cache, pypinyin not involved
        for kind, text in mix:
            started = time.perf_counter()
            search_items(s, text, backend=backend)
            times.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    everything = [t for values in times.values() for t in values]
    print(f"\nbackend {backend}: {len(everything)} queries")
    for kind, values in sorted(times.items()) + [("ALL", everything)]:
        values.sort()
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(f"  {kind:9s} p50 {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms   max {values[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20260310)
    parser.add_argument("--like-queries", type=int, default=300, help="queries for the portable fallback")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the database")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cm-search-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["CHARITYMART_HOME"] = str(folder / "home")  # backups and keys stay in the temp folder
    handle = build(folder / "search.sqlite", args.items, args.seed)
    rng = random.Random(args.seed + 1)
    mix = queries(rng, args.queries, handle)
    measure(handle, mix, "fts")
    measure(handle, mix[: args.like_queries], "like")
    handle.close()
    if args.keep is None:
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        folder.rmdir()


START = __import__("datetime").datetime(2026, 3, 10, 2, 0, 0)

if __name__ == "__main__":
    main()
