<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="115"/>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="116"/>
        <source>The administrator adds the other users. A PIN is at least 4 digits; keep it secret.</source>
        <translation>管理员负责添加其他用户。PIN 至少 4 位数字，请保密。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128"/>
        <source>PIN again</source>
        <translation>再输一次 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="143"/>
        <source>Type the administrator&apos;s name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="146"/>
        <source>The two PINs are not the same: type the PIN again in &quot;PIN again&quot;.</source>
        <translation>两次输入的 PIN 不一样：请在“再输一次 PIN”里重新输入。</translation>
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
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="70"/>
        <source>Backup not made</source>
        <translation>没有做成备份</translation>
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
        <location filename="../../ui/counter/shift_close.py" line="54"/>
        <location filename="../../ui/counter/shift_close.py" line="115"/>
        <source>Close the shift</source>
        <translation>交班结账</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="59"/>
        <source>Note or coin</source>
        <translation>纸币或硬币</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="60"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="61"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="92"/>
        <source>Counted</source>
        <translation>点数金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="94"/>
        <source>Expected in the drawer</source>
        <translation>钱箱应有金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="99"/>
        <source>Count the cash in the drawer</source>
        <translation>清点钱箱里的现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="123"/>
        <source>Type how many of each, Enter: next   Enter on &quot;Close the shift&quot;: close it   Esc: back to the sale, nothing is changed</source>
        <translation>输入每种的数量，Enter：下一项   在“交班结账”上按 Enter：结账   Esc：回到收银，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="160"/>
        <source>Short</source>
        <translation>短款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="162"/>
        <source>Over</source>
        <translation>长款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="164"/>
        <source>Exact</source>
        <translation>正好</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="172"/>
        <location filename="../../ui/counter/shift_close.py" line="196"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="172"/>
        <source>Mobile payment</source>
        <translation>手机支付</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="172"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="173"/>
        <source>Household allowance</source>
        <translation>家庭补助额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="173"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="174"/>
        <source>Donated goods</source>
        <translation>捐赠物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="174"/>
        <source>Purchased goods</source>
        <translation>采购物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="175"/>
        <source>Consigned goods</source>
        <translation>寄售物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="176"/>
        <source>{count} × {total}</source>
        <translation>{count} × {total}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="184"/>
        <source>Z totals of this shift</source>
        <translation>本班 Z 报表合计</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="185"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="185"/>
        <source>Free collections</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="186"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="186"/>
        <source>Voided sales</source>
        <translation>作废的销售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="189"/>
        <source>By tender</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="192"/>
        <source>By fund source</source>
        <translation>按资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="197"/>
        <source>Opening float</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="197"/>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="198"/>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="198"/>
        <source>Cash refunded</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="200"/>
        <source>Drawer openings</source>
        <translation>开钱箱次数</translation>
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
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="162"/>
        <source>The sample store</source>
        <translation>示例门店</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="174"/>
        <source>Building the sample store with three months of made-up activity. This takes a minute or two…</source>
        <translation>正在建立示例门店，含三个月的虚构业务，需要一两分钟……</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186"/>
        <source>The sample store is ready. Log in with PIN {admin} (administrator), {manager} (manager) or {cashier} (cashier).</source>
        <translation>示例门店已建好。请用 PIN {admin}（管理员）、{manager}（店长）或 {cashier}（收银员）登录。</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="208"/>
        <source>CharityMart: first start</source>
        <translation>慈善超市：首次启动</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="212"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="212"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="44"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="46"/>
        <source>Replace this computer&apos;s store with a backup</source>
        <translation>用备份替换这台电脑上的门店数据</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="49"/>
        <source>The backup file, e.g. on the USB stick</source>
        <translation>备份文件，例如 U 盘上的</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <source>Backup passphrase</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="58"/>
        <source>Check the backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="69"/>
        <source>Replace the store with this backup</source>
        <translation>用这个备份替换门店数据</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="80"/>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="93"/>
        <source>Nothing is replaced until you press &quot;Replace the store with this backup&quot;; the store it replaces is kept next to it.</source>
        <translation>按下“用这个备份替换门店数据”之前什么都不会被替换；被替换的门店数据会另存在旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="109"/>
        <source>Choose the backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="131"/>
        <source>Choose the backup file first.</source>
        <translation>请先选择备份文件。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="135"/>
        <source>Reading the backup…</source>
        <translation>正在读取备份……</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">不详</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="147"/>
        <source>Store: {store}
Backup made: {made}
Last activity in it: {last}
Sales: {sales}   Audit events: {events}</source>
        <translation>门店：{store}
备份时间：{made}
最后一笔业务：{last}
销售：{sales} 笔   审计记录：{events} 条</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="149"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="165"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份……</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="177"/>
        <source>The store could not be replaced: {reason}</source>
        <translation>门店数据无法替换：{reason}</translation>
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
    <name>StartPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Welcome to CharityMart</source>
        <translation>欢迎使用慈善超市</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>This computer has no store yet. What would you like to do?</source>
        <translation>这台电脑上还没有门店。您想做什么？</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>Set up a new store</source>
        <translation>建立新门店</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60"/>
        <source>Try it out with a sample store (made-up goods, people and sales)</source>
        <translation>用示例门店试一试（虚构的商品、人员和销售）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Restore a backup (moving to a new computer)</source>
        <translation>恢复备份（换新电脑时）</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="88"/>
        <source>Your store</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <source>The name and address are printed on receipts and reports.</source>
        <translation>名称和地址会印在小票和报表上。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="98"/>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>Type the store&apos;s name.</source>
        <translation>请输入门店名称。</translation>
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
