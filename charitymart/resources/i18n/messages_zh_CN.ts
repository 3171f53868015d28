<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../cli.py" line="204"/>
        <source>--from is after --to</source>
        <translation>开始日期（--from）晚于结束日期（--to）</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="30"/>
        <source>ID number too short</source>
        <translation>证件号码太短</translation>
    </message>
    <message>
        <location filename="../../services/imports_people.py" line="77"/>
        <location filename="../../services/imports_people.py" line="127"/>
        <source>ID number {key} is also on row {row}: give each once</source>
        <translation>证件号码 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="27"/>
        <source>ID number: {reason}</source>
        <translation>证件号码：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="23"/>
        <location filename="../../services/volunteers.py" line="88"/>
        <source>ID type must be one of {choices}</source>
        <translation>证件类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../reports/base.py" line="127"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="33"/>
        <source>a PIN is at least {count} digits</source>
        <translation>密码至少要 {count} 位数字</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="35"/>
        <source>a PIN is at most 12 digits</source>
        <translation>密码最多 12 位数字</translation>
    </message>
    <message>
        <location filename="../../services/drawer.py" line="100"/>
        <source>a USB drawer is set as usb:VVVV:PPPP in hex, not {target}</source>
        <translation>USB 钱箱要写成 usb:VVVV:PPPP（十六进制），不能写成 {target}</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="109"/>
        <source>a barcode is at most {max_length} characters</source>
        <translation>条码最多 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="99"/>
        <source>a card number has no spaces</source>
        <translation>卡号里不能有空格</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="86"/>
        <source>a code is 1-40 letters, digits, '-', '_' or '.'</source>
        <translation>编号由 1 到 40 个字母、数字或 '-'、'_'、'.' 组成</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="245"/>
        <source>a collection is paid by the household allowance only</source>
        <translation>领取物资只能用家庭补贴支付</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="237"/>
        <source>a collection needs the household's card</source>
        <translation>领取物资需要刷受助家庭卡</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="207"/>
        <source>a count can't be below 0</source>
        <translation>数量不能小于 0</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="247"/>
        <source>a delivery is for a registered household: scan its card</source>
        <translation>送货上门只限已登记的受助家庭：请刷这户的卡</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="94"/>
        <source>a drawer opening's reason is one of {choices}</source>
        <translation>打开钱箱的原因必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="48"/>
        <source>a phone number holds digits, spaces, +, - and brackets only</source>
        <translation>电话号码只能包含数字、空格、+、- 和括号</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="216"/>
        <source>a refund needs a manager's PIN</source>
        <translation>退款需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="26"/>
        <source>a resident ID has 18 characters</source>
        <translation>居民身份证号码是 18 位</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="159"/>
        <source>a sale takes one {kind} payment at most</source>
        <translation>一笔销售最多只能有一次 {kind} 付款</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="83"/>
        <source>a shift is already open on this till: close it before opening another</source>
        <translation>这个收银台已经开班了：请先交班，再开新班</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="186"/>
        <source>a stocktake is already open: post or cancel it first</source>
        <translation>已经有一次盘点在进行：请先完成或取消它</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="58"/>
        <source>a user needs a name</source>
        <translation>请填写用户的姓名</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="50"/>
        <source>a volunteer code has no spaces</source>
        <translation>志愿者编号里不能有空格</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="279"/>
        <source>a 捐赠票据 can't be dated in the future</source>
        <translation>捐赠票据的日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="145"/>
        <source>a 捐赠票据 code or number is at most 40 characters</source>
        <translation>捐赠票据的代码或号码最多 40 个字符</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="281"/>
        <source>a 捐赠票据 is never issued before the donation is received</source>
        <translation>捐赠票据不能在收到捐赠之前开具</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="179"/>
        <location filename="../../services/intake.py" line="272"/>
        <source>a 捐赠票据 is only issued for donations</source>
        <translation>捐赠票据只能为捐赠开具</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="143"/>
        <location filename="../../services/intake.py" line="275"/>
        <source>a 捐赠票据 needs both its code and its number</source>
        <translation>捐赠票据的代码和号码都要填写</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="284"/>
        <source>adding a barcode needs a manager</source>
        <translation>添加条码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="164"/>
        <source>adding a category needs a manager</source>
        <translation>添加分类需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="79"/>
        <source>adding a donor, supplier or consignor needs a manager</source>
        <translation>添加捐赠人、供应商或寄卖方需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="76"/>
        <source>adding a user needs a manager</source>
        <translation>添加用户需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="203"/>
        <source>adding an item needs a manager</source>
        <translation>添加商品需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="126"/>
        <source>adjusting stock needs a manager</source>
        <translation>调整库存需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/allowance.py" line="133"/>
        <source>allowance left this period is {remaining}, less than {amount}</source>
        <translation>本期补贴只剩 {remaining} 元，不够 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="56"/>
        <source>an amount of money must be a whole number of fen</source>
        <translation>金额必须是整数（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="232"/>
        <source>an entry can't be longer than 24 hours</source>
        <translation>一条记录不能超过 24 小时</translation>
    </message>
    <message>
        <location filename="../../services/imports.py" line="55"/>
        <source>an import is one of {choices}</source>
        <translation>导入类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="183"/>
        <source>an intake needs at least one line</source>
        <translation>入库至少要有一行物品</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="263"/>
        <source>approving volunteer hours needs a manager</source>
        <translation>审批志愿服务时长需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="215"/>
        <source>backup and restore work on a SQLite store; use your database server's tools otherwise</source>
        <translation>备份和恢复只适用于 SQLite 数据；其他数据库请用数据库服务器自带的工具</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="125"/>
        <source>barcode {code} already belongs to {name}</source>
        <translation>条码 {code} 已经属于“{name}”</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="113"/>
        <source>barcode {code} has a wrong check digit: check it was typed correctly</source>
        <translation>条码 {code} 的校验位不对：请检查是否输错</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="218"/>
        <source>barcode {code} is listed twice</source>
        <translation>条码 {code} 重复填写了</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="117"/>
        <source>barcode {code} may only hold letters, digits and ASCII punctuation other than *</source>
        <translation>条码 {code} 只能包含字母、数字和英文标点（不能有 *）</translation>
    </message>
    <message>
        <location filename="../../services/imports_stock.py" line="53"/>
        <source>barcode {key} is also on row {row}: give each once</source>
        <translation>条码 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="284"/>
        <source>cancelling a stocktake needs a manager</source>
        <translation>取消盘点需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="248"/>
        <location filename="../../services/parties.py" line="118"/>
        <source>cannot edit {fields}</source>
        <translation>不能修改：{fields}</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="104"/>
        <source>card number {card} is already registered</source>
        <translation>卡号 {card} 已经登记过了</translation>
    </message>
    <message>
        <location filename="../../services/imports_people.py" line="76"/>
        <source>card number {key} is also on row {row}: give each once</source>
        <translation>卡号 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="132"/>
        <source>carry-over must be yes or no</source>
        <translation>“结转”只能填“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="119"/>
        <source>cash goes either in or out</source>
        <translation>现金只能是“放入”或“取出”</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="151"/>
        <source>cash received {received} is less than the {amount} due</source>
        <translation>收到现金 {received} 元，少于应付的 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="173"/>
        <source>changing a category needs a manager</source>
        <translation>修改分类需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="173"/>
        <source>changing a price needs a manager's PIN</source>
        <translation>改价需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="105"/>
        <source>changing users needs a manager</source>
        <translation>修改用户需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="144"/>
        <source>choose at least one line to refund</source>
        <translation>请至少选一行要退款的商品</translation>
    </message>
    <message>
        <location filename="../../services/imports_stock.py" line="92"/>
        <source>code {key} is also on row {row}: give each once</source>
        <translation>编号 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/imports_common.py" line="54"/>
        <source>conflicts with a record already in the store</source>
        <translation>和店里已有的记录冲突</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="49"/>
        <source>consigned goods need a consignor</source>
        <translation>寄卖商品需要填写寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="189"/>
        <source>days must be a whole number from 1 to 3660</source>
        <translation>天数必须是 1 到 3660 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="374"/>
        <source>deactivate the household before erasing its personal data</source>
        <translation>请先停用这户家庭，再删除它的个人信息</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="275"/>
        <source>deactivating an item needs a manager</source>
        <translation>停用商品需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="257"/>
        <source>deactivating or reactivating a household needs a manager</source>
        <translation>停用或恢复受助家庭需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="125"/>
        <source>deactivating or reactivating a volunteer needs a manager</source>
        <translation>停用或恢复志愿者需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="47"/>
        <source>donated goods need a donor</source>
        <translation>捐赠物资需要填写捐赠人</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="146"/>
        <source>each payment must be more than zero</source>
        <translation>每一笔付款都必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="115"/>
        <source>editing a donor, supplier or consignor needs a manager</source>
        <translation>修改捐赠人、供应商或寄卖方需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="188"/>
        <source>editing a household needs a manager</source>
        <translation>修改受助家庭信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="101"/>
        <source>editing a volunteer needs a manager</source>
        <translation>修改志愿者信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="245"/>
        <source>editing an item needs a manager</source>
        <translation>修改商品需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="23"/>
        <source>empty ID number</source>
        <translation>证件号码是空的</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="22"/>
        <source>empty amount</source>
        <translation>金额是空的</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="209"/>
        <source>enter a price (the category suggests none)</source>
        <translation>请填写价格（这个分类没有建议价格）</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="209"/>
        <location filename="../../services/volunteers.py" line="111"/>
        <source>enter the ID number again to change its type</source>
        <translation>要更改证件类型，请重新输入证件号码</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="369"/>
        <source>erasing a household's personal data needs an admin</source>
        <translation>删除受助家庭的个人信息需要系统管理员来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="134"/>
        <source>found stock is a positive quantity</source>
        <translation>找到的库存请填正数</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="106"/>
        <source>fund source must be one of {choices}</source>
        <translation>资金来源必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="222"/>
        <source>give an end time or the number of minutes</source>
        <translation>请填写结束时间或分钟数</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="202"/>
        <source>give the first day with --from YYYY-MM-DD</source>
        <translation>请用 --from YYYY-MM-DD 写明第一天</translation>
    </message>
    <message>
        <location filename="../../services/imports.py" line="61"/>
        <source>importing records needs a manager</source>
        <translation>导入记录需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/imports_common.py" line="81"/>
        <location filename="../../services/tabular.py" line="135"/>
        <location filename="../../services/tabular.py" line="147"/>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <location filename="../../services/imports_people.py" line="104"/>
        <source>is empty: a new household needs its ID number</source>
        <translation>是空的：新登记的家庭需要填写证件号码</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="139"/>
        <source>is longer than {max_length} characters</source>
        <translation>超过了 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="30"/>
        <source>kind must be one of {choices}</source>
        <translation>类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="20"/>
        <source>line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="328"/>
        <source>listing households needs a manager</source>
        <translation>查看受助家庭名单需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="19"/>
        <source>money must not be a float</source>
        <translation>金额格式不对（不能用浮点数）</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="31"/>
        <source>more than two decimals: {text}</source>
        <translation>小数超过了两位：{text}</translation>
    </message>
    <message>
        <location filename="../../services/imports_common.py" line="94"/>
        <source>must be at least 1</source>
        <translation>至少要填 1</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="127"/>
        <source>name the item by its barcode</source>
        <translation>请用条码说明是哪个商品</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="33"/>
        <source>negative amount: {text}</source>
        <translation>金额不能是负数：{text}</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="72"/>
        <source>no ID number is recorded for this person</source>
        <translation>这个人没有登记证件号码</translation>
    </message>
    <message>
        <location filename="../../services/reporting_sales.py" line="229"/>
        <source>no consignor with code {code}</source>
        <translation>没有编号为 {code} 的寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="262"/>
        <source>no donation numbered {number}</source>
        <translation>没有编号为 {number} 的捐赠</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="113"/>
        <source>no donor, supplier or consignor has the code {code}</source>
        <translation>没有编号为 {code} 的捐赠人、供应商或寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/imports_stock.py" line="146"/>
        <source>no donor, supplier or consignor has the code {code}: import the donors first</source>
        <translation>没有编号为 {code} 的捐赠人、供应商或寄卖方：请先导入捐赠人</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="109"/>
        <source>no donor, supplier or consignor with code {code}</source>
        <translation>没有编号为 {code} 的捐赠人、供应商或寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="201"/>
        <source>no household has the card {card}</source>
        <translation>没有哪户家庭的卡号是 {card}</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="118"/>
        <location filename="../../services/intake.py" line="130"/>
        <source>no item has the barcode {code}</source>
        <translation>没有哪个商品的条码是 {code}</translation>
    </message>
    <message>
        <location filename="../../services/imports_stock.py" line="154"/>
        <source>no item has the barcode {code}: import the catalog first</source>
        <translation>没有哪个商品的条码是 {code}：请先导入商品目录</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="89"/>
        <location filename="../../services/refunds.py" line="56"/>
        <source>no receipt {receipt}</source>
        <translation>找不到小票 {receipt}</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="75"/>
        <source>no shift is open on this till: open one with the opening float first</source>
        <translation>这个收银台还没有开班：请先输入备用金开班</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="171"/>
        <source>no shift {shift}</source>
        <translation>找不到班次 {shift}</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="70"/>
        <source>no such beneficiary</source>
        <translation>找不到这户受助家庭</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="176"/>
        <location filename="../../services/catalog.py" line="191"/>
        <source>no such category</source>
        <translation>找不到这个分类</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="93"/>
        <location filename="../../services/backup.py" line="121"/>
        <location filename="../../services/tabular.py" line="104"/>
        <source>no such file: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="140"/>
        <source>no such household</source>
        <translation>找不到这户家庭</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="239"/>
        <location filename="../../services/intake.py" line="131"/>
        <location filename="../../services/stock.py" line="59"/>
        <source>no such item</source>
        <translation>找不到这个商品</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="170"/>
        <source>no such stocktake</source>
        <translation>找不到这次盘点</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="91"/>
        <location filename="../../services/auth.py" line="108"/>
        <source>no such user</source>
        <translation>找不到这个用户</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="70"/>
        <location filename="../../services/volunteers.py" line="63"/>
        <source>no such volunteer</source>
        <translation>找不到这位志愿者</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="254"/>
        <source>no such work entry</source>
        <translation>找不到这条服务时长记录</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="133"/>
        <location filename="../../services/checkout.py" line="90"/>
        <location filename="../../services/context.py" line="34"/>
        <source>no till {till}</source>
        <translation>找不到收银台 {till}</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="210"/>
        <source>no volunteer has the code {code}</source>
        <translation>没有编号为 {code} 的志愿者</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="102"/>
        <source>no volunteer with card {code}</source>
        <translation>没有卡号为 {code} 的志愿者</translation>
    </message>
    <message>
        <location filename="../../services/reporting_volunteers.py" line="130"/>
        <source>no volunteer with code {code}</source>
        <translation>没有编号为 {code} 的志愿者</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="26"/>
        <location filename="../../domain/money.py" line="28"/>
        <source>not an amount: {text}</source>
        <translation>这不是金额：{text}</translation>
    </message>
    <message>
        <location filename="../../services/timebank.py" line="43"/>
        <source>not enough points: {available} available, {needed} needed</source>
        <translation>积分不够：现有 {available} 积分，需要 {needed} 积分</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="240"/>
        <source>not payable by allowance, so not collectable: {items}</source>
        <translation>这些商品不能用补贴支付，所以不能领取：{items}</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="56"/>
        <source>only a consignor has a shop's share</source>
        <translation>只有寄卖方才有本店分成</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="78"/>
        <source>only an admin can add an admin</source>
        <translation>只有系统管理员才能添加系统管理员</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="93"/>
        <source>only an admin can reset an admin's PIN</source>
        <translation>只有系统管理员才能重设系统管理员的密码</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="155"/>
        <source>only cash gives change</source>
        <translation>只有现金付款才能找零</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="101"/>
        <source>only {available} of {name} can be sold, and the basket needs {wanted}</source>
        <translation>“{name}”只有 {available} 件可以卖，购物篮里需要 {wanted} 件</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="98"/>
        <source>only {available} of {name} can be sold, and the basket needs {wanted} ({expired} more are past their expiry date)</source>
        <translation>“{name}”只有 {available} 件可以卖，购物篮里需要 {wanted} 件（另有 {expired} 件已过期）</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="81"/>
        <source>only {available} of {name} in stock: can't take away {quantity}</source>
        <translation>“{name}”库存只有 {available} 件：不能减去 {quantity} 件</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="81"/>
        <source>only {available} of {name} in that lot: can't take away {quantity}</source>
        <translation>“{name}”在这个批次里只有 {available} 件：不能减去 {quantity} 件</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="157"/>
        <source>only {left} of line {line} can still be refunded (asked for {quantity})</source>
        <translation>第 {line} 行只能再退 {left} 件（现在要退 {quantity} 件）</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="108"/>
        <source>opening the drawer without a sale needs a manager's PIN</source>
        <translation>不收款打开钱箱需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="253"/>
        <source>paying by allowance needs the household's card</source>
        <translation>用补贴付款需要刷受助家庭卡</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="262"/>
        <source>paying with points needs the volunteer's card</source>
        <translation>用积分付款需要刷志愿者卡</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="130"/>
        <source>period must be one of {choices}</source>
        <translation>周期必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/timebank.py" line="40"/>
        <source>points to spend must be positive</source>
        <translation>要用的积分必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="255"/>
        <source>posting a stocktake needs a manager</source>
        <translation>完成盘点需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="48"/>
        <source>purchased goods need a supplier</source>
        <translation>采购商品需要填写供应商</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="239"/>
        <source>recording a cash donation needs a manager</source>
        <translation>登记现金捐赠需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="269"/>
        <source>recording a 捐赠票据 needs a manager</source>
        <translation>登记捐赠票据需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="174"/>
        <source>recording an intake needs a manager</source>
        <translation>登记入库需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="161"/>
        <source>registering a household needs a manager</source>
        <translation>登记受助家庭需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="83"/>
        <source>registering a volunteer needs a manager</source>
        <translation>登记志愿者需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="276"/>
        <source>rejecting volunteer hours needs a manager</source>
        <translation>驳回志愿服务时长需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="296"/>
        <source>removing a barcode needs a manager</source>
        <translation>删除条码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="231"/>
        <source>renewing a household card needs a manager</source>
        <translation>受助家庭卡续期需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="109"/>
        <source>required column is missing</source>
        <translation>缺少这一必填列</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="88"/>
        <source>resetting someone's PIN needs a manager</source>
        <translation>重设别人的密码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="28"/>
        <source>resident ID check digit or birth date is wrong</source>
        <translation>居民身份证号码的校验位或出生日期不对</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="60"/>
        <source>role must be one of {choices}</source>
        <translation>角色必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="24"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>第 {row} 行，{column} 列：{message}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="25"/>
        <source>row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="123"/>
        <source>say why the cash goes in or out</source>
        <translation>请说明放入或取出现金的原因</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="90"/>
        <source>say why the sale is voided</source>
        <translation>请说明作废这笔销售的原因</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="56"/>
        <source>say why you need these personal details</source>
        <translation>请说明为什么需要查看这些个人信息</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="62"/>
        <source>seeing a full ID number needs a manager</source>
        <translation>查看完整的证件号码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="303"/>
        <source>seeing a household's allowance history needs a manager</source>
        <translation>查看受助家庭的补贴记录需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="352"/>
        <source>seeing a household's personal details needs a manager</source>
        <translation>查看受助家庭的个人信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="171"/>
        <source>seeing a volunteer's personal details needs a manager</source>
        <translation>查看志愿者的个人信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="132"/>
        <source>selling {name} at {price} needs a manager's approval</source>
        <translation>以 {price} 元卖“{name}”需要店长批准</translation>
    </message>
    <message>
        <location filename="../../services/auto_backup.py" line="82"/>
        <source>setting the backup passphrase needs a manager</source>
        <translation>设置备份密码需要店长</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="33"/>
        <source>someone is already registered with that ID number</source>
        <translation>这个证件号码已经有人登记过了</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="184"/>
        <source>starting a stocktake needs a manager</source>
        <translation>开始盘点需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="136"/>
        <source>stock {reason} is taken away: enter a negative quantity</source>
        <translation>“{reason}”是减少库存：请填负数</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="65"/>
        <source>subject must be one of {choices}</source>
        <translation>对象必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="64"/>
        <location filename="../../services/auth.py" line="98"/>
        <source>that PIN is already used by someone else: choose another</source>
        <translation>这个密码已经有别人在用：请换一个</translation>
    </message>
    <message>
        <location filename="../../services/parked_baskets.py" line="104"/>
        <source>that held basket is no longer there</source>
        <translation>这个挂起的购物篮已经不在了</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="163"/>
        <source>that is not a manager's PIN</source>
        <translation>这不是店长的密码</translation>
    </message>
    <message>
        <location filename="../../services/backup_crypto.py" line="93"/>
        <source>that is not this backup's passphrase: nothing was changed</source>
        <translation>这不是这个备份的密码：什么都没有改动</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="149"/>
        <source>that line is not on this receipt</source>
        <translation>这张小票上没有这一行</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="66"/>
        <source>that lot does not hold {name}</source>
        <translation>这个批次里没有“{name}”</translation>
    </message>
    <message>
        <location filename="../../services/allowance.py" line="127"/>
        <source>the allowance amount must be positive</source>
        <translation>补贴金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="256"/>
        <source>the allowance can pay at most {amount} of this basket (some items are not payable by allowance)</source>
        <translation>这篮商品最多只能用补贴付 {amount} 元（有些商品不能用补贴支付）</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="242"/>
        <source>the allowance period can't change once allowance has been granted; change the amount instead</source>
        <translation>已经发过补贴，补贴周期就不能再改了；可以改补贴金额</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="58"/>
        <source>the amount cannot be negative</source>
        <translation>金额不能是负数</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="60"/>
        <source>the amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/auto_backup.py" line="152"/>
        <source>the backup could not be written to {folder}: {reason}</source>
        <translation>备份无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/auto_backup.py" line="133"/>
        <source>the backup folder {folder} is not there (is the USB stick plugged in?): no backup was made</source>
        <translation>备份文件夹 {folder} 不存在（U 盘插好了吗？）：没有做成备份</translation>
    </message>
    <message>
        <location filename="../../services/backup_crypto.py" line="77"/>
        <source>the backup passphrase needs at least {count} characters</source>
        <translation>备份密码至少需要 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="107"/>
        <source>the barcode is empty</source>
        <translation>条码是空的</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="136"/>
        <source>the basket has no line {number}</source>
        <translation>购物篮里没有第 {number} 行</translation>
    </message>
    <message>
        <location filename="../../services/parked_baskets.py" line="75"/>
        <source>the basket is empty: nothing to hold</source>
        <translation>购物篮是空的：没有东西可以挂起</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="225"/>
        <source>the basket is empty: scan something first</source>
        <translation>购物篮是空的：请先扫描商品</translation>
    </message>
    <message>
        <location filename="../../services/drawer.py" line="152"/>
        <source>the cash drawer did not open ({problem}): check the receipt printer's cable and power</source>
        <translation>钱箱没有打开（{problem}）：请检查小票打印机的连线和电源</translation>
    </message>
    <message>
        <location filename="../../services/drawer.py" line="60"/>
        <source>the cash drawer pin is 2 or 5, not {pin}</source>
        <translation>钱箱针脚只能是 2 或 5，不能是 {pin}</translation>
    </message>
    <message>
        <location filename="../../services/drawer.py" line="66"/>
        <source>the cash drawer setting {setting} is not understood: use none, usb:VVVV:PPPP, serial:PORT, network:HOST, file:PATH, win32:NAME or cups:NAME</source>
        <translation>看不懂钱箱设置 {setting}：请用 none、usb:VVVV:PPPP、serial:PORT、network:HOST、file:PATH、win32:NAME 或 cups:NAME</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="88"/>
        <source>the code {code} is already used</source>
        <translation>编号 {code} 已经有人用了</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="195"/>
        <source>the condition is at most 40 characters</source>
        <translation>物品状况最多 40 个字</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="202"/>
        <source>the count must be a whole number</source>
        <translation>数量必须是整数</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="260"/>
        <source>the count of {value} notes or coins must be 0 or more</source>
        <translation>{value} 元面额的张数或枚数不能小于 0</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="95"/>
        <source>the date received cannot be in the future</source>
        <translation>收到日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="93"/>
        <source>the date received must be a date</source>
        <translation>收到日期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="196"/>
        <source>the demo can't end in the future</source>
        <translation>演示数据的结束日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="128"/>
        <source>the drawer should hold only {amount}</source>
        <translation>钱箱里应该只有 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../services/backup_crypto.py" line="151"/>
        <source>the encrypted backup is damaged (it was changed or cut short)</source>
        <translation>加密备份已损坏（被改动过或不完整）</translation>
    </message>
    <message>
        <location filename="../../services/backup_crypto.py" line="135"/>
        <source>the encrypted backup's header is damaged</source>
        <translation>加密备份的文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../services/reporting_common.py" line="51"/>
        <location filename="../../services/reporting_volunteers.py" line="82"/>
        <location filename="../../services/reporting_volunteers.py" line="127"/>
        <source>the end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="191"/>
        <source>the end must be a date</source>
        <translation>结束日期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="226"/>
        <source>the end time and the minutes disagree</source>
        <translation>结束时间和分钟数对不上</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="234"/>
        <source>the end time is in the future</source>
        <translation>结束时间晚于现在</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="229"/>
        <source>the end time is not after the start time</source>
        <translation>结束时间没有晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="218"/>
        <source>the end time must be a naive UTC time</source>
        <translation>结束时间必须是不带时区的 UTC 时间</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="107"/>
        <source>the file is empty: row 1 must be the header</source>
        <translation>文件是空的：第 1 行必须是表头</translation>
    </message>
    <message>
        <location filename="../../services/identity_vault.py" line="62"/>
        <source>the identity-number key for this store is not on this PC ({path}); import the key file exported from the old PC</source>
        <translation>这台电脑上没有本店的证件号码密钥（{path}）；请导入从旧电脑导出的密钥文件</translation>
    </message>
    <message>
        <location filename="../../services/identity_vault.py" line="105"/>
        <source>the identity-number key on this PC does not open this store's numbers</source>
        <translation>这台电脑上的证件号码密钥打不开本店的证件号码</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="41"/>
        <source>the name is longer than 200 characters</source>
        <translation>名称超过了 200 个字</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="39"/>
        <source>the name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="162"/>
        <source>the payments add up to {paid} but the total is {total}</source>
        <translation>付款合计 {paid} 元，但应付总额是 {total} 元</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="172"/>
        <source>the price must be a whole number of fen, 0 or more</source>
        <translation>价格必须是 0 或以上的整数（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="130"/>
        <source>the price of {name} changed to {price} since it was scanned: remove it and scan it again</source>
        <translation>“{name}”扫描后价格改成了 {price} 元：请删掉后重新扫描</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="125"/>
        <source>the price of {name} must be 0 or more</source>
        <translation>“{name}”的价格不能小于 0</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="38"/>
        <source>the quantity must be a whole number of at least 1</source>
        <translation>数量必须是至少为 1 的整数</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="132"/>
        <source>the quantity must be a whole number other than 0</source>
        <translation>数量必须是不为 0 的整数</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="123"/>
        <source>the quantity of {name} must be at least 1</source>
        <translation>“{name}”的数量至少是 1</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="151"/>
        <source>the quantity to refund must be at least 1</source>
        <translation>退款数量至少是 1</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="129"/>
        <source>the reason must be one of {choices}</source>
        <translation>原因必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="98"/>
        <source>the report up to {closed} is published: an intake dated {date} needs a correction with a reason</source>
        <translation>截至 {closed} 的报告已经公示：日期为 {date} 的入库要作为更正登记，并写明原因</translation>
    </message>
    <message>
        <location filename="../../services/imports_stock.py" line="192"/>
        <source>the same donation has 捐赠票据 {receipt} on row {row}: one donation, one 捐赠票据</source>
        <translation>同一笔捐赠在第 {row} 行已有捐赠票据 {receipt}：一笔捐赠只开一张捐赠票据</translation>
    </message>
    <message>
        <location filename="../../services/parties.py" line="54"/>
        <source>the shop's share is between 0 and 10000 basis points (0-100 %)</source>
        <translation>本店分成在 0 到 10000 个基点之间（0-100%）</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="220"/>
        <source>the start time is not on the work date</source>
        <translation>开始时间不在服务日期当天</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="216"/>
        <source>the start time must be a naive UTC time</source>
        <translation>开始时间必须是不带时区的 UTC 时间</translation>
    </message>
    <message>
        <location filename="../../services/store_setup.py" line="57"/>
        <source>the store needs a name</source>
        <translation>请填写本店名称</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="214"/>
        <source>the work date is in the future</source>
        <translation>服务日期晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="212"/>
        <source>the work date must be a date</source>
        <translation>服务日期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="93"/>
        <source>the {field_name} is longer than {max_length} characters</source>
        <translation>“{field_name}”超过了 {max_length} 个字</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="91"/>
        <source>the {field_name} is required</source>
        <translation>请填写“{field_name}”</translation>
    </message>
    <message>
        <location filename="../../services/reporting_common.py" line="59"/>
        <source>there is no month {month}</source>
        <translation>月份不对：没有 {month} 月</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="67"/>
        <source>there is no store at {path}</source>
        <translation>{path} 这里没有店铺数据</translation>
    </message>
    <message>
        <location filename="../../services/parked_baskets.py" line="38"/>
        <source>this action needs a till</source>
        <translation>这个操作需要在收银台上进行</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="98"/>
        <source>this backup is encrypted: type the store's backup passphrase</source>
        <translation>这个备份是加密的：请输入门店的备份密码</translation>
    </message>
    <message>
        <location filename="../../services/store_setup.py" line="55"/>
        <source>this database already holds a store</source>
        <translation>这个数据库里已经有一家店了</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="169"/>
        <source>this database already holds a store: give `--db` a new file for the demo</source>
        <translation>这个数据库里已经有一家店了：请给 `--db` 指定一个新文件来放演示数据</translation>
    </message>
    <message>
        <location filename="../../services/context.py" line="48"/>
        <source>this database has no store yet: run `charitymart init`</source>
        <translation>这个数据库里还没有店：请运行 `charitymart init`</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="107"/>
        <location filename="../../report_commands/common.py" line="29"/>
        <source>this database has no store yet: run `charitymart init` or `charitymart demo`</source>
        <translation>这个数据库里还没有店：请运行 `charitymart init` 或 `charitymart demo`</translation>
    </message>
    <message>
        <location filename="../../services/backup_crypto.py" line="142"/>
        <source>this encrypted backup was made by a newer version of CharityMart</source>
        <translation>这个加密备份由更新版本的慈善超市制作</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="257"/>
        <source>this entry has already been approved</source>
        <translation>这条记录已经批准过了</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="257"/>
        <source>this entry has already been rejected</source>
        <translation>这条记录已经驳回过了</translation>
    </message>
    <message>
        <location filename="../../services/allowance.py" line="119"/>
        <source>this household card expired on {date}</source>
        <translation>这张受助家庭卡已在 {date} 过期</translation>
    </message>
    <message>
        <location filename="../../services/allowance.py" line="117"/>
        <source>this household card has been deactivated</source>
        <translation>这张受助家庭卡已经停用</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="372"/>
        <source>this household's personal data has already been erased</source>
        <translation>这户家庭的个人信息已经删除了</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="151"/>
        <source>this household's personal data was erased; register it again instead</source>
        <translation>这户家庭的个人信息已经删除；请重新登记</translation>
    </message>
    <message>
        <location filename="../../services/backup_crypto.py" line="129"/>
        <location filename="../../services/backup_crypto.py" line="166"/>
        <source>this is not an encrypted CharityMart backup</source>
        <translation>这不是慈善超市的加密备份</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="269"/>
        <source>this overlaps approved entry {entry}: reject one of them</source>
        <translation>这条记录和已批准的第 {entry} 号记录时间重叠：请驳回其中一条</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="172"/>
        <source>this stocktake is already cancelled</source>
        <translation>这次盘点已经取消了</translation>
    </message>
    <message>
        <location filename="../../services/stock.py" line="172"/>
        <source>this stocktake is already posted</source>
        <translation>这次盘点已经完成了</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="260"/>
        <source>this store does not take time-bank points</source>
        <translation>本店不收时间银行积分</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="100"/>
        <location filename="../../report_commands/common.py" line="42"/>
        <source>this store has no active admin</source>
        <translation>本店没有在用的系统管理员</translation>
    </message>
    <message>
        <location filename="../../services/auto_backup.py" line="98"/>
        <source>this store has no backup passphrase</source>
        <translation>这个门店没有设置备份密码</translation>
    </message>
    <message>
        <location filename="../../services/timebank.py" line="38"/>
        <source>this volunteer card is not active</source>
        <translation>这张志愿者卡已经停用</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="145"/>
        <source>too many wrong PINs: the till is locked for a minute</source>
        <translation>密码输错太多次：收银台锁定一分钟</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="137"/>
        <source>too many wrong PINs: try again in {seconds_left} seconds</source>
        <translation>密码输错太多次：请 {seconds_left} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="21"/>
        <source>unknown ID type {id_type}</source>
        <translation>不认识的证件类型 {id_type}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="111"/>
        <source>unknown column</source>
        <translation>不认识这一列</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="115"/>
        <source>unknown household category {category}</source>
        <translation>不认识的家庭类别 {category}</translation>
    </message>
    <message>
        <location filename="../../services/imports_people.py" line="86"/>
        <source>unknown household category {category}: use one of {choices}</source>
        <translation>不认识的家庭类别 {category}：请用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="144"/>
        <source>unknown way to pay: {kind}</source>
        <translation>不认识的付款方式：{kind}</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="123"/>
        <source>valid until is in the past</source>
        <translation>有效期已经过了</translation>
    </message>
    <message>
        <location filename="../../services/beneficiaries.py" line="121"/>
        <source>valid until must be a date</source>
        <translation>有效期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/allowance.py" line="130"/>
        <source>visit limit reached: {visits} of {limit} visits this period</source>
        <translation>本期次数已用完：已经来了 {visits} 次，最多 {limit} 次</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="91"/>
        <source>voiding a sale needs a manager's PIN</source>
        <translation>作废销售需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="55"/>
        <source>volunteer code {code} is already used</source>
        <translation>志愿者编号 {code} 已经有人用了</translation>
    </message>
    <message>
        <location filename="../../services/imports_people.py" line="126"/>
        <source>volunteer code {key} is also on row {row}: give each once</source>
        <translation>志愿者编号 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="146"/>
        <source>wrong PIN</source>
        <translation>密码不对</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="143"/>
        <location filename="../../services/shifts.py" line="49"/>
        <source>you are not logged in at a till</source>
        <translation>您还没有在收银台登录</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="110"/>
        <source>you cannot deactivate yourself</source>
        <translation>不能停用您自己</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="128"/>
        <location filename="../../services/personal_data.py" line="88"/>
        <source>{code} is already a household card</source>
        <translation>{code} 已经是受助家庭卡号了</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="130"/>
        <location filename="../../services/personal_data.py" line="85"/>
        <source>{code} is already a volunteer card</source>
        <translation>{code} 已经是志愿者卡号了</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="83"/>
        <source>{code} is already an item barcode</source>
        <translation>{code} 已经是商品条码了</translation>
    </message>
    <message>
        <location filename="../../services/reporting_sales.py" line="231"/>
        <source>{code} is not a consignor</source>
        <translation>{code} 不是寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="303"/>
        <source>{code} is the only barcode of {name}: add another first</source>
        <translation>{code} 是“{name}”唯一的条码：请先添加另一个</translation>
    </message>
    <message>
        <location filename="../../services/parked_baskets.py" line="79"/>
        <source>{count} baskets are already held: recall one first</source>
        <translation>已经挂起了 {count} 个购物篮：请先取回一个</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="61"/>
        <source>{count} problem(s); nothing was imported</source>
        <translation>有 {count} 处问题；什么都没有导入</translation>
    </message>
    <message>
        <location filename="../../services/imports_stock.py" line="172"/>
        <source>{date} is in the future</source>
        <translation>{date} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/imports_people.py" line="99"/>
        <source>{date} is in the past</source>
        <translation>{date} 已经过去了</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="78"/>
        <source>{field_name} cannot be negative</source>
        <translation>“{field_name}”不能是负数</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="84"/>
        <source>{field_name} must be a whole number of at least {minimum}</source>
        <translation>“{field_name}”必须是不小于 {minimum} 的整数</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="76"/>
        <source>{field_name} must be a whole number of fen</source>
        <translation>“{field_name}”必须是整数（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="84"/>
        <source>{field_name} must be a whole number, 0 or more</source>
        <translation>“{field_name}”必须是 0 或以上的整数</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="98"/>
        <source>{file} is not UTF-8 text: save it as 'CSV UTF-8'</source>
        <translation>{file} 不是 UTF-8 文本：请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="96"/>
        <source>{label} is at most {max_length} characters</source>
        <translation>“{label}”最多 {max_length} 个字</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="94"/>
        <source>{label} is required</source>
        <translation>请填写“{label}”</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="103"/>
        <source>{label} must be a whole number</source>
        <translation>“{label}”必须是整数</translation>
    </message>
    <message>
        <location filename="../../services/personal_data.py" line="105"/>
        <source>{label} must be between {low} and {high}</source>
        <translation>“{label}”必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="115"/>
        <source>{name} ({code}) is no longer active</source>
        <translation>“{name}”（{code}）已经停用</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="237"/>
        <source>{name} already has hours recorded overlapping this time (entry {entry} on {date})</source>
        <translation>“{name}”在这段时间已经有服务时长记录（{date} 的第 {entry} 号记录）</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="95"/>
        <source>{name} cannot be sold: all of its stock is past its expiry date; take it off the shelf</source>
        <translation>“{name}”不能卖：所有库存都已过期；请把它从货架上撤下</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="191"/>
        <source>{name} expired on {expiry}, before it was received: expired goods can't be sold</source>
        <translation>“{name}”在 {expiry} 就过期了，早于收到的日期：过期物品不能出售</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="241"/>
        <source>{name} has been clocked in since then: clock them out first</source>
        <translation>“{name}”从那时起一直在签到中：请先签退</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="300"/>
        <source>{name} has no barcode {code}</source>
        <translation>“{name}”没有条码 {code}</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="52"/>
        <source>{name} is a {kind}, but consigned goods come from a consignor</source>
        <translation>“{name}”登记的类型是 {kind}，但寄卖商品要来自寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="50"/>
        <source>{name} is a {kind}, but donated goods come from a donor</source>
        <translation>“{name}”登记的类型是 {kind}，但捐赠物资要来自捐赠人</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="51"/>
        <source>{name} is a {kind}, but purchased goods come from a supplier</source>
        <translation>“{name}”登记的类型是 {kind}，但采购商品要来自供应商</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="158"/>
        <source>{name} is already clocked in</source>
        <translation>“{name}”已经签到了</translation>
    </message>
    <message>
        <location filename="../../services/volunteers.py" line="128"/>
        <source>{name} is clocked in: clock them out first</source>
        <translation>“{name}”正在签到中：请先签退</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="133"/>
        <source>{name} is no longer active: reactivate it first</source>
        <translation>“{name}”已经停用：请先恢复</translation>
    </message>
    <message>
        <location filename="../../services/basket.py" line="120"/>
        <source>{name} is no longer sold</source>
        <translation>“{name}”已经不卖了</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="121"/>
        <source>{name} is no longer sold: remove it from the basket</source>
        <translation>“{name}”已经不卖了：请从购物篮里删掉</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="171"/>
        <source>{name} is not clocked in</source>
        <translation>“{name}”还没有签到</translation>
    </message>
    <message>
        <location filename="../../services/hours.py" line="104"/>
        <source>{name}'s volunteer card is not active</source>
        <translation>“{name}”的志愿者卡已经停用</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="166"/>
        <source>{number} is below {minimum}</source>
        <translation>{number} 小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="167"/>
        <source>{number} is negative</source>
        <translation>{number} 是负数</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="72"/>
        <source>{path} already exists: choose a new file name</source>
        <translation>{path} 已经存在：请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="125"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} 打不开：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="129"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已经损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="132"/>
        <source>{path} is not a CharityMart store</source>
        <translation>{path} 不是慈善超市的数据文件</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="141"/>
        <source>{path} is not a readable SQLite database: {reason}</source>
        <translation>{path} 不是能读取的 SQLite 数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="135"/>
        <source>{path} was made by a newer version of CharityMart (schema {schema})</source>
        <translation>{path} 是用更新版本的慈善超市软件做的（数据结构 {schema}）</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="99"/>
        <source>{receipt} already has refunds: refund the rest instead</source>
        <translation>{receipt} 已经退过款：请改为退剩下的部分</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="94"/>
        <source>{receipt} is a refund and cannot be voided</source>
        <translation>{receipt} 是一张退款单，不能作废</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="97"/>
        <source>{receipt} is already void</source>
        <translation>{receipt} 已经作废了</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="103"/>
        <source>{receipt} is from another shift: only this shift's sales can be voided; refund it instead</source>
        <translation>{receipt} 是别的班次的：只能作废本班次的销售；请改为退款</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="219"/>
        <source>{receipt} is itself a refund</source>
        <translation>{receipt} 本身就是一张退款单</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="222"/>
        <source>{receipt} is void: there is nothing to refund</source>
        <translation>{receipt} 已经作废：没有可退的</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="177"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} 不是日期（格式：YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="258"/>
        <source>{value} is not a denomination in fen</source>
        <translation>{value} 不是有效的面额（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="163"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../services/imports_common.py" line="86"/>
        <location filename="../../services/tabular.py" line="195"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不在可选范围内：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="188"/>
        <source>{value} is not yes/no</source>
        <translation>{value} 不是“是/否”</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="153"/>
        <source>捐赠票据 {code} {number} is already recorded for {donation}</source>
        <translation>捐赠票据 {code} {number} 已经登记在捐赠 {donation} 上</translation>
    </message>
</context>
</TS>
