<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation type="vanished">调整库存</translation>
    </message>
    <message>
        <source>Adjust the stock of {name}</source>
        <translation type="vanished">调整 {name} 的库存</translation>
    </message>
    <message>
        <source>Lot {lot} · {source} · expires {expiry} · {left} left</source>
        <translation type="vanished">批次 {lot} · {source} · {expiry} 到期 · 剩 {left}</translation>
    </message>
    <message>
        <source>Lot {lot} · {source} · no expiry · {left} left</source>
        <translation type="vanished">批次 {lot} · {source} · 无到期日 · 剩 {left}</translation>
    </message>
    <message>
        <source>Record adjustment</source>
        <translation type="vanished">记录调整</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="vanished">批次</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>A new lot</source>
        <translation type="vanished">新建批次</translation>
    </message>
    <message>
        <source>Any lot, the first to expire first</source>
        <translation type="vanished">任意批次（先到期的先出）</translation>
    </message>
    <message>
        <source>The quantity is added to the stock.</source>
        <translation type="vanished">该数量将加入库存。</translation>
    </message>
    <message>
        <source>The quantity is taken out of the stock.</source>
        <translation type="vanished">该数量将从库存中扣除。</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation type="vanished">管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other users. A PIN is at least 4 digits; keep it secret.</source>
        <translation type="vanished">管理员负责添加其他用户。PIN 至少 4 位数字，请保密。</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation type="vanished">管理员姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="vanished">PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="vanished">再输一次 PIN</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s name.</source>
        <translation type="vanished">请输入管理员姓名。</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the PIN again in &quot;PIN again&quot;.</source>
        <translation type="vanished">两次输入的 PIN 不一样：请在“再输一次 PIN”里重新输入。</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Stock alerts</source>
        <translation type="vanished">库存提醒</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="vanished"> 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">刷新</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="vanished">批次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">资金来源</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="vanished">到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="vanished">剩余天数</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="vanished">库存</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="vanished">报损</translation>
    </message>
    <message>
        <source>Sellable on hand</source>
        <translation type="vanished">可售库存</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="vanished">补货线</translation>
    </message>
    <message>
        <source>Warn about lots expiring within</source>
        <translation type="vanished">提醒到期期限</translation>
    </message>
    <message>
        <source>Expired, still on the shelf</source>
        <translation type="vanished">已过期仍在架</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation type="vanished">{days} 天内到期</translation>
    </message>
    <message>
        <source>Below reorder level</source>
        <translation type="vanished">低于补货线</translation>
    </message>
    <message>
        <source>Expired, still on the shelf ({count})</source>
        <translation type="vanished">已过期仍在架（{count}）</translation>
    </message>
    <message>
        <source>Expiring within {days} days ({count})</source>
        <translation type="vanished">{days} 天内到期（{count}）</translation>
    </message>
    <message>
        <source>Below reorder level ({count})</source>
        <translation type="vanished">低于补货线（{count}）</translation>
    </message>
    <message>
        <source>Expired on {expiry}</source>
        <translation type="vanished">已于 {expiry} 过期</translation>
    </message>
    <message>
        <source>{quantity} × {name} (lot {lot}) written off as expired.</source>
        <translation type="vanished">{quantity} × {name}（批次 {lot}）已作过期报损。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Reason: type its number or choose with ↑ ↓, then Enter</source>
        <translation type="vanished">原因：输入编号，或用 ↑ ↓ 选择，然后按回车</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Other: say why, in a few words</source>
        <translation type="vanished">其他：请简单写明原因</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation type="vanished">经理 PIN 码</translation>
    </message>
    <message>
        <source>Enter: confirm   Esc: cancel, nothing is changed</source>
        <translation type="vanished">Enter：确认   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <source>Say why, in a few words</source>
        <translation type="vanished">简单写一下原因</translation>
    </message>
    <message>
        <source>A manager types their PIN here</source>
        <translation type="vanished">请经理在这里输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Hours to approve</source>
        <translation type="vanished">时长审核</translation>
    </message>
    <message>
        <source>Hours waiting for a manager&apos;s decision</source>
        <translation type="vanished">等待负责人审核的时长</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">日期</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="vanished">志愿者</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">结束</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="vanished">小时</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="vanished">方式</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="vanished">录入人</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="vanished">服务内容</translation>
    </message>
    <message>
        <source>Note for the record (optional), for example: confirmed by the organiser</source>
        <translation type="vanished">备注（可不填），例如：已由活动组织者确认</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="vanished">驳回</translation>
    </message>
    <message>
        <source>Entered later</source>
        <translation type="vanished">事后补录</translation>
    </message>
    <message>
        <source>Clocked (very long)</source>
        <translation type="vanished">打卡（时间过长）</translation>
    </message>
    <message>
        <source>{code}: {name}</source>
        <translation type="vanished">{code}：{name}</translation>
    </message>
    <message>
        <source>Approved: {hours} hours credited to {name}.</source>
        <translation type="vanished">已批准：为 {name} 记入 {hours} 小时。</translation>
    </message>
    <message>
        <source>Rejected: the hours of {name} on {date} do not count.</source>
        <translation type="vanished">已驳回：{name} 在 {date} 的服务时长不计入。</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backup not made</source>
        <translation type="vanished">没有做成备份</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation type="vanished">备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="vanished">立即备份</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="vanished">从备份恢复……</translation>
    </message>
    <message>
        <source>Encrypt backups with this passphrase</source>
        <translation type="vanished">用此密码加密备份</translation>
    </message>
    <message>
        <source>Stop encrypting backups</source>
        <translation type="vanished">停止加密备份</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="vanished">备份密码</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation type="vanished">再输一次密码</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe, away from the computer: without it an encrypted backup can&apos;t be restored. It is never stored, only a key made from it.</source>
        <translation type="vanished">请把密码妥善保管在电脑以外的地方：没有它，加密的备份无法恢复。系统不保存密码本身，只保存由它生成的密钥。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="vanished">加密</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="vanished">尚无</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="vanished">已加密</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="vanished">未加密</translation>
    </message>
    <message>
        <source>Backups go to {folder} ({encrypted}); the newest {keep} are kept. Last automatic backup: {last}.</source>
        <translation type="vanished">备份保存在 {folder}（{encrypted}），保留最新的 {keep} 份。最近一次自动备份：{last}。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="vanished">正在备份……</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="vanished">已备份到 {path}</translation>
    </message>
    <message>
        <source>Backup passphrase: use at least 8 characters</source>
        <translation type="vanished">备份密码：至少需要 8 个字符</translation>
    </message>
    <message>
        <source>The passphrase again: the two passphrases are not the same</source>
        <translation type="vanished">再输一次密码：两次输入的密码不一样</translation>
    </message>
    <message>
        <source>Backups are encrypted from now on.</source>
        <translation type="vanished">从现在起备份会加密。</translation>
    </message>
    <message>
        <source>Backups are no longer encrypted.</source>
        <translation type="vanished">备份不再加密。</translation>
    </message>
    <message>
        <source>Restoring a backup needs a manager.</source>
        <translation type="vanished">恢复备份需要店长权限。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="vanished">备份已恢复</translation>
    </message>
    <message>
        <source>The backup replaced this store; the store it replaced is kept at {kept}. CharityMart closes now: start it again to work on the restored store.</source>
        <translation type="vanished">备份已替换本店数据；被替换的数据保存在 {kept}。爱心超市现在关闭：请重新启动以使用恢复后的数据。</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <source>Item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">金额</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Cash in / out</source>
        <translation type="vanished">存入 / 取出现金</translation>
    </message>
    <message>
        <source>+  Cash in</source>
        <translation type="vanished">+  存入现金</translation>
    </message>
    <message>
        <source>−  Cash out</source>
        <translation type="vanished">−  取出现金</translation>
    </message>
    <message>
        <source>e.g. change from the bank, takings to the safe</source>
        <translation type="vanished">例如：从银行换的零钱、营业款放进保险柜</translation>
    </message>
    <message>
        <source>+ cash in   − cash out   Enter: next, then record   Esc: cancel, nothing is changed</source>
        <translation type="vanished">+ 存入   − 取出   Enter：下一步，再记账   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Type the amount, like 50 or 12.50</source>
        <translation type="vanished">输入金额，例如 50 或 12.50</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out</source>
        <translation type="vanished">写一下存入或取出的原因</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Household categories</source>
        <translation type="vanished">受助家庭类别</translation>
    </message>
    <message>
        <source>New households are given one of the active categories. A category is never deleted: deactivate it once no active household uses it.</source>
        <translation type="vanished">新登记的家庭只能选用已启用的类别。类别不会被删除：没有在册家庭使用它时，可以停用。</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="vanished">中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="vanished">英文名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">启用</translation>
    </message>
    <message>
        <source>Active households</source>
        <translation type="vanished">在册家庭数</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="vanished">新增类别</translation>
    </message>
    <message>
        <source>Rename the selected category</source>
        <translation type="vanished">修改所选类别的名称</translation>
    </message>
    <message>
        <source>e.g. 残疾人家庭</source>
        <translation type="vanished">例如：残疾人家庭</translation>
    </message>
    <message>
        <source>e.g. Disability</source>
        <translation type="vanished">例如：Disability</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="vanished">新增类别</translation>
    </message>
    <message>
        <source>Save the new names</source>
        <translation type="vanished">保存新名称</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="vanished">重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="vanished">停用</translation>
    </message>
    <message>
        <source>Chinese name: type the category&apos;s name in Chinese.</source>
        <translation type="vanished">中文名称：请输入类别的中文名称。</translation>
    </message>
    <message>
        <source>Chinese name: there is already a category called {name}.</source>
        <translation type="vanished">中文名称：已有名为 {name} 的类别。</translation>
    </message>
    <message>
        <source>English name: there is already a category called {name}.</source>
        <translation type="vanished">英文名称：已有名为 {name} 的类别。</translation>
    </message>
    <message>
        <source>The category {name} was added.</source>
        <translation type="vanished">已新增类别 {name}。</translation>
    </message>
    <message>
        <source>The category {old} is now called {name}.</source>
        <translation type="vanished">类别 {old} 已改名为 {name}。</translation>
    </message>
    <message>
        <source>The category {name} is offered for new households again.</source>
        <translation type="vanished">类别 {name} 已重新启用，新登记的家庭可以选用。</translation>
    </message>
    <message>
        <source>The category {name} is no longer offered for new households.</source>
        <translation type="vanished">类别 {name} 已停用，新登记的家庭不再能选用。</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Volunteer certificate</source>
        <translation type="vanished">志愿服务证明</translation>
    </message>
    <message>
        <source>Volunteer certificate (志愿服务证明)</source>
        <translation type="vanished">志愿服务证明</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation type="vanished">开具证明</translation>
    </message>
    <message>
        <source>Type the volunteer&apos;s code or name, then press Enter</source>
        <translation type="vanished">输入志愿者编号或姓名，然后按回车</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="vanished">志愿者</translation>
    </message>
    <message>
        <source>Hours from</source>
        <translation type="vanished">服务时间 从</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="vanished">证件号码</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="vanished">负责人</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="vanished">至</translation>
    </message>
    <message>
        <source>Print the full ID number (manager only; the look is recorded)</source>
        <translation type="vanished">打印完整证件号码（仅限店长，查看会被记录）</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation type="vanished">保存姓名</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation type="vanished">开具证明…</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation type="vanished">已开具的证明</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">编号</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="vanished">开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="vanished">结束日期</translation>
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
        <source>Hours</source>
        <translation type="vanished">小时</translation>
    </message>
    <message>
        <source>Full ID</source>
        <translation type="vanished">完整证件号</translation>
    </message>
    <message>
        <source>Issued on, by</source>
        <translation type="vanished">开具日期、经办人</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="vanished">{name}（{code}）</translation>
    </message>
    <message>
        <source>No volunteer chosen yet.</source>
        <translation type="vanished">尚未选择志愿者。</translation>
    </message>
    <message>
        <source>Chosen: {name} ({code})</source>
        <translation type="vanished">已选择：{name}（{code}）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">否</translation>
    </message>
    <message>
        <source>{date}, {name}</source>
        <translation type="vanished">{date}，{name}</translation>
    </message>
    <message>
        <source>The person in charge is saved.</source>
        <translation type="vanished">负责人已保存。</translation>
    </message>
    <message>
        <source>Volunteer: find and choose the volunteer first.</source>
        <translation type="vanished">志愿者：请先查找并选择志愿者。</translation>
    </message>
    <message>
        <source>Hours from: the first day is after the last day.</source>
        <translation type="vanished">服务时间：开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Volunteer certificate for {name}</source>
        <translation type="vanished">{name}的志愿服务证明</translation>
    </message>
    <message>
        <source>Certificate {number} is in the register.</source>
        <translation type="vanished">证明 {number} 已登记。</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Clock in and out</source>
        <translation type="vanished">签到签退</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="vanished">关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>Clock in and out</source>
        <translation type="vanished">签到签退</translation>
    </message>
    <message>
        <source>Volunteer clock-in and clock-out</source>
        <translation type="vanished">志愿者签到签退</translation>
    </message>
    <message>
        <source>Scan the volunteer card and press Enter</source>
        <translation type="vanished">请扫描志愿者卡，然后按回车</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="vanished">签到</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="vanished">签退</translation>
    </message>
    <message>
        <source>Or pick a name:</source>
        <translation type="vanished">或选择姓名：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation type="vanished">卡号</translation>
    </message>
    <message>
        <source>On duty since</source>
        <translation type="vanished">签到时间</translation>
    </message>
    <message>
        <source>Hours so far</source>
        <translation type="vanished">已服务小时</translation>
    </message>
    <message>
        <source>Clock out the selected volunteer</source>
        <translation type="vanished">为选中的志愿者签退</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation type="vanished">正在值班</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="vanished">{name}（{code}）</translation>
    </message>
    <message>
        <source>{name} clocked in at {time}. Thank you for coming!</source>
        <translation type="vanished">{name} 已于 {time} 签到。感谢您的到来！</translation>
    </message>
    <message>
        <source>{name} clocked out after {hours} hours. Such a long time waits for a manager&apos;s approval.</source>
        <translation type="vanished">{name} 已签退，共 {hours} 小时。时间这么长，需等负责人审核。</translation>
    </message>
    <message>
        <source>{name} clocked out after {hours} hours: {credited} hours credited and {points} time-bank points earned.</source>
        <translation type="vanished">{name} 已签退，共 {hours} 小时：记入 {credited} 小时，获得 {points} 时间银行积分。</translation>
    </message>
    <message>
        <source>{name} clocked out after {hours} hours: {credited} hours credited.</source>
        <translation type="vanished">{name} 已签退，共 {hours} 小时：记入 {credited} 小时。</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <source>Close the shift</source>
        <translation type="vanished">交班结账</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation type="vanished">纸币或硬币</translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="vanished">点数金额</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation type="vanished">钱箱应有金额</translation>
    </message>
    <message>
        <source>Count the cash in the drawer</source>
        <translation type="vanished">清点钱箱里的现金</translation>
    </message>
    <message>
        <source>Type how many of each, Enter: next   Enter on &quot;Close the shift&quot;: close it   Esc: back to the sale, nothing is changed</source>
        <translation type="vanished">输入每种的数量，Enter：下一项   在“交班结账”上按 Enter：结账   Esc：回到收银，不做任何改动</translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="vanished">短款</translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="vanished">长款</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="vanished">正好</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="vanished">现金</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation type="vanished">手机支付</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="vanished">银行卡</translation>
    </message>
    <message>
        <source>Household allowance</source>
        <translation type="vanished">家庭补助额度</translation>
    </message>
    <message>
        <source>Time-bank points</source>
        <translation type="vanished">时间银行积分</translation>
    </message>
    <message>
        <source>Donated goods</source>
        <translation type="vanished">捐赠物品</translation>
    </message>
    <message>
        <source>Purchased goods</source>
        <translation type="vanished">采购物品</translation>
    </message>
    <message>
        <source>Consigned goods</source>
        <translation type="vanished">寄售物品</translation>
    </message>
    <message>
        <source>{count} × {total}</source>
        <translation type="vanished">{count} × {total}</translation>
    </message>
    <message>
        <source>Z totals of this shift</source>
        <translation type="vanished">本班 Z 报表合计</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="vanished">销售</translation>
    </message>
    <message>
        <source>Free collections</source>
        <translation type="vanished">免费领取</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="vanished">退款</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation type="vanished">作废的销售</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation type="vanished">按付款方式</translation>
    </message>
    <message>
        <source>By fund source</source>
        <translation type="vanished">按资金来源</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="vanished">开班备用金</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="vanished">存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="vanished">取出现金</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation type="vanished">现金退款</translation>
    </message>
    <message>
        <source>Drawer openings</source>
        <translation type="vanished">开钱箱次数</translation>
    </message>
</context>
<context>
    <name>CorrectionBox</name>
    <message>
        <source>Entry error</source>
        <translation type="vanished">录入错误</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation type="vanished">重复录入</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation type="vanished">数量有误</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation type="vanished">金额有误</translation>
    </message>
    <message>
        <source>Donor withdrew</source>
        <translation type="vanished">捐赠人撤回</translation>
    </message>
    <message>
        <source>Entered late</source>
        <translation type="vanished">补录</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">其他</translation>
    </message>
    <message>
        <source>Correction of a published month: category</source>
        <translation type="vanished">更正已公示月份：类别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>(the category is published; the reason stays internal)</source>
        <translation type="vanished">（类别会公示；原因仅内部留存）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">请选择…</translation>
    </message>
    <message>
        <source>Correction: choose the category of the correction.</source>
        <translation type="vanished">更正：请选择更正类别。</translation>
    </message>
    <message>
        <source>Correction: say why (the reason stays internal).</source>
        <translation type="vanished">更正：请填写原因（原因仅内部留存）。</translation>
    </message>
</context>
<context>
    <name>CountSheetModel</name>
    <message>
        <source>Barcode</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="vanished">账面数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="vanished">实盘数</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation type="vanished">电脑内存不足。</translation>
    </message>
    <message>
        <source>The store&apos;s database could not be reached or was busy. Try again in a moment.</source>
        <translation type="vanished">连不上店里的数据库，或者数据库正忙。请稍后再试。</translation>
    </message>
    <message>
        <source>The computer could not read or write a file ({reason}).</source>
        <translation type="vanished">电脑无法读写文件（{reason}）。</translation>
    </message>
    <message>
        <source>An unexpected program error happened ({kind}).</source>
        <translation type="vanished">程序出现了意外错误（{kind}）。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="vanished">出了点问题</translation>
    </message>
    <message>
        <source>Something went wrong inside CharityMart. Nothing is lost: the basket is saved. Close this message and carry on; if it happens again, tell the manager.</source>
        <translation type="vanished">CharityMart 内部出了点问题。什么都没丢：购物篮已保存。关掉这个提示继续收银；如果再次出现，请告诉经理。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="vanished">复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">关闭</translation>
    </message>
    <message>
        <source>Enter or Esc: close   Ctrl+C: copy the details for the helper</source>
        <translation type="vanished">Enter 或 Esc：关闭   Ctrl+C：复制详情给技术帮手</translation>
    </message>
    <message>
        <source>What happened: {summary}</source>
        <translation type="vanished">发生了什么：{summary}</translation>
    </message>
    <message numerus="yes">
        <source>What happened: {summary} (%n error(s) so far)</source>
        <translation type="vanished">
            <numerusform>发生了什么：{summary}（到目前为止共 %n 个错误）</numerusform>
        </translation>
    </message>
    <message>
        <source>The details are written in the log file:
{path}</source>
        <translation type="vanished">详情已写入日志文件：
{path}</translation>
    </message>
    <message>
        <source>Copied: paste it into a message for the helper.</source>
        <translation type="vanished">已复制：粘贴到消息里发给技术帮手。</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="vanished">顾客显示屏</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">合计</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="vanished">欢迎光临</translation>
    </message>
    <message>
        <source>{name}   × {quantity}   {amount}</source>
        <translation type="vanished">{name}   × {quantity}   {amount}</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="vanished">找零</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="vanished">谢谢！</translation>
    </message>
</context>
<context>
    <name>DataJobPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="vanished">正在读取文件…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="vanished">正在写入文件…</translation>
    </message>
    <message>
        <source>{done} of {total} rows read</source>
        <translation type="vanished">已读取 {done} / {total} 行</translation>
    </message>
    <message>
        <source>{done} rows written</source>
        <translation type="vanished">已写入 {done} 行</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="vanished">正在取消…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Catalog (items and prices)</source>
        <translation type="vanished">商品目录（商品和价格）</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation type="vanished">捐赠人</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation type="vanished">捐赠记录</translation>
    </message>
    <message>
        <source>Households (beneficiaries)</source>
        <translation type="vanished">受助家庭</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="vanished">志愿者</translation>
    </message>
    <message>
        <source>Sales (one row a receipt)</source>
        <translation type="vanished">销售单（每行一张小票）</translation>
    </message>
    <message>
        <source>Sale lines (one row an item sold)</source>
        <translation type="vanished">销售明细（每行一件售出商品）</translation>
    </message>
    <message>
        <source>Donated goods</source>
        <translation type="vanished">捐赠物品</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="vanished">现有库存</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="vanished">志愿服务时长</translation>
    </message>
    <message>
        <source>Donations for the finance bureau&apos;s e-receipts (捐赠票据)</source>
        <translation type="vanished">捐赠明细（供财政电子捐赠票据使用）</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation type="vanished">导入和导出</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="vanished">导入表格文件</translation>
    </message>
    <message>
        <source>Export to a CSV file</source>
        <translation type="vanished">导出为 CSV 文件</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation type="vanished">导入内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">文件</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation type="vanished">一个 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">选择…</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation type="vanished">只检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">导入</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="vanished">导出内容</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="vanished">开始日期</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="vanished">保存为</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">导出</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="vanished">列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">问题</translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="vanished">截至日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="vanished">结束日期</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="vanished">选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="vanished">表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation type="vanished">请先选择要导入的文件。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="vanished">已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation type="vanished">无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>All {rows} rows are correct: {added} would be added and {updated} updated. This was only a check: nothing was imported.</source>
        <translation type="vanished">全部 {rows} 行都正确：将新增 {added} 条，更新 {updated} 条。这只是检查，没有导入任何内容。</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {added} added, {updated} updated.</source>
        <translation type="vanished">已导入 {rows} 行：新增 {added} 条，更新 {updated} 条。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), listed below: nothing was imported. Correct the rows and try again.</source>
        <translation type="vanished">
            <numerusform>文件中有 %n 个问题，列在下方：没有导入任何内容。请改正这些行后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has {count} problem(s), listed below: nothing was imported. Correct the rows and try again.</source>
        <translation type="vanished">文件中有 {count} 个问题，列在下方：没有导入任何内容。请改正这些行后再试。</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="vanished">导出文件保存为</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the export first.</source>
        <translation type="vanished">请先选择导出文件的保存位置。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="vanished">开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="vanished">文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="vanished">已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation type="vanished">无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation type="vanished">已导出 {count} 行到 {file}。</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>The sample store</source>
        <translation type="vanished">示例门店</translation>
    </message>
    <message>
        <source>Building the sample store with three months of made-up activity. This takes a minute or two…</source>
        <translation type="vanished">正在建立示例门店，含三个月的虚构业务，需要一两分钟……</translation>
    </message>
    <message>
        <source>The sample store is ready. Log in with PIN {admin} (administrator), {manager} (manager) or {cashier} (cashier).</source>
        <translation type="vanished">示例门店已建好。请用 PIN {admin}（管理员）、{manager}（店长）或 {cashier}（收银员）登录。</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Making the document…</source>
        <translation type="vanished">正在生成文件……</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="vanished">保存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">关闭</translation>
    </message>
    <message>
        <source>Ready: save it as a PDF or print it.</source>
        <translation type="vanished">已生成：可保存为 PDF 或打印。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="vanished">保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="vanished">无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="vanished">已保存到 {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="vanished">正在打印……</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation type="vanished">打印失败：{reason}</translation>
    </message>
    <message>
        <source>printer</source>
        <translation type="vanished">打印机</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="vanished">
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawer</name>
    <message>
        <source>Drawer opened (no sale): recorded on the shift</source>
        <translation type="vanished">钱箱已打开（无销售）：已记入本班</translation>
    </message>
    <message>
        <source>No sale recorded on the shift. No cash drawer is connected: open it with its key</source>
        <translation type="vanished">已在本班记录“无销售”。没有连接钱箱：请用钥匙打开</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CharityMart: first start</source>
        <translation type="vanished">慈善超市：首次启动</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="vanished">&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="vanished">下一步 &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="vanished">完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>FloatPage</name>
    <message>
        <source>Open the shift</source>
        <translation type="vanished">开班</translation>
    </message>
    <message>
        <source>Count the cash in the drawer, type the amount (e.g. 200) and press Enter</source>
        <translation type="vanished">清点钱箱里的现金，输入金额（例如 200）后按 Enter</translation>
    </message>
    <message>
        <source>That is not an amount of money: type it like 200 or 150.50</source>
        <translation type="vanished">这不是金额：请输入像 200 或 150.50 这样的数</translation>
    </message>
</context>
<context>
    <name>FolderBatchPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Reading the month&apos;s figures…</source>
        <translation type="vanished">正在读取本月数据…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="vanished">第 {done} 份，共 {total} 份</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="vanished">正在取消…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written to {folder}.</source>
        <translation type="vanished">已取消：没有向 {folder} 写入任何文件。</translation>
    </message>
    <message>
        <source>Could not write to {folder}: {reason}</source>
        <translation type="vanished">无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Donor receipts written to {folder}: {count}.</source>
        <translation type="vanished">已将捐赠者收据写入 {folder}：共 {count} 份。</translation>
    </message>
    <message>
        <source>Household statements written to {folder}: {count}.</source>
        <translation type="vanished">已将受助家庭对账单写入 {folder}：共 {count} 份。</translation>
    </message>
    <message>
        <source>Consignor settlement statements written to {folder}: {count}.</source>
        <translation type="vanished">已将寄售结算单写入 {folder}：共 {count} 份。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Basket held as “{label}”. F9 with an empty basket brings it back.</source>
        <translation type="vanished">购物篮已挂起为“{label}”。购物篮为空时按 F9 取回。</translation>
    </message>
    <message>
        <source>Basket held. F9 with an empty basket brings it back.</source>
        <translation type="vanished">购物篮已挂起。购物篮为空时按 F9 取回。</translation>
    </message>
    <message>
        <source>No basket is held. F9 holds the basket once something is scanned.</source>
        <translation type="vanished">没有挂起的购物篮。扫了商品后按 F9 可挂起购物篮。</translation>
    </message>
    <message>
        <source>Household card {card} is attached to this basket</source>
        <translation type="vanished">家庭卡 {card} 已关联到这个购物篮</translation>
    </message>
    <message numerus="yes">
        <source>Held basket recalled: %n line(s), {total}</source>
        <translation type="vanished">
            <numerusform>已取回挂起的购物篮：%n 行，{total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold this basket</source>
        <translation type="vanished">挂起这个购物篮</translation>
    </message>
    <message numerus="yes">
        <source>Hold this basket (%n line(s), {total}) and serve the next customer. Type a short label if you like (a name, a coat colour), then press Enter.</source>
        <translation type="vanished">
            <numerusform>挂起这个购物篮（%n 行，{total}），先接待下一位顾客。可以写个简短标签（名字、衣服颜色），然后按 Enter。</numerusform>
        </translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation type="vanished">标签（可不填）</translation>
    </message>
    <message>
        <source>Enter: hold the basket   Esc: back to the basket</source>
        <translation type="vanished">Enter：挂起购物篮   Esc：回到购物篮</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household card</source>
        <translation type="vanished">家庭卡</translation>
    </message>
    <message>
        <source>Scan or type the household card number</source>
        <translation type="vanished">扫描或输入家庭卡号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="vanished">卡号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="vanished">家庭人数</translation>
    </message>
    <message>
        <source>Allowance left this period</source>
        <translation type="vanished">本期剩余额度</translation>
    </message>
    <message>
        <source>Visits this period</source>
        <translation type="vanished">本期来访次数</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="vanished">有效期至</translation>
    </message>
    <message>
        <source>Home delivery (goods taken to the household)</source>
        <translation type="vanished">送货上门（把物品送到家里）</translation>
    </message>
    <message>
        <source>Pay with allowance, rest in cash (Enter)</source>
        <translation type="vanished">用额度支付，其余付现金（Enter）</translation>
    </message>
    <message>
        <source>Free collection (F8)</source>
        <translation type="vanished">免费领取（F8）</translation>
    </message>
    <message>
        <source>Enter: pay with allowance   F8: free collection   Alt+D: home delivery   Esc: back to the basket</source>
        <translation type="vanished">Enter：用额度支付   F8：免费领取   Alt+D：送货上门   Esc：回到购物篮</translation>
    </message>
    <message>
        <source>{left} of {granted}</source>
        <translation type="vanished">{left} / {granted}</translation>
    </message>
    <message>
        <source>{visits} (no limit)</source>
        <translation type="vanished">{visits}（不限次数）</translation>
    </message>
    <message>
        <source>{visits} of {limit}</source>
        <translation type="vanished">{visits} / {limit}</translation>
    </message>
    <message>
        <source>This household card has been deactivated.</source>
        <translation type="vanished">这张家庭卡已停用。</translation>
    </message>
    <message>
        <source>This household card expired on {date}.</source>
        <translation type="vanished">这张家庭卡已于 {date} 过期。</translation>
    </message>
    <message>
        <source>{reason} It can&apos;t be used: ask the manager.</source>
        <translation type="vanished">{reason} 不能使用：请问经理。</translation>
    </message>
    <message>
        <source>Visit limit reached: {visits} of {limit} visits this period. The next period starts on {date}.</source>
        <translation type="vanished">已达到来访次数上限：本期 {visits} / {limit} 次。下一期从 {date} 开始。</translation>
    </message>
    <message>
        <source>No allowance is left this period. The next period starts on {date}.</source>
        <translation type="vanished">本期额度已用完。下一期从 {date} 开始。</translation>
    </message>
    <message>
        <source>None of the goods in this basket can be paid by allowance: take them in cash (F12).</source>
        <translation type="vanished">购物篮里的物品都不能用额度支付：请收现金（F12）。</translation>
    </message>
    <message>
        <source>Nothing is left to pay with the allowance: press F12 to finish.</source>
        <translation type="vanished">没有需要用额度支付的了：按 F12 完成。</translation>
    </message>
    <message>
        <source>Scan the goods the household takes first, then press F8.</source>
        <translation type="vanished">先扫描这户要拿的物品，再按 F8。</translation>
    </message>
    <message>
        <source>Not payable by allowance, so not free to collect: {items}. Remove them, or press Enter to pay with the allowance and the rest in cash.</source>
        <translation type="vanished">这些不能用额度支付，所以不能免费领取：{items}。请把它们移除，或按 Enter 用额度支付、其余付现金。</translation>
    </message>
    <message>
        <source>These goods are worth {total} but only {left} of allowance is left this period: remove some, or press Enter to pay with the allowance and the rest in cash.</source>
        <translation type="vanished">这些物品共 {total}，但本期额度只剩 {left}：请移除一些，或按 Enter 用额度支付、其余付现金。</translation>
    </message>
    <message>
        <source>This basket is already partly paid another way, so it can&apos;t be a free collection: press Enter to pay with the allowance instead.</source>
        <translation type="vanished">这个购物篮已经用别的方式付了一部分，不能免费领取：请按 Enter 改用额度支付。</translation>
    </message>
    <message>
        <source>Household {card}: allowance {amount}</source>
        <translation type="vanished">家庭 {card}：额度 {amount}</translation>
    </message>
    <message>
        <source>Household {card}</source>
        <translation type="vanished">家庭 {card}</translation>
    </message>
    <message>
        <source>Volunteer {code}: points {amount}</source>
        <translation type="vanished">志愿者 {code}：积分 {amount}</translation>
    </message>
    <message>
        <source>Volunteer {code}</source>
        <translation type="vanished">志愿者 {code}</translation>
    </message>
    <message>
        <source>Household card {card} noted: scan the goods, then press F8 to pay with its allowance.</source>
        <translation type="vanished">已记下家庭卡 {card}：扫描物品，然后按 F8 用它的额度支付。</translation>
    </message>
    <message>
        <source>Free collection recorded. Receipt {number}. Slip to sign: {path}</source>
        <translation type="vanished">免费领取已记录。小票 {number}。签字单：{path}</translation>
    </message>
    <message>
        <source>Free collection recorded (receipt {number}), but its slip could not be written: {error}</source>
        <translation type="vanished">免费领取已记录（小票 {number}），但签字单没能生成：{error}</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Resident ID card</source>
        <translation type="vanished">居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="vanished">护照</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit</source>
        <translation type="vanished">港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation type="vanished">台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation type="vanished">外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="vanished">其他证件</translation>
    </message>
    <message>
        <source>Yuan, for example 150</source>
        <translation type="vanished">单位：元，例如 150</translation>
    </message>
    <message>
        <source>Unused allowance carries over to the next period</source>
        <translation type="vanished">未用完的补助结转到下一周期</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="vanished">不限</translation>
    </message>
    <message>
        <source>Allowance each period (yuan)</source>
        <translation type="vanished">每周期补助（元）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">周期</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation type="vanished">结转</translation>
    </message>
    <message>
        <source>Visits allowed each period</source>
        <translation type="vanished">每周期可领取次数</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation type="vanished">卡有效期至</translation>
    </message>
    <message>
        <source>Allowance each period: type an amount in yuan, for example 150 or 150.50.</source>
        <translation type="vanished">每周期补助：请输入金额（元），例如 150 或 150.50。</translation>
    </message>
    <message>
        <source>Allowance each period: at most 100000 yuan; check the amount.</source>
        <translation type="vanished">每周期补助：最多 100000 元，请核对金额。</translation>
    </message>
    <message>
        <source>Register a household</source>
        <translation type="vanished">登记家庭</translation>
    </message>
    <message>
        <source>Edit the household</source>
        <translation type="vanished">修改家庭资料</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation type="vanished">扫描或输入卡号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="vanished">卡号</translation>
    </message>
    <message>
        <source>Name of the head of household</source>
        <translation type="vanished">户主姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="vanished">证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="vanished">证件号码</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation type="vanished">家庭人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">地址</translation>
    </message>
    <message>
        <source>18 characters on a resident ID card</source>
        <translation type="vanished">居民身份证号共 18 位</translation>
    </message>
    <message>
        <source>Now {masked}; leave empty to keep it</source>
        <translation type="vanished">现为 {masked}；不修改请留空</translation>
    </message>
    <message>
        <source>Card number: scan or type the household&apos;s card number.</source>
        <translation type="vanished">卡号：请扫描或输入家庭的卡号。</translation>
    </message>
    <message>
        <source>Card number: a card number has no spaces.</source>
        <translation type="vanished">卡号：卡号中不能有空格。</translation>
    </message>
    <message>
        <source>Card number: at most 40 characters.</source>
        <translation type="vanished">卡号：最多 40 个字符。</translation>
    </message>
    <message>
        <source>Name: type the name of the head of household.</source>
        <translation type="vanished">姓名：请输入户主姓名。</translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation type="vanished">姓名：最多 100 个字。</translation>
    </message>
    <message>
        <source>Phone: at most 50 characters.</source>
        <translation type="vanished">电话：最多 50 个字符。</translation>
    </message>
    <message>
        <source>Address: at most 300 characters.</source>
        <translation type="vanished">地址：最多 300 个字。</translation>
    </message>
    <message>
        <source>Category: no household categories are set up; add one in the settings.</source>
        <translation type="vanished">类别：还没有设置家庭类别，请先在设置中添加。</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation type="vanished">受助家庭</translation>
    </message>
    <message>
        <source>Card, name or pinyin</source>
        <translation type="vanished">卡号、姓名或拼音</translation>
    </message>
    <message>
        <source>Current cards</source>
        <translation type="vanished">有效的卡</translation>
    </message>
    <message>
        <source>Expired cards</source>
        <translation type="vanished">已过期的卡</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="vanished">已停用</translation>
    </message>
    <message>
        <source>All households</source>
        <translation type="vanished">全部家庭</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="vanished">卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="vanished">有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Register a household</source>
        <translation type="vanished">登记家庭</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">修改</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="vanished">续期</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="vanished">停用</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="vanished">个人信息</translation>
    </message>
    <message>
        <source>Print card labels</source>
        <translation type="vanished">打印卡片标签</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation type="vanished">家庭人数</translation>
    </message>
    <message>
        <source>Allowance rule</source>
        <translation type="vanished">补助规则</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation type="vanished">卡有效期至</translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="vanished">本周期</translation>
    </message>
    <message>
        <source>Visits this period</source>
        <translation type="vanished">本周期领取次数</translation>
    </message>
    <message>
        <source>Personal details (this view is recorded)</source>
        <translation type="vanished">个人信息（本次查看已记录）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">地址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="vanished">证件号码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">周期</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="vanished">剩余</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="vanished">小票号</translation>
    </message>
    <message>
        <source>Allowance left this period</source>
        <translation type="vanished">本周期剩余补助</translation>
    </message>
    <message>
        <source>Every grant and use of the allowance</source>
        <translation type="vanished">补助的每一笔发放和使用</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="vanished">个人信息已删除</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="vanished">已过期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">有效</translation>
    </message>
    <message>
        <source>{period}: {amount}, no visit limit</source>
        <translation type="vanished">{period}：{amount}，不限领取次数</translation>
    </message>
    <message>
        <source>{period}: {amount}, at most {visits} visits</source>
        <translation type="vanished">{period}：{amount}，最多领取 {visits} 次</translation>
    </message>
    <message>
        <source>{rule}; unused allowance carries over</source>
        <translation type="vanished">{rule}；未用完的补助可结转</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="vanished">全部类别</translation>
    </message>
    <message>
        <source>{count} households shown</source>
        <translation type="vanished">显示 {count} 户家庭</translation>
    </message>
    <message>
        <source>Pick a household in the list.</source>
        <translation type="vanished">请在列表中选择一个家庭。</translation>
    </message>
    <message>
        <source>Card {card}: {name}</source>
        <translation type="vanished">卡号 {card}：{name}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="vanished">{start} 至 {end}</translation>
    </message>
    <message>
        <source>{visits} (no limit)</source>
        <translation type="vanished">{visits}（不限次数）</translation>
    </message>
    <message>
        <source>{visits} of {limit}</source>
        <translation type="vanished">{visits} / {limit}</translation>
    </message>
    <message>
        <source>{left} of {granted}</source>
        <translation type="vanished">剩 {left}，共 {granted}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="vanished">重新启用</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="vanished">发放</translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="vanished">使用</translation>
    </message>
    <message>
        <source>Refund credited</source>
        <translation type="vanished">退货退回</translation>
    </message>
    <message>
        <source>Void credited</source>
        <translation type="vanished">作废退回</translation>
    </message>
    <message>
        <source>Household {card} registered.</source>
        <translation type="vanished">家庭 {card} 已登记。</translation>
    </message>
    <message>
        <source>Editing the household&apos;s details</source>
        <translation type="vanished">修改家庭资料</translation>
    </message>
    <message>
        <source>Household {card} saved.</source>
        <translation type="vanished">家庭 {card} 已保存。</translation>
    </message>
    <message>
        <source>Household card {card} renewed until {date}.</source>
        <translation type="vanished">家庭卡 {card} 已续期至 {date}。</translation>
    </message>
    <message>
        <source>Deactivate household card {card}? It can no longer be used at the counter.</source>
        <translation type="vanished">停用家庭卡 {card}？停用后收银台不能再使用此卡。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Household card {card} deactivated.</source>
        <translation type="vanished">家庭卡 {card} 已停用。</translation>
    </message>
    <message>
        <source>Household card {card} reactivated.</source>
        <translation type="vanished">家庭卡 {card} 已重新启用。</translation>
    </message>
    <message>
        <source>Personal details of household {card}</source>
        <translation type="vanished">家庭 {card} 的个人信息</translation>
    </message>
    <message>
        <source>Card labels sent for printing: {count}.</source>
        <translation type="vanished">已发送打印卡片标签：{count} 张。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation type="vanished">入库登记</translation>
    </message>
    <message>
        <source>Donated goods</source>
        <translation type="vanished">捐赠物品</translation>
    </message>
    <message>
        <source>Cash donation</source>
        <translation type="vanished">现金捐赠</translation>
    </message>
    <message>
        <source>Purchased goods</source>
        <translation type="vanished">采购商品</translation>
    </message>
    <message>
        <source>Consigned goods</source>
        <translation type="vanished">代销商品</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="vanished">接收日期</translation>
    </message>
    <message>
        <source>Amount given (yuan)</source>
        <translation type="vanished">捐赠金额（元）</translation>
    </message>
    <message>
        <source>Donor&apos;s conditions</source>
        <translation type="vanished">捐赠人要求</translation>
    </message>
    <message>
        <source>捐赠票据 code and number</source>
        <translation type="vanished">捐赠票据代码和号码</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="vanished">代码</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="vanished">号码</translation>
    </message>
    <message>
        <source>Change line</source>
        <translation type="vanished">修改此行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="vanished">删除此行</translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation type="vanished">保存入库</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="vanished">打印标签</translation>
    </message>
    <message>
        <source>Print acknowledgement</source>
        <translation type="vanished">打印捐赠回执</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Line {line}, expiry: {date} is before the day received.</source>
        <translation type="vanished">第 {line} 行，保质期：{date} 早于接收日期。</translation>
    </message>
    <message>
        <source>Lines: {lines}   Units: {units}   Estimated value: {value}   Weight: {weight}</source>
        <translation type="vanished">共 {lines} 行   数量：{units}   估值：{value}   重量：{weight}</translation>
    </message>
    <message>
        <source>Amount: type the amount given in yuan, such as 200 or 50.50.</source>
        <translation type="vanished">金额：请输入捐赠金额（元），例如 200 或 50.50。</translation>
    </message>
    <message>
        <source>Add at least one line before saving.</source>
        <translation type="vanished">保存前请至少添加一行物品。</translation>
    </message>
    <message>
        <source>donor</source>
        <translation type="vanished">捐赠人</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="vanished">供应商</translation>
    </message>
    <message>
        <source>consignor</source>
        <translation type="vanished">代销方</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>value each</source>
        <translation type="vanished">单件估值</translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="vanished">重量</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation type="vanished">保质期</translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="vanished">成色</translation>
    </message>
    <message>
        <source>item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>item name</source>
        <translation type="vanished">商品名称</translation>
    </message>
    <message>
        <source>price</source>
        <translation type="vanished">售价</translation>
    </message>
    <message>
        <source>category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="vanished">单位</translation>
    </message>
    <message>
        <source>received on</source>
        <translation type="vanished">接收日期</translation>
    </message>
    <message>
        <source>捐赠票据 code</source>
        <translation type="vanished">捐赠票据代码</translation>
    </message>
    <message>
        <source>捐赠票据 number</source>
        <translation type="vanished">捐赠票据号码</translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="vanished">物品明细</translation>
    </message>
    <message>
        <source>correction reason</source>
        <translation type="vanished">更正原因</translation>
    </message>
    <message>
        <source>correction category</source>
        <translation type="vanished">更正类别</translation>
    </message>
    <message>
        <source>Line {line}, {field}: {message}</source>
        <translation type="vanished">第 {line} 行，{field}：{message}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="vanished">{field}：{message}</translation>
    </message>
    <message>
        <source>Saved as {number}.</source>
        <translation type="vanished">已保存，单号 {number}。</translation>
    </message>
    <message>
        <source>Print labels ({count})</source>
        <translation type="vanished">打印标签（{count} 张）</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Details</source>
        <translation type="vanished">详情</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="vanished">批次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">资金来源</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">来源方</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="vanished">入库日期</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="vanished">到期日</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation type="vanished">单位估值</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation type="vanished">重量（克）</translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation type="vanished">入库数量</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="vanished">剩余</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="vanished">批次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Receipt or donation</source>
        <translation type="vanished">小票或捐赠单号</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="vanished">出入库记录</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation type="vanished">请在列表中选择一个商品。</translation>
    </message>
    <message>
        <source>Can be paid with a household allowance</source>
        <translation type="vanished">可用受助家庭补助支付</translation>
    </message>
    <message>
        <source>Active: sold at the counter and found by search</source>
        <translation type="vanished">在售：收银台可售，可被搜索到</translation>
    </message>
    <message>
        <source>New barcode</source>
        <translation type="vanished">新条码</translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation type="vanished">添加条码</translation>
    </message>
    <message>
        <source>Remove selected barcode</source>
        <translation type="vanished">删除所选条码</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="vanished">保存修改</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation type="vanished">调整库存…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="vanished">英文名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation type="vanished">价格（元）</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="vanished">补货线</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>On hand: {on_hand} (sellable {sellable})</source>
        <translation type="vanished">库存：{on_hand}（可售 {sellable}）</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="vanished">名称必须填写。</translation>
    </message>
    <message>
        <source>The price must be an amount in yuan, such as 12.50.</source>
        <translation type="vanished">价格必须是以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="vanished">没有任何修改。</translation>
    </message>
    <message>
        <source>Choose the barcode to remove in the list of barcodes.</source>
        <translation type="vanished">请在条码列表中选择要删除的条码。</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Barcode</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">价格</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="vanished">库存</translation>
    </message>
    <message>
        <source>Earliest expiry</source>
        <translation type="vanished">最早到期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">在售</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">否</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Items</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Type a barcode, a name, pinyin or initials (dm finds 大米)</source>
        <translation type="vanished">输入条码、名称、拼音或首字母（dm 可找到大米）</translation>
    </message>
    <message>
        <source>Print labels for the selected items</source>
        <translation type="vanished">为所选商品打印标签</translation>
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
        <source>Select the items to print labels for.</source>
        <translation type="vanished">请选择要打印标签的商品。</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Print labels</source>
        <translation type="vanished">打印标签</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="vanished">份数</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="vanished">添加一行</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="vanished">删除选中的行</translation>
    </message>
    <message>
        <source>Show where each item came from (donated, purchased, consigned)</source>
        <translation type="vanished">在标签上注明来源（捐赠、采购、代销）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="vanished">版式</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet</source>
        <translation type="vanished">第一张标签纸已用掉的标签数</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="vanished">保存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">关闭</translation>
    </message>
    <message>
        <source>No item has this barcode</source>
        <translation type="vanished">没有这个条码的商品</translation>
    </message>
    <message>
        <source>{name}: label printer, one label of {width} × {height} mm</source>
        <translation type="vanished">{name}：标签打印机，每张 {width} × {height} 毫米</translation>
    </message>
    <message>
        <source>{name}: {page} sheet of {count} labels, {width} × {height} mm each</source>
        <translation type="vanished">{name}：{page} 标签纸，每页 {count} 张，每张 {width} × {height} 毫米</translation>
    </message>
    <message>
        <source>Save the labels as a PDF</source>
        <translation type="vanished">把标签保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the labels…</source>
        <translation type="vanished">正在生成标签…</translation>
    </message>
    <message>
        <source>The labels were saved to {path}</source>
        <translation type="vanished">标签已保存到 {path}</translation>
    </message>
    <message>
        <source>Printing the labels…</source>
        <translation type="vanished">正在打印标签…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of labels were sent to {printer}</source>
        <translation type="vanished">
            <numerusform>已把 %n 页标签发送到 {printer}</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages} page(s) of labels were sent to {printer}</source>
        <translation type="vanished">已把 {pages} 页标签发送到 {printer}</translation>
    </message>
    <message>
        <source>the printer did not start</source>
        <translation type="vanished">打印机没有启动</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation type="vanished">打印机报告了错误</translation>
    </message>
</context>
<context>
    <name>LabelLayoutsPage</name>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="vanished">纸张</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="vanished">行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="vanished">列数</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation type="vanished">上边距（毫米）</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation type="vanished">下边距（毫米）</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation type="vanished">左边距（毫米）</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation type="vanished">右边距（毫米）</translation>
    </message>
    <message>
        <source>Gap between columns (mm)</source>
        <translation type="vanished">列间距（毫米）</translation>
    </message>
    <message>
        <source>Gap between rows (mm)</source>
        <translation type="vanished">行间距（毫米）</translation>
    </message>
    <message>
        <source>Label layouts</source>
        <translation type="vanished">标签版式</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="vanished">版式</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="vanished">标签数</translation>
    </message>
    <message>
        <source>Label size (mm)</source>
        <translation type="vanished">标签尺寸（毫米）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <source>The store&apos;s own layout</source>
        <translation type="vanished">本店自定义版式</translation>
    </message>
    <message>
        <source>A4, A5, Letter or 40x30</source>
        <translation type="vanished">A4、A5、Letter 或 40x30</translation>
    </message>
    <message>
        <source>Copy into the editor</source>
        <translation type="vanished">复制到编辑区</translation>
    </message>
    <message>
        <source>Use as the default</source>
        <translation type="vanished">设为默认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">删除</translation>
    </message>
    <message>
        <source>New layout</source>
        <translation type="vanished">新建版式</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="vanished">保存版式</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation type="vanished">{name}（默认）</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="vanished">内置</translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="vanished">本店自定义</translation>
    </message>
    <message>
        <source>{rows} x {columns} = {count}</source>
        <translation type="vanished">{rows} × {columns} = {count}</translation>
    </message>
    <message>
        <source>{width} x {height}</source>
        <translation type="vanished">{width} × {height}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="vanished">{field}：{problem}</translation>
    </message>
    <message>
        <source>Name: {name} is a built-in layout; choose another name.</source>
        <translation type="vanished">名称：{name} 是内置版式，请换一个名称。</translation>
    </message>
    <message>
        <source>{count} labels of {width} x {height} mm on each page.</source>
        <translation type="vanished">每页 {count} 张标签，每张 {width} × {height} 毫米。</translation>
    </message>
    <message>
        <source>The layout {name} was saved.</source>
        <translation type="vanished">版式 {name} 已保存。</translation>
    </message>
    <message>
        <source>Labels are now printed with {name} unless another layout is chosen.</source>
        <translation type="vanished">今后打印标签默认使用 {name}，除非另选版式。</translation>
    </message>
    <message>
        <source>The layout {name} was deleted.</source>
        <translation type="vanished">版式 {name} 已删除。</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <source>Scan a barcode, or type a name or pinyin</source>
        <translation type="vanished">扫描条码，或输入名称、拼音</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation type="vanished">新建商品…</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="vanished">成色</translation>
    </message>
    <message>
        <source>Value each (yuan)</source>
        <translation type="vanished">单件估值（元）</translation>
    </message>
    <message>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation type="vanished">保质期（年-月-日）</translation>
    </message>
    <message>
        <source>Weight of the line</source>
        <translation type="vanished">本行总重量</translation>
    </message>
    <message>
        <source>new</source>
        <translation type="vanished">全新</translation>
    </message>
    <message>
        <source>good</source>
        <translation type="vanished">良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="vanished">一般</translation>
    </message>
    <message>
        <source>{name} · {price} · {barcode}</source>
        <translation type="vanished">{name} · {price} · {barcode}</translation>
    </message>
    <message>
        <source>{name} (new item)</source>
        <translation type="vanished">{name}（新商品）</translation>
    </message>
    <message>
        <source>No item chosen yet</source>
        <translation type="vanished">尚未选择商品</translation>
    </message>
    <message>
        <source>Quantity: type a whole number, 1 or more.</source>
        <translation type="vanished">数量：请输入不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Value each: type an amount in yuan, such as 3.50 (0 if it can&apos;t be valued).</source>
        <translation type="vanished">单件估值：请输入金额（元），例如 3.50（无法估值填 0）。</translation>
    </message>
    <message>
        <source>Expiry: type a date as YYYY-MM-DD, such as 2026-12-31.</source>
        <translation type="vanished">保质期：请按 年-月-日 输入日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>Expiry: {date} is before the day received; expired goods can&apos;t be sold.</source>
        <translation type="vanished">保质期：{date} 早于接收日期，过期物品不能出售。</translation>
    </message>
    <message>
        <source>Weight: type a number, such as 2.5 kg or 500 g (whole grams).</source>
        <translation type="vanished">重量：请输入数字，例如 2.5 千克或 500 克（精确到克）。</translation>
    </message>
    <message>
        <source>Condition: at most 40 characters.</source>
        <translation type="vanished">成色：最多 40 个字。</translation>
    </message>
    <message>
        <source>Item: scan or find the item first.</source>
        <translation type="vanished">商品：请先扫描或查找商品。</translation>
    </message>
    <message>
        <source>Update line {n}</source>
        <translation type="vanished">更新第 {n} 行</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="vanished">添加此行</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation type="vanished">取消修改</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>No.</source>
        <translation type="vanished">序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="vanished">成色</translation>
    </message>
    <message>
        <source>Value each</source>
        <translation type="vanished">单件估值</translation>
    </message>
    <message>
        <source>Line value</source>
        <translation type="vanished">本行估值</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="vanished">保质期</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="vanished">重量</translation>
    </message>
    <message>
        <source>{name} (new item)</source>
        <translation type="vanished">{name}（新商品）</translation>
    </message>
    <message>
        <source>store code when saved</source>
        <translation type="vanished">保存时生成店内码</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Back office: a manager types their PIN and presses Enter (Esc: back to the counter login)</source>
        <translation type="vanished">后台管理：请店长输入 PIN 后按回车（Esc：返回收银登录）</translation>
    </message>
    <message>
        <source>Back to the counter login (Esc)</source>
        <translation type="vanished">返回收银登录 (Esc)</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter</source>
        <translation type="vanished">输入您的 PIN 码，然后按 Enter</translation>
    </message>
    <message>
        <source>Back office (F1)</source>
        <translation type="vanished">后台管理 (F1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CharityMart</source>
        <translation type="vanished">CharityMart 爱心超市</translation>
    </message>
    <message>
        <source>The unpaid basket from before was restored</source>
        <translation type="vanished">之前未付款的购物篮已恢复</translation>
    </message>
    <message>
        <source>The basket is empty: scan something first</source>
        <translation type="vanished">购物篮是空的：请先扫描商品</translation>
    </message>
    <message>
        <source>Paid. Receipt {number}. Change: {change}</source>
        <translation type="vanished">已付款。小票 {number}。找零：{change}</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Hours worked away from the counter</source>
        <translation type="vanished">补录服务时长（不在收银台签到的服务）</translation>
    </message>
    <message>
        <source>Volunteer {code}: {name}</source>
        <translation type="vanished">志愿者 {code}：{name}</translation>
    </message>
    <message>
        <source>What was done, for example: sorting donated clothes</source>
        <translation type="vanished">服务内容，例如：整理捐赠的衣物</translation>
    </message>
    <message>
        <source>Date worked</source>
        <translation type="vanished">服务日期</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="vanished">开始时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation type="vanished">结束时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="vanished">服务内容</translation>
    </message>
    <message>
        <source>The hours count once a manager approves them.</source>
        <translation type="vanished">负责人批准后，这些时长才计入。</translation>
    </message>
    <message>
        <source>Finished at: the end time must be after the start time.</source>
        <translation type="vanished">结束时间：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>That is {hours} hours before rounding.</source>
        <translation type="vanished">取整前共 {hours} 小时。</translation>
    </message>
    <message>
        <source>Work done: at most 1000 characters.</source>
        <translation type="vanished">服务内容：最多 1000 个字。</translation>
    </message>
    <message>
        <source>Date worked: the date is in the future.</source>
        <translation type="vanished">服务日期：日期在将来。</translation>
    </message>
</context>
<context>
    <name>MonthEndPage</name>
    <message>
        <source>Month end</source>
        <translation type="vanished">月末</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">月份</translation>
    </message>
    <message>
        <source>Transparency report (公示)</source>
        <translation type="vanished">信息公示</translation>
    </message>
    <message>
        <source>Preview, print or save…</source>
        <translation type="vanished">预览、打印或保存…</translation>
    </message>
    <message>
        <source>Publish and close this month…</source>
        <translation type="vanished">公示并关闭本月…</translation>
    </message>
    <message>
        <source>Papers for each person</source>
        <translation type="vanished">逐人单据</translation>
    </message>
    <message>
        <source>Monthly donor receipts: one PDF for each donor</source>
        <translation type="vanished">每月捐赠收据：每位捐赠者一份 PDF</translation>
    </message>
    <message>
        <source>Household statements for signature: one PDF for each household (manager)</source>
        <translation type="vanished">受助家庭签字对账单：每户一份 PDF（店长）</translation>
    </message>
    <message>
        <source>Consignor settlement statements: one PDF for each consignor</source>
        <translation type="vanished">寄售结算单：每位寄售人一份 PDF</translation>
    </message>
    <message>
        <source>Write to a folder…</source>
        <translation type="vanished">写入文件夹…</translation>
    </message>
    <message>
        <source>{month} is not published yet.</source>
        <translation type="vanished">{month} 尚未公示。</translation>
    </message>
    <message>
        <source>{month} was published on {date} and is closed. Audit chain head at publication: {head}</source>
        <translation type="vanished">{month} 已于 {date} 公示并关闭。公示时的审计链头：{head}</translation>
    </message>
    <message>
        <source>Transparency report {month}</source>
        <translation type="vanished">{month} 信息公示</translation>
    </message>
    <message>
        <source>Publishing {month}…</source>
        <translation type="vanished">正在公示 {month}…</translation>
    </message>
    <message>
        <source>{month} is published and closed. Write the chain head on the noticeboard copy: {head}</source>
        <translation type="vanished">{month} 已公示并关闭。请在公示栏张贴的文本上注明审计链头：{head}</translation>
    </message>
    <message>
        <source>Choose the folder for the PDFs</source>
        <translation type="vanished">选择存放 PDF 的文件夹</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>New item</source>
        <translation type="vanished">新建商品</translation>
    </message>
    <message>
        <source>e.g. bag, bottle, piece</source>
        <translation type="vanished">例如：袋、瓶、件</translation>
    </message>
    <message>
        <source>Empty: the store gives it its own code and a label</source>
        <translation type="vanished">留空：由本店生成店内码并打印标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation type="vanished">售价（元）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">单位</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>A new category is created when the intake is saved.</source>
        <translation type="vanished">保存入库时将新建此类别。</translation>
    </message>
    <message>
        <source>Suggested price for this category: {price}</source>
        <translation type="vanished">此类别的建议售价：{price}</translation>
    </message>
    <message>
        <source>Name: type the item&apos;s name.</source>
        <translation type="vanished">名称：请输入商品名称。</translation>
    </message>
    <message>
        <source>Price: type an amount in yuan, such as 12.50.</source>
        <translation type="vanished">售价：请输入金额（元），例如 12.50。</translation>
    </message>
    <message>
        <source>Barcode: {code} has a wrong check digit; check it was typed correctly.</source>
        <translation type="vanished">条码：{code} 的校验位不对，请检查是否输错。</translation>
    </message>
    <message>
        <source>Barcode: letters, digits and punctuation only, without spaces or *.</source>
        <translation type="vanished">条码：只能包含字母、数字和标点，不能有空格或 *。</translation>
    </message>
    <message>
        <source>Barcode: {code} is already on another new item of this intake.</source>
        <translation type="vanished">条码：{code} 已用于本次入库的另一个新商品。</translation>
    </message>
    <message>
        <source>Barcode: {code} already belongs to {name}.</source>
        <translation type="vanished">条码：{code} 已属于“{name}”。</translation>
    </message>
</context>
<context>
    <name>NewPartyDialog</name>
    <message>
        <source>New donor</source>
        <translation type="vanished">新建捐赠人</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="vanished">新建供应商</translation>
    </message>
    <message>
        <source>New consignor</source>
        <translation type="vanished">新建代销方</translation>
    </message>
    <message>
        <source>Agrees to be named in public reports</source>
        <translation type="vanished">同意在公示中显示姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Unified social credit code (organisations)</source>
        <translation type="vanished">统一社会信用代码（机构）</translation>
    </message>
    <message>
        <source>Shop&apos;s share of each sale</source>
        <translation type="vanished">本店每笔销售提成</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="vanished">个人</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="vanished">单位</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="vanished">匿名</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="vanished">供应商</translation>
    </message>
    <message>
        <source>consignor</source>
        <translation type="vanished">代销方</translation>
    </message>
    <message>
        <source>Name: type the name (only an anonymous donor has none).</source>
        <translation type="vanished">名称：请输入名称（只有匿名捐赠人可以不填）。</translation>
    </message>
    <message>
        <source>Phone: use digits, spaces, +, - and brackets only.</source>
        <translation type="vanished">电话：只能包含数字、空格、+、- 和括号。</translation>
    </message>
</context>
<context>
    <name>NoSaleDialog</name>
    <message>
        <source>Open the drawer (no sale)</source>
        <translation type="vanished">打开钱箱（无销售）</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation type="vanished">不销售，只打开钱箱</translation>
    </message>
    <message>
        <source>Enter: open the drawer   Esc: cancel, nothing is changed</source>
        <translation type="vanished">Enter：打开钱箱   Esc：取消，不做任何改动</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation type="vanished">经理 PIN 码</translation>
    </message>
    <message>
        <source>A manager types their PIN here</source>
        <translation type="vanished">请经理在这里输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>OfficeLabels</name>
    <message>
        <source>Cashier</source>
        <translation type="vanished">收银员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="vanished">店长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="vanished">管理员</translation>
    </message>
    <message>
        <source>Donated goods</source>
        <translation type="vanished">捐赠物资</translation>
    </message>
    <message>
        <source>Purchased goods</source>
        <translation type="vanished">采购商品</translation>
    </message>
    <message>
        <source>Consigned goods</source>
        <translation type="vanished">寄售商品</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="vanished">现金</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation type="vanished">移动支付</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="vanished">银行卡</translation>
    </message>
    <message>
        <source>Household allowance</source>
        <translation type="vanished">家庭补贴额度</translation>
    </message>
    <message>
        <source>Time-bank points</source>
        <translation type="vanished">时间银行积分</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">否</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="vanished">每月</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="vanished">每季度</translation>
    </message>
    <message>
        <source>Every half-year</source>
        <translation type="vanished">每半年</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="vanished">每年</translation>
    </message>
</context>
<context>
    <name>OfficePeople</name>
    <message>
        <source>Every month</source>
        <translation type="vanished">每月</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="vanished">每季度</translation>
    </message>
    <message>
        <source>Every half-year</source>
        <translation type="vanished">每半年</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="vanished">每年</translation>
    </message>
</context>
<context>
    <name>OfficeShell</name>
    <message>
        <source>Back office</source>
        <translation type="vanished">后台管理</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation type="vanished">当前登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>Back to the counter (F10)</source>
        <translation type="vanished">返回收银台 (F10)</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Donor</source>
        <translation type="vanished">捐赠人</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="vanished">供应商</translation>
    </message>
    <message>
        <source>Consignor</source>
        <translation type="vanished">代销方</translation>
    </message>
    <message>
        <source>Type a name, phone, code or pinyin</source>
        <translation type="vanished">输入姓名、电话、编号或拼音</translation>
    </message>
    <message>
        <source>New donor…</source>
        <translation type="vanished">新建捐赠人…</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation type="vanished">新建供应商…</translation>
    </message>
    <message>
        <source>New consignor…</source>
        <translation type="vanished">新建代销方…</translation>
    </message>
    <message>
        <source>No donor chosen: the donation is recorded as anonymous.</source>
        <translation type="vanished">未选择捐赠人：将记为匿名捐赠。</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation type="vanished">尚未选择。</translation>
    </message>
    <message>
        <source>{name} ({code}), may be named in public reports</source>
        <translation type="vanished">{name}（{code}），可在公示中显示姓名</translation>
    </message>
    <message>
        <source>{name} ({code}), not named in public reports</source>
        <translation type="vanished">{name}（{code}），公示中不显示姓名</translation>
    </message>
    <message>
        <source>{name} · {code} · {phone}</source>
        <translation type="vanished">{name} · {code} · {phone}</translation>
    </message>
    <message>
        <source>{name} · {code}</source>
        <translation type="vanished">{name} · {code}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="vanished">付款</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation type="vanished">参考号（可不填）</translation>
    </message>
    <message>
        <source>&amp;Mobile payment</source>
        <translation type="vanished">手机支付(&amp;M)</translation>
    </message>
    <message>
        <source>Ban&amp;k card</source>
        <translation type="vanished">银行卡(&amp;K)</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="vanished">应付金额</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="vanished">收到现金</translation>
    </message>
    <message>
        <source>Enter: pay in cash   Esc: back to the basket</source>
        <translation type="vanished">Enter：现金支付   Esc：回到购物篮</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="vanished">手机</translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="vanished">银行卡</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="vanished">额度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">积分</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="vanished">现金</translation>
    </message>
    <message>
        <source>That is not an amount of money: type it like 50 or 12.50</source>
        <translation type="vanished">这不是金额：请输入像 50 或 12.50 这样的数</translation>
    </message>
    <message>
        <source>{received} is less than the {due} due</source>
        <translation type="vanished">{received} 少于应付的 {due}</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="vanished">登记付款</translation>
    </message>
    <message>
        <source>{name}, {month}: still owed {remaining}</source>
        <translation type="vanished">{name}，{month}：尚欠 {remaining}</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation type="vanished">付款金额（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="vanished">付款方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="vanished">登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Amount paid: type an amount in yuan, such as 120.50.</source>
        <translation type="vanished">付款金额：请输入金额（元），例如 120.50。</translation>
    </message>
    <message>
        <source>Amount paid: more than the {remaining} still owed.</source>
        <translation type="vanished">付款金额：超过了尚欠的 {remaining}。</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <source>PIN: type at least {count} digits.</source>
        <translation type="vanished">PIN：请至少输入 {count} 位数字。</translation>
    </message>
    <message>
        <source>Repeat PIN: type the same PIN again.</source>
        <translation type="vanished">确认 PIN：请再输入一次相同的 PIN。</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Time-bank points</source>
        <translation type="vanished">时间银行积分</translation>
    </message>
    <message>
        <source>Scan or type the volunteer card</source>
        <translation type="vanished">扫描或输入志愿者卡</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="vanished">志愿者</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">积分</translation>
    </message>
    <message>
        <source>Points are worth</source>
        <translation type="vanished">积分价值</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="vanished">应付金额</translation>
    </message>
    <message>
        <source>Pay with points, rest in cash (Enter)</source>
        <translation type="vanished">用积分支付，其余付现金（Enter）</translation>
    </message>
    <message>
        <source>Enter: pay with points   Esc: back to the basket</source>
        <translation type="vanished">Enter：用积分支付   Esc：回到购物篮</translation>
    </message>
    <message>
        <source>{code} · {name}</source>
        <translation type="vanished">{code} · {name}</translation>
    </message>
    <message>
        <source>This store does not take time-bank points.</source>
        <translation type="vanished">本店不收时间银行积分。</translation>
    </message>
    <message>
        <source>This volunteer card is not active: ask the manager.</source>
        <translation type="vanished">这张志愿者卡未启用：请问经理。</translation>
    </message>
    <message>
        <source>This volunteer has no points to spend.</source>
        <translation type="vanished">这位志愿者没有可用的积分。</translation>
    </message>
    <message>
        <source>Scan the goods first, then press F7.</source>
        <translation type="vanished">先扫描物品，再按 F7。</translation>
    </message>
    <message>
        <source>Nothing is left to pay with points: press F12 to finish.</source>
        <translation type="vanished">没有需要用积分支付的了：按 F12 完成。</translation>
    </message>
</context>
<context>
    <name>PrintHooks</name>
    <message>
        <source>Household card labels</source>
        <translation type="vanished">家庭卡标签</translation>
    </message>
    <message>
        <source>Volunteer card labels</source>
        <translation type="vanished">志愿者卡标签</translation>
    </message>
    <message>
        <source>Donation acknowledgement {number}</source>
        <translation type="vanished">捐赠回执 {number}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish and close {month}</source>
        <translation type="vanished">公示并关闭 {month}</translation>
    </message>
    <message>
        <source>Publishing the transparency report for {month} closes the month. After that, a donation or volunteer hours dated in {month} can only be entered as a correction with a reason, and the correction is listed in a later month&apos;s report. Publishing cannot be undone.</source>
        <translation type="vanished">公示 {month} 的报告会关闭这个月。此后，日期在 {month} 的捐赠或志愿服务时长只能作为更正录入，并须写明原因；更正会列在之后月份的公示中。公示后不能撤销。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Why do you need to see these personal details? Your answer is recorded with your name.</source>
        <translation type="vanished">您为什么需要查看这些个人信息？您的回答会和您的姓名一起记录下来。</translation>
    </message>
    <message>
        <source>For example: phoning the household about a home delivery</source>
        <translation type="vanished">例如：打电话和家庭约定送货上门</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="vanished">查看个人信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Held baskets</source>
        <translation type="vanished">挂起的购物篮</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation type="vanished">挂起时间</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="vanished">行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">合计</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="vanished">标签</translation>
    </message>
    <message>
        <source>↑ ↓ choose   Enter: recall this basket   Esc: close</source>
        <translation type="vanished">↑ ↓ 选择   Enter：取回这个购物篮   Esc：关闭</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the printer did not start</source>
        <translation type="vanished">打印机没有启动</translation>
    </message>
    <message>
        <source>no printer is set up on this computer</source>
        <translation type="vanished">这台电脑没有设置打印机</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation type="vanished">打印机报错</translation>
    </message>
    <message>
        <source>Receipt {number} was not saved: {problem}. Press F4 to try again</source>
        <translation type="vanished">小票 {number} 没有保存：{problem}。按 F4 重试</translation>
    </message>
    <message>
        <source>Receipt {number} was not printed: {problem}. Press F4 to print it again</source>
        <translation type="vanished">小票 {number} 没有打印：{problem}。按 F4 重新打印</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation type="vanished">退款</translation>
    </message>
    <message>
        <source>Scan or type the receipt number, then Enter</source>
        <translation type="vanished">扫描或输入小票号，然后按 Enter</translation>
    </message>
    <message>
        <source>Refund &amp;all</source>
        <translation type="vanished">全部退款(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Void whole sale (F8)</source>
        <translation type="vanished">整单作废(&amp;V)（F8）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="vanished">小票号</translation>
    </message>
    <message>
        <source>Enter or Esc: close</source>
        <translation type="vanished">Enter 或 Esc：关闭</translation>
    </message>
    <message>
        <source>Enter on the receipt number: show the sale   ↑ ↓ choose a line   0-9 quantity to refund   Space damaged, do not restock   Enter refund   F8 void whole sale   Esc close, nothing changed</source>
        <translation type="vanished">在小票号上按 Enter：显示这笔销售   ↑ ↓ 选择一行   0-9 退货数量   Space 已损坏，不回库存   Enter 退款   F8 整单作废   Esc 关闭，不做任何改动</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="vanished">现金</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="vanished">手机</translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="vanished">银行卡</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="vanished">额度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">积分</translation>
    </message>
    <message>
        <source>Refund now: {amount}</source>
        <translation type="vanished">本次退款：{amount}</translation>
    </message>
    <message>
        <source>Back by the original payment: {tenders}</source>
        <translation type="vanished">按原付款方式退回：{tenders}</translation>
    </message>
    <message>
        <source>Give back {cash} in cash</source>
        <translation type="vanished">退还现金 {cash}</translation>
    </message>
    <message>
        <source>No cash to give back</source>
        <translation type="vanished">无需退还现金</translation>
    </message>
    <message>
        <source>Scan or type the receipt number</source>
        <translation type="vanished">扫描或输入小票号</translation>
    </message>
    <message>
        <source>Receipt {number}   {time}   Total {total}</source>
        <translation type="vanished">小票 {number}   {time}   合计 {total}</translation>
    </message>
    <message>
        <source>Paid by: {tenders}</source>
        <translation type="vanished">付款方式：{tenders}</translation>
    </message>
    <message>
        <source>Refunded before: {numbers}</source>
        <translation type="vanished">之前已退款：{numbers}</translation>
    </message>
    <message>
        <source>{number} is a refund receipt (of {original}): it cannot be refunded</source>
        <translation type="vanished">{number} 是退款小票（原小票 {original}）：不能再退款</translation>
    </message>
    <message>
        <source>VOID: this sale was voided, there is nothing to refund</source>
        <translation type="vanished">已作废：这笔销售已作废，没有可退的</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been refunded</source>
        <translation type="vanished">这张小票上的商品都已经退过了</translation>
    </message>
    <message>
        <source>There is nothing to refund here</source>
        <translation type="vanished">这里没有可退的</translation>
    </message>
    <message>
        <source>Only {n} of {item} can still be refunded</source>
        <translation type="vanished">{item} 只能再退 {n} 件</translation>
    </message>
    <message>
        <source>Choose a line with the arrow keys and type how many to refund</source>
        <translation type="vanished">用方向键选择一行，再输入要退的数量</translation>
    </message>
    <message>
        <source>Refund {amount} from receipt {number}</source>
        <translation type="vanished">从小票 {number} 退款 {amount}</translation>
    </message>
    <message>
        <source>Refund receipt {refund} (of {number})</source>
        <translation type="vanished">退款小票 {refund}（原小票 {number}）</translation>
    </message>
    <message>
        <source>Refund {refund}: give back {cash} in cash</source>
        <translation type="vanished">退款 {refund}：退还现金 {cash}</translation>
    </message>
    <message>
        <source>Refund {refund} done</source>
        <translation type="vanished">退款 {refund} 已完成</translation>
    </message>
    <message>
        <source>{number} is a refund receipt: it cannot be voided</source>
        <translation type="vanished">{number} 是退款小票：不能作废</translation>
    </message>
    <message>
        <source>{number} is already void</source>
        <translation type="vanished">{number} 已经作废了</translation>
    </message>
    <message>
        <source>{number} is from another shift: only this shift&apos;s sales can be voided, refund it instead</source>
        <translation type="vanished">{number} 是别的班次的：只能作废本班的销售，请改为退款</translation>
    </message>
    <message>
        <source>Void whole sale {number}</source>
        <translation type="vanished">整单作废 {number}</translation>
    </message>
    <message>
        <source>Everything on it goes back: the goods to stock, the money by the original payment. Total {total}.</source>
        <translation type="vanished">全部退回：商品回库存，钱按原付款方式退回。合计 {total}。</translation>
    </message>
    <message>
        <source>Sale {number} is void</source>
        <translation type="vanished">销售 {number} 已作废</translation>
    </message>
    <message>
        <source>Sale {number} voided: give back {cash} in cash</source>
        <translation type="vanished">销售 {number} 已作废：退还现金 {cash}</translation>
    </message>
    <message>
        <source>Sale {number} voided</source>
        <translation type="vanished">销售 {number} 已作废</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="vanished">已售</translation>
    </message>
    <message>
        <source>Refunded before</source>
        <translation type="vanished">之前已退</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">单价</translation>
    </message>
    <message>
        <source>Refund now</source>
        <translation type="vanished">本次退</translation>
    </message>
    <message>
        <source>Damaged: do not restock</source>
        <translation type="vanished">已损坏：不回库存</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="vanished">已损坏</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew household card {card}</source>
        <translation type="vanished">家庭卡 {card} 续期</translation>
    </message>
    <message>
        <source>A new amount applies from this period, or from the next one if allowance has already been used in this period.</source>
        <translation type="vanished">新金额从本周期起生效；如果本周期已使用过补助，则从下一周期起生效。</translation>
    </message>
    <message>
        <source>The period can&apos;t change once allowance has been granted.</source>
        <translation type="vanished">已发放过补助，周期不能再更改。</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation type="vanished">重打小票</translation>
    </message>
    <message>
        <source>Scan or type the receipt number</source>
        <translation type="vanished">扫描或输入小票号</translation>
    </message>
    <message>
        <source>Enter: print this receipt again   Esc: cancel</source>
        <translation type="vanished">Enter：重新打印这张小票   Esc：取消</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="vanished">小票号</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation type="vanished">重设 PIN</translation>
    </message>
    <message>
        <source>A new PIN for {name}:</source>
        <translation type="vanished">为 {name} 设置新 PIN：</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="vanished">新 PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="vanished">确认 PIN</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation type="vanished">保存新 PIN</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="vanished">取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="vanished">恢复备份</translation>
    </message>
    <message>
        <source>Replace this computer&apos;s store with a backup</source>
        <translation type="vanished">用备份替换这台电脑上的门店数据</translation>
    </message>
    <message>
        <source>The backup file, e.g. on the USB stick</source>
        <translation type="vanished">备份文件，例如 U 盘上的</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">选择……</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="vanished">备份密码</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation type="vanished">检查备份</translation>
    </message>
    <message>
        <source>Replace the store with this backup</source>
        <translation type="vanished">用这个备份替换门店数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="vanished">备份文件</translation>
    </message>
    <message>
        <source>Nothing is replaced until you press &quot;Replace the store with this backup&quot;; the store it replaces is kept next to it.</source>
        <translation type="vanished">按下“用这个备份替换门店数据”之前什么都不会被替换；被替换的门店数据会另存在旁边。</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="vanished">选择备份文件</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation type="vanished">请先选择备份文件。</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation type="vanished">正在读取备份……</translation>
    </message>
    <message>
        <source>Store: {store}
Backup made: {made}
Last activity in it: {last}
Sales: {sales}   Audit events: {events}</source>
        <translation type="vanished">门店：{store}
备份时间：{made}
最后一笔业务：{last}
销售：{sales} 笔   审计记录：{events} 条</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">无</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="vanished">正在恢复备份……</translation>
    </message>
    <message>
        <source>The store could not be replaced: {reason}</source>
        <translation type="vanished">门店数据无法替换：{reason}</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Total</source>
        <translation type="vanished">合计</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a name and press Enter</source>
        <translation type="vanished">扫描条码，或输入商品名后按 Enter</translation>
    </message>
    <message>
        <source>F2 Search   F3 Refund   F4 Reprint   F5 Cash in/out   F6 Close shift   F7 Points   F8 Household card   F9 Hold/Recall   F10 Log out   F11 Drawer   F12 Pay   Del Remove line</source>
        <translation type="vanished">F2 查找   F3 退款   F4 重打   F5 存取现金   F6 交班   F7 积分   F8 家庭卡   F9 挂起/取回   F10 退出登录   F11 钱箱   F12 付款   Del 删除一行</translation>
    </message>
    <message>
        <source>F1 Volunteer clock   F2 Search   F3 Refund   F4 Reprint   F5 Cash in/out   F6 Close shift   F7 Points   F8 Household card   F9 Hold/Recall   F10 Log out   F11 Drawer   F12 Pay   Del Remove line</source>
        <translation type="vanished">F1 志愿者签到   F2 查找   F3 退款   F4 重打   F5 存取现金   F6 交班   F7 积分   F8 家庭卡   F9 挂起/取回   F10 退出登录   F11 钱箱   F12 付款   Del 删除一行</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="vanished">
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>{store} · till {till} · cashier {name}</source>
        <translation type="vanished">{store} · 收银台 {till} · 收银员 {name}</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="vanished">找零</translation>
    </message>
    <message>
        <source>Quantity {n}: now scan the item</source>
        <translation type="vanished">数量 {n}：现在扫描商品</translation>
    </message>
    <message>
        <source>Select a line with the arrow keys first</source>
        <translation type="vanished">请先用方向键选中一行</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Find an item</source>
        <translation type="vanished">查找商品</translation>
    </message>
    <message>
        <source>↑ ↓ choose   Enter add to basket   Esc close</source>
        <translation type="vanished">↑ ↓ 选择   Enter 加入购物篮   Esc 关闭</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>{field}: {problem}</source>
        <translation type="vanished">{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Store settings</source>
        <translation type="vanished">门店设置</translation>
    </message>
    <message>
        <source>Save settings (Ctrl+S)</source>
        <translation type="vanished">保存设置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>The store</source>
        <translation type="vanished">门店</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="vanished">志愿服务时长</translation>
    </message>
    <message>
        <source>Receipts and cash drawer</source>
        <translation type="vanished">小票与钱箱</translation>
    </message>
    <message>
        <source>Stock, labels and privacy</source>
        <translation type="vanished">库存、标签与隐私</translation>
    </message>
    <message>
        <source>New households start with</source>
        <translation type="vanished">新登记家庭的默认补贴</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="vanished">备份</translation>
    </message>
    <message>
        <source>The organisation on public papers</source>
        <translation type="vanished">公开文件上的机构信息</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="vanished">门店名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">货币</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="vanished">时区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>Round hours down to (minutes)</source>
        <translation type="vanished">时长向下取整单位（分钟）</translation>
    </message>
    <message>
        <source>Daily cap (hours)</source>
        <translation type="vanished">每日上限（小时）</translation>
    </message>
    <message>
        <source>Time bank in use</source>
        <translation type="vanished">启用时间银行</translation>
    </message>
    <message>
        <source>Points per hour</source>
        <translation type="vanished">每小时积分</translation>
    </message>
    <message>
        <source>One point pays (yuan)</source>
        <translation type="vanished">每积分抵（元）</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="vanished">小票</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation type="vanished">小票纸张</translation>
    </message>
    <message>
        <source>Receipt PDF folder</source>
        <translation type="vanished">小票 PDF 文件夹</translation>
    </message>
    <message>
        <source>Receipt printer name</source>
        <translation type="vanished">小票打印机名称</translation>
    </message>
    <message>
        <source>Drawer device</source>
        <translation type="vanished">钱箱设备</translation>
    </message>
    <message>
        <source>Warn of expiry (days ahead)</source>
        <translation type="vanished">临期提醒（提前天数）</translation>
    </message>
    <message>
        <source>Label layout</source>
        <translation type="vanished">标签版式</translation>
    </message>
    <message>
        <source>Allowance (yuan)</source>
        <translation type="vanished">补贴额度（元）</translation>
    </message>
    <message>
        <source>Allowance period</source>
        <translation type="vanished">补贴周期</translation>
    </message>
    <message>
        <source>Unused allowance carries over</source>
        <translation type="vanished">未用完额度结转下期</translation>
    </message>
    <message>
        <source>Visits per period (empty: no limit)</source>
        <translation type="vanished">每期限领次数（留空为不限）</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="vanished">备份文件夹</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="vanished">保留备份份数</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="vanished">统一社会信用代码</translation>
    </message>
    <message>
        <source>Registering authority</source>
        <translation type="vanished">登记管理机关</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="vanished">负责人</translation>
    </message>
    <message>
        <source>Supervision and complaints phone</source>
        <translation type="vanished">监督投诉电话</translation>
    </message>
    <message>
        <source>How donated goods are valued (empty: the standard sentence)</source>
        <translation type="vanished">捐赠物资计价依据（留空：使用标准表述）</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="vanished">钱箱</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="vanished">不打印</translation>
    </message>
    <message>
        <source>Saved as PDF files</source>
        <translation type="vanished">保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Printed on the receipt printer</source>
        <translation type="vanished">用小票打印机打印</translation>
    </message>
    <message>
        <source>No drawer (opened with its key)</source>
        <translation type="vanished">无钱箱（用钥匙打开）</translation>
    </message>
    <message>
        <source>ESC/POS drawer on the receipt printer</source>
        <translation type="vanished">接在小票打印机上的 ESC/POS 钱箱</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="vanished">标志</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="vanished">选择图片…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="vanished">移除标志</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">浏览…</translation>
    </message>
    <message>
        <source>Identity numbers are encrypted with a key kept on this PC, not in the database or its backups. To move the store to a new PC, export the key and keep the file somewhere safe.</source>
        <translation type="vanished">身份证号用保存在本机的密钥加密，密钥不在数据库和备份中。把门店搬到新电脑时，请导出密钥，并把文件妥善保管。</translation>
    </message>
    <message>
        <source>Export the identity-number key…</source>
        <translation type="vanished">导出身份证号密钥…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="vanished">无标志</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="vanished">{field}：{problem}</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation type="vanished">设置已保存。</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="vanished">选择文件夹</translation>
    </message>
    <message>
        <source>Choose the store&apos;s logo</source>
        <translation type="vanished">选择门店标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="vanished">图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {reason}</source>
        <translation type="vanished">无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>Save the settings to keep the new logo.</source>
        <translation type="vanished">保存设置后新标志才会生效。</translation>
    </message>
    <message>
        <source>Export the identity-number key</source>
        <translation type="vanished">导出身份证号密钥</translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation type="vanished">密钥文件 (*.key)</translation>
    </message>
    <message>
        <source>The key was saved to {path}. Keep it apart from the backups.</source>
        <translation type="vanished">密钥已保存到 {path}。请与备份分开存放。</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source>Consignor settlement</source>
        <translation type="vanished">代销结算</translation>
    </message>
    <message>
        <source>Consignor</source>
        <translation type="vanished">代销方</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">月份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation type="vanished">售出数量</translation>
    </message>
    <message>
        <source>Average price</source>
        <translation type="vanished">平均售价</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="vanished">销售额</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="vanished">登记付款…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="vanished">{name}（{code}）</translation>
    </message>
    <message>
        <source>No consignor yet: add one on the intake page (Consigned goods).</source>
        <translation type="vanished">还没有代销方：请在入库登记页（代销商品）中添加。</translation>
    </message>
    <message>
        <source>Adding up the month&apos;s sales…</source>
        <translation type="vanished">正在统计本月销售…</translation>
    </message>
    <message>
        <source>Sales {amount}   Shop&apos;s share ({percent} %) {share}   Owed {owed}   Paid {paid}   Still owed {remaining}</source>
        <translation type="vanished">销售额 {amount}   本店提成（{percent}%）{share}   应付 {owed}   已付 {paid}   尚欠 {remaining}</translation>
    </message>
    <message>
        <source>Paid {amount} on {date} ({method}) {note}</source>
        <translation type="vanished">{date} 已付 {amount}（{method}）{note}</translation>
    </message>
    <message>
        <source>This month is not over yet: it can be paid from the first of next month.</source>
        <translation type="vanished">本月尚未结束：下月 1 日起才能结算付款。</translation>
    </message>
    <message>
        <source>Nothing is owed for this month.</source>
        <translation type="vanished">本月无应付款项。</translation>
    </message>
    <message>
        <source>This month is paid in full.</source>
        <translation type="vanished">本月已全部付清。</translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="vanished">现金</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="vanished">银行转账</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation type="vanished">付款已登记。</translation>
    </message>
</context>
<context>
    <name>ShiftKeys</name>
    <message>
        <source>Cash in {amount} recorded: {reason}</source>
        <translation type="vanished">已存入现金 {amount}：{reason}</translation>
    </message>
    <message>
        <source>Cash out {amount} recorded: {reason}</source>
        <translation type="vanished">已取出现金 {amount}：{reason}</translation>
    </message>
    <message>
        <source>The basket still has items: pay, hold (F9) or remove them before closing the shift</source>
        <translation type="vanished">购物篮里还有商品：请先收款、挂单（F9）或删掉，再交班</translation>
    </message>
    <message>
        <source>Printing receipt {number} again</source>
        <translation type="vanished">正在重新打印小票 {number}</translation>
    </message>
    <message>
        <source>Saving receipt {number} again as a PDF</source>
        <translation type="vanished">正在把小票 {number} 重新保存为 PDF</translation>
    </message>
    <message>
        <source>Receipt {number} sent to {where}</source>
        <translation type="vanished">小票 {number} 已发送到 {where}</translation>
    </message>
</context>
<context>
    <name>ShiftStockPage</name>
    <message>
        <source>Shift and stock</source>
        <translation type="vanished">班次与库存</translation>
    </message>
    <message>
        <source>Shift, stock and hours reports</source>
        <translation type="vanished">班次、库存与服务时长报表</translation>
    </message>
    <message>
        <source>Shift Z-report</source>
        <translation type="vanished">班次 Z 报表</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="vanished">日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="vanished">班次</translation>
    </message>
    <message>
        <source>Z-report of this shift…</source>
        <translation type="vanished">本班次的 Z 报表…</translation>
    </message>
    <message>
        <source>Z-reports of every shift that day…</source>
        <translation type="vanished">当天所有班次的 Z 报表…</translation>
    </message>
    <message>
        <source>Stock and expiry report</source>
        <translation type="vanished">库存与效期报表</translation>
    </message>
    <message>
        <source>Stock as of</source>
        <translation type="vanished">库存截至</translation>
    </message>
    <message>
        <source>Stock report…</source>
        <translation type="vanished">库存报表…</translation>
    </message>
    <message>
        <source>Volunteer hours report</source>
        <translation type="vanished">志愿服务时长报表</translation>
    </message>
    <message>
        <source>Hours from</source>
        <translation type="vanished">服务时间 从</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="vanished">至</translation>
    </message>
    <message>
        <source>Hours report…</source>
        <translation type="vanished">服务时长报表…</translation>
    </message>
    <message>
        <source>Shift {number}, till {till}, opened {opened} by {name}, still open</source>
        <translation type="vanished">班次 {number}，收银台 {till}，{name} 于 {opened} 开班，尚未交班</translation>
    </message>
    <message>
        <source>Shift {number}, till {till}, {opened} to {closed}, {name}</source>
        <translation type="vanished">班次 {number}，收银台 {till}，{opened} 至 {closed}，{name}</translation>
    </message>
    <message>
        <source>No shift was opened on {day}.</source>
        <translation type="vanished">{day} 没有开过班次。</translation>
    </message>
    <message>
        <source>Z-report of shift {number}</source>
        <translation type="vanished">班次 {number} 的 Z 报表</translation>
    </message>
    <message>
        <source>Z-reports of {day}</source>
        <translation type="vanished">{day} 的 Z 报表</translation>
    </message>
    <message>
        <source>Stock and expiry report as of {day}</source>
        <translation type="vanished">截至 {day} 的库存与效期报表</translation>
    </message>
    <message>
        <source>Hours from: the first day is after the last day.</source>
        <translation type="vanished">服务时间：开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Volunteer hours {first} to {last}</source>
        <translation type="vanished">志愿服务时长 {first} 至 {last}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Today</source>
        <translation type="vanished">今日</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="vanished">刷新 (F5)</translation>
    </message>
    <message>
        <source>Today&apos;s takings</source>
        <translation type="vanished">今日营业额</translation>
    </message>
    <message>
        <source>Donations this month</source>
        <translation type="vanished">本月捐赠</translation>
    </message>
    <message>
        <source>Volunteers on duty</source>
        <translation type="vanished">在岗志愿者</translation>
    </message>
    <message>
        <source>Nobody is clocked in.</source>
        <translation type="vanished">目前没有人签到。</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation type="vanished">库存不足</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="vanished">支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>Source of goods</source>
        <translation type="vanished">物资来源</translation>
    </message>
    <message>
        <source>Pieces sold</source>
        <translation type="vanished">售出件数</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="vanished">志愿者</translation>
    </message>
    <message>
        <source>Clocked in at</source>
        <translation type="vanished">签到时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">商品</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="vanished">到期日</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="vanished">库存</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="vanished">可售</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="vanished">补货线</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation type="vanished">{days} 天内到期</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="vanished">即将到期</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="vanished">正在更新…</translation>
    </message>
    <message>
        <source>{sales} sales, {collections} collections, {refunds} refunds, {voids} voids</source>
        <translation type="vanished">销售 {sales} 笔，领取 {collections} 笔，退货 {refunds} 笔，作废 {voids} 笔</translation>
    </message>
    <message>
        <source>{count} donations received since the 1st</source>
        <translation type="vanished">本月 1 日以来收到捐赠 {count} 笔</translation>
    </message>
    <message>
        <source>Hours waiting for your approval: {count}</source>
        <translation type="vanished">待您审核的服务时长：{count} 条</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="vanished">今日，{date}</translation>
    </message>
    <message>
        <source>{count} expired lots are still on the shelf: take them off</source>
        <translation type="vanished">有 {count} 批已过期商品仍在货架上：请下架</translation>
    </message>
    <message>
        <source>Welcome to CharityMart</source>
        <translation type="vanished">欢迎使用慈善超市</translation>
    </message>
    <message>
        <source>This computer has no store yet. What would you like to do?</source>
        <translation type="vanished">这台电脑上还没有门店。您想做什么？</translation>
    </message>
    <message>
        <source>Set up a new store</source>
        <translation type="vanished">建立新门店</translation>
    </message>
    <message>
        <source>Try it out with a sample store (made-up goods, people and sales)</source>
        <translation type="vanished">用示例门店试一试（虚构的商品、人员和销售）</translation>
    </message>
    <message>
        <source>Restore a backup (moving to a new computer)</source>
        <translation type="vanished">恢复备份（换新电脑时）</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <source>Donated</source>
        <translation type="vanished">捐赠</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="vanished">采购</translation>
    </message>
    <message>
        <source>Consigned</source>
        <translation type="vanished">代销</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="vanished">入库</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="vanished">销售</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation type="vanished">销售作废</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="vanished">退货</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="vanished">库存调整</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="vanished">损坏</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="vanished">过期</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">丢失</translation>
    </message>
    <message>
        <source>Passed to another charity</source>
        <translation type="vanished">转赠其他慈善机构</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="vanished">盘盈/找到</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="vanished">盘点</translation>
    </message>
    <message>
        <source>Returned damaged</source>
        <translation type="vanished">退回损坏</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Stocktake</source>
        <translation type="vanished">盘点</translation>
    </message>
    <message>
        <source>Start a stocktake</source>
        <translation type="vanished">开始盘点</translation>
    </message>
    <message>
        <source>Post the differences as adjustments</source>
        <translation type="vanished">将差异记为库存调整</translation>
    </message>
    <message>
        <source>Cancel the stocktake</source>
        <translation type="vanished">取消盘点</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation type="vanished">盘点表</translation>
    </message>
    <message>
        <source>Scan to count</source>
        <translation type="vanished">扫码盘点</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="vanished">差异</translation>
    </message>
    <message>
        <source>Type the number counted in the Counted column and press Enter. Items left empty are not changed.</source>
        <translation type="vanished">在“实盘数”一栏输入清点的数量并按回车。留空的商品不会改动。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Scan a barcode: each scan counts one; 5*code counts five</source>
        <translation type="vanished">扫描条码：每扫一次计 1 件；5*条码 计 5 件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="vanished">条码</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="vanished">账面数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="vanished">实盘数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="vanished">差异</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>Stocktake {number} open since {started}</source>
        <translation type="vanished">盘点 {number} 自 {started} 起进行中</translation>
    </message>
    <message>
        <source>No stocktake is open. Start one to count the stock.</source>
        <translation type="vanished">当前没有进行中的盘点。开始盘点后即可清点库存。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="vanished">全部类别</translation>
    </message>
    <message>
        <source>{counted} items counted, {changed} with a difference; value of the differences {value}</source>
        <translation type="vanished">已清点 {counted} 种商品，其中 {changed} 种有差异；差异金额 {value}</translation>
    </message>
    <message>
        <source>The count must be a whole number, such as 12.</source>
        <translation type="vanished">数量必须是整数，例如 12。</translation>
    </message>
    <message>
        <source>No item has the barcode {code}. Nothing was counted.</source>
        <translation type="vanished">没有商品使用条码 {code}，未计数。</translation>
    </message>
    <message>
        <source>{quantity} × {name}: {total} counted so far</source>
        <translation type="vanished">{quantity} × {name}：已清点 {total}</translation>
    </message>
    <message>
        <source>Post the stocktake</source>
        <translation type="vanished">过账盘点</translation>
    </message>
    <message>
        <source>Write every difference into the stock as an adjustment? This cannot be undone.</source>
        <translation type="vanished">把每一项差异作为库存调整写入库存吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Post the differences</source>
        <translation type="vanished">记入差异</translation>
    </message>
    <message>
        <source>Stocktake {number} is posted: {count} adjustments written.</source>
        <translation type="vanished">盘点 {number} 已过账：写入 {count} 条库存调整。</translation>
    </message>
    <message>
        <source>Throw away every count of this stocktake? The stock is not changed.</source>
        <translation type="vanished">放弃本次盘点的所有计数吗？库存不会改变。</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="vanished">返回</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Your store</source>
        <translation type="vanished">您的门店</translation>
    </message>
    <message>
        <source>The name and address are printed on receipts and reports.</source>
        <translation type="vanished">名称和地址会印在小票和报表上。</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="vanished">门店名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>Type the store&apos;s name.</source>
        <translation type="vanished">请输入门店名称。</translation>
    </message>
</context>
<context>
    <name>TillBar</name>
    <message>
        <source>{language} (Ctrl+L)</source>
        <translation type="vanished">{language}（Ctrl+L）</translation>
    </message>
    <message>
        <source>End training (Ctrl+T)</source>
        <translation type="vanished">结束练习（Ctrl+T）</translation>
    </message>
    <message>
        <source>Training mode (Ctrl+T)</source>
        <translation type="vanished">练习模式（Ctrl+T）</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation type="vanished">练习模式</translation>
    </message>
    <message>
        <source>Practise on a copy of the store: nothing done in training is real. A manager&apos;s PIN starts it.</source>
        <translation type="vanished">在本店数据的副本上练习：练习中做的一切都不算数。需要店长输入 PIN 才能开始。</translation>
    </message>
</context>
<context>
    <name>TillsPage</name>
    <message>
        <source>Tills</source>
        <translation type="vanished">收银台</translation>
    </message>
    <message>
        <source>Till code</source>
        <translation type="vanished">收银台编号</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation type="vanished">收银台名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">启用</translation>
    </message>
    <message>
        <source>Shift open</source>
        <translation type="vanished">班次进行中</translation>
    </message>
    <message>
        <source>Add a till</source>
        <translation type="vanished">添加收银台</translation>
    </message>
    <message>
        <source>e.g. T2</source>
        <translation type="vanished">例如 T2</translation>
    </message>
    <message>
        <source>Add till</source>
        <translation type="vanished">添加收银台</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="vanished">重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="vanished">停用</translation>
    </message>
    <message>
        <source>Code: a letter and then up to 7 letters or digits, such as T2.</source>
        <translation type="vanished">编号：以字母开头，后跟最多 7 个字母或数字，例如 T2。</translation>
    </message>
    <message>
        <source>Till {code} was added. Start CharityMart on that PC with --till {code}.</source>
        <translation type="vanished">已添加收银台 {code}。请在那台电脑上用 --till {code} 启动 CharityMart。</translation>
    </message>
    <message>
        <source>Till {code} can be used again.</source>
        <translation type="vanished">收银台 {code} 已重新启用。</translation>
    </message>
    <message>
        <source>Till {code} can no longer be logged in to.</source>
        <translation type="vanished">收银台 {code} 已停用，不能再登录。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>{mark}: practice on a copy of the store. Nothing here is real.</source>
        <translation type="vanished">{mark}：在店铺副本上练习。这里的一切都不是真的。</translation>
    </message>
    <message>
        <source>{mark} · {title}</source>
        <translation type="vanished">{mark} · {title}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="vanished">用户</translation>
    </message>
    <message>
        <source>Users and PINs</source>
        <translation type="vanished">用户与 PIN</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">启用</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation type="vanished">重设 PIN…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="vanished">添加用户</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="vanished">PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="vanished">确认 PIN</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="vanished">添加用户</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="vanished">重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="vanished">停用</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation type="vanished">{name} 可以重新登录了。</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation type="vanished">{name} 已不能再登录。</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed. Tell them the new PIN in person.</source>
        <translation type="vanished">{name} 的 PIN 已更改。请当面告诉本人新 PIN。</translation>
    </message>
    <message>
        <source>Name: type the person&apos;s name.</source>
        <translation type="vanished">姓名：请输入此人的姓名。</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation type="vanished">已添加 {name}，角色为{role}。</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Register a volunteer</source>
        <translation type="vanished">登记志愿者</translation>
    </message>
    <message>
        <source>Edit the volunteer</source>
        <translation type="vanished">修改志愿者资料</translation>
    </message>
    <message>
        <source>Scan or type the volunteer card code</source>
        <translation type="vanished">扫描或输入志愿者卡号</translation>
    </message>
    <message>
        <source>Optional; needed for a volunteer service certificate</source>
        <translation type="vanished">可不填；开具志愿服务证明时需要</translation>
    </message>
    <message>
        <source>Volunteer card code</source>
        <translation type="vanished">志愿者卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="vanished">证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="vanished">证件号码</translation>
    </message>
    <message>
        <source>Now {masked}; leave empty to keep it</source>
        <translation type="vanished">现为 {masked}；不修改请留空</translation>
    </message>
    <message>
        <source>Volunteer card code: scan or type the code on the card.</source>
        <translation type="vanished">志愿者卡号：请扫描或输入卡上的号码。</translation>
    </message>
    <message>
        <source>Volunteer card code: a code has no spaces.</source>
        <translation type="vanished">志愿者卡号：卡号中不能有空格。</translation>
    </message>
    <message>
        <source>Volunteer card code: at most 40 characters.</source>
        <translation type="vanished">志愿者卡号：最多 40 个字符。</translation>
    </message>
    <message>
        <source>Name: type the volunteer&apos;s name.</source>
        <translation type="vanished">姓名：请输入志愿者的姓名。</translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation type="vanished">姓名：最多 100 个字。</translation>
    </message>
    <message>
        <source>Phone: at most 50 characters.</source>
        <translation type="vanished">电话：最多 50 个字符。</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation type="vanished">志愿者</translation>
    </message>
    <message>
        <source>Card, name or pinyin</source>
        <translation type="vanished">卡号、姓名或拼音</translation>
    </message>
    <message>
        <source>Also show volunteers who have left</source>
        <translation type="vanished">同时显示已离开的志愿者</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation type="vanished">卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="vanished">加入日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Register a volunteer</source>
        <translation type="vanished">登记志愿者</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">修改</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation type="vanished">标记为已离开</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="vanished">个人信息</translation>
    </message>
    <message>
        <source>Add hours worked</source>
        <translation type="vanished">补录服务时长</translation>
    </message>
    <message>
        <source>Print card labels</source>
        <translation type="vanished">打印卡片标签</translation>
    </message>
    <message>
        <source>Approved hours this month</source>
        <translation type="vanished">本月已批准时长</translation>
    </message>
    <message>
        <source>Approved hours this year</source>
        <translation type="vanished">今年已批准时长</translation>
    </message>
    <message>
        <source>Hours waiting for approval</source>
        <translation type="vanished">待审核时长</translation>
    </message>
    <message>
        <source>Time-bank points</source>
        <translation type="vanished">时间银行积分</translation>
    </message>
    <message>
        <source>Personal details (this view is recorded)</source>
        <translation type="vanished">个人信息（本次查看已记录）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="vanished">证件号码</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="vanished">余额</translation>
    </message>
    <message>
        <source>Receipt or note</source>
        <translation type="vanished">小票号或备注</translation>
    </message>
    <message>
        <source>Time-bank ledger</source>
        <translation type="vanished">时间银行明细</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation type="vanished">已离开</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="vanished">值班中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">有效</translation>
    </message>
    <message>
        <source>Pick a volunteer in the list.</source>
        <translation type="vanished">请在列表中选择一位志愿者。</translation>
    </message>
    <message>
        <source>{code}: {name}</source>
        <translation type="vanished">{code}：{name}</translation>
    </message>
    <message>
        <source>{points} points, worth {value}</source>
        <translation type="vanished">{points} 分，价值 {value}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="vanished">重新启用</translation>
    </message>
    <message>
        <source>Earned for hours</source>
        <translation type="vanished">服务时长所得</translation>
    </message>
    <message>
        <source>Spent at the till</source>
        <translation type="vanished">收银台消费</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="vanished">调整</translation>
    </message>
    <message>
        <source>Given back by a refund</source>
        <translation type="vanished">退货退回</translation>
    </message>
    <message>
        <source>Given back by a void</source>
        <translation type="vanished">作废退回</translation>
    </message>
    <message>
        <source>Volunteer {code} registered.</source>
        <translation type="vanished">志愿者 {code} 已登记。</translation>
    </message>
    <message>
        <source>Editing the volunteer&apos;s details</source>
        <translation type="vanished">修改志愿者资料</translation>
    </message>
    <message>
        <source>Volunteer {code} saved.</source>
        <translation type="vanished">志愿者 {code} 已保存。</translation>
    </message>
    <message>
        <source>Volunteer {code} marked as left.</source>
        <translation type="vanished">志愿者 {code} 已标记为离开。</translation>
    </message>
    <message>
        <source>Volunteer {code} reactivated.</source>
        <translation type="vanished">志愿者 {code} 已重新启用。</translation>
    </message>
    <message>
        <source>Personal details of volunteer {code}</source>
        <translation type="vanished">志愿者 {code} 的个人信息</translation>
    </message>
    <message>
        <source>Hours for {name} recorded; they count once a manager approves them.</source>
        <translation type="vanished">已记录 {name} 的服务时长；负责人批准后才计入。</translation>
    </message>
    <message>
        <source>Card labels sent for printing: {count}.</source>
        <translation type="vanished">已发送打印卡片标签：{count} 张。</translation>
    </message>
</context>
</TS>
