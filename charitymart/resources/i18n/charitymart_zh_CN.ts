<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="36"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="39"/>
        <source>Adjust the stock of {name}</source>
        <translation>调整 {name} 的库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="50"/>
        <source>Lot {lot} · {source} · expires {expiry} · {left} left</source>
        <translation>批次 {lot} · {source} · {expiry} 到期 · 剩 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="53"/>
        <source>Lot {lot} · {source} · no expiry · {left} left</source>
        <translation>批次 {lot} · {source} · 无到期日 · 剩 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="63"/>
        <source>Record adjustment</source>
        <translation>记录调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="68"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="69"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="70"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="71"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="83"/>
        <source>A new lot</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="83"/>
        <source>Any lot, the first to expire first</source>
        <translation>任意批次（先到期的先出）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="84"/>
        <source>The quantity is added to the stock.</source>
        <translation>该数量将加入库存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_adjust_dialog.py" line="85"/>
        <source>The quantity is taken out of the stock.</source>
        <translation>该数量将从库存中扣除。</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="54"/>
        <location filename="../../ui/office/stock_alerts_page.py" line="82"/>
        <source>Stock alerts</source>
        <translation>库存提醒</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="61"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="63"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="69"/>
        <location filename="../../ui/office/stock_alerts_page.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="69"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="69"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="69"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="69"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="70"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="71"/>
        <location filename="../../ui/office/stock_alerts_page.py" line="121"/>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="75"/>
        <source>Sellable on hand</source>
        <translation>可售库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="75"/>
        <source>Reorder level</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="83"/>
        <source>Warn about lots expiring within</source>
        <translation>提醒到期期限</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="97"/>
        <source>Expired, still on the shelf</source>
        <translation>已过期仍在架</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="97"/>
        <source>Expiring within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="98"/>
        <source>Below reorder level</source>
        <translation>低于补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="100"/>
        <source>Expired, still on the shelf ({count})</source>
        <translation>已过期仍在架（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="101"/>
        <source>Expiring within {days} days ({count})</source>
        <translation>{days} 天内到期（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="102"/>
        <source>Below reorder level ({count})</source>
        <translation>低于补货线（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="141"/>
        <source>Expired on {expiry}</source>
        <translation>已于 {expiry} 过期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_alerts_page.py" line="149"/>
        <source>{quantity} × {name} (lot {lot}) written off as expired.</source>
        <translation>{quantity} × {name}（批次 {lot}）已作过期报损。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="34"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="41"/>
        <source>Manager&apos;s PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="53"/>
        <source>Enter: confirm   Esc: cancel, nothing is changed</source>
        <translation>Enter：确认   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="70"/>
        <location filename="../../ui/counter/approval_dialog.py" line="78"/>
        <source>Say why, in a few words</source>
        <translation>简单写一下原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="80"/>
        <source>A manager types their PIN here</source>
        <translation>请经理在这里输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../ui/counter/basket_model.py" line="29"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/basket_model.py" line="29"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/counter/basket_model.py" line="29"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/counter/basket_model.py" line="29"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="44"/>
        <source>Cash in / out</source>
        <translation>存入 / 取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="46"/>
        <source>+  Cash in</source>
        <translation>+  存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="47"/>
        <source>−  Cash out</source>
        <translation>−  取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="63"/>
        <source>e.g. change from the bank, takings to the safe</source>
        <translation>例如：从银行换的零钱、营业款放进保险柜</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="67"/>
        <source>+ cash in   − cash out   Enter: next, then record   Esc: cancel, nothing is changed</source>
        <translation>+ 存入   − 取出   Enter：下一步，再记账   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="72"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="74"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="112"/>
        <source>Type the amount, like 50 or 12.50</source>
        <translation>输入金额，例如 50 或 12.50</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="122"/>
        <source>Say why the cash goes in or out</source>
        <translation>写一下存入或取出的原因</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="53"/>
        <location filename="../../ui/counter/shift_close.py" line="114"/>
        <source>Close the shift</source>
        <translation>交班结账</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="58"/>
        <source>Note or coin</source>
        <translation>纸币或硬币</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="59"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="60"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="91"/>
        <source>Counted</source>
        <translation>点数金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="93"/>
        <source>Expected in the drawer</source>
        <translation>钱箱应有金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="98"/>
        <source>Count the cash in the drawer</source>
        <translation>清点钱箱里的现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="122"/>
        <source>Type how many of each, Enter: next   Enter on &quot;Close the shift&quot;: close it   Esc: back to the sale, nothing is changed</source>
        <translation>输入每种的数量，Enter：下一项   在“交班结账”上按 Enter：结账   Esc：回到收银，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="159"/>
        <source>Short</source>
        <translation>短款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="161"/>
        <source>Over</source>
        <translation>长款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="163"/>
        <source>Exact</source>
        <translation>正好</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="171"/>
        <location filename="../../ui/counter/shift_close.py" line="195"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="171"/>
        <source>Mobile payment</source>
        <translation>手机支付</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="171"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="172"/>
        <source>Household allowance</source>
        <translation>家庭补助额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="172"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="173"/>
        <source>Donated goods</source>
        <translation>捐赠物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="173"/>
        <source>Purchased goods</source>
        <translation>采购物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="174"/>
        <source>Consigned goods</source>
        <translation>寄售物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="175"/>
        <source>{count} × {total}</source>
        <translation>{count} × {total}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="183"/>
        <source>Z totals of this shift</source>
        <translation>本班 Z 报表合计</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="184"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="184"/>
        <source>Free collections</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="185"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="185"/>
        <source>Voided sales</source>
        <translation>作废的销售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="188"/>
        <source>By tender</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="191"/>
        <source>By fund source</source>
        <translation>按资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="196"/>
        <source>Opening float</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="196"/>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="197"/>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="197"/>
        <source>Cash refunded</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="199"/>
        <source>Drawer openings</source>
        <translation>开钱箱次数</translation>
    </message>
</context>
<context>
    <name>CountSheetModel</name>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="61"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="61"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="61"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="62"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="44"/>
        <source>The computer ran out of memory.</source>
        <translation>电脑内存不足。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="47"/>
        <source>The store&apos;s database could not be reached or was busy. Try again in a moment.</source>
        <translation>连不上店里的数据库，或者数据库正忙。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="50"/>
        <source>The computer could not read or write a file ({reason}).</source>
        <translation>电脑无法读写文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="53"/>
        <source>An unexpected program error happened ({kind}).</source>
        <translation>程序出现了意外错误（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="72"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="75"/>
        <source>Something went wrong inside CharityMart. Nothing is lost: the basket is saved. Close this message and carry on; if it happens again, tell the manager.</source>
        <translation>CharityMart 内部出了点问题。什么都没丢：购物篮已保存。关掉这个提示继续收银；如果再次出现，请告诉经理。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="89"/>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="93"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="105"/>
        <source>Enter or Esc: close   Ctrl+C: copy the details for the helper</source>
        <translation>Enter 或 Esc：关闭   Ctrl+C：复制详情给技术帮手</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="114"/>
        <source>What happened: {summary}</source>
        <translation>发生了什么：{summary}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crash.py" line="116"/>
        <source>What happened: {summary} (%n error(s) so far)</source>
        <translation>
            <numerusform>发生了什么：{summary}（到目前为止共 %n 个错误）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>The details are written in the log file:
{path}</source>
        <translation>详情已写入日志文件：
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="126"/>
        <source>Copied: paste it into a message for the helper.</source>
        <translation>已复制：粘贴到消息里发给技术帮手。</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../ui/customer_display.py" line="53"/>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="95"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="102"/>
        <location filename="../../ui/customer_display.py" line="117"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="106"/>
        <source>{name}   × {quantity}   {amount}</source>
        <translation>{name}   × {quantity}   {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="115"/>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
</context>
<context>
    <name>Drawer</name>
    <message>
        <location filename="../../ui/counter/drawer.py" line="145"/>
        <source>Drawer opened (no sale): recorded on the shift</source>
        <translation>钱箱已打开（无销售）：已记入本班</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="148"/>
        <source>No sale recorded on the shift. No cash drawer is connected: open it with its key</source>
        <translation>已在本班记录“无销售”。没有连接钱箱：请用钥匙打开</translation>
    </message>
</context>
<context>
    <name>FloatPage</name>
    <message>
        <location filename="../../ui/counter/float_page.py" line="43"/>
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/counter/float_page.py" line="44"/>
        <source>Count the cash in the drawer, type the amount (e.g. 200) and press Enter</source>
        <translation>清点钱箱里的现金，输入金额（例如 200）后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/float_page.py" line="54"/>
        <source>That is not an amount of money: type it like 200 or 150.50</source>
        <translation>这不是金额：请输入像 200 或 150.50 这样的数</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="67"/>
        <source>Basket held as “{label}”. F9 with an empty basket brings it back.</source>
        <translation>购物篮已挂起为“{label}”。购物篮为空时按 F9 取回。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="70"/>
        <source>Basket held. F9 with an empty basket brings it back.</source>
        <translation>购物篮已挂起。购物篮为空时按 F9 取回。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="85"/>
        <source>No basket is held. F9 holds the basket once something is scanned.</source>
        <translation>没有挂起的购物篮。扫了商品后按 F9 可挂起购物篮。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="97"/>
        <source>Household card {card} is attached to this basket</source>
        <translation>家庭卡 {card} 已关联到这个购物篮</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/hold_dialog.py" line="99"/>
        <source>Held basket recalled: %n line(s), {total}</source>
        <translation>
            <numerusform>已取回挂起的购物篮：%n 行，{total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="126"/>
        <source>Hold this basket</source>
        <translation>挂起这个购物篮</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/hold_dialog.py" line="129"/>
        <source>Hold this basket (%n line(s), {total}) and serve the next customer. Type a short label if you like (a name, a coat colour), then press Enter.</source>
        <translation>
            <numerusform>挂起这个购物篮（%n 行，{total}），先接待下一位顾客。可以写个简短标签（名字、衣服颜色），然后按 Enter。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="138"/>
        <source>Label (optional)</source>
        <translation>标签（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="145"/>
        <source>Enter: hold the basket   Esc: back to the basket</source>
        <translation>Enter：挂起购物篮   Esc：回到购物篮</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="47"/>
        <source>Household card</source>
        <translation>家庭卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="59"/>
        <location filename="../../ui/counter/household_dialog.py" line="175"/>
        <source>Scan or type the household card number</source>
        <translation>扫描或输入家庭卡号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="64"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="64"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="65"/>
        <source>Household size</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="65"/>
        <source>Allowance left this period</source>
        <translation>本期剩余额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="66"/>
        <source>Visits this period</source>
        <translation>本期来访次数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="66"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="80"/>
        <source>Home delivery (goods taken to the household)</source>
        <translation>送货上门（把物品送到家里）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="84"/>
        <source>Pay with allowance, rest in cash (Enter)</source>
        <translation>用额度支付，其余付现金（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="88"/>
        <source>Free collection (F8)</source>
        <translation>免费领取（F8）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="98"/>
        <source>Enter: pay with allowance   F8: free collection   Alt+D: home delivery   Esc: back to the basket</source>
        <translation>Enter：用额度支付   F8：免费领取   Alt+D：送货上门   Esc：回到购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="140"/>
        <source>{left} of {granted}</source>
        <translation>{left} / {granted}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="143"/>
        <source>{visits} (no limit)</source>
        <translation>{visits}（不限次数）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="145"/>
        <source>{visits} of {limit}</source>
        <translation>{visits} / {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="158"/>
        <source>This household card has been deactivated.</source>
        <translation>这张家庭卡已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="162"/>
        <source>This household card expired on {date}.</source>
        <translation>这张家庭卡已于 {date} 过期。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="163"/>
        <source>{reason} It can&apos;t be used: ask the manager.</source>
        <translation>{reason} 不能使用：请问经理。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="165"/>
        <source>Visit limit reached: {visits} of {limit} visits this period. The next period starts on {date}.</source>
        <translation>已达到来访次数上限：本期 {visits} / {limit} 次。下一期从 {date} 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="169"/>
        <source>No allowance is left this period. The next period starts on {date}.</source>
        <translation>本期额度已用完。下一期从 {date} 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="206"/>
        <source>None of the goods in this basket can be paid by allowance: take them in cash (F12).</source>
        <translation>购物篮里的物品都不能用额度支付：请收现金（F12）。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="211"/>
        <source>Nothing is left to pay with the allowance: press F12 to finish.</source>
        <translation>没有需要用额度支付的了：按 F12 完成。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="222"/>
        <source>Scan the goods the household takes first, then press F8.</source>
        <translation>先扫描这户要拿的物品，再按 F8。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="226"/>
        <source>Not payable by allowance, so not free to collect: {items}. Remove them, or press Enter to pay with the allowance and the rest in cash.</source>
        <translation>这些不能用额度支付，所以不能免费领取：{items}。请把它们移除，或按 Enter 用额度支付、其余付现金。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="231"/>
        <source>These goods are worth {total} but only {left} of allowance is left this period: remove some, or press Enter to pay with the allowance and the rest in cash.</source>
        <translation>这些物品共 {total}，但本期额度只剩 {left}：请移除一些，或按 Enter 用额度支付、其余付现金。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="236"/>
        <source>This basket is already partly paid another way, so it can&apos;t be a free collection: press Enter to pay with the allowance instead.</source>
        <translation>这个购物篮已经用别的方式付了一部分，不能免费领取：请按 Enter 改用额度支付。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="259"/>
        <source>Household {card}: allowance {amount}</source>
        <translation>家庭 {card}：额度 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="262"/>
        <source>Household {card}</source>
        <translation>家庭 {card}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="264"/>
        <source>Volunteer {code}: points {amount}</source>
        <translation>志愿者 {code}：积分 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="267"/>
        <source>Volunteer {code}</source>
        <translation>志愿者 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="283"/>
        <source>Household card {card} noted: scan the goods, then press F8 to pay with its allowance.</source>
        <translation>已记下家庭卡 {card}：扫描物品，然后按 F8 用它的额度支付。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="290"/>
        <source>Free collection recorded. Receipt {number}. Slip to sign: {path}</source>
        <translation>免费领取已记录。小票 {number}。签字单：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="294"/>
        <source>Free collection recorded (receipt {number}), but its slip could not be written: {error}</source>
        <translation>免费领取已记录（小票 {number}），但签字单没能生成：{error}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="55"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="56"/>
        <location filename="../../ui/office/stock_item_editor.py" line="61"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="56"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="56"/>
        <source>From</source>
        <translation>来源方</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="vanished">入库</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="56"/>
        <source>Received on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="57"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="57"/>
        <source>Unit value</source>
        <translation>单位估值</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="57"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="58"/>
        <source>Received qty</source>
        <translation>入库数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="58"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="60"/>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="61"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="61"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="62"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="62"/>
        <source>Receipt or donation</source>
        <translation>小票或捐赠单号</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="62"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="63"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="65"/>
        <source>Movements</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="71"/>
        <source>Choose an item in the list.</source>
        <translation>请在列表中选择一个商品。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="83"/>
        <source>Can be paid with a household allowance</source>
        <translation>可用受助家庭补助支付</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="84"/>
        <source>Active: sold at the counter and found by search</source>
        <translation>在售：收银台可售，可被搜索到</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="88"/>
        <source>New barcode</source>
        <translation>新条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="90"/>
        <source>Add barcode</source>
        <translation>添加条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="92"/>
        <source>Remove selected barcode</source>
        <translation>删除所选条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="97"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="100"/>
        <source>Adjust stock…</source>
        <translation>调整库存…</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="104"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="105"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="106"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="107"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="108"/>
        <source>Reorder level</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="123"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="160"/>
        <source>On hand: {on_hand} (sellable {sellable})</source>
        <translation>库存：{on_hand}（可售 {sellable}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="194"/>
        <source>The name is required.</source>
        <translation>名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="196"/>
        <source>The price must be an amount in yuan, such as 12.50.</source>
        <translation>价格必须是以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="218"/>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_item_editor.py" line="235"/>
        <source>Choose the barcode to remove in the list of barcodes.</source>
        <translation>请在条码列表中选择要删除的条码。</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="85"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="85"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="85"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="85"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="86"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="86"/>
        <source>Earliest expiry</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="86"/>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="124"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_model.py" line="124"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="45"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="50"/>
        <source>Type a barcode, a name, pinyin or initials (dm finds 大米)</source>
        <translation>输入条码、名称、拼音或首字母（dm 可找到大米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="82"/>
        <source>Print labels for the selected items</source>
        <translation>为所选商品打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="124"/>
        <source>{count} items found for “{query}”</source>
        <translation>“{query}”找到 {count} 种商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="126"/>
        <source>{count} items shown; scroll down for more</source>
        <translation>已显示 {count} 种商品，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="127"/>
        <source>{count} items</source>
        <translation>共 {count} 种商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_items_page.py" line="145"/>
        <source>Select the items to print labels for.</source>
        <translation>请选择要打印标签的商品。</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/counter/login_page.py" line="46"/>
        <source>Type your PIN and press Enter</source>
        <translation>输入您的 PIN 码，然后按 Enter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>CharityMart</source>
        <translation>CharityMart 爱心超市</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>The unpaid basket from before was restored</source>
        <translation>之前未付款的购物篮已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>The basket is empty: scan something first</source>
        <translation>购物篮是空的：请先扫描商品</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Paid. Receipt {number}. Change: {change}</source>
        <translation>已付款。小票 {number}。找零：{change}</translation>
    </message>
</context>
<context>
    <name>NoSaleDialog</name>
    <message>
        <location filename="../../ui/counter/drawer.py" line="74"/>
        <source>Open the drawer (no sale)</source>
        <translation>打开钱箱（无销售）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="76"/>
        <source>Open the drawer without a sale</source>
        <translation>不销售，只打开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="88"/>
        <source>Enter: open the drawer   Esc: cancel, nothing is changed</source>
        <translation>Enter：打开钱箱   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="92"/>
        <source>Manager&apos;s PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="104"/>
        <source>A manager types their PIN here</source>
        <translation>请经理在这里输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="33"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="43"/>
        <source>Reference (optional)</source>
        <translation>参考号（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="53"/>
        <source>&amp;Mobile payment</source>
        <translation>手机支付(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="54"/>
        <source>Ban&amp;k card</source>
        <translation>银行卡(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="59"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="61"/>
        <source>Cash received</source>
        <translation>收到现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="73"/>
        <source>Enter: pay in cash   Esc: back to the basket</source>
        <translation>Enter：现金支付   Esc：回到购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="87"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="87"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="87"/>
        <source>Allowance</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="88"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="88"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="113"/>
        <source>That is not an amount of money: type it like 50 or 12.50</source>
        <translation>这不是金额：请输入像 50 或 12.50 这样的数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="117"/>
        <source>{received} is less than the {due} due</source>
        <translation>{received} 少于应付的 {due}</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="45"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="49"/>
        <location filename="../../ui/counter/points_dialog.py" line="121"/>
        <source>Scan or type the volunteer card</source>
        <translation>扫描或输入志愿者卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="53"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="53"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="54"/>
        <source>Points are worth</source>
        <translation>积分价值</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="54"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="66"/>
        <source>Pay with points, rest in cash (Enter)</source>
        <translation>用积分支付，其余付现金（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="71"/>
        <source>Enter: pay with points   Esc: back to the basket</source>
        <translation>Enter：用积分支付   Esc：回到购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="103"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="112"/>
        <source>This store does not take time-bank points.</source>
        <translation>本店不收时间银行积分。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="114"/>
        <source>This volunteer card is not active: ask the manager.</source>
        <translation>这张志愿者卡未启用：请问经理。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="116"/>
        <source>This volunteer has no points to spend.</source>
        <translation>这位志愿者没有可用的积分。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="137"/>
        <source>Scan the goods first, then press F7.</source>
        <translation>先扫描物品，再按 F7。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="140"/>
        <source>Nothing is left to pay with points: press F12 to finish.</source>
        <translation>没有需要用积分支付的了：按 F12 完成。</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="170"/>
        <source>Held baskets</source>
        <translation>挂起的购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="173"/>
        <source>Held at</source>
        <translation>挂起时间</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="173"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="173"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="174"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="201"/>
        <source>↑ ↓ choose   Enter: recall this basket   Esc: close</source>
        <translation>↑ ↓ 选择   Enter：取回这个购物篮   Esc：关闭</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="124"/>
        <source>the printer did not start</source>
        <translation>打印机没有启动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="155"/>
        <source>no printer is set up on this computer</source>
        <translation>这台电脑没有设置打印机</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="164"/>
        <source>the printer reported an error</source>
        <translation>打印机报错</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="170"/>
        <source>Receipt {number} was not saved: {problem}. Press F4 to try again</source>
        <translation>小票 {number} 没有保存：{problem}。按 F4 重试</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="172"/>
        <source>Receipt {number} was not printed: {problem}. Press F4 to print it again</source>
        <translation>小票 {number} 没有打印：{problem}。按 F4 重新打印</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="49"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="61"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>扫描或输入小票号，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="99"/>
        <source>Refund &amp;all</source>
        <translation>全部退款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="101"/>
        <source>&amp;Void whole sale (F8)</source>
        <translation>整单作废(&amp;V)（F8）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="113"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="136"/>
        <source>Enter or Esc: close</source>
        <translation>Enter 或 Esc：关闭</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="139"/>
        <source>Enter on the receipt number: show the sale   ↑ ↓ choose a line   0-9 quantity to refund   Space damaged, do not restock   Enter refund   F8 void whole sale   Esc close, nothing changed</source>
        <translation>在小票号上按 Enter：显示这笔销售   ↑ ↓ 选择一行   0-9 退货数量   Space 已损坏，不回库存   Enter 退款   F8 整单作废   Esc 关闭，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="151"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="151"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="151"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="152"/>
        <source>Allowance</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="152"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="172"/>
        <source>Refund now: {amount}</source>
        <translation>本次退款：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="177"/>
        <source>Back by the original payment: {tenders}</source>
        <translation>按原付款方式退回：{tenders}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="183"/>
        <source>Give back {cash} in cash</source>
        <translation>退还现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="184"/>
        <source>No cash to give back</source>
        <translation>无需退还现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="203"/>
        <location filename="../../ui/counter/refund_dialog.py" line="301"/>
        <source>Scan or type the receipt number</source>
        <translation>扫描或输入小票号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="229"/>
        <source>Receipt {number}   {time}   Total {total}</source>
        <translation>小票 {number}   {time}   合计 {total}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="232"/>
        <source>Paid by: {tenders}</source>
        <translation>付款方式：{tenders}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="234"/>
        <source>Refunded before: {numbers}</source>
        <translation>之前已退款：{numbers}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="238"/>
        <source>{number} is a refund receipt (of {original}): it cannot be refunded</source>
        <translation>{number} 是退款小票（原小票 {original}）：不能再退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="241"/>
        <source>VOID: this sale was voided, there is nothing to refund</source>
        <translation>已作废：这笔销售已作废，没有可退的</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="243"/>
        <source>Everything on this receipt has already been refunded</source>
        <translation>这张小票上的商品都已经退过了</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="276"/>
        <source>There is nothing to refund here</source>
        <translation>这里没有可退的</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="280"/>
        <source>Only {n} of {item} can still be refunded</source>
        <translation>{item} 只能再退 {n} 件</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="305"/>
        <source>Choose a line with the arrow keys and type how many to refund</source>
        <translation>用方向键选择一行，再输入要退的数量</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="308"/>
        <source>Refund {amount} from receipt {number}</source>
        <translation>从小票 {number} 退款 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="322"/>
        <source>Refund receipt {refund} (of {number})</source>
        <translation>退款小票 {refund}（原小票 {number}）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="325"/>
        <source>Refund {refund}: give back {cash} in cash</source>
        <translation>退款 {refund}：退还现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="327"/>
        <source>Refund {refund} done</source>
        <translation>退款 {refund} 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="335"/>
        <source>{number} is a refund receipt: it cannot be voided</source>
        <translation>{number} 是退款小票：不能作废</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="338"/>
        <source>{number} is already void</source>
        <translation>{number} 已经作废了</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="341"/>
        <source>{number} is from another shift: only this shift&apos;s sales can be voided, refund it instead</source>
        <translation>{number} 是别的班次的：只能作废本班的销售，请改为退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="345"/>
        <source>Void whole sale {number}</source>
        <translation>整单作废 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="346"/>
        <source>Everything on it goes back: the goods to stock, the money by the original payment. Total {total}.</source>
        <translation>全部退回：商品回库存，钱按原付款方式退回。合计 {total}。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="361"/>
        <source>Sale {number} is void</source>
        <translation>销售 {number} 已作废</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="363"/>
        <source>Sale {number} voided: give back {cash} in cash</source>
        <translation>销售 {number} 已作废：退还现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="365"/>
        <source>Sale {number} voided</source>
        <translation>销售 {number} 已作废</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="101"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="101"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="101"/>
        <source>Refunded before</source>
        <translation>之前已退</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="101"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="102"/>
        <source>Refund now</source>
        <translation>本次退</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="102"/>
        <source>Damaged: do not restock</source>
        <translation>已损坏：不回库存</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_lines_model.py" line="128"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="146"/>
        <source>Reprint a receipt</source>
        <translation>重打小票</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="150"/>
        <location filename="../../ui/counter/shift_dialogs.py" line="172"/>
        <source>Scan or type the receipt number</source>
        <translation>扫描或输入小票号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="155"/>
        <source>Enter: print this receipt again   Esc: cancel</source>
        <translation>Enter：重新打印这张小票   Esc：取消</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="158"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="113"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="114"/>
        <source>Scan a barcode, or type a name and press Enter</source>
        <translation>扫描条码，或输入商品名后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="116"/>
        <source>F2 Search   F3 Refund   F4 Reprint   F5 Cash in/out   F6 Close shift   F7 Points   F8 Household card   F9 Hold/Recall   F10 Log out   F11 Drawer   F12 Pay   Del Remove line</source>
        <translation>F2 查找   F3 退款   F4 重打   F5 存取现金   F6 交班   F7 积分   F8 家庭卡   F9 挂起/取回   F10 退出登录   F11 钱箱   F12 付款   Del 删除一行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/sale_page.py" line="127"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="130"/>
        <source>{store} · till {till} · cashier {name}</source>
        <translation>{store} · 收银台 {till} · 收银员 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="200"/>
        <source>Quantity {n}: now scan the item</source>
        <translation>数量 {n}：现在扫描商品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="208"/>
        <source>Select a line with the arrow keys first</source>
        <translation>请先用方向键选中一行</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/counter/search_popup.py" line="24"/>
        <source>Find an item</source>
        <translation>查找商品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/search_popup.py" line="35"/>
        <source>↑ ↓ choose   Enter add to basket   Esc close</source>
        <translation>↑ ↓ 选择   Enter 加入购物篮   Esc 关闭</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="28"/>
        <source>Donated</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="29"/>
        <source>Purchased</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="30"/>
        <source>Consigned</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="37"/>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="38"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="39"/>
        <source>Sale voided</source>
        <translation>销售作废</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="40"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="41"/>
        <source>Adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="48"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="49"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="50"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="51"/>
        <source>Passed to another charity</source>
        <translation>转赠其他慈善机构</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="52"/>
        <source>Found</source>
        <translation>盘盈/找到</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="53"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock_tables.py" line="54"/>
        <source>Returned damaged</source>
        <translation>退回损坏</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="113"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="118"/>
        <source>Start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="120"/>
        <source>Post the differences as adjustments</source>
        <translation>将差异记为库存调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="122"/>
        <location filename="../../ui/office/stocktake_page.py" line="342"/>
        <location filename="../../ui/office/stocktake_page.py" line="344"/>
        <source>Cancel the stocktake</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="126"/>
        <source>Count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="127"/>
        <source>Scan to count</source>
        <translation>扫码盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="128"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="151"/>
        <source>Type the number counted in the Counted column and press Enter. Items left empty are not changed.</source>
        <translation>在“实盘数”一栏输入清点的数量并按回车。留空的商品不会改动。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="155"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="168"/>
        <source>Scan a barcode: each scan counts one; 5*code counts five</source>
        <translation>扫描条码：每扫一次计 1 件；5*条码 计 5 件</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="184"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="184"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="184"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="184"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="185"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="185"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="207"/>
        <source>Stocktake {number} open since {started}</source>
        <translation>盘点 {number} 自 {started} 起进行中</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="210"/>
        <source>No stocktake is open. Start one to count the stock.</source>
        <translation>当前没有进行中的盘点。开始盘点后即可清点库存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="216"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="252"/>
        <source>{counted} items counted, {changed} with a difference; value of the differences {value}</source>
        <translation>已清点 {counted} 种商品，其中 {changed} 种有差异；差异金额 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="278"/>
        <source>The count must be a whole number, such as 12.</source>
        <translation>数量必须是整数，例如 12。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="313"/>
        <source>No item has the barcode {code}. Nothing was counted.</source>
        <translation>没有商品使用条码 {code}，未计数。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="317"/>
        <source>{quantity} × {name}: {total} counted so far</source>
        <translation>{quantity} × {name}：已清点 {total}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="326"/>
        <source>Post the stocktake</source>
        <translation>过账盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="327"/>
        <source>Write every difference into the stock as an adjustment? This cannot be undone.</source>
        <translation>把每一项差异作为库存调整写入库存吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="328"/>
        <source>Post the differences</source>
        <translation>记入差异</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="334"/>
        <source>Stocktake {number} is posted: {count} adjustments written.</source>
        <translation>盘点 {number} 已过账：写入 {count} 条库存调整。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="343"/>
        <source>Throw away every count of this stocktake? The stock is not changed.</source>
        <translation>放弃本次盘点的所有计数吗？库存不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stocktake_page.py" line="355"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../ui/training.py" line="43"/>
        <source>{mark}: practice on a copy of the store. Nothing here is real.</source>
        <translation>{mark}：在店铺副本上练习。这里的一切都不是真的。</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="125"/>
        <location filename="../../ui/training.py" line="136"/>
        <source>{mark} · {title}</source>
        <translation>{mark} · {title}</translation>
    </message>
</context>
</TS>
