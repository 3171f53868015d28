<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="37"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="40"/>
        <source>Adjust the stock of {name}</source>
        <translation>调整 {name} 的库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="51"/>
        <source>Lot {lot} · {source} · expires {expiry} · {left} left</source>
        <translation>批次 {lot} · {source} · {expiry} 到期 · 剩 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="54"/>
        <source>Lot {lot} · {source} · no expiry · {left} left</source>
        <translation>批次 {lot} · {source} · 无到期日 · 剩 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="64"/>
        <source>Record adjustment</source>
        <translation>记录调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="70"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="71"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="72"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="84"/>
        <source>A new lot</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="84"/>
        <source>Any lot, the first to expire first</source>
        <translation>任意批次（先到期的先出）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="85"/>
        <source>The quantity is added to the stock.</source>
        <translation>该数量将加入库存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/adjust_dialog.py" line="86"/>
        <source>The quantity is taken out of the stock.</source>
        <translation>该数量将从库存中扣除。</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="116"/>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <source>The administrator adds the other users. A PIN is at least 4 digits; keep it secret.</source>
        <translation>管理员负责添加其他用户。PIN 至少 4 位数字，请保密。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>PIN again</source>
        <translation>再输一次 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="144"/>
        <source>Type the administrator&apos;s name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="147"/>
        <source>The two PINs are not the same: type the PIN again in &quot;PIN again&quot;.</source>
        <translation>两次输入的 PIN 不一样：请在“再输一次 PIN”里重新输入。</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="55"/>
        <location filename="../../ui/office/stock/alerts_page.py" line="83"/>
        <source>Stock alerts</source>
        <translation>库存提醒</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="62"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="64"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="70"/>
        <location filename="../../ui/office/stock/alerts_page.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="70"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="70"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="70"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="70"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="71"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="72"/>
        <location filename="../../ui/office/stock/alerts_page.py" line="122"/>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="76"/>
        <source>Sellable on hand</source>
        <translation>可售库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="76"/>
        <source>Reorder level</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="84"/>
        <source>Warn about lots expiring within</source>
        <translation>提醒到期期限</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="98"/>
        <source>Expired, still on the shelf</source>
        <translation>已过期仍在架</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="98"/>
        <source>Expiring within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="99"/>
        <source>Below reorder level</source>
        <translation>低于补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="101"/>
        <source>Expired, still on the shelf ({count})</source>
        <translation>已过期仍在架（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="102"/>
        <source>Expiring within {days} days ({count})</source>
        <translation>{days} 天内到期（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="103"/>
        <source>Below reorder level ({count})</source>
        <translation>低于补货线（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="142"/>
        <source>Expired on {expiry}</source>
        <translation>已于 {expiry} 过期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/alerts_page.py" line="150"/>
        <source>{quantity} × {name} (lot {lot}) written off as expired.</source>
        <translation>{quantity} × {name}（批次 {lot}）已作过期报损。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="41"/>
        <source>Reason: type its number or choose with ↑ ↓, then Enter</source>
        <translation>原因：输入编号，或用 ↑ ↓ 选择，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="53"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="60"/>
        <source>Other: say why, in a few words</source>
        <translation>其他：请简单写明原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="63"/>
        <source>Manager&apos;s PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="77"/>
        <source>Enter: confirm   Esc: cancel, nothing is changed</source>
        <translation>Enter：确认   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="116"/>
        <location filename="../../ui/counter/approval_dialog.py" line="124"/>
        <source>Say why, in a few words</source>
        <translation>简单写一下原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/approval_dialog.py" line="126"/>
        <source>A manager types their PIN here</source>
        <translation>请经理在这里输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="29"/>
        <source>Hours to approve</source>
        <translation>时长审核</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="31"/>
        <source>Hours waiting for a manager&apos;s decision</source>
        <translation>等待负责人审核的时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="33"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="33"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="33"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="33"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="34"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="34"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="34"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="34"/>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="38"/>
        <source>Note for the record (optional), for example: confirmed by the organiser</source>
        <translation>备注（可不填），例如：已由活动组织者确认</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="40"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="41"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="65"/>
        <source>Entered later</source>
        <translation>事后补录</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="65"/>
        <source>Clocked (very long)</source>
        <translation>打卡（时间过长）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="67"/>
        <source>{code}: {name}</source>
        <translation>{code}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="96"/>
        <source>Approved: {hours} hours credited to {name}.</source>
        <translation>已批准：为 {name} 记入 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/approvals.py" line="99"/>
        <source>Rejected: the hours of {name} on {date} do not count.</source>
        <translation>已驳回：{name} 在 {date} 的服务时长不计入。</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="72"/>
        <source>Backup not made</source>
        <translation>没有做成备份</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="44"/>
        <location filename="../../ui/office/admin/backups_page.py" line="46"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="50"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="52"/>
        <source>Restore a backup…</source>
        <translation>从备份恢复……</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="63"/>
        <source>Encrypt backups with this passphrase</source>
        <translation>用此密码加密备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="65"/>
        <source>Stop encrypting backups</source>
        <translation>停止加密备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="68"/>
        <source>Backup passphrase</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="69"/>
        <source>The passphrase again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="74"/>
        <source>Keep the passphrase somewhere safe, away from the computer: without it an encrypted backup can&apos;t be restored. It is never stored, only a key made from it.</source>
        <translation>请把密码妥善保管在电脑以外的地方：没有它，加密的备份无法恢复。系统不保存密码本身，只保存由它生成的密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="77"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="97"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="98"/>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="98"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="99"/>
        <source>Backups go to {folder} ({encrypted}); the newest {keep} are kept. Last automatic backup: {last}.</source>
        <translation>备份保存在 {folder}（{encrypted}），保留最新的 {keep} 份。最近一次自动备份：{last}。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="111"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="120"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="126"/>
        <source>Backup passphrase: use at least 8 characters</source>
        <translation>备份密码：至少需要 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="130"/>
        <source>The passphrase again: the two passphrases are not the same</source>
        <translation>再输一次密码：两次输入的密码不一样</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="144"/>
        <source>Backups are encrypted from now on.</source>
        <translation>从现在起备份会加密。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="145"/>
        <source>Backups are no longer encrypted.</source>
        <translation>备份不再加密。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="150"/>
        <source>Restoring a backup needs a manager.</source>
        <translation>恢复备份需要店长权限。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="155"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/backups_page.py" line="156"/>
        <source>The backup replaced this store; the store it replaced is kept at {kept}. CharityMart closes now: start it again to work on the restored store.</source>
        <translation>备份已替换本店数据；被替换的数据保存在 {kept}。慈善超市现在关闭：请重新启动以使用恢复后的数据。</translation>
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
        <location filename="../../ui/counter/shift_dialogs.py" line="46"/>
        <source>Cash in / out</source>
        <translation>存入 / 取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="48"/>
        <source>+  Cash in</source>
        <translation>+  存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="49"/>
        <source>−  Cash out</source>
        <translation>−  取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="65"/>
        <source>e.g. change from the bank, takings to the safe</source>
        <translation>例如：从银行换的零钱、营业款放进保险柜</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="69"/>
        <source>+ cash in   − cash out   Enter: next, then record   Esc: cancel, nothing is changed</source>
        <translation>+ 存入   − 取出   Enter：下一步，再记账   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="74"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="76"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="114"/>
        <source>Type the amount, like 50 or 12.50</source>
        <translation>输入金额，例如 50 或 12.50</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="124"/>
        <source>Say why the cash goes in or out</source>
        <translation>写一下存入或取出的原因</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="108"/>
        <location filename="../../ui/office/admin/categories_page.py" line="109"/>
        <source>Household categories</source>
        <translation>受助家庭类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="110"/>
        <source>New households are given one of the active categories. A category is never deleted: deactivate it once no active household uses it.</source>
        <translation>新登记的家庭只能选用已启用的类别。类别不会被删除：没有在册家庭使用它时，可以停用。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="112"/>
        <location filename="../../ui/office/admin/categories_page.py" line="117"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="112"/>
        <location filename="../../ui/office/admin/categories_page.py" line="118"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="112"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="113"/>
        <source>Active households</source>
        <translation>在册家庭数</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="114"/>
        <source>Add a category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="115"/>
        <source>Rename the selected category</source>
        <translation>修改所选类别的名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="119"/>
        <source>e.g. 残疾人家庭</source>
        <translation>例如：残疾人家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="120"/>
        <source>e.g. Disability</source>
        <translation>例如：Disability</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="121"/>
        <source>Add category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="122"/>
        <source>Save the new names</source>
        <translation>保存新名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="142"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="143"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="154"/>
        <source>Chinese name: type the category&apos;s name in Chinese.</source>
        <translation>中文名称：请输入类别的中文名称。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="160"/>
        <source>Chinese name: there is already a category called {name}.</source>
        <translation>中文名称：已有名为 {name} 的类别。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="162"/>
        <source>English name: there is already a category called {name}.</source>
        <translation>英文名称：已有名为 {name} 的类别。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="197"/>
        <source>The category {name} was added.</source>
        <translation>已新增类别 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="210"/>
        <source>The category {old} is now called {name}.</source>
        <translation>类别 {old} 已改名为 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="223"/>
        <source>The category {name} is offered for new households again.</source>
        <translation>类别 {name} 已重新启用，新登记的家庭可以选用。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/categories_page.py" line="225"/>
        <source>The category {name} is no longer offered for new households.</source>
        <translation>类别 {name} 已停用，新登记的家庭不再能选用。</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="115"/>
        <source>Volunteer certificate</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="116"/>
        <source>Volunteer certificate (志愿服务证明)</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="117"/>
        <source>Issue a certificate</source>
        <translation>开具证明</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="118"/>
        <source>Type the volunteer&apos;s code or name, then press Enter</source>
        <translation>输入志愿者编号或姓名，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="119"/>
        <location filename="../../ui/office/documents/certificate_page.py" line="127"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="119"/>
        <source>Hours from</source>
        <translation>服务时间 从</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="120"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="120"/>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="122"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="123"/>
        <source>Print the full ID number (manager only; the look is recorded)</source>
        <translation>打印完整证件号码（仅限店长，查看会被记录）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="124"/>
        <source>Save name</source>
        <translation>保存姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="125"/>
        <source>Issue certificate…</source>
        <translation>开具证明…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="126"/>
        <source>Certificates issued</source>
        <translation>已开具的证明</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="127"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="127"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="127"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">来源方</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">结束</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="128"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="128"/>
        <source>Full ID</source>
        <translation>完整证件号</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="128"/>
        <source>Issued on, by</source>
        <translation>开具日期、经办人</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="133"/>
        <location filename="../../ui/office/documents/certificate_page.py" line="164"/>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="149"/>
        <source>No volunteer chosen yet.</source>
        <translation>尚未选择志愿者。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="151"/>
        <source>Chosen: {name} ({code})</source>
        <translation>已选择：{name}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="162"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="162"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="166"/>
        <source>{date}, {name}</source>
        <translation>{date}，{name}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="177"/>
        <source>The person in charge is saved.</source>
        <translation>负责人已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="191"/>
        <source>Volunteer: find and choose the volunteer first.</source>
        <translation>志愿者：请先查找并选择志愿者。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="193"/>
        <source>Hours from: the first day is after the last day.</source>
        <translation>服务时间：开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="212"/>
        <source>Volunteer certificate for {name}</source>
        <translation>{name}的志愿服务证明</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/certificate_page.py" line="217"/>
        <source>Certificate {number} is in the register.</source>
        <translation>证明 {number} 已登记。</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="177"/>
        <source>Clock in and out</source>
        <translation>签到签退</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="180"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="52"/>
        <source>Clock in and out</source>
        <translation>签到签退</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="54"/>
        <source>Volunteer clock-in and clock-out</source>
        <translation>志愿者签到签退</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="58"/>
        <location filename="../../ui/office/people/clock_panel.py" line="123"/>
        <source>Scan the volunteer card and press Enter</source>
        <translation>请扫描志愿者卡，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="62"/>
        <source>Clock in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="63"/>
        <source>Clock out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="67"/>
        <source>Or pick a name:</source>
        <translation>或选择姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="76"/>
        <source>Card code</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="76"/>
        <source>On duty since</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="77"/>
        <source>Hours so far</source>
        <translation>已服务小时</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="79"/>
        <source>Clock out the selected volunteer</source>
        <translation>为选中的志愿者签退</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="88"/>
        <source>On duty now</source>
        <translation>正在值班</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="114"/>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="136"/>
        <source>{name} clocked in at {time}. Thank you for coming!</source>
        <translation>{name} 已于 {time} 签到。感谢您的到来！</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="151"/>
        <source>{name} clocked out after {hours} hours. Such a long time waits for a manager&apos;s approval.</source>
        <translation>{name} 已签退，共 {hours} 小时。时间这么长，需等负责人审核。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="154"/>
        <source>{name} clocked out after {hours} hours: {credited} hours credited and {points} time-bank points earned.</source>
        <translation>{name} 已签退，共 {hours} 小时：记入 {credited} 小时，获得 {points} 时间银行积分。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/clock_panel.py" line="158"/>
        <source>{name} clocked out after {hours} hours: {credited} hours credited.</source>
        <translation>{name} 已签退，共 {hours} 小时：记入 {credited} 小时。</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="56"/>
        <location filename="../../ui/counter/shift_close.py" line="124"/>
        <source>Close the shift</source>
        <translation>交班结账</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="61"/>
        <source>Note or coin</source>
        <translation>纸币或硬币</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="62"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="63"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="94"/>
        <source>Counted</source>
        <translation>点数金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="96"/>
        <source>Expected in the drawer</source>
        <translation>钱箱应有金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="101"/>
        <source>Count the cash in the drawer</source>
        <translation>清点钱箱里的现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="132"/>
        <source>Type how many of each, Enter: next   Enter on &quot;Close the shift&quot;: close it   Esc: back to the sale, nothing is changed</source>
        <translation>输入每种的数量，Enter：下一项   在“交班结账”上按 Enter：结账   Esc：回到收银，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="172"/>
        <source>Short</source>
        <translation>短款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="174"/>
        <source>Over</source>
        <translation>长款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="176"/>
        <source>Exact</source>
        <translation>正好</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="184"/>
        <location filename="../../ui/counter/shift_close.py" line="208"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="184"/>
        <source>Mobile payment</source>
        <translation>手机支付</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="184"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="185"/>
        <source>Household allowance</source>
        <translation>家庭补助额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="185"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="186"/>
        <source>Donated goods</source>
        <translation>捐赠物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="186"/>
        <source>Purchased goods</source>
        <translation>采购物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="187"/>
        <source>Consigned goods</source>
        <translation>寄售物品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="188"/>
        <source>{count} × {total}</source>
        <translation>{count} × {total}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="196"/>
        <source>Z totals of this shift</source>
        <translation>本班 Z 报表合计</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="197"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="197"/>
        <source>Free collections</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="198"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="198"/>
        <source>Voided sales</source>
        <translation>作废的销售</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="201"/>
        <source>By tender</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="204"/>
        <source>By fund source</source>
        <translation>按资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="209"/>
        <source>Opening float</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="209"/>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="210"/>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="210"/>
        <source>Cash refunded</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_close.py" line="212"/>
        <source>Drawer openings</source>
        <translation>开钱箱次数</translation>
    </message>
</context>
<context>
    <name>CorrectionBox</name>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="38"/>
        <source>Entry error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="38"/>
        <source>Duplicate entry</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="39"/>
        <source>Wrong quantity</source>
        <translation>数量有误</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="39"/>
        <source>Wrong value</source>
        <translation>金额有误</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="40"/>
        <source>Donor withdrew</source>
        <translation>捐赠人撤回</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="40"/>
        <source>Entered late</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="41"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="45"/>
        <source>Correction of a published month: category</source>
        <translation>更正已公示月份：类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="46"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="47"/>
        <source>(the category is published; the reason stays internal)</source>
        <translation>（类别会公示；原因仅内部留存）</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="49"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="78"/>
        <source>Correction: choose the category of the correction.</source>
        <translation>更正：请选择更正类别。</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/correction_box.py" line="80"/>
        <source>Correction: say why (the reason stays internal).</source>
        <translation>更正：请填写原因（原因仅内部留存）。</translation>
    </message>
</context>
<context>
    <name>CountSheetModel</name>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="63"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="63"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="63"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="63"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="64"/>
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
        <location filename="../../ui/customer_display.py" line="91"/>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="102"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="109"/>
        <location filename="../../ui/customer_display.py" line="129"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="113"/>
        <source>{name}   × {quantity}   {amount}</source>
        <translation>{name}   × {quantity}   {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="119"/>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="127"/>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
</context>
<context>
    <name>DataJobPanel</name>
    <message>
        <location filename="../../ui/office/admin/data_job.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_job.py" line="76"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_job.py" line="76"/>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_job.py" line="90"/>
        <source>{done} of {total} rows read</source>
        <translation>已读取 {done} / {total} 行</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_job.py" line="93"/>
        <source>{done} rows written</source>
        <translation>已写入 {done} 行</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_job.py" line="99"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="130"/>
        <source>Catalog (items and prices)</source>
        <translation>商品目录（商品和价格）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="131"/>
        <source>Donors</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="132"/>
        <source>Donations</source>
        <translation>捐赠记录</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="133"/>
        <source>Households (beneficiaries)</source>
        <translation>受助家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="134"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="135"/>
        <location filename="../../ui/office/admin/data_page.py" line="146"/>
        <source>Expenses (money spent)</source>
        <translation>资金支出</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="140"/>
        <source>Sales (one row a receipt)</source>
        <translation>销售单（每行一张小票）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="141"/>
        <source>Sale lines (one row an item sold)</source>
        <translation>销售明细（每行一件售出商品）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="142"/>
        <source>Donated goods</source>
        <translation>捐赠物品</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="143"/>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="144"/>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="145"/>
        <source>Donations for the finance bureau&apos;s e-receipts (捐赠票据)</source>
        <translation>捐赠明细（供财政电子捐赠票据使用）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="150"/>
        <location filename="../../ui/office/admin/data_page.py" line="151"/>
        <source>Import and export</source>
        <translation>导入和导出</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="152"/>
        <source>Import a spreadsheet</source>
        <translation>导入表格文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="153"/>
        <source>Export to a CSV file</source>
        <translation>导出为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="156"/>
        <source>What to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="157"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="158"/>
        <source>A .csv or .xlsx file</source>
        <translation>一个 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="159"/>
        <location filename="../../ui/office/admin/data_page.py" line="165"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="160"/>
        <source>Check only</source>
        <translation>只检查</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="161"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="162"/>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="163"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="164"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="166"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="167"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="167"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="167"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="181"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="181"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="191"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="192"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="201"/>
        <source>Choose the file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="216"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="222"/>
        <source>Could not read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="231"/>
        <source>All {rows} rows are correct: {added} would be added and {updated} updated. This was only a check: nothing was imported.</source>
        <translation>全部 {rows} 行都正确：将新增 {added} 条，更新 {updated} 条。这只是检查，没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="233"/>
        <source>Imported {rows} rows: {added} added, {updated} updated.</source>
        <translation>已导入 {rows} 行：新增 {added} 条，更新 {updated} 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/admin/data_page.py" line="237"/>
        <source>The file has %n problem(s), listed below: nothing was imported. Correct the rows and try again.</source>
        <translation>
            <numerusform>文件中有 %n 个问题，列在下方：没有导入任何内容。请改正这些行后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has {count} problem(s), listed below: nothing was imported. Correct the rows and try again.</source>
        <translation type="vanished">文件中有 {count} 个问题，列在下方：没有导入任何内容。请改正这些行后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="255"/>
        <source>Save the export as</source>
        <translation>导出文件保存为</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="256"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="265"/>
        <source>Choose where to save the export first.</source>
        <translation>请先选择导出文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="269"/>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="273"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="286"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="290"/>
        <source>Could not write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/data_page.py" line="295"/>
        <source>Exported {count} rows to {file}.</source>
        <translation>已导出 {count} 行到 {file}。</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="85"/>
        <source>Deliveries</source>
        <translation>送货上门</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="94"/>
        <source>Still to deliver or failed</source>
        <translation>待送或送货失败</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="95"/>
        <source>All deliveries</source>
        <translation>全部送货</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="99"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="99"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="99"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="99"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="100"/>
        <location filename="../../ui/office/people/deliveries.py" line="127"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="106"/>
        <location filename="../../ui/office/people/deliveries.py" line="145"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="107"/>
        <source>Failed…</source>
        <translation>送货失败…</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="108"/>
        <source>Retry</source>
        <translation>重新送</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="109"/>
        <source>Cancel the delivery…</source>
        <translation>取消送货…</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="110"/>
        <source>Delivery slip…</source>
        <translation>送货单…</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="127"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="127"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="128"/>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="128"/>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="129"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="144"/>
        <source>To deliver</source>
        <translation>待送</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="144"/>
        <source>Failed</source>
        <translation>送货失败</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="145"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="146"/>
        <source>Returned at the counter</source>
        <translation>已在收银台退回</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="166"/>
        <source>{count} deliveries</source>
        <translation>{count} 单送货</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="183"/>
        <source>No delivery selected</source>
        <translation>没有选中送货</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="188"/>
        <source>Receipt {number} for household {card}</source>
        <translation>受助家庭 {card} 的小票 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="190"/>
        <source>Free collection</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="190"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="196"/>
        <source>On file: printed on the delivery slip</source>
        <translation>已登记：打印在送货单上</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="197"/>
        <source>No address on file: add it in the household&apos;s record first</source>
        <translation>没有登记地址：请先在受助家庭资料里填写</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="215"/>
        <source>Delivery {number} recorded as delivered.</source>
        <translation>送货 {number} 已记录为送达。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="220"/>
        <source>The delivery failed</source>
        <translation>送货失败</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="220"/>
        <source>Why could the goods not be delivered?</source>
        <translation>为什么没能送到？</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="227"/>
        <source>Delivery {number} recorded as failed: retry it or cancel it.</source>
        <translation>送货 {number} 已记录为失败：可以重新送或取消。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="234"/>
        <source>Delivery {number} is out again.</source>
        <translation>送货 {number} 已重新送出。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="239"/>
        <source>Cancel the delivery</source>
        <translation>取消送货</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="240"/>
        <source>The goods go back to stock and the allowance or money goes back, as a refund. Why is the delivery cancelled?</source>
        <translation>物品退回库存，补贴或钱款按退款退回。为什么取消送货？</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="246"/>
        <source>Delivery {number} cancelled and refunded.</source>
        <translation>送货 {number} 已取消并退款。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="252"/>
        <source>Delivery slip for household {card}</source>
        <translation>受助家庭 {card} 的送货单</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="260"/>
        <source>Delivery slip {number}</source>
        <translation>送货单 {number}</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="163"/>
        <source>The sample store</source>
        <translation>示例门店</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="175"/>
        <source>Building the sample store with three months of made-up activity. This takes a minute or two…</source>
        <translation>正在建立示例门店，含三个月的虚构业务，需要一两分钟……</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="187"/>
        <source>The sample store is ready. Log in with PIN {admin} (administrator), {manager} (manager) or {cashier} (cashier).</source>
        <translation>示例门店已建好。请用 PIN {admin}（管理员）、{manager}（店长）或 {cashier}（收银员）登录。</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="77"/>
        <source>Making the document…</source>
        <translation>正在生成文件……</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="80"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="82"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="84"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="120"/>
        <source>Ready: save it as a PDF or print it.</source>
        <translation>已生成：可保存为 PDF 或打印。</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="128"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="129"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="135"/>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="138"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="148"/>
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="155"/>
        <source>Printing failed: {reason}</source>
        <translation>打印失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/document_dialog.py" line="157"/>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/shared/document_dialog.py" line="158"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawer</name>
    <message>
        <location filename="../../ui/counter/drawer.py" line="148"/>
        <source>Drawer opened (no sale): recorded on the shift</source>
        <translation>钱箱已打开（无销售）：已记入本班</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="151"/>
        <source>No sale recorded on the shift. No cash drawer is connected: open it with its key</source>
        <translation>已在本班记录“无销售”。没有连接钱箱：请用钥匙打开</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="209"/>
        <source>Add expense</source>
        <translation>记录支出</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="224"/>
        <source>Date paid</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="225"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="226"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="227"/>
        <source>Paid from</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="228"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="229"/>
        <source>Description (internal)</source>
        <translation>说明（仅内部可见）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="230"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="230"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="232"/>
        <source>The public report shows the category and the total only, never the payee or the description.</source>
        <translation>公示只显示支出类别和合计，不显示收款方和说明。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="242"/>
        <source>Amount: type an amount in yuan, such as 120.50.</source>
        <translation>金额：请输入以元为单位的金额，例如 120.50。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="209"/>
        <source>CharityMart: first start</source>
        <translation>慈善超市：首次启动</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FloatPage</name>
    <message>
        <location filename="../../ui/counter/float_page.py" line="51"/>
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/counter/float_page.py" line="52"/>
        <source>Count the cash in the drawer, type the amount (e.g. 200) and press Enter. Esc: log out</source>
        <translation>清点钱箱里的现金，输入金额（例如 200）后按 Enter。Esc：退出登录</translation>
    </message>
    <message>
        <source>Count the cash in the drawer, type the amount (e.g. 200) and press Enter</source>
        <translation type="vanished">清点钱箱里的现金，输入金额（例如 200）后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/float_page.py" line="67"/>
        <source>That is not an amount of money: type it like 200 or 150.50</source>
        <translation>这不是金额：请输入像 200 或 150.50 这样的数</translation>
    </message>
</context>
<context>
    <name>FolderBatchPanel</name>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="79"/>
        <source>Reading the month&apos;s figures…</source>
        <translation>正在读取本月数据…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="92"/>
        <source>{done} of {total}</source>
        <translation>第 {done} 份，共 {total} 份</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="98"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="107"/>
        <source>Cancelled: nothing was written to {folder}.</source>
        <translation>已取消：没有向 {folder} 写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="111"/>
        <source>Could not write to {folder}: {reason}</source>
        <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="120"/>
        <source>Donor receipts written to {folder}: {count}.</source>
        <translation>已将捐赠者收据写入 {folder}：共 {count} 份。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="122"/>
        <source>Household statements written to {folder}: {count}.</source>
        <translation>已将受助家庭对账单写入 {folder}：共 {count} 份。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/folder_batch.py" line="124"/>
        <source>Consignor settlement statements written to {folder}: {count}.</source>
        <translation>已将寄售结算单写入 {folder}：共 {count} 份。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="155"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="158"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="68"/>
        <source>Basket held as “{label}”. F9 with an empty basket brings it back.</source>
        <translation>购物篮已挂起为“{label}”。购物篮为空时按 F9 取回。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="71"/>
        <source>Basket held. F9 with an empty basket brings it back.</source>
        <translation>购物篮已挂起。购物篮为空时按 F9 取回。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="86"/>
        <source>No basket is held. F9 holds the basket once something is scanned.</source>
        <translation>没有挂起的购物篮。扫了商品后按 F9 可挂起购物篮。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="98"/>
        <source>Household card {card} is attached to this basket</source>
        <translation>家庭卡 {card} 已关联到这个购物篮</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/hold_dialog.py" line="100"/>
        <source>Held basket recalled: %n line(s), {total}</source>
        <translation>
            <numerusform>已取回挂起的购物篮：%n 行，{total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="127"/>
        <source>Hold this basket</source>
        <translation>挂起这个购物篮</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/hold_dialog.py" line="130"/>
        <source>Hold this basket (%n line(s), {total}) and serve the next customer. Type a short label if you like (a name, a coat colour), then press Enter.</source>
        <translation>
            <numerusform>挂起这个购物篮（%n 行，{total}），先接待下一位顾客。可以写个简短标签（名字、衣服颜色），然后按 Enter。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="139"/>
        <source>Label (optional)</source>
        <translation>标签（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/hold_dialog.py" line="146"/>
        <source>Enter: hold the basket   Esc: back to the basket</source>
        <translation>Enter：挂起购物篮   Esc：回到购物篮</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="48"/>
        <source>Household card</source>
        <translation>家庭卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="60"/>
        <location filename="../../ui/counter/household_dialog.py" line="197"/>
        <source>Scan or type the household card number</source>
        <translation>扫描或输入家庭卡号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="65"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="65"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="66"/>
        <source>Household size</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="66"/>
        <source>Allowance left this period</source>
        <translation>本期剩余额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="67"/>
        <source>Visits this period</source>
        <translation>本期来访次数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="67"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="81"/>
        <source>Home delivery (goods taken to the household)</source>
        <translation>送货上门（把物品送到家里）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="90"/>
        <source>Pay with allowance, rest in cash (Enter)</source>
        <translation>用额度支付，其余付现金（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="94"/>
        <source>Free collection (F8)</source>
        <translation>免费领取（F8）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="104"/>
        <source>Enter: pay with allowance   F8: free collection   Alt+D: home delivery   Esc: back to the basket</source>
        <translation>Enter：用额度支付   F8：免费领取   Alt+D：送货上门   Esc：回到购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="139"/>
        <source>Address on file: the back office prints the delivery slip.</source>
        <translation>已登记地址：后台打印送货单。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="142"/>
        <source>No address on file for this household: the back office adds it in the household&apos;s record before the goods go out.</source>
        <translation>这户没有登记地址：送货前请后台在受助家庭资料里填写。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="162"/>
        <source>{left} of {granted}</source>
        <translation>{left} / {granted}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="165"/>
        <source>{visits} (no limit)</source>
        <translation>{visits}（不限次数）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="167"/>
        <source>{visits} of {limit}</source>
        <translation>{visits} / {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="180"/>
        <source>This household card has been deactivated.</source>
        <translation>这张家庭卡已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="184"/>
        <source>This household card expired on {date}.</source>
        <translation>这张家庭卡已于 {date} 过期。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="185"/>
        <source>{reason} It can&apos;t be used: ask the manager.</source>
        <translation>{reason} 不能使用：请问经理。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="187"/>
        <source>Visit limit reached: {visits} of {limit} visits this period. The next period starts on {date}.</source>
        <translation>已达到来访次数上限：本期 {visits} / {limit} 次。下一期从 {date} 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="191"/>
        <source>No allowance is left this period. The next period starts on {date}.</source>
        <translation>本期额度已用完。下一期从 {date} 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="228"/>
        <source>None of the goods in this basket can be paid by allowance: take them in cash (F12).</source>
        <translation>购物篮里的物品都不能用额度支付：请收现金（F12）。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="233"/>
        <source>Nothing is left to pay with the allowance: press F12 to finish.</source>
        <translation>没有需要用额度支付的了：按 F12 完成。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="244"/>
        <source>Scan the goods the household takes first, then press F8.</source>
        <translation>先扫描这户要拿的物品，再按 F8。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="248"/>
        <source>Not payable by allowance, so not free to collect: {items}. Remove them, or press Enter to pay with the allowance and the rest in cash.</source>
        <translation>这些不能用额度支付，所以不能免费领取：{items}。请把它们移除，或按 Enter 用额度支付、其余付现金。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="253"/>
        <source>These goods are worth {total} but only {left} of allowance is left this period: remove some, or press Enter to pay with the allowance and the rest in cash.</source>
        <translation>这些物品共 {total}，但本期额度只剩 {left}：请移除一些，或按 Enter 用额度支付、其余付现金。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="258"/>
        <source>This basket is already partly paid another way, so it can&apos;t be a free collection: press Enter to pay with the allowance instead.</source>
        <translation>这个购物篮已经用别的方式付了一部分，不能免费领取：请按 Enter 改用额度支付。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="281"/>
        <source>Household {card}: allowance {amount}</source>
        <translation>家庭 {card}：额度 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="284"/>
        <source>Household {card}</source>
        <translation>家庭 {card}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="286"/>
        <source>Volunteer {code}: points {amount}</source>
        <translation>志愿者 {code}：积分 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="289"/>
        <source>Volunteer {code}</source>
        <translation>志愿者 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="305"/>
        <source>Household card {card} noted: scan the goods, then press F8 to pay with its allowance.</source>
        <translation>已记下家庭卡 {card}：扫描物品，然后按 F8 用它的额度支付。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="312"/>
        <source>Free collection recorded. Receipt {number}. The slip is printing: the household signs the shop&apos;s copy.</source>
        <translation>免费领取已记录。单号 {number}。领取单正在打印：请受助家庭在店铺留存联上签收。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="316"/>
        <source>Free collection recorded. Receipt {number}. Slip to sign: {path}</source>
        <translation>免费领取已记录。小票 {number}。签字单：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/household_dialog.py" line="320"/>
        <source>Free collection recorded (receipt {number}), but its slip could not be written: {error}</source>
        <translation>免费领取已记录（小票 {number}），但签字单没能生成：{error}</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="47"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="48"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="49"/>
        <source>Hong Kong / Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="50"/>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="51"/>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="52"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="85"/>
        <source>Yuan, for example 150</source>
        <translation>单位：元，例如 150</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="89"/>
        <source>Unused allowance carries over to the next period</source>
        <translation>未用完的补助结转到下一周期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="93"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="102"/>
        <source>Allowance each period (yuan)</source>
        <translation>每周期补助（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="104"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="105"/>
        <source>Carry-over</source>
        <translation>结转</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="106"/>
        <source>Visits allowed each period</source>
        <translation>每周期可领取次数</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="108"/>
        <source>Card valid until</source>
        <translation>卡有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="123"/>
        <source>Allowance each period: type an amount in yuan, for example 150 or 150.50.</source>
        <translation>每周期补助：请输入金额（元），例如 150 或 150.50。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="126"/>
        <source>Allowance each period: at most 100000 yuan; check the amount.</source>
        <translation>每周期补助：最多 100000 元，请核对金额。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="223"/>
        <source>Register a household</source>
        <translation>登记家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="223"/>
        <source>Edit the household</source>
        <translation>修改家庭资料</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="225"/>
        <source>Scan or type the card number</source>
        <translation>扫描或输入卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="240"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="241"/>
        <source>Name of the head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="242"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="243"/>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="244"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="245"/>
        <source>People in the household</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="246"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="247"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="250"/>
        <source>18 characters on a resident ID card</source>
        <translation>居民身份证号共 18 位</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="275"/>
        <source>Now {masked}; leave empty to keep it</source>
        <translation>现为 {masked}；不修改请留空</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="282"/>
        <source>Card number: scan or type the household&apos;s card number.</source>
        <translation>卡号：请扫描或输入家庭的卡号。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="284"/>
        <source>Card number: a card number has no spaces.</source>
        <translation>卡号：卡号中不能有空格。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="286"/>
        <source>Card number: at most 40 characters.</source>
        <translation>卡号：最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="289"/>
        <source>Name: type the name of the head of household.</source>
        <translation>姓名：请输入户主姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="291"/>
        <source>Name: at most 100 characters.</source>
        <translation>姓名：最多 100 个字。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="298"/>
        <source>Phone: at most 50 characters.</source>
        <translation>电话：最多 50 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="300"/>
        <source>Address: at most 300 characters.</source>
        <translation>地址：最多 300 个字。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="302"/>
        <source>Category: no household categories are set up; add one in the settings.</source>
        <translation>类别：还没有设置家庭类别，请先在设置中添加。</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/office/people/households.py" line="57"/>
        <source>Households</source>
        <translation>受助家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="76"/>
        <source>Card, name or pinyin</source>
        <translation>卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="82"/>
        <source>Current cards</source>
        <translation>有效的卡</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="82"/>
        <source>Expired cards</source>
        <translation>已过期的卡</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="83"/>
        <location filename="../../ui/office/people/households.py" line="180"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="83"/>
        <source>All households</source>
        <translation>全部家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="90"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="90"/>
        <location filename="../../ui/office/people/households.py" line="122"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="91"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="91"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="100"/>
        <source>Register a household</source>
        <translation>登记家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="101"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="102"/>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="103"/>
        <location filename="../../ui/office/people/households.py" line="298"/>
        <location filename="../../ui/office/people/households.py" line="355"/>
        <location filename="../../ui/office/people/households.py" line="357"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="104"/>
        <source>Personal details</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="105"/>
        <source>Print card labels</source>
        <translation>打印卡片标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="122"/>
        <source>People in the household</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="123"/>
        <source>Allowance rule</source>
        <translation>补助规则</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="123"/>
        <source>Card valid until</source>
        <translation>卡有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="124"/>
        <source>This period</source>
        <translation>本周期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="124"/>
        <source>Visits this period</source>
        <translation>本周期领取次数</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="136"/>
        <source>Personal details (this view is recorded)</source>
        <translation>个人信息（本次查看已记录）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="139"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="139"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="140"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="147"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="147"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="147"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="148"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="148"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="148"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="153"/>
        <source>Allowance left this period</source>
        <translation>本周期剩余补助</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="157"/>
        <source>Every grant and use of the allowance</source>
        <translation>补助的每一笔发放和使用</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="178"/>
        <source>Personal data erased</source>
        <translation>个人信息已删除</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="182"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="183"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="188"/>
        <source>{period}: {amount}, no visit limit</source>
        <translation>{period}：{amount}，不限领取次数</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="190"/>
        <source>{period}: {amount}, at most {visits} visits</source>
        <translation>{period}：{amount}，最多领取 {visits} 次</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="193"/>
        <source>{rule}; unused allowance carries over</source>
        <translation>{rule}；未用完的补助可结转</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="201"/>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="243"/>
        <source>{count} households shown</source>
        <translation>显示 {count} 户家庭</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="262"/>
        <source>Pick a household in the list.</source>
        <translation>请在列表中选择一个家庭。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="282"/>
        <source>Card {card}: {name}</source>
        <translation>卡号 {card}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="288"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="291"/>
        <source>{visits} (no limit)</source>
        <translation>{visits}（不限次数）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="293"/>
        <source>{visits} of {limit}</source>
        <translation>{visits} / {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="295"/>
        <source>{left} of {granted}</source>
        <translation>剩 {left}，共 {granted}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="298"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="302"/>
        <source>Granted</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="302"/>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="302"/>
        <source>Refund credited</source>
        <translation>退货退回</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="303"/>
        <source>Void credited</source>
        <translation>作废退回</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="321"/>
        <source>Household {card} registered.</source>
        <translation>家庭 {card} 已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="331"/>
        <source>Editing the household&apos;s details</source>
        <translation>修改家庭资料</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="337"/>
        <source>Household {card} saved.</source>
        <translation>家庭 {card} 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="345"/>
        <source>Household card {card} renewed until {date}.</source>
        <translation>家庭卡 {card} 已续期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="353"/>
        <source>Deactivate household card {card}? It can no longer be used at the counter.</source>
        <translation>停用家庭卡 {card}？停用后收银台不能再使用此卡。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="358"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="367"/>
        <source>Household card {card} deactivated.</source>
        <translation>家庭卡 {card} 已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="368"/>
        <source>Household card {card} reactivated.</source>
        <translation>家庭卡 {card} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="376"/>
        <source>Personal details of household {card}</source>
        <translation>家庭 {card} 的个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/households.py" line="395"/>
        <source>Card labels sent for printing: {count}.</source>
        <translation>已发送打印卡片标签：{count} 张。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/office/intake/page.py" line="169"/>
        <source>Intake</source>
        <translation>入库登记</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="170"/>
        <source>Donated goods</source>
        <translation>捐赠物品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="170"/>
        <source>Cash donation</source>
        <translation>现金捐赠</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="170"/>
        <source>Purchased goods</source>
        <translation>采购商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="171"/>
        <source>Consigned goods</source>
        <translation>代销商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="173"/>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="174"/>
        <source>Amount given (yuan)</source>
        <translation>捐赠金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="175"/>
        <location filename="../../ui/office/intake/page.py" line="202"/>
        <source>Donor&apos;s conditions</source>
        <translation>捐赠人要求</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="176"/>
        <source>捐赠票据 code and number</source>
        <translation>捐赠票据代码和号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="177"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="178"/>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="179"/>
        <source>Change line</source>
        <translation>修改此行</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="180"/>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="181"/>
        <source>Save intake</source>
        <translation>保存入库</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="182"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="183"/>
        <source>Print acknowledgement</source>
        <translation>打印捐赠回执</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="202"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="217"/>
        <source>Line {line}, expiry: {date} is before the day received.</source>
        <translation>第 {line} 行，保质期：{date} 早于接收日期。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="227"/>
        <source>Lines: {lines}   Units: {units}   Estimated value: {value}   Weight: {weight}</source>
        <translation>共 {lines} 行   数量：{units}   估值：{value}   重量：{weight}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="278"/>
        <source>Amount: type the amount given in yuan, such as 200 or 50.50.</source>
        <translation>金额：请输入捐赠金额（元），例如 200 或 50.50。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="285"/>
        <source>Add at least one line before saving.</source>
        <translation>保存前请至少添加一行物品。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="302"/>
        <source>donor</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="302"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="303"/>
        <source>consignor</source>
        <translation>代销方</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="304"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="304"/>
        <source>value each</source>
        <translation>单件估值</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="304"/>
        <source>weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="305"/>
        <source>expiry</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="305"/>
        <source>condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="305"/>
        <source>item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="306"/>
        <source>item name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="306"/>
        <source>price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="306"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="307"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="307"/>
        <source>received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="308"/>
        <source>捐赠票据 code</source>
        <translation>捐赠票据代码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="308"/>
        <source>捐赠票据 number</source>
        <translation>捐赠票据号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="309"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="309"/>
        <source>lines</source>
        <translation>物品明细</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="310"/>
        <source>correction reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="311"/>
        <source>correction category</source>
        <translation>更正类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="318"/>
        <source>Line {line}, {field}: {message}</source>
        <translation>第 {line} 行，{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="322"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="347"/>
        <source>Saved as {number}.</source>
        <translation>已保存，单号 {number}。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/page.py" line="349"/>
        <source>Print labels ({count})</source>
        <translation>打印标签（{count} 张）</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="59"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="60"/>
        <location filename="../../ui/office/stock/item_editor.py" line="65"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="60"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="60"/>
        <source>From</source>
        <translation>来源方</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="60"/>
        <source>Received on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="61"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="61"/>
        <source>Unit value</source>
        <translation>单位估值</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="61"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="62"/>
        <source>Received qty</source>
        <translation>入库数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="62"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="64"/>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="65"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="65"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="65"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="66"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="66"/>
        <source>Receipt or donation</source>
        <translation>小票或捐赠单号</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="66"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="67"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="69"/>
        <source>Movements</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="76"/>
        <source>Choose an item in the list.</source>
        <translation>请在列表中选择一个商品。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="88"/>
        <source>Can be paid with a household allowance</source>
        <translation>可用受助家庭补助支付</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="89"/>
        <source>Active: sold at the counter and found by search</source>
        <translation>在售：收银台可售，可被搜索到</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="93"/>
        <source>New barcode</source>
        <translation>新条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="95"/>
        <source>Add barcode</source>
        <translation>添加条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="97"/>
        <source>Remove selected barcode</source>
        <translation>删除所选条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="102"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="105"/>
        <source>Adjust stock…</source>
        <translation>调整库存…</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="110"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="111"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="112"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="113"/>
        <source>Reorder level</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="130"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="169"/>
        <source>On hand: {on_hand} (sellable {sellable})</source>
        <translation>库存：{on_hand}（可售 {sellable}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="203"/>
        <source>The name is required.</source>
        <translation>名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="205"/>
        <source>The price must be an amount in yuan, such as 12.50.</source>
        <translation>价格必须是以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="227"/>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/item_editor.py" line="244"/>
        <source>Choose the barcode to remove in the list of barcodes.</source>
        <translation>请在条码列表中选择要删除的条码。</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="85"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="85"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="85"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="85"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="86"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="86"/>
        <source>Earliest expiry</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="86"/>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="124"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_model.py" line="124"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../ui/office/stock/items_page.py" line="45"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_page.py" line="50"/>
        <source>Type a barcode, a name, pinyin or initials (dm finds 大米)</source>
        <translation>输入条码、名称、拼音或首字母（dm 可找到大米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_page.py" line="82"/>
        <source>Print labels for the selected items</source>
        <translation>为所选商品打印标签</translation>
    </message>
    <message>
        <source>{count} items found for “{query}”</source>
        <translation type="vanished">“{query}”找到 {count} 种商品</translation>
    </message>
    <message>
        <source>{count} items shown; scroll down for more</source>
        <translation type="vanished">已显示 {count} 种商品，向下滚动查看更多</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation type="vanished">共 {count} 种商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/items_page.py" line="145"/>
        <source>Select the items to print labels for.</source>
        <translation>请选择要打印标签的商品。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/stock/items_page.py" line="124"/>
        <source>%n item(s) found for “{query}”</source>
        <translation>
            <numerusform>“{query}”找到 %n 种商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/stock/items_page.py" line="126"/>
        <source>%n item(s) shown; scroll down for more</source>
        <translation>
            <numerusform>已显示 %n 种商品，向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/stock/items_page.py" line="127"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 种商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="59"/>
        <location filename="../../ui/office/shared/label_dialog.py" line="63"/>
        <location filename="../../ui/office/shared/label_dialog.py" line="276"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="66"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="66"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="66"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="74"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="76"/>
        <source>Remove the selected row</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="89"/>
        <source>Show where each item came from (donated, purchased, consigned)</source>
        <translation>在标签上注明来源（捐赠、采购、代销）</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="93"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="94"/>
        <source>Labels already used on the first sheet</source>
        <translation>第一张标签纸已用掉的标签数</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="100"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="102"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="104"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="180"/>
        <source>No item has this barcode</source>
        <translation>没有这个条码的商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="204"/>
        <source>{name}: label printer, one label of {width} × {height} mm</source>
        <translation>{name}：标签打印机，每张 {width} × {height} 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="206"/>
        <source>{name}: {page} sheet of {count} labels, {width} × {height} mm each</source>
        <translation>{name}：{page} 标签纸，每页 {count} 张，每张 {width} × {height} 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="253"/>
        <source>Save the labels as a PDF</source>
        <translation>把标签保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="254"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="266"/>
        <source>Making the labels…</source>
        <translation>正在生成标签…</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="270"/>
        <source>The labels were saved to {path}</source>
        <translation>标签已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_dialog.py" line="289"/>
        <source>Printing the labels…</source>
        <translation>正在打印标签…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/shared/label_dialog.py" line="294"/>
        <source>%n page(s) of labels were sent to {printer}</source>
        <translation>
            <numerusform>已把 %n 页标签发送到 {printer}</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages} page(s) of labels were sent to {printer}</source>
        <translation type="vanished">已把 {pages} 页标签发送到 {printer}</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_printing.py" line="57"/>
        <source>the printer did not start</source>
        <translation>打印机没有启动</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/label_printing.py" line="66"/>
        <source>the printer reported an error</source>
        <translation>打印机报告了错误</translation>
    </message>
</context>
<context>
    <name>LabelLayoutsPage</name>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="127"/>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="217"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="127"/>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="136"/>
        <source>Page</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="127"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="127"/>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="128"/>
        <source>Top margin (mm)</source>
        <translation>上边距（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="128"/>
        <source>Bottom margin (mm)</source>
        <translation>下边距（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="129"/>
        <source>Left margin (mm)</source>
        <translation>左边距（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="129"/>
        <source>Right margin (mm)</source>
        <translation>右边距（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="130"/>
        <source>Gap between columns (mm)</source>
        <translation>列间距（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="130"/>
        <source>Gap between rows (mm)</source>
        <translation>行间距（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="134"/>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="135"/>
        <source>Label layouts</source>
        <translation>标签版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="136"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="136"/>
        <source>Labels</source>
        <translation>标签数</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="136"/>
        <source>Label size (mm)</source>
        <translation>标签尺寸（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="137"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="138"/>
        <source>The store&apos;s own layout</source>
        <translation>本店自定义版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="141"/>
        <source>A4, A5, Letter or 40x30</source>
        <translation>A4、A5、Letter 或 40x30</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="142"/>
        <source>Copy into the editor</source>
        <translation>复制到编辑区</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="143"/>
        <source>Use as the default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="144"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="145"/>
        <source>New layout</source>
        <translation>新建版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="146"/>
        <source>Save layout</source>
        <translation>保存版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="158"/>
        <source>{name} (default)</source>
        <translation>{name}（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="160"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="160"/>
        <source>Own</source>
        <translation>本店自定义</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="161"/>
        <source>{rows} x {columns} = {count}</source>
        <translation>{rows} × {columns} = {count}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="163"/>
        <source>{width} x {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="216"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="220"/>
        <source>Name: {name} is a built-in layout; choose another name.</source>
        <translation>名称：{name} 是内置版式，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="234"/>
        <source>{count} labels of {width} x {height} mm on each page.</source>
        <translation>每页 {count} 张标签，每张 {width} × {height} 毫米。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="248"/>
        <source>The layout {name} was saved.</source>
        <translation>版式 {name} 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="261"/>
        <source>Labels are now printed with {name} unless another layout is chosen.</source>
        <translation>今后打印标签默认使用 {name}，除非另选版式。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/label_layouts_page.py" line="274"/>
        <source>The layout {name} was deleted.</source>
        <translation>版式 {name} 已删除。</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="114"/>
        <source>Scan a barcode, or type a name or pinyin</source>
        <translation>扫描条码，或输入名称、拼音</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="115"/>
        <source>New item…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="116"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="116"/>
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="117"/>
        <source>Value each (yuan)</source>
        <translation>单件估值（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="117"/>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation>保质期（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="118"/>
        <source>Weight of the line</source>
        <translation>本行总重量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="122"/>
        <location filename="../../ui/office/intake/line_form.py" line="123"/>
        <source>new</source>
        <translation>全新</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="122"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="122"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="129"/>
        <source>{name} · {price} · {barcode}</source>
        <translation>{name} · {price} · {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="182"/>
        <source>{name} (new item)</source>
        <translation>{name}（新商品）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="186"/>
        <source>No item chosen yet</source>
        <translation>尚未选择商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="193"/>
        <source>Quantity: type a whole number, 1 or more.</source>
        <translation>数量：请输入不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="196"/>
        <source>Value each: type an amount in yuan, such as 3.50 (0 if it can&apos;t be valued).</source>
        <translation>单件估值：请输入金额（元），例如 3.50（无法估值填 0）。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="199"/>
        <source>Expiry: type a date as YYYY-MM-DD, such as 2026-12-31.</source>
        <translation>保质期：请按 年-月-日 输入日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="201"/>
        <source>Expiry: {date} is before the day received; expired goods can&apos;t be sold.</source>
        <translation>保质期：{date} 早于接收日期，过期物品不能出售。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="204"/>
        <source>Weight: type a number, such as 2.5 kg or 500 g (whole grams).</source>
        <translation>重量：请输入数字，例如 2.5 千克或 500 克（精确到克）。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="206"/>
        <source>Condition: at most 40 characters.</source>
        <translation>成色：最多 40 个字。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="222"/>
        <source>Item: scan or find the item first.</source>
        <translation>商品：请先扫描或查找商品。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="247"/>
        <source>Update line {n}</source>
        <translation>更新第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="262"/>
        <source>Add line</source>
        <translation>添加此行</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/line_form.py" line="263"/>
        <source>Cancel change</source>
        <translation>取消修改</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="154"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="154"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="154"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="154"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="154"/>
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="155"/>
        <source>Value each</source>
        <translation>单件估值</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="155"/>
        <source>Line value</source>
        <translation>本行估值</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="155"/>
        <source>Expiry</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="155"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="171"/>
        <source>{name} (new item)</source>
        <translation>{name}（新商品）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/lines.py" line="173"/>
        <source>store code when saved</source>
        <translation>保存时生成店内码</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/counter/login_page.py" line="69"/>
        <source>Back office: a manager types their PIN and presses Enter (Esc: back to the counter login)</source>
        <translation>后台管理：请店长输入 PIN 后按回车（Esc：返回收银登录）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/login_page.py" line="70"/>
        <source>Back to the counter login (Esc)</source>
        <translation>返回收银登录 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/login_page.py" line="72"/>
        <source>Type your PIN and press Enter</source>
        <translation>输入您的 PIN 码，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/login_page.py" line="73"/>
        <source>Back office (F1)</source>
        <translation>后台管理 (F1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CharityMart</source>
        <translation type="vanished">CharityMart 爱心超市</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>CharityMart 慈善超市</source>
        <translation>慈善超市 CharityMart</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>The unpaid basket from before was restored</source>
        <translation>之前未付款的购物篮已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>The basket is empty: scan something first</source>
        <translation>购物篮是空的：请先扫描商品</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Paid. Receipt {number}. Change: {change}</source>
        <translation>已付款。小票 {number}。找零：{change}</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="111"/>
        <source>Hours worked away from the counter</source>
        <translation>补录服务时长（不在收银台签到的服务）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="112"/>
        <source>Volunteer {code}: {name}</source>
        <translation>志愿者 {code}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="124"/>
        <source>What was done, for example: sorting donated clothes</source>
        <translation>服务内容，例如：整理捐赠的衣物</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="127"/>
        <source>Date worked</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="128"/>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="129"/>
        <source>Finished at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="130"/>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="132"/>
        <source>The hours count once a manager approves them.</source>
        <translation>负责人批准后，这些时长才计入。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="156"/>
        <source>Finished at: the end time must be after the start time.</source>
        <translation>结束时间：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="159"/>
        <source>That is {hours} hours before rounding.</source>
        <translation>取整前共 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="161"/>
        <source>Work done: at most 1000 characters.</source>
        <translation>服务内容：最多 1000 个字。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="163"/>
        <source>Date worked: the date is in the future.</source>
        <translation>服务日期：日期在将来。</translation>
    </message>
</context>
<context>
    <name>MonthEndPage</name>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="141"/>
        <location filename="../../ui/office/documents/month_end_page.py" line="142"/>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="143"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="144"/>
        <source>Transparency report (公示)</source>
        <translation>信息公示</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="145"/>
        <source>Preview, print or save…</source>
        <translation>预览、打印或保存…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="146"/>
        <source>Publish and close this month…</source>
        <translation>公示并关闭本月…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="147"/>
        <source>Papers for each person</source>
        <translation>逐人单据</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="148"/>
        <source>Monthly donor receipts: one PDF for each donor</source>
        <translation>每月捐赠收据：每位捐赠者一份 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="150"/>
        <source>Household statements for signature: one PDF for each household (manager)</source>
        <translation>受助家庭签字对账单：每户一份 PDF（店长）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="152"/>
        <source>Consignor settlement statements: one PDF for each consignor</source>
        <translation>寄售结算单：每位寄售人一份 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="154"/>
        <source>Write to a folder…</source>
        <translation>写入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="172"/>
        <source>{month} is not published yet.</source>
        <translation>{month} 尚未公示。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="176"/>
        <source>{month} was published on {date} and is closed. Audit chain head at publication: {head}</source>
        <translation>{month} 已于 {date} 公示并关闭。公示时的审计链头：{head}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="188"/>
        <source>Transparency report {month}</source>
        <translation>{month} 信息公示</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="197"/>
        <source>Publishing {month}…</source>
        <translation>正在公示 {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="212"/>
        <source>{month} is published and closed. Write the chain head on the noticeboard copy: {head}</source>
        <translation>{month} 已公示并关闭。请在公示栏张贴的文本上注明审计链头：{head}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="220"/>
        <source>Choose the folder for the PDFs</source>
        <translation>选择存放 PDF 的文件夹</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="33"/>
        <source>New item</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="47"/>
        <source>e.g. bag, bottle, piece</source>
        <translation>例如：袋、瓶、件</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="49"/>
        <source>Empty: the store gives it its own code and a label</source>
        <translation>留空：由本店生成店内码并打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="57"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="59"/>
        <source>Price (yuan)</source>
        <translation>售价（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="60"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="61"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="64"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="81"/>
        <source>A new category is created when the intake is saved.</source>
        <translation>保存入库时将新建此类别。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="84"/>
        <source>Suggested price for this category: {price}</source>
        <translation>此类别的建议售价：{price}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="93"/>
        <source>Name: type the item&apos;s name.</source>
        <translation>名称：请输入商品名称。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="96"/>
        <source>Price: type an amount in yuan, such as 12.50.</source>
        <translation>售价：请输入金额（元），例如 12.50。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="99"/>
        <source>Barcode: {code} has a wrong check digit; check it was typed correctly.</source>
        <translation>条码：{code} 的校验位不对，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="101"/>
        <source>Barcode: letters, digits and punctuation only, without spaces or *.</source>
        <translation>条码：只能包含字母、数字和标点，不能有空格或 *。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="103"/>
        <source>Barcode: {code} is already on another new item of this intake.</source>
        <translation>条码：{code} 已用于本次入库的另一个新商品。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/item_dialog.py" line="118"/>
        <source>Barcode: {code} already belongs to {name}.</source>
        <translation>条码：{code} 已属于“{name}”。</translation>
    </message>
</context>
<context>
    <name>NewPartyDialog</name>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="132"/>
        <source>New donor</source>
        <translation>新建捐赠人</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="132"/>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="133"/>
        <source>New consignor</source>
        <translation>新建代销方</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="145"/>
        <source>Agrees to be named in public reports</source>
        <translation>同意在公示中显示姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="153"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="154"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="155"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="157"/>
        <source>Unified social credit code (organisations)</source>
        <translation>统一社会信用代码（机构）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="160"/>
        <source>Shop&apos;s share of each sale</source>
        <translation>本店每笔销售提成</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="161"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="162"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="162"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="170"/>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="170"/>
        <source>organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="171"/>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="171"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="172"/>
        <source>consignor</source>
        <translation>代销方</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="177"/>
        <source>Name: type the name (only an anonymous donor has none).</source>
        <translation>名称：请输入名称（只有匿名捐赠人可以不填）。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="179"/>
        <source>Phone: use digits, spaces, +, - and brackets only.</source>
        <translation>电话：只能包含数字、空格、+、- 和括号。</translation>
    </message>
</context>
<context>
    <name>NoSaleDialog</name>
    <message>
        <location filename="../../ui/counter/drawer.py" line="77"/>
        <source>Open the drawer (no sale)</source>
        <translation>打开钱箱（无销售）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="79"/>
        <source>Open the drawer without a sale</source>
        <translation>不销售，只打开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="92"/>
        <source>Enter: open the drawer   Esc: cancel, nothing is changed</source>
        <translation>Enter：打开钱箱   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="96"/>
        <source>Manager&apos;s PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/counter/drawer.py" line="108"/>
        <source>A manager types their PIN here</source>
        <translation>请经理在这里输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>OfficeLabels</name>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="10"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="11"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="12"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="18"/>
        <source>Donated goods</source>
        <translation>捐赠物资</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="19"/>
        <source>Purchased goods</source>
        <translation>采购商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="20"/>
        <source>Consigned goods</source>
        <translation>寄售商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="26"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="27"/>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="28"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="29"/>
        <source>Household allowance</source>
        <translation>家庭补贴额度</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="30"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="36"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="37"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="42"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="43"/>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="44"/>
        <source>Every half-year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/labels.py" line="45"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>OfficePeople</name>
    <message>
        <location filename="../../ui/office/people/common.py" line="41"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/common.py" line="42"/>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/common.py" line="43"/>
        <source>Every half-year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/common.py" line="44"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>OfficeShell</name>
    <message>
        <location filename="../../ui/office/shell.py" line="141"/>
        <source>Back office</source>
        <translation>后台管理</translation>
    </message>
    <message>
        <location filename="../../ui/office/shell.py" line="142"/>
        <source>Logged in: {name} ({role})</source>
        <translation>当前登录：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/shell.py" line="144"/>
        <source>Back to the counter (F10)</source>
        <translation>返回收银台 (F10)</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="64"/>
        <source>Volunteer code (optional)</source>
        <translation>志愿者编号（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="66"/>
        <source>Taken out by</source>
        <translation>送货人</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="69"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/deliveries.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="68"/>
        <source>Donor</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="68"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="69"/>
        <source>Consignor</source>
        <translation>代销方</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="71"/>
        <source>Type a name, phone, code or pinyin</source>
        <translation>输入姓名、电话、编号或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="72"/>
        <source>New donor…</source>
        <translation>新建捐赠人…</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="72"/>
        <source>New supplier…</source>
        <translation>新建供应商…</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="73"/>
        <source>New consignor…</source>
        <translation>新建代销方…</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="97"/>
        <source>No donor chosen: the donation is recorded as anonymous.</source>
        <translation>未选择捐赠人：将记为匿名捐赠。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="98"/>
        <source>Nobody chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="100"/>
        <source>{name} ({code}), may be named in public reports</source>
        <translation>{name}（{code}），可在公示中显示姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="103"/>
        <source>{name} ({code}), not named in public reports</source>
        <translation>{name}（{code}），公示中不显示姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="110"/>
        <source>{name} · {code} · {phone}</source>
        <translation>{name} · {code} · {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/party_picker.py" line="111"/>
        <source>{name} · {code}</source>
        <translation>{name} · {code}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="36"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="46"/>
        <source>Reference (optional)</source>
        <translation>参考号（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="53"/>
        <source>{key}  {amount}</source>
        <translation>{key}  {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="59"/>
        <source>&amp;Mobile payment</source>
        <translation>手机支付(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="60"/>
        <source>Ban&amp;k card</source>
        <translation>银行卡(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="65"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="67"/>
        <source>Cash received</source>
        <translation>收到现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="79"/>
        <source>Enter: pay in cash   F1-F4: paid with that note   Esc: back to the basket</source>
        <translation>Enter：现金付款   F1-F4：用这张钞票付款   Esc：返回购物篮</translation>
    </message>
    <message>
        <source>Enter: pay in cash   Esc: back to the basket</source>
        <translation type="vanished">Enter：现金支付   Esc：回到购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="93"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="93"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="93"/>
        <source>Allowance</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="94"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="94"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="119"/>
        <source>That is not an amount of money: type it like 50 or 12.50</source>
        <translation>这不是金额：请输入像 50 或 12.50 这样的数</translation>
    </message>
    <message>
        <location filename="../../ui/counter/payment_dialog.py" line="123"/>
        <source>{received} is less than the {due} due</source>
        <translation>{received} 少于应付的 {due}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="205"/>
        <source>Record payment</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="207"/>
        <source>{name}, {month}: still owed {remaining}</source>
        <translation>{name}，{month}：尚欠 {remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="218"/>
        <source>Amount paid (yuan)</source>
        <translation>付款金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="219"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="220"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="221"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="221"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="234"/>
        <source>Amount paid: type an amount in yuan, such as 120.50.</source>
        <translation>付款金额：请输入金额（元），例如 120.50。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="236"/>
        <source>Amount paid: more than the {remaining} still owed.</source>
        <translation>付款金额：超过了尚欠的 {remaining}。</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../ui/office/admin/users.py" line="43"/>
        <source>PIN: type at least {count} digits.</source>
        <translation>PIN：请至少输入 {count} 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="45"/>
        <source>Repeat PIN: type the same PIN again.</source>
        <translation>确认 PIN：请再输入一次相同的 PIN。</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="46"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="50"/>
        <location filename="../../ui/counter/points_dialog.py" line="122"/>
        <source>Scan or type the volunteer card</source>
        <translation>扫描或输入志愿者卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="54"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="54"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="55"/>
        <source>Points are worth</source>
        <translation>积分价值</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="55"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="67"/>
        <source>Pay with points, rest in cash (Enter)</source>
        <translation>用积分支付，其余付现金（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="72"/>
        <source>Enter: pay with points   Esc: back to the basket</source>
        <translation>Enter：用积分支付   Esc：回到购物篮</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="104"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="113"/>
        <source>This store does not take time-bank points.</source>
        <translation>本店不收时间银行积分。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="115"/>
        <source>This volunteer card is not active: ask the manager.</source>
        <translation>这张志愿者卡未启用：请问经理。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="117"/>
        <source>This volunteer has no points to spend.</source>
        <translation>这位志愿者没有可用的积分。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="138"/>
        <source>Scan the goods first, then press F7.</source>
        <translation>先扫描物品，再按 F7。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/points_dialog.py" line="141"/>
        <source>Nothing is left to pay with points: press F12 to finish.</source>
        <translation>没有需要用积分支付的了：按 F12 完成。</translation>
    </message>
</context>
<context>
    <name>PrintHooks</name>
    <message>
        <location filename="../../ui/office/shared/print_hooks.py" line="25"/>
        <source>Household card labels</source>
        <translation>家庭卡标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/print_hooks.py" line="29"/>
        <source>Volunteer card labels</source>
        <translation>志愿者卡标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/shared/print_hooks.py" line="36"/>
        <source>Donation acknowledgement {number}</source>
        <translation>捐赠回执 {number}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="50"/>
        <location filename="../../ui/office/documents/month_end_page.py" line="59"/>
        <source>Publish and close {month}</source>
        <translation>公示并关闭 {month}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="53"/>
        <source>Publishing the transparency report for {month} closes the month. After that, a donation or volunteer hours dated in {month} can only be entered as a correction with a reason, and the correction is listed in a later month&apos;s report. Publishing cannot be undone.</source>
        <translation>公示 {month} 的报告会关闭这个月。此后，日期在 {month} 的捐赠或志愿服务时长只能作为更正录入，并须写明原因；更正会列在之后月份的公示中。公示后不能撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/month_end_page.py" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../ui/office/people/common.py" line="201"/>
        <source>Why do you need to see these personal details? Your answer is recorded with your name.</source>
        <translation>您为什么需要查看这些个人信息？您的回答会和您的姓名一起记录下来。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/common.py" line="206"/>
        <source>For example: phoning the household about a home delivery</source>
        <translation>例如：打电话和家庭约定送货上门</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/common.py" line="209"/>
        <source>Show the details</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/common.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location filename="../../ui/counter/receipt_output.py" line="90"/>
        <source>the printer did not start</source>
        <translation>打印机没有启动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="129"/>
        <source>no printer is set up on this computer</source>
        <translation>这台电脑没有设置打印机</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="138"/>
        <source>the printer reported an error</source>
        <translation>打印机报错</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="144"/>
        <source>Receipt {number} was not saved: {problem}. Press F4 to try again</source>
        <translation>小票 {number} 没有保存：{problem}。按 F4 重试</translation>
    </message>
    <message>
        <location filename="../../ui/counter/receipt_output.py" line="146"/>
        <source>Receipt {number} was not printed: {problem}. Press F4 to print it again</source>
        <translation>小票 {number} 没有打印：{problem}。按 F4 重新打印</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="54"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="66"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>扫描或输入小票号，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="93"/>
        <source>Refund &amp;all</source>
        <translation>全部退款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="95"/>
        <source>&amp;Void whole sale (F8)</source>
        <translation>整单作废(&amp;V)（F8）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="104"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="135"/>
        <source>Enter or Esc: close</source>
        <translation>Enter 或 Esc：关闭</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="138"/>
        <source>Enter on the receipt number: show the sale   ↑ ↓ choose a line   0-9 quantity to refund   Space damaged, do not restock   Enter refund   F8 void whole sale   Esc close, nothing changed</source>
        <translation>在小票号上按 Enter：显示这笔销售   ↑ ↓ 选择一行   0-9 退货数量   Space 已损坏，不回库存   Enter 退款   F8 整单作废   Esc 关闭，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="150"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="150"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="150"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="151"/>
        <source>Allowance</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="151"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="171"/>
        <source>Refund now: {amount}</source>
        <translation>本次退款：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="176"/>
        <source>Back by the original payment: {tenders}</source>
        <translation>按原付款方式退回：{tenders}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="182"/>
        <source>Give back {cash} in cash</source>
        <translation>退还现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="183"/>
        <source>No cash to give back</source>
        <translation>无需退还现金</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="202"/>
        <location filename="../../ui/counter/refund_dialog.py" line="300"/>
        <source>Scan or type the receipt number</source>
        <translation>扫描或输入小票号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="228"/>
        <source>Receipt {number}   {time}   Total {total}</source>
        <translation>小票 {number}   {time}   合计 {total}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="231"/>
        <source>Paid by: {tenders}</source>
        <translation>付款方式：{tenders}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="233"/>
        <source>Refunded before: {numbers}</source>
        <translation>之前已退款：{numbers}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="237"/>
        <source>{number} is a refund receipt (of {original}): it cannot be refunded</source>
        <translation>{number} 是退款小票（原小票 {original}）：不能再退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="240"/>
        <source>VOID: this sale was voided, there is nothing to refund</source>
        <translation>已作废：这笔销售已作废，没有可退的</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="242"/>
        <source>Everything on this receipt has already been refunded</source>
        <translation>这张小票上的商品都已经退过了</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="275"/>
        <source>There is nothing to refund here</source>
        <translation>这里没有可退的</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="279"/>
        <source>Only {n} of {item} can still be refunded</source>
        <translation>{item} 只能再退 {n} 件</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="304"/>
        <source>Choose a line with the arrow keys and type how many to refund</source>
        <translation>用方向键选择一行，再输入要退的数量</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="307"/>
        <source>Refund {amount} from receipt {number}</source>
        <translation>从小票 {number} 退款 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="325"/>
        <source>Refund receipt {refund} (of {number})</source>
        <translation>退款小票 {refund}（原小票 {number}）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="328"/>
        <source>Refund {refund}: give back {cash} in cash</source>
        <translation>退款 {refund}：退还现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="330"/>
        <source>Refund {refund} done</source>
        <translation>退款 {refund} 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="337"/>
        <source>{number} is a refund receipt: it cannot be voided</source>
        <translation>{number} 是退款小票：不能作废</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="340"/>
        <source>{number} is already void</source>
        <translation>{number} 已经作废了</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="343"/>
        <source>{number} is from another shift: only this shift&apos;s sales can be voided, refund it instead</source>
        <translation>{number} 是别的班次的：只能作废本班的销售，请改为退款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="347"/>
        <source>Void whole sale {number}</source>
        <translation>整单作废 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="348"/>
        <source>Everything on it goes back: the goods to stock, the money by the original payment. Total {total}.</source>
        <translation>全部退回：商品回库存，钱按原付款方式退回。合计 {total}。</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="362"/>
        <source>Sale {number} is void</source>
        <translation>销售 {number} 已作废</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="364"/>
        <source>Sale {number} voided: give back {cash} in cash</source>
        <translation>销售 {number} 已作废：退还现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_dialog.py" line="366"/>
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
    <name>RefundReasons</name>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="20"/>
        <source>Damaged or faulty</source>
        <translation>损坏或有质量问题</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="21"/>
        <source>Expired or spoiled</source>
        <translation>过期或变质</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="22"/>
        <source>Wrong item or price</source>
        <translation>商品或价格错误</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="23"/>
        <source>Customer changed their mind</source>
        <translation>顾客不想要了</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="24"/>
        <source>Paid with the wrong tender</source>
        <translation>付款方式选错了</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="25"/>
        <source>Rung up twice</source>
        <translation>重复收款</translation>
    </message>
    <message>
        <location filename="../../ui/counter/refund_reasons.py" line="26"/>
        <source>Other (say why)</source>
        <translation>其他（请说明原因）</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="328"/>
        <source>Renew household card {card}</source>
        <translation>家庭卡 {card} 续期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="333"/>
        <source>A new amount applies from this period, or from the next one if allowance has already been used in this period.</source>
        <translation>新金额从本周期起生效；如果本周期已使用过补助，则从下一周期起生效。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/household_form.py" line="339"/>
        <source>The period can&apos;t change once allowance has been granted.</source>
        <translation>已发放过补助，周期不能再更改。</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="147"/>
        <source>Reprint a receipt</source>
        <translation>重打小票</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="151"/>
        <location filename="../../ui/counter/shift_dialogs.py" line="173"/>
        <source>Scan or type the receipt number</source>
        <translation>扫描或输入小票号</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="156"/>
        <source>Enter: print this receipt again   Esc: cancel</source>
        <translation>Enter：重新打印这张小票   Esc：取消</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="159"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../ui/office/admin/users.py" line="205"/>
        <source>Reset PIN</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="206"/>
        <source>A new PIN for {name}:</source>
        <translation>为 {name} 设置新 PIN：</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="212"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="213"/>
        <source>Repeat PIN</source>
        <translation>确认 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="215"/>
        <source>Save the new PIN</source>
        <translation>保存新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="216"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
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
    <name>ReverseDialog</name>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="261"/>
        <source>Reverse expense</source>
        <translation>冲销支出</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="263"/>
        <source>Reverse {category} of {amount} paid on {day}? A reversal is recorded with your reason; nothing is deleted.</source>
        <translation>冲销 {day} 支付的{category} {amount}？系统会记录一笔冲销和您填写的原因，不会删除任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="271"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="272"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="272"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="164"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="139"/>
        <source>Scan a barcode, or type a name and press Enter</source>
        <translation>扫描条码，或输入商品名后按 Enter</translation>
    </message>
    <message>
        <source>F2 Search   F3 Refund   F4 Reprint   F5 Cash in/out   F6 Close shift   F7 Points   F8 Household card   F9 Hold/Recall   F10 Log out   F11 Drawer   F12 Pay   Del Remove line</source>
        <translation type="vanished">F2 查找   F3 退款   F4 重打   F5 存取现金   F6 交班   F7 积分   F8 家庭卡   F9 挂起/取回   F10 退出登录   F11 钱箱   F12 付款   Del 删除一行</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="141"/>
        <source>F1 Volunteer clock   F2 Search   F3 Refund   F4 Reprint   F5 Cash in/out   F6 Close shift   F7 Points   F8 Household card   F9 Hold/Recall   F10 Log out   F11 Drawer   F12 Pay   Del Remove line</source>
        <translation>F1 志愿者签到   F2 查找   F3 退款   F4 重打   F5 存取现金   F6 交班   F7 积分   F8 家庭卡   F9 挂起/取回   F10 退出登录   F11 钱箱   F12 付款   Del 删除一行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/sale_page.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="157"/>
        <source>{store} · till {till} · cashier {name}</source>
        <translation>{store} · 收银台 {till} · 收银员 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="166"/>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="270"/>
        <source>Quantity {n}: now scan the item</source>
        <translation>数量 {n}：现在扫描商品</translation>
    </message>
    <message>
        <location filename="../../ui/counter/sale_page.py" line="278"/>
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
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/office/admin/settings_form.py" line="39"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="212"/>
        <location filename="../../ui/office/admin/settings.py" line="213"/>
        <source>Store settings</source>
        <translation>门店设置</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="214"/>
        <source>Save settings (Ctrl+S)</source>
        <translation>保存设置 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="215"/>
        <source>The store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="216"/>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="217"/>
        <source>Receipts and cash drawer</source>
        <translation>小票与钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="218"/>
        <source>Stock, labels and privacy</source>
        <translation>库存、标签与隐私</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="219"/>
        <source>New households start with</source>
        <translation>新登记家庭的默认补贴</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="220"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="221"/>
        <source>The organisation on public papers</source>
        <translation>公开文件上的机构信息</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="224"/>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="224"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="224"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="225"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="226"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="226"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="227"/>
        <source>Round hours down to (minutes)</source>
        <translation>时长向下取整单位（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="228"/>
        <source>Daily cap (hours)</source>
        <translation>每日上限（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="229"/>
        <source>Time bank in use</source>
        <translation>启用时间银行</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="229"/>
        <source>Points per hour</source>
        <translation>每小时积分</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="230"/>
        <source>One point pays (yuan)</source>
        <translation>每积分抵（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="230"/>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="231"/>
        <source>Receipt paper</source>
        <translation>小票纸张</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="231"/>
        <source>Receipt PDF folder</source>
        <translation>小票 PDF 文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="232"/>
        <source>Receipt printer name</source>
        <translation>小票打印机名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="232"/>
        <source>Drawer device</source>
        <translation>钱箱设备</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="233"/>
        <source>Receipt printer kind</source>
        <translation>小票打印机类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="234"/>
        <source>USB printer id (vendor:product)</source>
        <translation>USB 打印机编号（厂商:产品）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="235"/>
        <source>Network printer (host:port)</source>
        <translation>网络打印机（地址:端口）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="236"/>
        <source>Windows printer name (ESC/POS)</source>
        <translation>Windows 打印机名称（ESC/POS）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="237"/>
        <source>Drawer pulse on (ms)</source>
        <translation>钱箱脉冲接通时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="237"/>
        <source>Drawer pulse off (ms)</source>
        <translation>钱箱脉冲断开时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="238"/>
        <source>Collection slips printed</source>
        <translation>领取单打印份数</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="239"/>
        <source>Warn of expiry (days ahead)</source>
        <translation>临期提醒（提前天数）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="239"/>
        <source>Label layout</source>
        <translation>标签版式</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="240"/>
        <source>Allowance (yuan)</source>
        <translation>补贴额度（元）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="240"/>
        <source>Allowance period</source>
        <translation>补贴周期</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="241"/>
        <source>Unused allowance carries over</source>
        <translation>未用完额度结转下期</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="242"/>
        <source>Visits per period (empty: no limit)</source>
        <translation>每期限领次数（留空为不限）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="243"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="243"/>
        <source>Backups kept</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="244"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="245"/>
        <source>Registering authority</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="246"/>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="247"/>
        <source>Supervision and complaints phone</source>
        <translation>监督投诉电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="248"/>
        <source>Valuation basis of donated goods</source>
        <translation>捐赠物资计价依据</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="252"/>
        <source>Empty: the standard sentence</source>
        <translation>留空：使用标准表述</translation>
    </message>
    <message>
        <source>How donated goods are valued (empty: the standard sentence)</source>
        <translation type="vanished">捐赠物资计价依据（留空：使用标准表述）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="253"/>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="254"/>
        <source>Not printed</source>
        <translation>不打印</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="254"/>
        <source>Saved as PDF files</source>
        <translation>保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="255"/>
        <source>Printed on the receipt printer</source>
        <translation>用小票打印机打印</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="259"/>
        <source>System printer (Windows driver)</source>
        <translation>系统打印机（Windows 驱动）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="260"/>
        <source>ESC/POS thermal printer on USB</source>
        <translation>USB 连接的 ESC/POS 热敏打印机</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="261"/>
        <source>ESC/POS thermal printer on the network</source>
        <translation>网络连接的 ESC/POS 热敏打印机</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="262"/>
        <source>ESC/POS thermal printer through the Windows spooler</source>
        <translation>通过 Windows 打印队列的 ESC/POS 热敏打印机</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="263"/>
        <source>ESC/POS test printer (nothing is printed)</source>
        <translation>ESC/POS 测试打印机（不实际打印）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="267"/>
        <source>No drawer (opened with its key)</source>
        <translation>无钱箱（用钥匙打开）</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="268"/>
        <source>On the ESC/POS receipt printer above</source>
        <translation>接在上面的 ESC/POS 小票打印机上</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="269"/>
        <source>ESC/POS drawer on the receipt printer</source>
        <translation>接在小票打印机上的 ESC/POS 钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="275"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="276"/>
        <source>Choose a picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="277"/>
        <source>Remove the logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="278"/>
        <location filename="../../ui/office/admin/settings.py" line="279"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="280"/>
        <source>Identity numbers are encrypted with a key kept on this PC, not in the database or its backups. To move the store to a new PC, export the key and keep the file somewhere safe.</source>
        <translation>身份证号用保存在本机的密钥加密，密钥不在数据库和备份中。把门店搬到新电脑时，请导出密钥，并把文件妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="283"/>
        <source>Export the identity-number key…</source>
        <translation>导出身份证号密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="315"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="336"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="342"/>
        <source>The settings were saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="347"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="352"/>
        <source>Choose the store&apos;s logo</source>
        <translation>选择门店标志</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="353"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="363"/>
        <source>The file {path} could not be read: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="367"/>
        <source>Save the settings to keep the new logo.</source>
        <translation>保存设置后新标志才会生效。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="374"/>
        <source>Export the identity-number key</source>
        <translation>导出身份证号密钥</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="375"/>
        <source>Key files (*.key)</source>
        <translation>密钥文件 (*.key)</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/settings.py" line="387"/>
        <source>The key was saved to {path}. Keep it apart from the backups.</source>
        <translation>密钥已保存到 {path}。请与备份分开存放。</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="92"/>
        <source>Consignor settlement</source>
        <translation>代销结算</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="93"/>
        <source>Consignor</source>
        <translation>代销方</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="94"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="95"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="95"/>
        <source>Quantity sold</source>
        <translation>售出数量</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="95"/>
        <source>Average price</source>
        <translation>平均售价</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="96"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="97"/>
        <source>Record payment…</source>
        <translation>登记付款…</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="108"/>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="125"/>
        <source>No consignor yet: add one on the intake page (Consigned goods).</source>
        <translation>还没有代销方：请在入库登记页（代销商品）中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="128"/>
        <source>Adding up the month&apos;s sales…</source>
        <translation>正在统计本月销售…</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="153"/>
        <source>Sales {amount}   Shop&apos;s share ({percent} %) {share}   Owed {owed}   Paid {paid}   Still owed {remaining}</source>
        <translation>销售额 {amount}   本店提成（{percent}%）{share}   应付 {owed}   已付 {paid}   尚欠 {remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="168"/>
        <source>Paid {amount} on {date} ({method}) {note}</source>
        <translation>{date} 已付 {amount}（{method}）{note}</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="172"/>
        <source>This month is not over yet: it can be paid from the first of next month.</source>
        <translation>本月尚未结束：下月 1 日起才能结算付款。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="174"/>
        <source>Nothing is owed for this month.</source>
        <translation>本月无应付款项。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="176"/>
        <source>This month is paid in full.</source>
        <translation>本月已全部付清。</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="181"/>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="181"/>
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../ui/office/intake/settlement_page.py" line="190"/>
        <source>Payment recorded.</source>
        <translation>付款已登记。</translation>
    </message>
</context>
<context>
    <name>ShiftKeys</name>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="220"/>
        <source>Cash in {amount} recorded: {reason}</source>
        <translation>已存入现金 {amount}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="221"/>
        <source>Cash out {amount} recorded: {reason}</source>
        <translation>已取出现金 {amount}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="232"/>
        <source>The basket still has items: pay, hold (F9) or remove them before closing the shift</source>
        <translation>购物篮里还有商品：请先收款、挂单（F9）或删掉，再交班</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="278"/>
        <source>The shift is closed, but its Z-report was not printed: {problem}. A manager can print it again in the back office (Documents) or with: charitymart report z --shift {shift} --receipt-printer</source>
        <translation>本班已结班，但 Z 报表没有打印出来：{problem}。经理可以在后台（单据）再打印，或运行：charitymart report z --shift {shift} --receipt-printer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="291"/>
        <source>Printing receipt {number} again</source>
        <translation>正在重新打印小票 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="292"/>
        <source>Saving receipt {number} again as a PDF</source>
        <translation>正在把小票 {number} 重新保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/counter/shift_dialogs.py" line="342"/>
        <source>Receipt {number} sent to {where}</source>
        <translation>小票 {number} 已发送到 {where}</translation>
    </message>
</context>
<context>
    <name>ShiftStockPage</name>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="102"/>
        <source>Shift and stock</source>
        <translation>班次与库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="103"/>
        <source>Shift, stock and hours reports</source>
        <translation>班次、库存与服务时长报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="104"/>
        <source>Shift Z-report</source>
        <translation>班次 Z 报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="105"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="106"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="107"/>
        <source>Z-report of this shift…</source>
        <translation>本班次的 Z 报表…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="108"/>
        <source>Z-reports of every shift that day…</source>
        <translation>当天所有班次的 Z 报表…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="109"/>
        <source>Stock and expiry report</source>
        <translation>库存与效期报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="110"/>
        <source>Stock as of</source>
        <translation>库存截至</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="111"/>
        <source>Stock report…</source>
        <translation>库存报表…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="112"/>
        <source>Volunteer hours report</source>
        <translation>志愿服务时长报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="113"/>
        <source>Hours from</source>
        <translation>服务时间 从</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="114"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="115"/>
        <source>Hours report…</source>
        <translation>服务时长报表…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="123"/>
        <source>Shift {number}, till {till}, opened {opened} by {name}, still open</source>
        <translation>班次 {number}，收银台 {till}，{name} 于 {opened} 开班，尚未交班</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="125"/>
        <source>Shift {number}, till {till}, {opened} to {closed}, {name}</source>
        <translation>班次 {number}，收银台 {till}，{opened} 至 {closed}，{name}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="140"/>
        <source>No shift was opened on {day}.</source>
        <translation>{day} 没有开过班次。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="149"/>
        <source>Z-report of shift {number}</source>
        <translation>班次 {number} 的 Z 报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="156"/>
        <source>Z-reports of {day}</source>
        <translation>{day} 的 Z 报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="163"/>
        <source>Stock and expiry report as of {day}</source>
        <translation>截至 {day} 的库存与效期报表</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="171"/>
        <source>Hours from: the first day is after the last day.</source>
        <translation>服务时间：开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/shift_stock_page.py" line="174"/>
        <source>Volunteer hours {first} to {last}</source>
        <translation>志愿服务时长 {first} 至 {last}</translation>
    </message>
</context>
<context>
    <name>SpendingPage</name>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="108"/>
        <source>Spending</source>
        <translation>资金支出</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="109"/>
        <source>Spending, balance and the annual report</source>
        <translation>资金支出、结余与年度报告</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="110"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="111"/>
        <source>Add expense…</source>
        <translation>记录支出…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="112"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="113"/>
        <source>Annual report for</source>
        <translation>年度报告年份</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="114"/>
        <source>Annual report…</source>
        <translation>年度报告…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="115"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="115"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="115"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="115"/>
        <source>Paid from</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="116"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="116"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="116"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="123"/>
        <source>Rent</source>
        <translation>房租</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="123"/>
        <source>Water and electricity</source>
        <translation>水电</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="123"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="124"/>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="124"/>
        <source>Purchase of goods</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="125"/>
        <source>Direct aid to households</source>
        <translation>救助支出</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="125"/>
        <source>Office costs</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="126"/>
        <source>Other spending</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="129"/>
        <source>Cash donations</source>
        <translation>现金捐赠</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="129"/>
        <source>Sales income</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="138"/>
        <source>Adding up the month…</source>
        <translation>正在汇总本月数据…</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="159"/>
        <source>Reverses number {number}: {reason}</source>
        <translation>冲销第 {number} 笔：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="162"/>
        <source>{description} (reversed)</source>
        <translation>{description}（已冲销）</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="167"/>
        <source>Carried forward {opening} · received {received} · spent {spent} · balance at month end {closing}</source>
        <translation>上月结转 {opening} · 本月收入 {received} · 本月支出 {spent} · 月末结余 {closing}</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="189"/>
        <source>The expense is recorded.</source>
        <translation>支出已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="195"/>
        <source>The expense is reversed.</source>
        <translation>支出已冲销。</translation>
    </message>
    <message>
        <location filename="../../ui/office/documents/spending_page.py" line="200"/>
        <source>Annual report {year}</source>
        <translation>{year} 年度报告</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/office/start/area.py" line="43"/>
        <location filename="../../ui/office/start/area.py" line="113"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="114"/>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="115"/>
        <source>Today&apos;s takings</source>
        <translation>今日营业额</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="116"/>
        <source>Donations this month</source>
        <translation>本月捐赠</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="117"/>
        <source>Volunteers on duty</source>
        <translation>在岗志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="118"/>
        <source>Nobody is clocked in.</source>
        <translation>目前没有人签到。</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="119"/>
        <source>Running low</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="120"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="120"/>
        <location filename="../../ui/office/start/area.py" line="121"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="121"/>
        <source>Source of goods</source>
        <translation>物资来源</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="121"/>
        <source>Pieces sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="122"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="122"/>
        <source>Clocked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="123"/>
        <location filename="../../ui/office/start/area.py" line="124"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="123"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="123"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="124"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="124"/>
        <source>Reorder level</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="131"/>
        <source>Expiring within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="132"/>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="139"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="161"/>
        <source>{sales} sales, {collections} collections, {refunds} refunds, {voids} voids</source>
        <translation>销售 {sales} 笔，领取 {collections} 笔，退货 {refunds} 笔，作废 {voids} 笔</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="181"/>
        <source>{date} (expired)</source>
        <translation>{date}（已过期）</translation>
    </message>
    <message>
        <source>{count} donations received since the 1st</source>
        <translation type="vanished">本月 1 日以来收到捐赠 {count} 笔</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="170"/>
        <source>Hours waiting for your approval: {count}</source>
        <translation>待您审核的服务时长：{count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="174"/>
        <source>Today, {date}</source>
        <translation>今日，{date}</translation>
    </message>
    <message>
        <location filename="../../ui/office/start/area.py" line="176"/>
        <source>{count} expired lots are still on the shelf: take them off</source>
        <translation>有 {count} 批已过期商品仍在货架上：请下架</translation>
    </message>
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
    <message numerus="yes">
        <location filename="../../ui/office/start/area.py" line="169"/>
        <source>%n donation(s) received since the 1st</source>
        <translation>
            <numerusform>本月 1 日以来收到捐赠 %n 笔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="30"/>
        <source>Donated</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="31"/>
        <source>Purchased</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="32"/>
        <source>Consigned</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="39"/>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="40"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="41"/>
        <source>Sale voided</source>
        <translation>销售作废</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="42"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="43"/>
        <source>Adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="50"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="51"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="52"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="53"/>
        <source>Passed to another charity</source>
        <translation>转赠其他慈善机构</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="54"/>
        <source>Found</source>
        <translation>盘盈/找到</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="55"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/tables.py" line="56"/>
        <source>Returned damaged</source>
        <translation>退回损坏</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="116"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="121"/>
        <source>Start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="123"/>
        <source>Post the differences as adjustments</source>
        <translation>将差异记为库存调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="125"/>
        <location filename="../../ui/office/stock/stocktake_page.py" line="345"/>
        <location filename="../../ui/office/stock/stocktake_page.py" line="347"/>
        <source>Cancel the stocktake</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="129"/>
        <source>Count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="130"/>
        <source>Scan to count</source>
        <translation>扫码盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="131"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="154"/>
        <source>Type the number counted in the Counted column and press Enter. Items left empty are not changed.</source>
        <translation>在“实盘数”一栏输入清点的数量并按回车。留空的商品不会改动。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="158"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="171"/>
        <source>Scan a barcode: each scan counts one; 5*code counts five</source>
        <translation>扫描条码：每扫一次计 1 件；5*条码 计 5 件</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="187"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="187"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="187"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="187"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="188"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="188"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="210"/>
        <source>Stocktake {number} open since {started}</source>
        <translation>盘点 {number} 自 {started} 起进行中</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="213"/>
        <source>No stocktake is open. Start one to count the stock.</source>
        <translation>当前没有进行中的盘点。开始盘点后即可清点库存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="219"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="255"/>
        <source>{counted} items counted, {changed} with a difference; value of the differences {value}</source>
        <translation>已清点 {counted} 种商品，其中 {changed} 种有差异；差异金额 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="281"/>
        <source>The count must be a whole number, such as 12.</source>
        <translation>数量必须是整数，例如 12。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="316"/>
        <source>No item has the barcode {code}. Nothing was counted.</source>
        <translation>没有商品使用条码 {code}，未计数。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="320"/>
        <source>{quantity} × {name}: {total} counted so far</source>
        <translation>{quantity} × {name}：已清点 {total}</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="329"/>
        <source>Post the stocktake</source>
        <translation>过账盘点</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="330"/>
        <source>Write every difference into the stock as an adjustment? This cannot be undone.</source>
        <translation>把每一项差异作为库存调整写入库存吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="331"/>
        <source>Post the differences</source>
        <translation>记入差异</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="337"/>
        <source>Stocktake {number} is posted: {count} adjustments written.</source>
        <translation>盘点 {number} 已过账：写入 {count} 条库存调整。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="346"/>
        <source>Throw away every count of this stocktake? The stock is not changed.</source>
        <translation>放弃本次盘点的所有计数吗？库存不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/office/stock/stocktake_page.py" line="358"/>
        <source>Go back</source>
        <translation>返回</translation>
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
        <location filename="../../ui/first_run.py" line="106"/>
        <source>Type the store&apos;s name.</source>
        <translation>请输入门店名称。</translation>
    </message>
</context>
<context>
    <name>TillBar</name>
    <message>
        <location filename="../../ui/counter/till_bar.py" line="47"/>
        <source>{language} (Ctrl+L)</source>
        <translation>{language}（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/till_bar.py" line="49"/>
        <source>End training (Ctrl+T)</source>
        <translation>结束练习（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/till_bar.py" line="50"/>
        <source>Training mode (Ctrl+T)</source>
        <translation>练习模式（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../ui/counter/till_bar.py" line="70"/>
        <source>Training mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <location filename="../../ui/counter/till_bar.py" line="71"/>
        <source>Practise on a copy of the store: nothing done in training is real. A manager&apos;s PIN starts it.</source>
        <translation>在本店数据的副本上练习：练习中做的一切都不算数。需要店长输入 PIN 才能开始。</translation>
    </message>
</context>
<context>
    <name>TillsPage</name>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="66"/>
        <location filename="../../ui/office/admin/tills.py" line="67"/>
        <source>Tills</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="68"/>
        <location filename="../../ui/office/admin/tills.py" line="70"/>
        <source>Till code</source>
        <translation>收银台编号</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="68"/>
        <location filename="../../ui/office/admin/tills.py" line="71"/>
        <source>Till name</source>
        <translation>收银台名称</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="68"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="68"/>
        <source>Shift open</source>
        <translation>班次进行中</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="69"/>
        <source>Add a till</source>
        <translation>添加收银台</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="72"/>
        <source>e.g. T2</source>
        <translation>例如 T2</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="73"/>
        <source>Add till</source>
        <translation>添加收银台</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="89"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="90"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="96"/>
        <source>Code: a letter and then up to 7 letters or digits, such as T2.</source>
        <translation>编号：以字母开头，后跟最多 7 个字母或数字，例如 T2。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="113"/>
        <source>Till {code} was added. Start CharityMart on that PC with --till {code}.</source>
        <translation>已添加收银台 {code}。请在那台电脑上用 --till {code} 启动 CharityMart。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="126"/>
        <source>Till {code} can be used again.</source>
        <translation>收银台 {code} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/tills.py" line="127"/>
        <source>Till {code} can no longer be logged in to.</source>
        <translation>收银台 {code} 已停用，不能再登录。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../ui/training.py" line="44"/>
        <source>{mark}: practice on a copy of the store. Nothing here is real.</source>
        <translation>{mark}：在店铺副本上练习。这里的一切都不是真的。</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="134"/>
        <location filename="../../ui/training.py" line="150"/>
        <source>{mark} · {title}</source>
        <translation>{mark} · {title}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/office/admin/users.py" line="107"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="108"/>
        <source>Users and PINs</source>
        <translation>用户与 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="109"/>
        <location filename="../../ui/office/admin/users.py" line="112"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="109"/>
        <location filename="../../ui/office/admin/users.py" line="113"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="109"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="110"/>
        <source>Reset PIN…</source>
        <translation>重设 PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="111"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="114"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="115"/>
        <source>Repeat PIN</source>
        <translation>确认 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="116"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="141"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="142"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="153"/>
        <source>{name} can log in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="154"/>
        <source>{name} can no longer log in.</source>
        <translation>{name} 已不能再登录。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="164"/>
        <source>{name}&apos;s PIN was changed. Tell them the new PIN in person.</source>
        <translation>{name} 的 PIN 已更改。请当面告诉本人新 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="171"/>
        <source>Name: type the person&apos;s name.</source>
        <translation>姓名：请输入此人的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/office/admin/users.py" line="193"/>
        <source>{name} was added as {role}.</source>
        <translation>已添加 {name}，角色为{role}。</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="31"/>
        <source>Register a volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="31"/>
        <source>Edit the volunteer</source>
        <translation>修改志愿者资料</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="33"/>
        <source>Scan or type the volunteer card code</source>
        <translation>扫描或输入志愿者卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="40"/>
        <source>Optional; needed for a volunteer service certificate</source>
        <translation>可不填；开具志愿服务证明时需要</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="42"/>
        <source>Volunteer card code</source>
        <translation>志愿者卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="45"/>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="46"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="54"/>
        <source>Now {masked}; leave empty to keep it</source>
        <translation>现为 {masked}；不修改请留空</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="67"/>
        <source>Volunteer card code: scan or type the code on the card.</source>
        <translation>志愿者卡号：请扫描或输入卡上的号码。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="69"/>
        <source>Volunteer card code: a code has no spaces.</source>
        <translation>志愿者卡号：卡号中不能有空格。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="71"/>
        <source>Volunteer card code: at most 40 characters.</source>
        <translation>志愿者卡号：最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="74"/>
        <source>Name: type the volunteer&apos;s name.</source>
        <translation>姓名：请输入志愿者的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="76"/>
        <source>Name: at most 100 characters.</source>
        <translation>姓名：最多 100 个字。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteer_forms.py" line="78"/>
        <source>Phone: at most 50 characters.</source>
        <translation>电话：最多 50 个字符。</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="59"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="75"/>
        <source>Card, name or pinyin</source>
        <translation>卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="76"/>
        <source>Also show volunteers who have left</source>
        <translation>同时显示已离开的志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="80"/>
        <source>Card code</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="80"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="85"/>
        <source>Register a volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="86"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="87"/>
        <location filename="../../ui/office/people/volunteers.py" line="203"/>
        <source>Mark as left</source>
        <translation>标记为已离开</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="88"/>
        <source>Personal details</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="89"/>
        <source>Add hours worked</source>
        <translation>补录服务时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="90"/>
        <source>Print card labels</source>
        <translation>打印卡片标签</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="104"/>
        <source>Approved hours this month</source>
        <translation>本月已批准时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="104"/>
        <source>Approved hours this year</source>
        <translation>今年已批准时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="105"/>
        <source>Hours waiting for approval</source>
        <translation>待审核时长</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="105"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="115"/>
        <source>Personal details (this view is recorded)</source>
        <translation>个人信息（本次查看已记录）</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="118"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="118"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="124"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="124"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="124"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="124"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="125"/>
        <source>Receipt or note</source>
        <translation>小票号或备注</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="131"/>
        <source>Time-bank ledger</source>
        <translation>时间银行明细</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="161"/>
        <source>Has left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="162"/>
        <source>On duty</source>
        <translation>值班中</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="162"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="184"/>
        <source>Pick a volunteer in the list.</source>
        <translation>请在列表中选择一位志愿者。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="195"/>
        <source>{code}: {name}</source>
        <translation>{code}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="200"/>
        <source>{points} points, worth {value}</source>
        <translation>{points} 分，价值 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="203"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="204"/>
        <source>Earned for hours</source>
        <translation>服务时长所得</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="204"/>
        <source>Spent at the till</source>
        <translation>收银台消费</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="205"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="205"/>
        <source>Given back by a refund</source>
        <translation>退货退回</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="206"/>
        <source>Given back by a void</source>
        <translation>作废退回</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="221"/>
        <source>Volunteer {code} registered.</source>
        <translation>志愿者 {code} 已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="236"/>
        <source>Editing the volunteer&apos;s details</source>
        <translation>修改志愿者资料</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="241"/>
        <source>Volunteer {code} saved.</source>
        <translation>志愿者 {code} 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="255"/>
        <source>Volunteer {code} marked as left.</source>
        <translation>志愿者 {code} 已标记为离开。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="255"/>
        <source>Volunteer {code} reactivated.</source>
        <translation>志愿者 {code} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="262"/>
        <source>Personal details of volunteer {code}</source>
        <translation>志愿者 {code} 的个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="278"/>
        <source>Hours for {name} recorded; they count once a manager approves them.</source>
        <translation>已记录 {name} 的服务时长；负责人批准后才计入。</translation>
    </message>
    <message>
        <location filename="../../ui/office/people/volunteers.py" line="285"/>
        <source>Card labels sent for printing: {count}.</source>
        <translation>已发送打印卡片标签：{count} 张。</translation>
    </message>
</context>
</TS>
