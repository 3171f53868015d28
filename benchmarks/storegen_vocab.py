"""Word lists for the large-store generator: product categories, item names, people, places.

Item names are combinations of realistic product words (brand + descriptor + variant +
product + size), e.g. 金龙鱼东北有机大米 5kg / "Northeast Organic Rice 5kg".
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class CategorySpec:
    name: str
    name_en: str
    weight: float  # share of the catalogue
    price: tuple[int, int]  # fen, inclusive range (rounded to 10 fen)
    shelf_days: tuple[int, int] | None  # expiry after intake; None: never expires
    unit: str
    grams: int  # weight of one unit
    allowance_ok: float  # probability that an item may be paid by allowance
    brands: tuple[str, ...]
    products: tuple[tuple[str, str], ...]
    sizes: tuple[str, ...]


_FOOD_DESCRIPTORS = (("东北", "Northeast"), ("五常", "Wuchang"), ("有机", "Organic"), ("精选", "Select"),
                     ("家庭装", "Family Pack"), ("特级", "Premium"), ("经典", "Classic"), ("营养", "Nutritious"),
                     ("手工", "Handmade"), ("老式", "Traditional"), ("纯", "Pure"), ("新疆", "Xinjiang"),
                     ("云南", "Yunnan"), ("山东", "Shandong"), ("绿色", "Green"), ("低糖", "Low-sugar"))
_GOODS_DESCRIPTORS = (("加厚", "Thick"), ("儿童", "Kids"), ("成人", "Adult"), ("新款", "New"), ("经典", "Classic"),
                      ("家用", "Household"), ("便携", "Portable"), ("纯棉", "Cotton"), ("大号", "Large"),
                      ("小号", "Small"), ("环保", "Eco"), ("柔软", "Soft"), ("二手", "Used"), ("全新", "Brand-new"))
_FOOD_VARIANTS = (("", ""), ("", ""), ("原味", "Original"), ("香辣", "Spicy"), ("五香", "Five-spice"),
                  ("麻辣", "Mala"), ("清香", "Light"), ("红枣", "Jujube"), ("黑芝麻", "Black Sesame"),
                  ("无糖", "Sugar-free"), ("低脂", "Low-fat"), ("全脂", "Whole"), ("高钙", "High-calcium"))
_GOODS_VARIANTS = (("", ""), ("", ""), ("红色", "Red"), ("蓝色", "Blue"), ("灰色", "Grey"), ("黑色", "Black"),
                   ("白色", "White"), ("粉色", "Pink"), ("条纹", "Striped"), ("格子", "Checked"),
                   ("薰衣草", "Lavender"), ("柠檬", "Lemon"), ("薄荷", "Mint"))

CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec("粮油", "Grain & Oil", 0.14, (500, 12000), (180, 540), "袋", 2500, 0.98,
                 ("金龙鱼", "福临门", "鲁花", "中粮", "北大荒", "十月稻田", "胡姬花", "香满园"),
                 (("大米", "Rice"), ("面粉", "Flour"), ("食用油", "Cooking Oil"), ("花生油", "Peanut Oil"),
                  ("挂面", "Noodles"), ("小米", "Millet"), ("绿豆", "Mung Beans"), ("红豆", "Red Beans"),
                  ("黄豆", "Soybeans"), ("玉米面", "Cornmeal"), ("燕麦片", "Oats"), ("粉丝", "Vermicelli")),
                 ("5kg", "2.5kg", "1kg", "500g", "1.8L", "5L", "900ml")),
    CategorySpec("调味品", "Seasoning", 0.08, (200, 3000), (240, 720), "瓶", 500, 0.95,
                 ("海天", "李锦记", "老干妈", "太太乐", "恒顺", "王守义", "厨邦", "加加"),
                 (("酱油", "Soy Sauce"), ("米醋", "Rice Vinegar"), ("食盐", "Salt"), ("白糖", "Sugar"),
                  ("辣椒酱", "Chili Sauce"), ("豆瓣酱", "Bean Paste"), ("蚝油", "Oyster Sauce"),
                  ("鸡精", "Chicken Bouillon"), ("花椒", "Sichuan Pepper"), ("料酒", "Cooking Wine")),
                 ("500ml", "1.28L", "400g", "250g", "100g", "800g")),
    CategorySpec("乳品饮料", "Dairy & Drinks", 0.10, (150, 8000), (20, 270), "盒", 300, 0.7,
                 ("蒙牛", "伊利", "光明", "娃哈哈", "农夫山泉", "康师傅", "统一", "王老吉"),
                 (("牛奶", "Milk"), ("酸奶", "Yogurt"), ("豆奶", "Soy Milk"), ("矿泉水", "Mineral Water"),
                  ("果汁", "Juice"), ("绿茶", "Green Tea"), ("凉茶", "Herbal Tea"), ("奶粉", "Milk Powder"),
                  ("茶叶", "Tea"), ("咖啡", "Coffee")),
                 ("250ml", "1L", "12盒", "24瓶", "330ml", "550ml", "400g", "800g")),
    CategorySpec("方便食品", "Snacks & Instant Food", 0.11, (100, 5000), (90, 360), "包", 200, 0.85,
                 ("康师傅", "统一", "白象", "今麦郎", "旺旺", "达利园", "好丽友", "三只松鼠", "良品铺子", "洽洽"),
                 (("方便面", "Instant Noodles"), ("饼干", "Biscuits"), ("面包", "Bread"), ("火腿肠", "Ham Sausage"),
                  ("午餐肉", "Luncheon Meat"), ("芝麻糊", "Sesame Paste"), ("八宝粥", "Congee"),
                  ("瓜子", "Sunflower Seeds"), ("蛋糕", "Cake"), ("挂面", "Noodles"), ("速冻水饺", "Dumplings")),
                 ("5连包", "12包", "100g", "250g", "500g", "1kg", "360g")),
    CategorySpec("日化用品", "Household Chemicals", 0.12, (300, 6000), None, "瓶", 800, 0.9,
                 ("雕牌", "立白", "蓝月亮", "舒肤佳", "六神", "云南白药", "高露洁", "佳洁士", "黑人", "海飞丝"),
                 (("洗衣粉", "Washing Powder"), ("洗洁精", "Dish Soap"), ("牙膏", "Toothpaste"), ("香皂", "Soap"),
                  ("洗发水", "Shampoo"), ("洗衣液", "Laundry Liquid"), ("沐浴露", "Shower Gel"),
                  ("牙刷", "Toothbrush"), ("消毒液", "Disinfectant"), ("花露水", "Floral Water")),
                 ("1kg", "2kg", "500g", "120g", "400ml", "750ml", "3支装")),
    CategorySpec("纸品", "Paper", 0.05, (300, 4000), None, "提", 1500, 0.95,
                 ("心相印", "清风", "维达", "洁柔", "妮飘", "植护"),
                 (("卫生纸", "Toilet Paper"), ("纸巾", "Tissues"), ("抽纸", "Facial Tissue"),
                  ("湿巾", "Wet Wipes"), ("厨房纸", "Kitchen Towel")),
                 ("6卷", "10卷", "12卷", "3包", "6包", "80抽")),
    CategorySpec("服装", "Clothing", 0.16, (500, 8000), None, "件", 400, 0.6,
                 ("爱心", "恒源祥", "南极人", "李宁", "安踏", "海澜之家", "真维斯", "森马"),
                 (("衬衫", "Shirt"), ("裤子", "Trousers"), ("外套", "Coat"), ("毛衣", "Sweater"),
                  ("羽绒服", "Down Jacket"), ("棉袄", "Padded Jacket"), ("T恤", "T-shirt"),
                  ("袜子", "Socks"), ("围巾", "Scarf"), ("帽子", "Hat"), ("校服", "School Uniform")),
                 ("S码", "M码", "L码", "XL码", "XXL码", "110cm", "130cm", "150cm")),
    CategorySpec("鞋帽箱包", "Shoes & Bags", 0.05, (500, 9000), None, "双", 600, 0.6,
                 ("回力", "飞跃", "安踏", "李宁", "双星", "特步"),
                 (("运动鞋", "Sneakers"), ("拖鞋", "Slippers"), ("棉鞋", "Cotton Shoes"), ("雨靴", "Rain Boots"),
                  ("书包", "School Bag"), ("购物袋", "Shopping Bag"), ("手提包", "Handbag")),
                 ("36码", "38码", "40码", "42码", "44码", "儿童款", "中号")),
    CategorySpec("文具图书", "Stationery & Books", 0.06, (100, 5000), None, "本", 300, 0.95,
                 ("晨光", "得力", "真彩", "英雄", "新华", "人民教育"),
                 (("笔记本", "Notebook"), ("铅笔", "Pencils"), ("文具盒", "Pencil Case"), ("作业本", "Exercise Book"),
                  ("字典", "Dictionary"), ("绘本", "Picture Book"), ("练习册", "Workbook"), ("水彩笔", "Markers")),
                 ("A5", "B5", "12支", "24色", "10本", "一套")),
    CategorySpec("家居用品", "Home", 0.13, (500, 20000), None, "个", 1000, 0.8,
                 ("苏泊尔", "美的", "九阳", "富光", "乐扣", "罗莱", "水星", "天堂"),
                 (("保温杯", "Thermos"), ("电饭煲", "Rice Cooker"), ("台灯", "Desk Lamp"), ("被子", "Quilt"),
                  ("枕头", "Pillow"), ("雨伞", "Umbrella"), ("毛巾", "Towel"), ("床单", "Bed Sheet"),
                  ("碗", "Bowl"), ("炒锅", "Wok"), ("暖水瓶", "Hot-water Bottle"), ("电热毯", "Electric Blanket")),
                 ("1.5L", "500ml", "1.8m", "1.5m", "2件套", "4件套", "单只", "一对")),
)

FOOD_CATEGORIES = frozenset(c.name for c in CATEGORIES if c.shelf_days is not None)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅玉兰志强海燕淑珍丹丹建华德福春梅小红金凤文博子涵浩然"
ORG_HEADS = ("阳光", "华润", "万科", "社区", "春晖", "博爱", "同心", "明德", "恒信", "东方", "新华", "长江", "天和", "惠民")
ORG_TAILS = ("科技有限公司", "商贸有限公司", "志愿者协会", "慈善基金会", "实验小学", "第一中学", "银行支行",
             "物业服务公司", "餐饮有限公司", "超市连锁", "爱心车队", "党支部", "老年协会")
STREETS = ("人民路", "解放路", "建设路", "和平街", "幸福里", "光明路", "中山路", "朝阳街", "文化路", "胜利路", "新华路")
DISTRICT_CODES = ("110101", "110105", "310101", "310115", "440106", "510104", "510107", "320102", "330106", "420106")
CONDITIONS_USED = ("", "", "", "全新", "九成新", "八成新", "已清洗消毒")
REMOVE_REASONS = ("", "", "顾客不要了", "扫错了", "数量不对", "包装破损")
DONATION_CONDITIONS = ("", "", "", "", "优先发放给困难家庭", "用于冬季送温暖活动", "限本社区使用")


def person_name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def organisation_name(rng: random.Random) -> str:
    return rng.choice(ORG_HEADS) + rng.choice(ORG_TAILS)


def phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def address(rng: random.Random) -> str:
    return (f"{rng.choice(STREETS)}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋"
            f"{rng.randint(1, 6)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}")


def resident_id(rng: random.Random, ric_module) -> str:
    """A syntactically valid 18-digit resident ID (area code, birth date, check digit)."""
    body = (f"{rng.choice(DISTRICT_CODES)}{rng.randint(1940, 2005)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}{rng.randrange(1000):03d}")
    return body + ric_module.calc_check_digit(body + "0")


class ItemNamer:
    """Unique item names: brand + descriptor + variant + product + size, per category."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def make(self, spec: CategorySpec) -> tuple[str, str]:
        descriptors = _FOOD_DESCRIPTORS if spec.shelf_days else _GOODS_DESCRIPTORS
        variants = _FOOD_VARIANTS if spec.shelf_days else _GOODS_VARIANTS
        rng = self.rng
        for attempt in range(1000):
            brand = rng.choice(spec.brands)
            desc, desc_en = rng.choice(descriptors)
            var, var_en = rng.choice(variants)
            product, product_en = rng.choice(spec.products)
            size = rng.choice(spec.sizes)
            name = f"{brand}{desc}{var}{product} {size}"
            if attempt > 50:  # the combinations of this category are getting scarce: number a series
                name = f"{brand}{desc}{var}{product} {size} {attempt}号"
            if name not in self.used:
                self.used.add(name)
                words = " ".join(w for w in (desc_en, var_en, product_en) if w)
                return name, f"{words} {size}"
        raise RuntimeError("could not make a new item name")
