"""Tables and small generators for the demo store (services.demo.build): products, donors,
households, volunteers, names, valid EAN-13 barcodes and resident ID numbers.

Pure data and pure functions of a `random.Random`: nothing here touches the database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from stdnum import ean
from stdnum.cn import ric

STORE_NAME = "阳光社区慈善超市"
STORE_ADDRESS = "上海市浦东新区幸福路 88 号"
ADMIN = ("管理员", "1234")
MANAGER = ("李经理", "2222")
# Cashier users; each is also a registered volunteer (V001...) who clocks in on their days.
CASHIERS = (("王秀英", "3001"), ("张建华", "3002"), ("刘淑芬", "3003"), ("陈国强", "3004"))
OTHER_VOLUNTEERS = ("赵德明", "孙美华", "周晓燕", "吴志刚", "郑海燕", "黄立新")

CATEGORIES = (
    ("粮油", "Grain & oil"), ("副食", "Groceries"), ("日用品", "Daily necessities"), ("衣物", "Clothing"),
    ("书籍", "Books"), ("家居", "Home"), ("文具", "Stationery"), ("手工艺品", "Handicrafts"),
)


@dataclass(frozen=True)
class Product:
    category: str
    name: str
    name_en: str
    unit: str
    price: int  # fen, a multiple of 10 so cash totals count out in coins
    source: str  # donated | purchased | consigned
    shelf_days: int | None  # food: days from intake to expiry
    weight_g: int  # per unit
    popularity: int  # relative weight of being picked for a basket
    barcode: bool = True  # False: donated goods without a code get an in-store code
    consignor: int = 0  # which consignor (index) for consigned goods

    @property
    def allowance_ok(self) -> bool:
        return self.source != "consigned"  # community handicrafts are not paid by allowance


def _p(category, name, name_en, unit, price, source, shelf, weight, pop, barcode=True, consignor=0):
    return Product(category, name, name_en, unit, price, source, shelf, weight, pop, barcode, consignor)


PRODUCTS = (
    _p("粮油", "东北大米 5kg", "Northeast rice 5 kg", "袋", 2500, "purchased", 365, 5000, 6),
    _p("粮油", "大米 10kg", "Rice 10 kg", "袋", 4500, "purchased", 365, 10000, 2),
    _p("粮油", "花生油 1.8L", "Peanut oil 1.8 L", "桶", 3800, "purchased", 540, 1650, 4),
    _p("粮油", "大豆油 5L", "Soybean oil 5 L", "桶", 4500, "purchased", 540, 4600, 2),
    _p("粮油", "面粉 2.5kg", "Wheat flour 2.5 kg", "袋", 1200, "purchased", 270, 2500, 3),
    _p("粮油", "挂面 1kg", "Dried noodles 1 kg", "包", 600, "donated", 365, 1000, 5),
    _p("粮油", "小米 1kg", "Millet 1 kg", "袋", 900, "donated", 365, 1000, 2),
    _p("粮油", "食用盐 400g", "Table salt 400 g", "包", 200, "purchased", 1095, 400, 3),
    _p("副食", "酱油 500ml", "Soy sauce 500 ml", "瓶", 650, "purchased", 540, 600, 4),
    _p("副食", "香醋 500ml", "Black vinegar 500 ml", "瓶", 550, "donated", 540, 600, 2),
    _p("副食", "白砂糖 500g", "White sugar 500 g", "袋", 500, "donated", 540, 500, 2),
    _p("副食", "鸡蛋 10枚", "Eggs, box of 10", "盒", 1000, "purchased", 30, 550, 5),
    _p("副食", "纯牛奶 250ml×12", "UHT milk 250 ml x 12", "箱", 3600, "donated", 180, 3200, 3),
    _p("副食", "苏打饼干", "Soda crackers", "包", 450, "donated", 270, 400, 4),
    _p("副食", "方便面 5连包", "Instant noodles, pack of 5", "包", 1200, "donated", 180, 500, 5),
    _p("副食", "午餐肉罐头 340g", "Luncheon meat 340 g", "罐", 1500, "donated", 730, 340, 2),
    _p("副食", "八宝粥", "Mixed grain congee", "罐", 350, "donated", 365, 360, 3),
    _p("副食", "红枣 500g", "Red dates 500 g", "袋", 1800, "donated", 365, 500, 1),
    _p("副食", "切片面包", "Sliced bread", "袋", 500, "donated", 5, 400, 2),
    _p("副食", "辣椒酱 280g", "Chilli sauce 280 g", "瓶", 900, "donated", 540, 280, 2),
    _p("日用品", "洗衣粉 1.5kg", "Washing powder 1.5 kg", "袋", 1500, "donated", None, 1500, 4),
    _p("日用品", "洗衣液 2kg", "Laundry liquid 2 kg", "瓶", 2200, "purchased", None, 2000, 3),
    _p("日用品", "卷纸 10卷", "Toilet rolls x 10", "提", 1800, "purchased", None, 1200, 5),
    _p("日用品", "抽纸 3包", "Facial tissues x 3", "提", 900, "donated", None, 450, 4),
    _p("日用品", "牙膏 120g", "Toothpaste 120 g", "支", 600, "donated", None, 150, 4),
    _p("日用品", "牙刷", "Toothbrush", "支", 300, "donated", None, 20, 3),
    _p("日用品", "香皂", "Bar soap", "块", 350, "donated", None, 120, 3),
    _p("日用品", "洗发水 400ml", "Shampoo 400 ml", "瓶", 1600, "donated", None, 450, 2),
    _p("日用品", "洗洁精 1kg", "Dish soap 1 kg", "瓶", 700, "purchased", None, 1000, 3),
    _p("日用品", "毛巾", "Towel", "条", 800, "donated", None, 100, 2),
    _p("衣物", "男式棉衣", "Men's padded jacket", "件", 3000, "donated", None, 800, 2, False),
    _p("衣物", "女式毛衣", "Women's sweater", "件", 2000, "donated", None, 500, 2, False),
    _p("衣物", "儿童外套", "Children's coat", "件", 1500, "donated", None, 400, 2, False),
    _p("衣物", "运动裤", "Track trousers", "条", 1200, "donated", None, 350, 2, False),
    _p("衣物", "棉袜 3双", "Cotton socks x 3", "包", 600, "donated", None, 150, 3),
    _p("衣物", "保暖内衣套装", "Thermal underwear set", "套", 3500, "donated", None, 450, 1),
    _p("衣物", "运动鞋", "Trainers", "双", 2500, "donated", None, 700, 1, False),
    _p("衣物", "围巾", "Scarf", "条", 800, "donated", None, 150, 1, False),
    _p("书籍", "儿童绘本", "Children's picture book", "本", 500, "donated", None, 300, 2, False),
    _p("书籍", "小说", "Novel", "本", 800, "donated", None, 400, 2, False),
    _p("书籍", "中小学教辅", "School workbook", "本", 600, "donated", None, 350, 1, False),
    _p("书籍", "新华字典", "Xinhua dictionary", "本", 1500, "donated", None, 500, 1),
    _p("书籍", "杂志合订本", "Bound magazines", "本", 300, "donated", None, 600, 1, False),
    _p("家居", "保温杯", "Vacuum flask", "个", 2500, "donated", None, 350, 2),
    _p("家居", "陶瓷碗 4只", "Ceramic bowls x 4", "套", 1500, "donated", None, 1200, 1),
    _p("家居", "不锈钢锅", "Stainless steel pot", "个", 4500, "donated", None, 1500, 1),
    _p("家居", "床单", "Bed sheet", "条", 3000, "donated", None, 900, 1),
    _p("家居", "枕头", "Pillow", "个", 2000, "donated", None, 800, 1),
    _p("家居", "台灯", "Desk lamp", "个", 3500, "donated", None, 1000, 1),
    _p("家居", "雨伞", "Umbrella", "把", 1500, "donated", None, 400, 1),
    _p("家居", "衣架 10个", "Clothes hangers x 10", "包", 800, "donated", None, 300, 2),
    _p("文具", "笔记本", "Notebook", "本", 300, "purchased", None, 150, 3),
    _p("文具", "中性笔 10支", "Gel pens x 10", "盒", 1000, "purchased", None, 100, 2),
    _p("文具", "铅笔 12支", "Pencils x 12", "盒", 600, "donated", None, 120, 2),
    _p("文具", "书包", "School bag", "个", 3000, "donated", None, 600, 1),
    _p("文具", "文具套装", "Stationery set", "套", 1200, "donated", None, 300, 1),
    _p("文具", "计算器", "Calculator", "个", 1500, "donated", None, 150, 1),
    _p("手工艺品", "手工布鞋", "Handmade cloth shoes", "双", 6800, "consigned", None, 500, 1, True, 0),
    _p("手工艺品", "绣花鞋垫", "Embroidered insoles", "双", 1500, "consigned", None, 80, 1, True, 0),
    _p("手工艺品", "手工编织包", "Hand-knitted bag", "个", 4800, "consigned", None, 300, 1, True, 0),
    _p("手工艺品", "中国结", "Chinese knot", "个", 2000, "consigned", None, 100, 1, True, 0),
    _p("手工艺品", "剪纸装饰画", "Paper-cut picture", "幅", 3800, "consigned", None, 200, 1, True, 1),
    _p("手工艺品", "社区土蜂蜜 500g", "Community honey 500 g", "瓶", 4500, "consigned", 730, 500, 1, True, 1),
    _p("手工艺品", "手工香皂", "Handmade soap", "块", 1800, "consigned", None, 120, 1, True, 1),
)

# (kind, name, phone, public_name_ok)
DONORS = (
    ("person", "张明华", "138 1234 5678", True),
    ("person", "李秀兰", "139 0211 3456", False),
    ("person", "王建国", "136 6188 2020", True),
    ("person", "赵丽娟", "137 2345 9876", False),
    ("person", "孙志强", "158 0000 1314", True),
    ("person", "周美玲", "", False),
    ("organisation", "阳光物业管理有限公司", "021-5888 1234", True),
    ("organisation", "幸福里社区居民委员会", "021-5888 6000", True),
    ("organisation", "上海惠民超市有限公司", "021-6234 5678", True),
    ("organisation", "浦东新区第三中学", "021-5012 3456", True),
    ("organisation", "上海乐善食品有限公司", "021-3388 7766", False),
    ("anonymous", "", "", False),
)
SUPPLIERS = (("上海粮油批发有限公司", "021-6666 1000"), ("上海洁丽日化批发部", "021-6666 2000"))
CONSIGNORS = (("幸福里社区手工坊", 2000), ("阳光助残工坊", 1500))  # shop's share in basis points

# Beneficiary categories with their allowance rules: (amount fen, period, carry-over, visit limit, count)
HOUSEHOLD_RULES = (
    ("低保", 15000, "quarter", False, None, 5),
    ("低保", 10000, "month", True, None, 3),
    ("特困", 20000, "month", True, 4, 4),
    ("边缘户", 10000, "half_year", False, 3, 5),
    ("支出型贫困", 30000, "quarter", False, 2, 3),
    ("临时困难", 5000, "month", False, 2, 3),
)
DELIVERY_CATEGORY = "特困"  # households living alone who get their goods delivered

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁沈"
GIVEN = ("秀英 桂英 玉兰 秀珍 凤英 建国 建华 国强 志明 海燕 丽华 淑珍 德华 永明 春梅 晓东 红梅 文军 "
         "金凤 立新 卫东 美玲 秀兰 明华 玉珍 桂兰 志强 建军 丽娟 晓燕").split()
# Shanghai district codes (first six digits of a resident ID).
AREA_CODES = ("310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310115")


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone_number(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10)} {rng.randrange(10000):04d} {rng.randrange(10000):04d}"


def ean13(rng: random.Random, used: set[str]) -> str:
    """A fresh EAN-13 with a Chinese (690/692) prefix and a correct check digit."""
    while True:
        body = rng.choice(("690", "692")) + f"{rng.randrange(10**9):09d}"
        code = body + ean.calc_check_digit(body)
        if code not in used:
            used.add(code)
            return code


def resident_id(rng: random.Random, born_from: int, born_to: int, used: set[str]) -> str:
    """An 18-digit resident ID number with a valid birth date and check digit."""
    while True:
        first, last = date(born_from, 1, 1), date(born_to, 12, 31)
        born = first + timedelta(days=rng.randrange((last - first).days))
        body = f"{rng.choice(AREA_CODES)}{born:%Y%m%d}{rng.randrange(1, 1000):03d}"
        number = body + ric.calc_check_digit(body)
        if number not in used and ric.is_valid(number):
            used.add(number)
            return number


def address(rng: random.Random) -> str:
    return f"幸福路 {rng.randrange(1, 400)} 弄 {rng.randrange(1, 40)} 号 {rng.randrange(1, 7)}0{rng.randrange(1, 5)} 室"


def denominations(amount: int) -> dict[int, int]:
    """Notes and coins (fen -> count) adding up to `amount` (a multiple of 10 fen)."""
    counts: dict[int, int] = {}
    for value in (10000, 5000, 2000, 1000, 500, 100, 50, 10):
        counts[value], amount = divmod(amount, value)
    return {value: count for value, count in counts.items() if count}


def cash_handed_over(rng: random.Random, due: int) -> int:
    """What a customer hands over for `due` fen: exact, or rounded up to a note."""
    if rng.random() < 0.3:
        return due
    for note in (1000, 2000, 5000, 10000):
        if note >= due and rng.random() < 0.6:
            return note
    return -(-due // 10000) * 10000
