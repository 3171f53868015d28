<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../reports/transparency_spending.py" line="31"/>
        <source>+ Received</source>
        <translation>+ 本期收入</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="165"/>
        <source>+ Received (donated, bought, consigned)</source>
        <translation>+ 入库（捐赠、采购、代售）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="206"/>
        <location filename="../../report_commands/month.py" line="93"/>
        <source>--from is after --to</source>
        <translation>开始日期（--from）晚于结束日期（--to）</translation>
    </message>
    <message>
        <location filename="../../report_commands/verify_report.py" line="35"/>
        <source>--report-hash needs the report's --month (YYYY-MM)</source>
        <translation>--report-hash 需要报告的月份 --month（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="77"/>
        <source>1 hour in 1 session</source>
        <translation>共 1 次，1 小时</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="77"/>
        <source>1 hour in {entries} sessions</source>
        <translation>共 {entries} 次，1 小时</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="65"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="63"/>
        <source>1 point</source>
        <translation>1 积分</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="70"/>
        <source>1 problem; nothing was imported</source>
        <translation>有 1 处问题；什么都没有导入</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="57"/>
        <source>1 volunteer</source>
        <translation>1 位志愿者</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="45"/>
        <source>1. Donations received</source>
        <translation>一、捐赠接收</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="53"/>
        <source>1. Stock value by fund source</source>
        <translation>一、按资金来源的库存价值</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="53"/>
        <source>1. The year at a glance</source>
        <translation>一、全年概况</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="227"/>
        <source>10. Corrections of earlier months</source>
        <translation>十、以前月份的更正</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="97"/>
        <source>2. Goods bought and goods sold for others</source>
        <translation>二、采购商品与代销商品</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="62"/>
        <source>2. Lots expired or expiring within {days} days</source>
        <translation>二、已过期或 {days} 天内到期的批次</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="82"/>
        <source>2. Month by month</source>
        <translation>二、逐月数据</translation>
    </message>
    <message>
        <source>3. Goods sold and income by fund source</source>
        <translation type="obsolete">三、商品销售与收入（按资金来源）</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="87"/>
        <source>3. Items on hand</source>
        <translation>三、在库商品</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="92"/>
        <location filename="../../reports/transparency_sections.py" line="105"/>
        <source>3. Money received from sales</source>
        <translation>三、销售实收款项</translation>
    </message>
    <message>
        <source>4. Help for households in need</source>
        <translation type="obsolete">四、困难家庭帮扶</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="98"/>
        <location filename="../../reports/transparency_sections.py" line="118"/>
        <source>4. Value given to households</source>
        <translation>四、给予困难家庭的价值</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="107"/>
        <source>5. Goods received</source>
        <translation>五、接收物资</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="135"/>
        <source>5. Help for households in need</source>
        <translation>五、困难家庭救助</translation>
    </message>
    <message>
        <source>5. Volunteers</source>
        <translation type="obsolete">五、志愿服务</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="148"/>
        <source>6. Goods sold and given, by fund source</source>
        <translation>六、按资金来源的物资售出与发放</translation>
    </message>
    <message>
        <source>6. Stock on hand at the end of the month</source>
        <translation type="obsolete">六、月末库存</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="122"/>
        <source>6. Where the goods went: stock flow</source>
        <translation>六、物资去向：库存变动</translation>
    </message>
    <message>
        <source>7. Corrections of earlier months</source>
        <translation type="obsolete">七、以前月份的更正</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="138"/>
        <source>7. Help for households in need</source>
        <translation>七、帮扶困难家庭</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="157"/>
        <source>7. Volunteers</source>
        <translation>七、志愿者</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="139"/>
        <source>8. Volunteers</source>
        <translation>八、志愿服务</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="204"/>
        <source>8. Where the goods went: stock flow</source>
        <translation>八、物资去向：库存变动</translation>
    </message>
    <message>
        <source>9. Corrections of earlier months</source>
        <translation type="obsolete">九、以前月份的更正</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="156"/>
        <location filename="../../reports/transparency_spending.py" line="55"/>
        <source>9. Spending and balance</source>
        <translation>九、资金支出与结余</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="190"/>
        <source>= Stock at the end of the month</source>
        <translation>= 月末库存</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="121"/>
        <source>= Stock at the end of the year</source>
        <translation>= 年末库存</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="136"/>
        <source>A household helped in several months counts once. To protect their privacy, households are never named here.</source>
        <translation>一户家庭在多个月受助只计一次。为保护隐私，本报告不列出任何家庭的名字。</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="118"/>
        <source>Allowance balance at the end of the month</source>
        <translation>月末补贴余额</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="153"/>
        <location filename="../../reports/collection_slip.py" line="216"/>
        <location filename="../../reports/receipt.py" line="125"/>
        <source>Allowance left this period</source>
        <translation>本期剩余补贴</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="100"/>
        <source>Allowance period</source>
        <translation>补贴周期</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="132"/>
        <location filename="../../reports/beneficiary_statement.py" line="83"/>
        <location filename="../../reports/collection_slip.py" line="152"/>
        <location filename="../../reports/collection_slip.py" line="215"/>
        <location filename="../../reports/receipt.py" line="68"/>
        <location filename="../../reports/transparency_sections.py" line="130"/>
        <source>Allowance used</source>
        <translation>使用补贴</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="38"/>
        <location filename="../../reports/z_report.py" line="84"/>
        <location filename="../../reports/z_report.py" line="96"/>
        <location filename="../../reports/z_report.py" line="105"/>
        <location filename="../../reports/z_report.py" line="113"/>
        <location filename="../../reports/z_report.py" line="129"/>
        <location filename="../../reports/z_report.py" line="136"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="146"/>
        <source>Annual report {year}: the year's work in figures</source>
        <translation>{year} 年度工作报告：全年工作数据</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="45"/>
        <source>Anonymous donor</source>
        <translation>爱心人士（匿名）</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="82"/>
        <source>Anyone holding the store's records can check these figures with:</source>
        <translation>持有本店数据者可用以下命令核验这些数字：</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="49"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="41"/>
        <source>Average price</source>
        <translation>平均单价</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="71"/>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="54"/>
        <source>Balance at month end</source>
        <translation>月末结余</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="47"/>
        <source>Balance at year end</source>
        <translation>年末结余</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="48"/>
        <source>Balance on {day}</source>
        <translation>{day} 结余</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="67"/>
        <location filename="../../reports/transparency_parts.py" line="81"/>
        <location filename="../../reports/z_report.py" line="51"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="64"/>
        <location filename="../../reports/stock_report.py" line="88"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="196"/>
        <location filename="../../reports/receipt.py" line="81"/>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="39"/>
        <source>Cancelled sale</source>
        <translation>已作废的交易</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="49"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="113"/>
        <location filename="../../reports/collection_slip.py" line="116"/>
        <location filename="../../reports/collection_slip.py" line="203"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="53"/>
        <source>Carried forward from last month</source>
        <translation>上月结转</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="157"/>
        <source>Carried forward from last year</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="87"/>
        <location filename="../../reports/receipt.py" line="67"/>
        <location filename="../../reports/transparency_parts.py" line="81"/>
        <location filename="../../reports/z_report.py" line="51"/>
        <location filename="../../reports/z_report.py" line="123"/>
        <location filename="../../reports/z_text.py" line="41"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="132"/>
        <source>Cash counted</source>
        <translation>现金清点</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="78"/>
        <source>Cash donation</source>
        <translation>现金捐赠</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="55"/>
        <location filename="../../reports/annual_report.py" line="70"/>
        <location filename="../../reports/transparency_sections.py" line="40"/>
        <location filename="../../reports/transparency_spending.py" line="24"/>
        <source>Cash donations</source>
        <translation>现金捐赠</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="115"/>
        <location filename="../../reports/z_text.py" line="43"/>
        <source>Cash handed back on voided sales</source>
        <translation>作废交易退回的现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="61"/>
        <source>Cash in or out</source>
        <translation>存入或取出现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="113"/>
        <source>Cash in the drawer</source>
        <translation>钱箱现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="116"/>
        <location filename="../../reports/z_report.py" line="137"/>
        <location filename="../../reports/z_text.py" line="44"/>
        <source>Cash put in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="114"/>
        <location filename="../../reports/z_text.py" line="42"/>
        <source>Cash received</source>
        <translation>收到现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="116"/>
        <location filename="../../reports/z_text.py" line="44"/>
        <source>Cash refunded</source>
        <translation>退款现金</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="117"/>
        <location filename="../../reports/z_report.py" line="138"/>
        <location filename="../../reports/z_text.py" line="45"/>
        <source>Cash taken out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="114"/>
        <location filename="../../reports/collection_slip.py" line="119"/>
        <location filename="../../reports/collection_slip.py" line="205"/>
        <location filename="../../reports/stock_report.py" line="88"/>
        <location filename="../../reports/transparency_sections.py" line="49"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="101"/>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="123"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="115"/>
        <location filename="../../reports/z_text.py" line="43"/>
        <source>Change given</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="80"/>
        <location filename="../../reports/z_text.py" line="25"/>
        <source>Closed</source>
        <translation>结班</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="112"/>
        <source>Collections and purchases in {month}</source>
        <translation>{month}领取与购买记录</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="135"/>
        <source>Conditions set by the donor</source>
        <translation>捐赠人附加条件</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="84"/>
        <source>Conditions set by the donor: {conditions}</source>
        <translation>捐赠人附加条件：{conditions}</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="86"/>
        <location filename="../../reports/transparency_parts.py" line="76"/>
        <source>Consigned</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_parts.py" line="70"/>
        <location filename="../../reports/z_report.py" line="56"/>
        <location filename="../../services/documents/report_lines.py" line="23"/>
        <source>Consigned goods</source>
        <translation>代销商品</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="37"/>
        <source>Consignment settlement</source>
        <translation>代销结算单</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="56"/>
        <location filename="../../reports/consignor_settlement.py" line="68"/>
        <source>Consignor</source>
        <translation>代销方</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="56"/>
        <source>Consignor code</source>
        <translation>代销方编号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="obsolete">联系方式</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="113"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="25"/>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="84"/>
        <location filename="../../reports/z_report.py" line="129"/>
        <location filename="../../reports/z_report.py" line="136"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="121"/>
        <location filename="../../reports/z_text.py" line="49"/>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="29"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="164"/>
        <location filename="../../reports/letterhead.py" line="103"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="82"/>
        <source>Date and receipt</source>
        <translation>日期与单号</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="72"/>
        <location filename="../../reports/letterhead.py" line="162"/>
        <source>Date of issue</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="132"/>
        <source>Date received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="220"/>
        <source>Date:</source>
        <translation>日期 / Date：</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="151"/>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="230"/>
        <source>Dated</source>
        <translation>所属日期</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="121"/>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="100"/>
        <location filename="../../reports/collection_slip.py" line="109"/>
        <source>Delivery slip</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="19"/>
        <source>Direct aid to households</source>
        <translation>救助支出</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="86"/>
        <location filename="../../reports/transparency_parts.py" line="76"/>
        <source>Donated</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="70"/>
        <location filename="../../reports/transparency_parts.py" line="69"/>
        <location filename="../../reports/z_report.py" line="56"/>
        <location filename="../../services/documents/report_lines.py" line="22"/>
        <source>Donated goods</source>
        <translation>捐赠物资</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="37"/>
        <source>Donated goods (items)</source>
        <translation>捐赠物资（件）</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="184"/>
        <source>Donated goods are valued at the shop's estimate of their market value on the day they were received (the price of comparable goods in local shops, reduced for used goods); goods with no reliable value are listed by name and quantity and not counted in the total.</source>
        <translation>捐赠物资按接收当日本机构估计的市场价值计价（参照本地同类商品价格，旧物酌情折价）；无法可靠计价的物资只列明名称和数量，不计入合计金额。</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="65"/>
        <location filename="../../services/documents/report_lines.py" line="23"/>
        <source>Donated goods by category</source>
        <translation>捐赠物资分类</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="127"/>
        <source>Donation acknowledgement</source>
        <translation>捐赠接收确认书</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="133"/>
        <source>Donation number</source>
        <translation>捐赠编号</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="130"/>
        <source>Donation {number}</source>
        <translation>捐赠编号 {number}</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="78"/>
        <source>Donation {number}, received {date}</source>
        <translation>捐赠 {number}，接收于 {date}</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="75"/>
        <location filename="../../reports/transparency_sections.py" line="80"/>
        <source>Donations</source>
        <translation>捐赠次数</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="70"/>
        <source>Donations received in {month}</source>
        <translation>{month}收到的捐赠</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="36"/>
        <source>Donations recorded</source>
        <translation>捐赠登记笔数</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="131"/>
        <location filename="../../reports/donation_acknowledgement.py" line="149"/>
        <location filename="../../reports/donor_receipt.py" line="73"/>
        <location filename="../../reports/transparency_sections.py" line="80"/>
        <source>Donor</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="131"/>
        <location filename="../../reports/donor_receipt.py" line="73"/>
        <source>Donor code</source>
        <translation>捐赠人编号</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="66"/>
        <source>Donor receipt</source>
        <translation>捐赠收据</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="72"/>
        <source>Donor receipt number</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="217"/>
        <source>Donor withdrew</source>
        <translation>捐赠人撤回</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="24"/>
        <source>Donors</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="82"/>
        <source>Donors who agreed to be named: thank you!</source>
        <translation>同意公开姓名的捐赠人，衷心感谢！</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="144"/>
        <source>Drawer and other events</source>
        <translation>钱箱及其他事项</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="140"/>
        <source>Drawer opened: {reason}</source>
        <translation>开钱箱：{reason}</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="141"/>
        <location filename="../../reports/z_text.py" line="53"/>
        <source>Drawer openings in all</source>
        <translation>开钱箱总次数</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="215"/>
        <source>Duplicate entry</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="83"/>
        <source>Each month as in its public report; the year's row is their sum (the balance: at the year's end).</source>
        <translation>各月数据与当月公示一致；全年一行为各月之和（结余为年末数）。</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="89"/>
        <source>Earliest expiry</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="192"/>
        <source>End</source>
        <translation>月末</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="217"/>
        <source>Entered late</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="215"/>
        <source>Entry error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="69"/>
        <source>Estimated unit value</source>
        <translation>估价单价</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="114"/>
        <location filename="../../reports/donation_acknowledgement.py" line="69"/>
        <location filename="../../reports/stock_report.py" line="54"/>
        <location filename="../../reports/transparency_sections.py" line="182"/>
        <source>Estimated value</source>
        <translation>估价金额</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="56"/>
        <location filename="../../reports/transparency_sections.py" line="38"/>
        <source>Estimated value of donated goods</source>
        <translation>捐赠物资估值</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="119"/>
        <location filename="../../reports/z_text.py" line="47"/>
        <source>Expected in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="64"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="106"/>
        <source>FREE COLLECTION</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="230"/>
        <source>Figures changed</source>
        <translation>更正的数字</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="85"/>
        <source>Figures hash (sha256), checked with:</source>
        <translation>数据哈希（sha256），核对命令：</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="30"/>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="124"/>
        <location filename="../../reports/consignor_settlement.py" line="68"/>
        <location filename="../../reports/donor_receipt.py" line="101"/>
        <source>For the shop</source>
        <translation>超市经办人</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="59"/>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="38"/>
        <source>Free collection</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="38"/>
        <source>Free collection, delivered</source>
        <translation>免费领取（送货上门）</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="85"/>
        <location filename="../../reports/z_text.py" line="28"/>
        <source>Free collections</source>
        <translation>免费领取</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="95"/>
        <location filename="../../reports/transparency_sections.py" line="115"/>
        <source>Free collections against the allowance</source>
        <translation>凭救助额度免费领取</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="103"/>
        <location filename="../../reports/stock_report.py" line="54"/>
        <location filename="../../reports/stock_report.py" line="64"/>
        <location filename="../../reports/transparency_sections.py" line="93"/>
        <location filename="../../reports/transparency_sections.py" line="140"/>
        <location filename="../../reports/transparency_sections.py" line="191"/>
        <location filename="../../reports/z_report.py" line="105"/>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="160"/>
        <location filename="../../reports/transparency.py" line="75"/>
        <source>Generated on {time} from audit chain head:</source>
        <translation>生成于 {time}，依据审计链头：</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="99"/>
        <source>Generated on {time}.</source>
        <translation>生成于 {time}。</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="74"/>
        <source>Generated on {time}. Internal: it names volunteers, do not post it.</source>
        <translation>生成于 {time}。内部资料：含志愿者姓名，请勿张贴。</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="191"/>
        <source>Given</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="93"/>
        <location filename="../../reports/transparency_sections.py" line="113"/>
        <source>Given as</source>
        <translation>给予方式</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="110"/>
        <location filename="../../reports/z_text.py" line="36"/>
        <source>Goods by fund source</source>
        <translation>按资金来源分类的商品</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="117"/>
        <source>Goods received that could not be valued (not counted in the total): {goods}</source>
        <translation>无法计价的受赠物资（不计入合计）：{goods}</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="55"/>
        <source>Goods sold on consignment in {month}</source>
        <translation>{month}代销商品销售情况</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="87"/>
        <source>Goods, estimated value</source>
        <translation>物资估价</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="100"/>
        <source>Granted</source>
        <translation>发放额</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="112"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="130"/>
        <source>Home delivery</source>
        <translation>送货上门</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="129"/>
        <location filename="../../reports/collection_slip.py" line="207"/>
        <source>Home delivery: the goods were taken to the household.</source>
        <translation>送货上门：物品已送到受助家庭。</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="71"/>
        <source>Hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="142"/>
        <source>Hours are actual service time confirmed by the organiser, excluding travel. This certificate is entered in the organisation's numbered register under the number above.</source>
        <translation>服务时长为经组织方确认的实际服务时间，不含交通时间。本证明已按上述编号登记于本机构的证明登记簿。</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="72"/>
        <source>Hours are those a manager approved, after rounding and the daily cap, counted on the day worked. Entries still waiting count no hours yet.</source>
        <translation>时长为管理员批准的时长（已按规则取整并受每日上限限制），计入服务当日。待审核的记录暂不计时长。</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="26"/>
        <source>Hours corrections</source>
        <translation>工时更正</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="49"/>
        <source>Hours credited</source>
        <translation>认定时长</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="108"/>
        <source>Hours of service</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="62"/>
        <location filename="../../reports/annual_report.py" line="140"/>
        <location filename="../../reports/transparency_sections.py" line="159"/>
        <source>Hours of service (approved)</source>
        <translation>服务时长（已批准，小时）</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="113"/>
        <source>Household</source>
        <translation>受助家庭</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_parts.py" line="82"/>
        <location filename="../../reports/z_report.py" line="52"/>
        <source>Household allowance</source>
        <translation>家庭补贴</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="94"/>
        <location filename="../../reports/transparency_sections.py" line="114"/>
        <source>Household allowance used in sales</source>
        <translation>购物时使用的救助额度</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="235"/>
        <source>Household card labels</source>
        <translation>家庭卡标签</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="132"/>
        <location filename="../../reports/transparency_sections.py" line="130"/>
        <source>Household category</source>
        <translation>家庭类别</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="100"/>
        <location filename="../../reports/collection_slip.py" line="109"/>
        <location filename="../../reports/collection_slip.py" line="197"/>
        <source>Household collection slip</source>
        <translation>受助家庭领取单</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="199"/>
        <source>Household copy</source>
        <translation>受助家庭联</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="124"/>
        <source>Household member</source>
        <translation>家庭成员签名</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="115"/>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="78"/>
        <source>Household statement</source>
        <translation>受助家庭月度对账单</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="60"/>
        <location filename="../../reports/annual_report.py" line="130"/>
        <source>Household visits</source>
        <translation>家庭领取人次</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="132"/>
        <location filename="../../reports/transparency_sections.py" line="130"/>
        <location filename="../../services/documents/report_lines.py" line="24"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="27"/>
        <source>Households by category</source>
        <translation>受助家庭（按类别）</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="59"/>
        <location filename="../../reports/annual_report.py" line="129"/>
        <location filename="../../reports/transparency_sections.py" line="124"/>
        <source>Households helped</source>
        <translation>受助家庭数</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="94"/>
        <source>How to check this report</source>
        <translation>如何核验本公示</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="123"/>
        <source>I confirm that our household received the goods listed above.</source>
        <translation>本人确认我家已领取以上物品。</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="104"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="30"/>
        <source>ID number too short</source>
        <translation>证件号码太短</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_people.py" line="77"/>
        <location filename="../../services/data/imports_people.py" line="127"/>
        <source>ID number {key} is also on row {row}: give each once</source>
        <translation>证件号码 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="28"/>
        <location filename="../../ui/office/people/household_form.py" line="61"/>
        <source>ID number: {reason}</source>
        <translation>证件号码：{reason}</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="103"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="24"/>
        <location filename="../../services/people/volunteers.py" line="93"/>
        <source>ID type must be one of {choices}</source>
        <translation>证件类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="191"/>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="94"/>
        <source>In capitals: {capitals}</source>
        <translation>大写：{capitals}</translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="obsolete">收入</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="155"/>
        <source>Issued by</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="110"/>
        <source>Issuing organisation</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="151"/>
        <source>Issuing organisation (seal)</source>
        <translation>出具单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="132"/>
        <location filename="../../reports/consignor_settlement.py" line="41"/>
        <location filename="../../reports/donation_acknowledgement.py" line="69"/>
        <location filename="../../reports/stock_report.py" line="64"/>
        <location filename="../../reports/stock_report.py" line="88"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="223"/>
        <source>Item labels</source>
        <translation>商品标签</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="82"/>
        <location filename="../../reports/transparency_sections.py" line="198"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="30"/>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="100"/>
        <source>Left</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="143"/>
        <source>Lines removed from unpaid baskets</source>
        <translation>未付款购物篮中删除的行</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="57"/>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="58"/>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="67"/>
        <location filename="../../reports/transparency_parts.py" line="81"/>
        <location filename="../../reports/z_report.py" line="51"/>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="31"/>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="89"/>
        <location filename="../../reports/transparency_sections.py" line="102"/>
        <location filename="../../services/documents/report_lines.py" line="26"/>
        <source>Money received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="54"/>
        <source>Money received from sales</source>
        <translation>销售实收款项</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="70"/>
        <location filename="../../services/documents/report_lines.py" line="29"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="121"/>
        <source>No address on file</source>
        <translation>没有登记地址</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="29"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="229"/>
        <source>No corrections of earlier months were entered this month.</source>
        <translation>本月没有对以前月份的更正。</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="101"/>
        <source>No goods or services were given in return for this donation.</source>
        <translation>本机构未就此项捐赠提供任何商品或服务作为回报。</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="85"/>
        <source>No lot with stock expires within {days} days.</source>
        <translation>没有在 {days} 天内到期的在库批次。</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="60"/>
        <source>No sale (F11)</source>
        <translation>无交易开箱（F11）</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="134"/>
        <source>No. {number}</source>
        <translation>编号：{number}</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="74"/>
        <source>Not valued</source>
        <translation>未计价</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="81"/>
        <source>Not yet published: the figures may still change.</source>
        <translation>尚未公示：数字仍可能变动。</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="129"/>
        <source>Notes and coins</source>
        <translation>纸币与硬币</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="103"/>
        <location filename="../../reports/annual_report.py" line="114"/>
        <location filename="../../reports/stock_report.py" line="54"/>
        <location filename="../../reports/transparency_sections.py" line="49"/>
        <location filename="../../reports/transparency_sections.py" line="93"/>
        <location filename="../../reports/transparency_sections.py" line="140"/>
        <location filename="../../reports/transparency_sections.py" line="182"/>
        <source>Number of items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="91"/>
        <source>Of the free collections, 1 was a home delivery.</source>
        <translation>免费领取中有 1 次为送货上门。</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="92"/>
        <source>Of the free collections, {count} were home deliveries.</source>
        <translation>免费领取中有 {count} 次为送货上门。</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="126"/>
        <source>Of which free collections</source>
        <translation>其中免费领取</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="19"/>
        <source>Office costs</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="94"/>
        <source>Official donation receipt (公益事业捐赠票据): code {code}, number {number}</source>
        <translation>公益事业捐赠票据：代码 {code}，号码 {number}</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="92"/>
        <source>Official donation receipt (公益事业捐赠票据): code {code}, number {number}, issued {date}</source>
        <translation>公益事业捐赠票据：代码 {code}，号码 {number}，开票日期 {date}</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="64"/>
        <location filename="../../reports/stock_report.py" line="88"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="106"/>
        <source>Only money actually received is income: allowance and time-bank points are value given to households, shown in section 4. Refunds and voids are already taken off.</source>
        <translation>只有实际收到的款项计为收入：救助额度和时间银行积分是给予困难家庭的价值，见第四部分。退款和作废已扣除。</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="78"/>
        <location filename="../../reports/z_text.py" line="22"/>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="114"/>
        <location filename="../../reports/z_text.py" line="42"/>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="53"/>
        <location filename="../../reports/transparency_sections.py" line="56"/>
        <location filename="../../reports/transparency_sections.py" line="192"/>
        <location filename="../../reports/transparency_sections.py" line="217"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="218"/>
        <source>Other (not recorded)</source>
        <translation>其他（未记录类别）</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="136"/>
        <source>Other events</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="59"/>
        <source>Other identity document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="86"/>
        <source>Other kind donors (爱心人士), not named: {donors} donors, {donations} donations, worth {total}.</source>
        <translation>其他爱心人士（不具名）：{donors} 位，捐赠 {donations} 次，价值 {total}。</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="19"/>
        <source>Other spending</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="67"/>
        <source>Other volunteer service</source>
        <translation>其他志愿服务</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="64"/>
        <source>Owed to the consignor</source>
        <translation>应付代销方</translation>
    </message>
    <message>
        <location filename="../../reports/base.py" line="148"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="89"/>
        <location filename="../../reports/transparency_sections.py" line="102"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Paid by: {tenders}.</source>
        <translation type="obsolete">支付方式：{tenders}。</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="83"/>
        <source>Paid otherwise</source>
        <translation>其他方式支付</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="41"/>
        <source>Paid to consignors for goods sold on their behalf</source>
        <translation>支付寄售人的代售货款</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="56"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="96"/>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="57"/>
        <location filename="../../reports/donor_receipt.py" line="74"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="106"/>
        <source>Period of service</source>
        <translation>服务期间</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="147"/>
        <location filename="../../reports/transparency.py" line="46"/>
        <source>Period: {first} to {last}</source>
        <translation>公示期间：{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="111"/>
        <location filename="../../reports/letterhead.py" line="158"/>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="126"/>
        <source>Private: this statement names a household. Keep it in the shop's files and never pin it up.</source>
        <translation>内部资料：本对账单含受助家庭信息，请存档保管，切勿张贴公示。</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="44"/>
        <source>Public report for {month}: donations received and how they were used</source>
        <translation>{month} 月度公示：捐赠接收与使用情况</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="78"/>
        <source>Published on {time}; chain head at publication:</source>
        <translation>公示于 {time}，公示时的审计链头：</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="39"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="18"/>
        <source>Purchase of goods</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="86"/>
        <location filename="../../reports/transparency_parts.py" line="76"/>
        <source>Purchased</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_parts.py" line="69"/>
        <location filename="../../reports/z_report.py" line="56"/>
        <location filename="../../services/documents/report_lines.py" line="22"/>
        <source>Purchased goods</source>
        <translation>采购商品</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="132"/>
        <location filename="../../reports/donation_acknowledgement.py" line="69"/>
        <location filename="../../reports/z_report.py" line="105"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="41"/>
        <source>Quantity sold</source>
        <translation>售出数量</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="79"/>
        <source>REFUND</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="230"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="114"/>
        <location filename="../../reports/collection_slip.py" line="201"/>
        <source>Receipt number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="100"/>
        <source>Receipt {number}</source>
        <translation>小票 {number}</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="84"/>
        <source>Receipts</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="149"/>
        <source>Received for the shop by</source>
        <translation>超市接收人</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="103"/>
        <location filename="../../reports/transparency_sections.py" line="93"/>
        <source>Records</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="121"/>
        <source>Ref. {reference}</source>
        <translation>参考号 {reference}</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="39"/>
        <location filename="../../reports/z_report.py" line="60"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="104"/>
        <source>Refund of receipt {number}</source>
        <translation>原小票 {number} 的退货</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="86"/>
        <location filename="../../reports/z_text.py" line="29"/>
        <source>Refunds</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation type="obsolete">登记管理机关</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="157"/>
        <source>Registering authority</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="49"/>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="17"/>
        <source>Rent</source>
        <translation>房租</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="56"/>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="60"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="41"/>
        <location filename="../../reports/consignor_settlement.py" line="61"/>
        <location filename="../../reports/z_report.py" line="85"/>
        <location filename="../../reports/z_text.py" line="28"/>
        <location filename="../../services/documents/report_lines.py" line="22"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="66"/>
        <source>Sales are net of refunds; cancelled sales are left out. The shop's share is worked out once on the month's sales and rounded to the fen.</source>
        <translation>销售额已扣除退货，作废交易不计入。超市分成按当月销售总额一次计算，四舍五入到分。</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="70"/>
        <location filename="../../reports/transparency_spending.py" line="24"/>
        <location filename="../../services/documents/report_lines.py" line="65"/>
        <source>Sales income</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="88"/>
        <location filename="../../reports/z_text.py" line="27"/>
        <source>Sales, refunds and voids</source>
        <translation>销售、退货与作废</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="111"/>
        <location filename="../../reports/letterhead.py" line="169"/>
        <source>Seal of the organisation</source>
        <translation>单位盖章</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="67"/>
        <source>Service at the shop counter and on the shop floor</source>
        <translation>门店收银与理货服务</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="109"/>
        <source>Service content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="162"/>
        <source>Shift report</source>
        <translation>班次报表</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="198"/>
        <source>Shop copy: signed by the household, kept by the shop</source>
        <translation>店铺留存联：受助家庭签收，店铺保存</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="59"/>
        <source>Shop's share</source>
        <translation>超市分成比例</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="62"/>
        <source>Shop's share ({percent})</source>
        <translation>超市分成（{percent}）</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="163"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="220"/>
        <source>Signature:</source>
        <translation>签收 / Signature：</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="191"/>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="28"/>
        <source>Spending and balance</source>
        <translation>支出与结余</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="71"/>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="38"/>
        <source>Spent on</source>
        <translation>支出项目</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="17"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="191"/>
        <source>Start</source>
        <translation>月初</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="44"/>
        <source>Start + received − spent = end, to the fen. Cash donations and sales income are kept apart; allowance and time-bank points are not money received.</source>
        <translation>期初 + 收入 − 支出 = 期末，精确到分。捐赠资金与销售收入分别核算；家庭补贴和时间银行积分不是实收资金。</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="39"/>
        <location filename="../../reports/stock_report.py" line="52"/>
        <source>Stock and expiry report at the end of {day}</source>
        <translation>截至 {day} 日终的库存与效期报表</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="25"/>
        <source>Stock at month end</source>
        <translation>月末库存</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="183"/>
        <source>Stock at the start of the month</source>
        <translation>月初库存</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="115"/>
        <source>Stock at the start of the year</source>
        <translation>年初库存</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="114"/>
        <location filename="../../reports/transparency_sections.py" line="182"/>
        <location filename="../../services/documents/report_lines.py" line="27"/>
        <source>Stock flow</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="29"/>
        <source>Store</source>
        <translation>超市</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="159"/>
        <source>Supervision and complaints phone</source>
        <translation>监督投诉电话</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="107"/>
        <location filename="../../reports/collection_slip.py" line="194"/>
        <location filename="../../reports/collection_slip.py" line="223"/>
        <location filename="../../reports/receipt.py" line="75"/>
        <source>TRAINING · NOT A REAL RECEIPT</source>
        <translation>培训模式 · 非真实小票</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="96"/>
        <source>Takings by payment</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="101"/>
        <location filename="../../reports/z_text.py" line="31"/>
        <source>Takings by payment (net of voids, refunds included)</source>
        <translation>按收款方式汇总（已扣除作废，含退货）</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="68"/>
        <location filename="../../reports/receipt.py" line="98"/>
        <source>Tel. {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="99"/>
        <source>Thank you for supporting families in our community.</source>
        <translation>感谢您对社区困难家庭的爱心支持。</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="135"/>
        <source>Thank you! Every purchase helps families in our community.</source>
        <translation>谢谢惠顾！您的每一次购买都在帮助社区里的家庭。</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="152"/>
        <source>The figures differ from the ledger's in their form only (made by another version?)</source>
        <translation>数据与账目仅在格式上不同（可能由其他版本生成）</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="115"/>
        <source>The figures file in the PDF was changed after it was made: its figures do not give the hash it carries.</source>
        <translation>PDF 中的数据文件在生成后被改动过：其中的数字得不出它所带的哈希。</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="142"/>
        <source>The figures of {month} in the ledger give the hash {ledger}…, not the paper's {paper}…: the paper is not this month's report, or the ledger changed since it was printed.</source>
        <translation>账目中 {month} 的数据得出的哈希是 {ledger}…，而不是纸面上的 {paper}…：这份纸面报告不是该月的报告，或账目在打印后有变动。</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="119"/>
        <source>The hash printed on the report ({printed}…) is not the hash of its figures ({claimed}…): the page was changed.</source>
        <translation>报告上印的哈希（{printed}…）不是其数据的哈希（{claimed}…）：页面被改动过。</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="171"/>
        <location filename="../../reports/collection_slip.py" line="221"/>
        <source>The household signs to confirm it received the goods listed above.</source>
        <translation>领取人签字确认已收到以上物品。</translation>
    </message>
    <message>
        <location filename="../../report_commands/verify_report.py" line="54"/>
        <source>The report of {month} does not match the ledger:</source>
        <translation>{month} 的报告与账目不一致：</translation>
    </message>
    <message>
        <location filename="../../report_commands/verify_report.py" line="52"/>
        <source>The report of {month} matches the ledger: figures hash {hash}</source>
        <translation>{month} 的报告与账目一致：数据哈希 {hash}</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="125"/>
        <location filename="../../reports/z_text.py" line="52"/>
        <source>The shift is still open: the cash has not been counted yet.</source>
        <translation>本班次尚未结班，现金尚未清点。</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="123"/>
        <source>This certifies that {name} served as a volunteer with {issuer} from {first} to {last}, for {hours} hours of service recorded and confirmed by the organiser.</source>
        <translation>兹证明 {name} 于 {first} 至 {last} 在{issuer}参加志愿服务，经组织方记录并确认的服务时长为 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="106"/>
        <source>This paper is the shop's own acknowledgement. It is not a public welfare donation receipt (公益事业捐赠票据) and cannot be used as one; where such a receipt was issued, its code and number are given above.</source>
        <translation>本凭证为本机构出具的捐赠确认，不是公益事业捐赠票据，不能作为捐赠票据使用；已开具捐赠票据的，其票据代码和号码列于上方。</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="123"/>
        <source>This report is from another store ({name}).</source>
        <translation>这份报告来自另一家超市（{name}）。</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="133"/>
        <source>This sale was voided: it is not valid as a receipt.</source>
        <translation>本笔交易已作废，此小票无效。</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="101"/>
        <source>Till {till} · Cashier {cashier}</source>
        <translation>收银台 {till} · 收银员 {cashier}</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="77"/>
        <location filename="../../reports/z_text.py" line="20"/>
        <source>Till {till} · shift {shift}</source>
        <translation>收银台 {till} · 班次 {shift}</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="115"/>
        <location filename="../../reports/collection_slip.py" line="202"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="30"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="102"/>
        <source>Time {time}</source>
        <translation>时间 {time}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_parts.py" line="82"/>
        <location filename="../../reports/z_report.py" line="52"/>
        <source>Time-bank points</source>
        <translation>时间银行积分</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="127"/>
        <source>Time-bank points left</source>
        <translation>时间银行剩余积分</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="96"/>
        <location filename="../../reports/transparency_sections.py" line="116"/>
        <source>Time-bank points spent</source>
        <translation>使用的时间银行积分</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="68"/>
        <source>Time-bank points used</source>
        <translation>使用时间银行积分</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="134"/>
        <source>To protect their privacy, households are never named here.</source>
        <translation>为保护隐私，本公示不公开受助家庭的任何个人信息。</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="136"/>
        <location filename="../../reports/collection_slip.py" line="214"/>
        <location filename="../../reports/consignor_settlement.py" line="47"/>
        <location filename="../../reports/donation_acknowledgement.py" line="79"/>
        <location filename="../../reports/hours_report.py" line="56"/>
        <location filename="../../reports/receipt.py" line="114"/>
        <location filename="../../reports/stock_report.py" line="57"/>
        <location filename="../../reports/transparency_sections.py" line="143"/>
        <location filename="../../reports/transparency_spending.py" line="35"/>
        <location filename="../../reports/z_report.py" line="99"/>
        <location filename="../../reports/z_report.py" line="108"/>
        <location filename="../../reports/z_text.py" line="35"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="138"/>
        <source>Total estimated value</source>
        <translation>估价合计</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="89"/>
        <location filename="../../reports/donor_receipt.py" line="91"/>
        <source>Total for the month</source>
        <translation>本月合计</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="91"/>
        <location filename="../../reports/transparency_sections.py" line="104"/>
        <source>Total money received</source>
        <translation>实收金额合计</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="43"/>
        <source>Total received (goods and cash)</source>
        <translation>接收合计（物资与现金）</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="114"/>
        <source>Total refunded</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="63"/>
        <location filename="../../reports/transparency_spending.py" line="42"/>
        <source>Total spent</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="97"/>
        <location filename="../../reports/transparency_sections.py" line="117"/>
        <source>Total value given</source>
        <translation>给予价值合计</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="18"/>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="135"/>
        <source>USB receipt printers need the pyusb package and the libusb library: install them, or connect the printer through its Windows driver or the network</source>
        <translation>USB 小票打印机需要安装 pyusb 软件包和 libusb 库：请安装它们，或改用打印机的 Windows 驱动或网络连接</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="156"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="132"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="100"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="77"/>
        <source>VOID · THIS SALE WAS CANCELLED</source>
        <translation>作废 · 本笔交易已撤销</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="232"/>
        <source>Valid until {date}</source>
        <translation>有效期至{date}</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="188"/>
        <source>Valuation basis: {basis}</source>
        <translation>计价依据：{basis}</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="103"/>
        <location filename="../../reports/beneficiary_statement.py" line="82"/>
        <location filename="../../reports/collection_slip.py" line="132"/>
        <location filename="../../reports/stock_report.py" line="65"/>
        <location filename="../../reports/stock_report.py" line="88"/>
        <location filename="../../reports/transparency_sections.py" line="49"/>
        <location filename="../../reports/transparency_sections.py" line="80"/>
        <location filename="../../reports/transparency_sections.py" line="93"/>
        <location filename="../../reports/transparency_sections.py" line="199"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="93"/>
        <location filename="../../reports/transparency_sections.py" line="113"/>
        <location filename="../../reports/transparency_sections.py" line="140"/>
        <source>Value at shop prices</source>
        <translation>按店内售价计价值</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="70"/>
        <source>Value given</source>
        <translation>给予价值</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="58"/>
        <source>Value given to households</source>
        <translation>给予困难家庭的价值</translation>
    </message>
    <message>
        <source>Value of goods given against allowances</source>
        <translation type="obsolete">以补贴发放的物资价值</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="123"/>
        <location filename="../../reports/transparency_sections.py" line="205"/>
        <source>Values are the estimated values recorded at intake; start + in − out = end, to the unit and to the fen.</source>
        <translation>价值为入库时登记的估价；月初 + 入库 − 出库 = 月末，件数和金额（到分）均相符。</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="122"/>
        <location filename="../../reports/z_text.py" line="50"/>
        <source>Variance (counted less expected)</source>
        <translation>差额（实点减应有）</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="71"/>
        <location filename="../../reports/annual_report.py" line="132"/>
        <location filename="../../reports/transparency_sections.py" line="125"/>
        <location filename="../../reports/transparency_sections.py" line="130"/>
        <source>Visits</source>
        <translation>领取人次</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="60"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="86"/>
        <location filename="../../reports/z_text.py" line="29"/>
        <source>Voided sales</source>
        <translation>作废交易</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="246"/>
        <source>Volunteer card labels</source>
        <translation>志愿者卡标签</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="241"/>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="43"/>
        <location filename="../../reports/hours_report.py" line="67"/>
        <source>Volunteer hours from {first} to {last}</source>
        <translation>志愿服务时长（{first} 至 {last}）</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="102"/>
        <source>Volunteer name</source>
        <translation>志愿者姓名</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="105"/>
        <source>Volunteer number</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="66"/>
        <source>Volunteer service at the charity supermarket</source>
        <translation>慈善超市志愿服务</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="133"/>
        <source>Volunteer service certificate</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="90"/>
        <source>Volunteer service certificate {number}</source>
        <translation>志愿服务证明 {number}</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="24"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="61"/>
        <location filename="../../reports/annual_report.py" line="139"/>
        <location filename="../../reports/transparency_sections.py" line="158"/>
        <source>Volunteers who served</source>
        <translation>参与服务的志愿者人数</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="49"/>
        <source>Waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="51"/>
        <source>Warning: these figures differ from the ones published. Run the check below and tell the manager.</source>
        <translation>警告：这些数字与已公示的不一致。请运行下方的核验命令并告知管理员。</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="17"/>
        <source>Water and electricity</source>
        <translation>水电</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="146"/>
        <source>We thank you warmly for your gift. The values above are the shop's own estimates of the goods received.</source>
        <translation>衷心感谢您的捐赠。以上金额为本超市对所收物资的估价。</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="103"/>
        <location filename="../../reports/donation_acknowledgement.py" line="70"/>
        <location filename="../../reports/transparency_sections.py" line="49"/>
        <source>Weight (kg)</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="39"/>
        <source>Weight of donated goods (kg)</source>
        <translation>捐赠物资重量（千克）</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="89"/>
        <source>Weight of goods (kg)</source>
        <translation>物资重量（千克）</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="230"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="82"/>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="209"/>
        <source>Where the goods went, by fund source</source>
        <translation>按资金来源的物资去向</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="191"/>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="216"/>
        <source>Wrong quantity</source>
        <translation>数量有误</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="216"/>
        <source>Wrong value</source>
        <translation>金额有误</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="76"/>
        <location filename="../../reports/z_text.py" line="19"/>
        <source>X-report: shift still open</source>
        <translation>X 报表：班次未结</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="76"/>
        <location filename="../../services/documents/report_lines.py" line="29"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="76"/>
        <location filename="../../reports/z_text.py" line="19"/>
        <source>Z-report: shift closed</source>
        <translation>Z 报表：班次已结</translation>
    </message>
    <message>
        <location filename="../../services/documents/money.py" line="108"/>
        <location filename="../../services/documents/z_thermal.py" line="24"/>
        <location filename="../../services/documents/z_thermal.py" line="53"/>
        <source>Z-reports show the shifts' money and cashiers: they need a manager</source>
        <translation>Z 报表含班次金额和收银员，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="34"/>
        <source>a PIN is at least {count} digits</source>
        <translation>密码至少要 {count} 位数字</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="36"/>
        <source>a PIN is at most 12 digits</source>
        <translation>密码最多 12 位数字</translation>
    </message>
    <message>
        <location filename="../../services/sales/drawer.py" line="105"/>
        <source>a USB drawer is set as usb:VVVV:PPPP in hex, not {target}</source>
        <translation>USB 钱箱要写成 usb:VVVV:PPPP（十六进制），不能写成 {target}</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="132"/>
        <location filename="../../services/store/settings_fields.py" line="213"/>
        <source>a USB receipt printer is set as VVVV:PPPP in hex (such as 0416:5011), not {value}</source>
        <translation>USB 小票打印机应填写为十六进制的 VVVV:PPPP（例如 0416:5011），而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="156"/>
        <source>a Windows receipt printer (spooler) can only be used on Windows</source>
        <translation>Windows 小票打印机（打印队列）只能在 Windows 上使用</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="73"/>
        <source>a barcode is at most {max_length} characters</source>
        <translation>条码最多 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="109"/>
        <source>a card number has no spaces</source>
        <translation>卡号里不能有空格</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="97"/>
        <source>a code is 1-40 letters, digits, '-', '_' or '.'</source>
        <translation>编号由 1 到 40 个字母、数字或 '-'、'_'、'.' 组成</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="260"/>
        <source>a collection is paid by the household allowance only</source>
        <translation>领取物资只能用家庭补贴支付</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="252"/>
        <source>a collection needs the household's card</source>
        <translation>领取物资需要刷受助家庭卡</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="224"/>
        <source>a count can't be below 0</source>
        <translation>数量不能小于 0</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="262"/>
        <source>a delivery is for a registered household: scan its card</source>
        <translation>送货上门只限已登记的受助家庭：请刷这户的卡</translation>
    </message>
    <message>
        <location filename="../../services/sales/deliveries.py" line="169"/>
        <source>a delivery is recorded as delivered, failed or retry, not {step}</source>
        <translation>送货只能记录为送达、失败或重新送，不能是 {step}</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="95"/>
        <source>a drawer opening's reason is one of {choices}</source>
        <translation>打开钱箱的原因必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="227"/>
        <source>a drawer pulse time is a whole number of milliseconds from {low} to {high}</source>
        <translation>钱箱脉冲时间必须是 {low} 到 {high} 之间的整数毫秒</translation>
    </message>
    <message>
        <source>a label layout name holds letters, digits, dots, dashes and underscores only</source>
        <translation type="obsolete">标签版式名称只能包含字母、数字、点、短横线和下划线</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="146"/>
        <location filename="../../services/store/settings_fields.py" line="221"/>
        <source>a network receipt printer is set as HOST or HOST:PORT, not {value}</source>
        <translation>网络小票打印机应填写为“地址”或“地址:端口”，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="50"/>
        <location filename="../../services/store/settings_fields.py" line="83"/>
        <location filename="../../services/store/settings_fields.py" line="98"/>
        <source>a phone number holds digits, spaces, +, - and brackets only</source>
        <translation>电话号码只能包含数字、空格、+、- 和括号</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="252"/>
        <source>a refund needs a manager's PIN</source>
        <translation>退款需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="26"/>
        <source>a resident ID has 18 characters</source>
        <translation>居民身份证号码是 18 位</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="173"/>
        <source>a sale takes one {kind} payment at most</source>
        <translation>一笔销售最多只能有一次 {kind} 付款</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="84"/>
        <source>a shift is already open on this till: close it before opening another</source>
        <translation>这个收银台已经开班了：请先交班，再开新班</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="203"/>
        <source>a stocktake is already open: post or cancel it first</source>
        <translation>已经有一次盘点在进行：请先完成或取消它</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="43"/>
        <source>a till code is a letter and then up to 7 letters or digits, such as T2</source>
        <translation>收银台编号以字母开头，后跟最多 7 个字母或数字，例如 T2</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="48"/>
        <source>a till name is at most 100 characters</source>
        <translation>收银台名称最多 100 个字符</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="59"/>
        <source>a user needs a name</source>
        <translation>请填写用户的姓名</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="55"/>
        <source>a volunteer code has no spaces</source>
        <translation>志愿者编号里不能有空格</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="291"/>
        <source>a 捐赠票据 can't be dated in the future</source>
        <translation>捐赠票据的日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="146"/>
        <source>a 捐赠票据 code or number is at most 40 characters</source>
        <translation>捐赠票据的代码或号码最多 40 个字符</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="293"/>
        <source>a 捐赠票据 is never issued before the donation is received</source>
        <translation>捐赠票据不能在收到捐赠之前开具</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="183"/>
        <location filename="../../services/stock/intake.py" line="284"/>
        <source>a 捐赠票据 is only issued for donations</source>
        <translation>捐赠票据只能为捐赠开具</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="144"/>
        <location filename="../../services/stock/intake.py" line="287"/>
        <source>a 捐赠票据 needs both its code and its number</source>
        <translation>捐赠票据的代码和号码都要填写</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="248"/>
        <source>adding a barcode needs a manager</source>
        <translation>添加条码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="128"/>
        <source>adding a category needs a manager</source>
        <translation>添加分类需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="90"/>
        <source>adding a donor, supplier or consignor needs a manager</source>
        <translation>添加捐赠人、供应商或寄卖方需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="40"/>
        <source>adding a till needs a manager</source>
        <translation>添加收银台需要店长</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="77"/>
        <source>adding a user needs a manager</source>
        <translation>添加用户需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="167"/>
        <source>adding an item needs a manager</source>
        <translation>添加商品需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="143"/>
        <source>adjusting stock needs a manager</source>
        <translation>调整库存需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/allowance.py" line="142"/>
        <source>allowance left this period is {remaining}, less than {amount}</source>
        <translation>本期补贴只剩 {remaining} 元，不够 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="33"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="57"/>
        <source>an amount of money must be a whole number of fen</source>
        <translation>金额必须是整数（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="251"/>
        <source>an entry can't be longer than 24 hours</source>
        <translation>一条记录不能超过 24 小时</translation>
    </message>
    <message>
        <location filename="../../services/data/imports.py" line="83"/>
        <source>an import is one of {choices}</source>
        <translation>导入类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="187"/>
        <source>an intake needs at least one line</source>
        <translation>入库至少要有一行物品</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="289"/>
        <source>approving volunteer hours needs a manager</source>
        <translation>审批志愿服务时长需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../store_commands.py" line="48"/>
        <source>backup and restore work on a SQLite store; use your database server's tools otherwise</source>
        <translation>备份和恢复只适用于 SQLite 数据；其他数据库请用数据库服务器自带的工具</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="89"/>
        <source>barcode {code} already belongs to {name}</source>
        <translation>条码 {code} 已经属于“{name}”</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="61"/>
        <source>barcode {code} can't be printed: a barcode holds only letters, digits and signs</source>
        <translation>条码 {code} 无法打印：条码只能包含字母、数字和符号</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="77"/>
        <source>barcode {code} has a wrong check digit: check it was typed correctly</source>
        <translation>条码 {code} 的校验位不对：请检查是否输错</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="182"/>
        <source>barcode {code} is listed twice</source>
        <translation>条码 {code} 重复填写了</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="81"/>
        <source>barcode {code} may only hold letters, digits and ASCII punctuation other than *</source>
        <translation>条码 {code} 只能包含字母、数字和英文标点（不能有 *）</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="64"/>
        <source>barcode {code} needs labels at least {needed} mm wide, and the labels of layout {layout} are {width} mm wide</source>
        <translation>条码 {code} 需要至少 {needed} 毫米宽的标签，而版式 {layout} 的标签宽 {width} 毫米</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_stock.py" line="54"/>
        <source>barcode {key} is also on row {row}: give each once</source>
        <translation>条码 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="308"/>
        <source>cancelling a stocktake needs a manager</source>
        <translation>取消盘点需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="130"/>
        <location filename="../../services/stock/catalog.py" line="212"/>
        <source>cannot edit {fields}</source>
        <translation>不能修改：{fields}</translation>
    </message>
    <message>
        <location filename="../../services/transactions.py" line="34"/>
        <source>cannot reach the database server: nothing was saved. Check the network cable or Wi-Fi, then try again</source>
        <translation>连接不上数据库服务器：这笔操作没有保存。请检查网线或 Wi-Fi，然后再试一次</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="114"/>
        <source>card number {card} is already registered</source>
        <translation>卡号 {card} 已经登记过了</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_people.py" line="76"/>
        <source>card number {key} is also on row {row}: give each once</source>
        <translation>卡号 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="142"/>
        <source>carry-over must be yes or no</source>
        <translation>“结转”只能填“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="34"/>
        <source>cash donations</source>
        <translation>现金捐赠笔数</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="120"/>
        <source>cash goes either in or out</source>
        <translation>现金只能是“放入”或“取出”</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="35"/>
        <source>cash received</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="165"/>
        <source>cash received {received} is less than the {amount} due</source>
        <translation>收到现金 {received} 元，少于应付的 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="137"/>
        <source>changing a category needs a manager</source>
        <translation>修改分类需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="201"/>
        <source>changing a price needs a manager's PIN</source>
        <translation>改价需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="160"/>
        <location filename="../../services/stock/label_layouts.py" line="176"/>
        <location filename="../../services/stock/label_layouts.py" line="194"/>
        <source>changing label layouts needs a manager</source>
        <translation>修改标签版式需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/store/settings.py" line="120"/>
        <source>changing the store settings needs a manager</source>
        <translation>更改门店设置需要店长</translation>
    </message>
    <message>
        <location filename="../../services/people/certificates.py" line="48"/>
        <source>changing the store's settings needs an admin</source>
        <translation>修改本店设置需要管理员权限</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="56"/>
        <source>changing tills needs a manager</source>
        <translation>更改收银台需要店长</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="106"/>
        <source>changing users needs a manager</source>
        <translation>修改用户需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/store/settings.py" line="167"/>
        <source>choose a file name for the key, not a folder</source>
        <translation>请为密钥选择一个文件名，而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="71"/>
        <source>choose at least one label to print</source>
        <translation>请至少选择一张要打印的标签</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="158"/>
        <source>choose at least one line to refund</source>
        <translation>请至少选一行要退款的商品</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_stock.py" line="93"/>
        <source>code {key} is also on row {row}: give each once</source>
        <translation>编号 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="232"/>
        <source>collection slips are printed in 1 copy (the shop's, signed) or 2 (one for the household too)</source>
        <translation>领取单打印 1 份（店铺留存，需签收）或 2 份（另给受助家庭一份）</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="36"/>
        <source>collections</source>
        <translation>领取笔数</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="142"/>
        <source>columns must be a whole number from 1 to {high}</source>
        <translation>列数必须是 1 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_common.py" line="54"/>
        <source>conflicts with a record already in the store</source>
        <translation>和店里已有的记录冲突</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="50"/>
        <source>consigned goods need a consignor</source>
        <translation>寄卖商品需要填写寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/documents/batch.py" line="69"/>
        <location filename="../../services/documents/money.py" line="70"/>
        <location filename="../../services/reporting/sales.py" line="238"/>
        <source>consignor settlements show what is owed to people: they need a manager</source>
        <translation>寄卖结算单含应付寄卖方的金额，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="79"/>
        <source>copies of {code} must be a whole number from 1 to {high}</source>
        <translation>{code} 的份数必须是 1 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/demo/build.py" line="117"/>
        <source>days must be a whole number from 1 to 3660</source>
        <translation>天数必须是 1 到 3660 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="384"/>
        <source>deactivate the household before erasing its personal data</source>
        <translation>请先停用这户家庭，再删除它的个人信息</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="239"/>
        <source>deactivating an item needs a manager</source>
        <translation>停用商品需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="267"/>
        <source>deactivating or reactivating a household needs a manager</source>
        <translation>停用或恢复受助家庭需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="130"/>
        <source>deactivating or reactivating a volunteer needs a manager</source>
        <translation>停用或恢复志愿者需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="48"/>
        <source>donated goods need a donor</source>
        <translation>捐赠物资需要填写捐赠人</translation>
    </message>
    <message>
        <location filename="../../services/documents/donors.py" line="25"/>
        <source>donation acknowledgements name donors: they need a manager</source>
        <translation>捐赠确认函含捐赠人姓名，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="36"/>
        <source>donations</source>
        <translation>捐赠笔数</translation>
    </message>
    <message>
        <location filename="../../services/documents/batch.py" line="52"/>
        <location filename="../../services/documents/donors.py" line="55"/>
        <location filename="../../services/reporting/intake.py" line="270"/>
        <source>donor receipts name donors: they need a manager</source>
        <translation>捐赠收据含捐赠人姓名，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="160"/>
        <source>each payment must be more than zero</source>
        <translation>每一笔付款都必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="130"/>
        <source>each side of the page must be from {low} to {high} millimetres</source>
        <translation>纸张每边必须在 {low} 到 {high} 毫米之间</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="127"/>
        <source>editing a donor, supplier or consignor needs a manager</source>
        <translation>修改捐赠人、供应商或寄卖方需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="198"/>
        <source>editing a household needs a manager</source>
        <translation>修改受助家庭信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="106"/>
        <source>editing a volunteer needs a manager</source>
        <translation>修改志愿者信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="209"/>
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
        <location filename="../../services/stock/catalog.py" line="173"/>
        <source>enter a price (the category suggests none)</source>
        <translation>请填写价格（这个分类没有建议价格）</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="219"/>
        <location filename="../../services/people/volunteers.py" line="116"/>
        <source>enter the ID number again to change its type</source>
        <translation>要更改证件类型，请重新输入证件号码</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="379"/>
        <source>erasing a household's personal data needs an admin</source>
        <translation>删除受助家庭的个人信息需要系统管理员来操作</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="114"/>
        <source>expense {number} has already been reversed</source>
        <translation>支出 {number} 已经冲销过了</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="111"/>
        <source>expense {number} is itself a reversal: record the expense again instead</source>
        <translation>支出 {number} 本身是一笔冲销：请重新记录这笔支出</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="68"/>
        <source>expired {days} days ago</source>
        <translation>已过期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="70"/>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="268"/>
        <source>expiry warning days must be a whole number from {low} to {high}</source>
        <translation>临期提醒天数必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/store/settings.py" line="164"/>
        <source>exporting the identity-number key needs an admin</source>
        <translation>导出身份证号密钥需要管理员</translation>
    </message>
    <message>
        <location filename="../../services/data/exports.py" line="225"/>
        <source>exports show people's names and money: they need a manager</source>
        <translation>导出数据含人员姓名和金额，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="151"/>
        <source>found stock is a positive quantity</source>
        <translation>找到的库存请填正数</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="107"/>
        <source>fund source must be one of {choices}</source>
        <translation>资金来源必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../report_commands/documents.py" line="78"/>
        <source>give --out FILE.pdf or --receipt-printer</source>
        <translation>请给出 --out 文件.pdf 或 --receipt-printer</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="241"/>
        <source>give an end time or the number of minutes</source>
        <translation>请填写结束时间或分钟数</translation>
    </message>
    <message>
        <location filename="../../services/documents/money.py" line="110"/>
        <location filename="../../services/documents/z_thermal.py" line="26"/>
        <source>give either a shift or a date</source>
        <translation>请指定班次或日期（二选一）</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="154"/>
        <source>give the Windows printer's name for the receipt printer</source>
        <translation>请填写小票打印机在 Windows 中的名称</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="90"/>
        <source>give the date the expense was paid</source>
        <translation>请填写支出的日期</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="204"/>
        <source>give the first day with --from YYYY-MM-DD</source>
        <translation>请用 --from YYYY-MM-DD 写明第一天</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="163"/>
        <source>household card {card} is not active</source>
        <translation>家庭卡 {card} 未启用</translation>
    </message>
    <message>
        <location filename="../../services/documents/money.py" line="54"/>
        <location filename="../../services/reporting/households.py" line="155"/>
        <source>household statements name households: they need a manager</source>
        <translation>受助家庭对账单含家庭信息，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/data/imports.py" line="92"/>
        <source>importing records needs a manager</source>
        <translation>导入记录需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="72"/>
        <source>in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_common.py" line="81"/>
        <location filename="../../services/tabular.py" line="167"/>
        <location filename="../../services/tabular.py" line="179"/>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_people.py" line="104"/>
        <source>is empty: a new household needs its ID number</source>
        <translation>是空的：新登记的家庭需要填写证件号码</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="171"/>
        <source>is longer than {max_length} characters</source>
        <translation>超过了 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/people/certificates.py" line="97"/>
        <location filename="../../services/reporting/volunteers.py" line="181"/>
        <source>issuing a volunteer certificate needs a manager</source>
        <translation>出具志愿服务证明需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="32"/>
        <source>kind must be one of {choices}</source>
        <translation>类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="55"/>
        <source>labels to skip must be a whole number from 0 to {last}</source>
        <translation>跳过的标签数必须是 0 到 {last} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="53"/>
        <source>layout {layout} prints one label per page, so no labels can be skipped</source>
        <translation>版式 {layout} 每页只打印一张标签，不能跳过标签</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="20"/>
        <source>line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="338"/>
        <location filename="../../services/people/search.py" line="61"/>
        <location filename="../../services/people/search.py" line="110"/>
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
        <location filename="../../services/data/imports_common.py" line="94"/>
        <source>must be at least 1</source>
        <translation>至少要填 1</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_money.py" line="40"/>
        <source>must be more than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="128"/>
        <source>name the item by its barcode</source>
        <translation>请用条码说明是哪个商品</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="33"/>
        <source>negative amount: {text}</source>
        <translation>金额不能是负数：{text}</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="73"/>
        <source>no ID number is recorded for this person</source>
        <translation>这个人没有登记证件号码</translation>
    </message>
    <message>
        <location filename="../../services/reporting/sales.py" line="241"/>
        <source>no consignor with code {code}</source>
        <translation>没有编号为 {code} 的寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/sales/deliveries.py" line="142"/>
        <source>no delivery {delivery}</source>
        <translation>没有送货单 {delivery}</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="274"/>
        <source>no donation numbered {number}</source>
        <translation>没有编号为 {number} 的捐赠</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="114"/>
        <source>no donor, supplier or consignor has the code {code}</source>
        <translation>没有编号为 {code} 的捐赠人、供应商或寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_stock.py" line="147"/>
        <source>no donor, supplier or consignor has the code {code}: import the donors first</source>
        <translation>没有编号为 {code} 的捐赠人、供应商或寄卖方：请先导入捐赠人</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="121"/>
        <source>no donor, supplier or consignor with code {code}</source>
        <translation>没有编号为 {code} 的捐赠人、供应商或寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="161"/>
        <source>no household has card {card}</source>
        <translation>没有持卡号为 {card} 的家庭</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="216"/>
        <location filename="../../ui/counter/card_payments.py" line="72"/>
        <location filename="../../ui/counter/controller.py" line="195"/>
        <source>no household has the card {card}</source>
        <translation>没有哪户家庭的卡号是 {card}</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="97"/>
        <location filename="../../services/stock/labels.py" line="210"/>
        <source>no item has barcode {code}</source>
        <translation>没有条码为 {code} 的商品</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="146"/>
        <location filename="../../services/stock/intake.py" line="131"/>
        <source>no item has the barcode {code}</source>
        <translation>没有哪个商品的条码是 {code}</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_stock.py" line="155"/>
        <source>no item has the barcode {code}: import the catalog first</source>
        <translation>没有哪个商品的条码是 {code}：请先导入商品目录</translation>
    </message>
    <message>
        <location filename="../../services/people/certificates.py" line="57"/>
        <source>no person in charge is set: the certificate leaves that line blank to be signed by hand. Enter the name in the store settings (The organisation on public papers) or on the certificate page before printing.</source>
        <translation>尚未设置负责人：证明上的负责人一栏将留空，需手写签名。请在打印前到商店设置（公开文件上的机构信息）或证明页面填写负责人姓名。</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipts.py" line="105"/>
        <location filename="../../services/sales/refunds.py" line="63"/>
        <source>no receipt {receipt}</source>
        <translation>找不到小票 {receipt}</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="76"/>
        <source>no shift is open on this till: open one with the opening float first</source>
        <translation>这个收银台还没有开班：请先输入备用金开班</translation>
    </message>
    <message>
        <location filename="../../services/documents/money.py" line="119"/>
        <location filename="../../services/documents/z_thermal.py" line="35"/>
        <source>no shift was opened on {day}</source>
        <translation>{day} 没有开班记录</translation>
    </message>
    <message>
        <location filename="../../services/documents/money.py" line="114"/>
        <location filename="../../services/documents/z_thermal.py" line="30"/>
        <location filename="../../services/sales/shifts.py" line="172"/>
        <source>no shift {shift}</source>
        <translation>找不到班次 {shift}</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="71"/>
        <source>no such beneficiary</source>
        <translation>找不到这户受助家庭</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="140"/>
        <location filename="../../services/stock/catalog.py" line="155"/>
        <source>no such category</source>
        <translation>找不到这个分类</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="137"/>
        <location filename="../../services/store/backup.py" line="180"/>
        <location filename="../../services/store/server_backup.py" line="102"/>
        <location filename="../../services/tabular.py" line="136"/>
        <source>no such file: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="150"/>
        <source>no such household</source>
        <translation>找不到这户家庭</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="203"/>
        <location filename="../../services/stock/control.py" line="67"/>
        <location filename="../../services/stock/intake.py" line="132"/>
        <source>no such item</source>
        <translation>找不到这个商品</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="187"/>
        <source>no such stocktake</source>
        <translation>找不到这次盘点</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="59"/>
        <source>no such till</source>
        <translation>没有这个收银台</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="92"/>
        <location filename="../../services/users/auth.py" line="109"/>
        <source>no such user</source>
        <translation>找不到这个用户</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="71"/>
        <location filename="../../services/people/volunteers.py" line="68"/>
        <source>no such volunteer</source>
        <translation>找不到这位志愿者</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="277"/>
        <source>no such work entry</source>
        <translation>找不到这条服务时长记录</translation>
    </message>
    <message>
        <location filename="../../services/context.py" line="34"/>
        <location filename="../../services/sales/checkout.py" line="107"/>
        <source>no till {till}</source>
        <translation>找不到收银台 {till}</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="185"/>
        <source>no volunteer has card code {code}</source>
        <translation>没有卡号为 {code} 的志愿者</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="225"/>
        <location filename="../../services/sales/deliveries.py" line="180"/>
        <location filename="../../ui/counter/card_payments.py" line="84"/>
        <source>no volunteer has the code {code}</source>
        <translation>没有编号为 {code} 的志愿者</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="113"/>
        <source>no volunteer with card {code}</source>
        <translation>没有卡号为 {code} 的志愿者</translation>
    </message>
    <message>
        <location filename="../../services/reporting/volunteers.py" line="186"/>
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
        <location filename="../../services/people/timebank.py" line="45"/>
        <source>not enough points: {available} available, {needed} needed</source>
        <translation>积分不够：现有 {available} 积分，需要 {needed} 积分</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="255"/>
        <source>not payable by allowance, so not collectable: {items}</source>
        <translation>这些商品不能用补贴支付，所以不能领取：{items}</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="98"/>
        <source>nothing is owed to {name} for {month}</source>
        <translation>{month} 没有应付给 {name} 的款项</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="66"/>
        <source>only a consignor has a shop's share</source>
        <translation>只有寄卖方才有本店分成</translation>
    </message>
    <message>
        <location filename="../../services/sales/deliveries.py" line="128"/>
        <location filename="../../services/sales/deliveries.py" line="147"/>
        <source>only a logged-in user can see the deliveries</source>
        <translation>登录后才能查看送货</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="79"/>
        <source>only an admin can add an admin</source>
        <translation>只有系统管理员才能添加系统管理员</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="94"/>
        <source>only an admin can reset an admin's PIN</source>
        <translation>只有系统管理员才能重设系统管理员的密码</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="169"/>
        <source>only cash gives change</source>
        <translation>只有现金付款才能找零</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="129"/>
        <source>only {available} of {name} can be sold, and the basket needs {wanted}</source>
        <translation>“{name}”只有 {available} 件可以卖，购物篮里需要 {wanted} 件</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="126"/>
        <source>only {available} of {name} can be sold, and the basket needs {wanted} ({expired} more are past their expiry date)</source>
        <translation>“{name}”只有 {available} 件可以卖，购物篮里需要 {wanted} 件（另有 {expired} 件已过期）</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="96"/>
        <source>only {available} of {name} in stock: can't take away {quantity}</source>
        <translation>“{name}”库存只有 {available} 件：不能减去 {quantity} 件</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="96"/>
        <source>only {available} of {name} in that lot: can't take away {quantity}</source>
        <translation>“{name}”在这个批次里只有 {available} 件：不能减去 {quantity} 件</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="171"/>
        <source>only {left} of line {line} can still be refunded (asked for {quantity})</source>
        <translation>第 {line} 行只能再退 {left} 件（现在要退 {quantity} 件）</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="109"/>
        <source>opening the drawer without a sale needs a manager's PIN</source>
        <translation>不收款打开钱箱需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../services/documents/money.py" line="32"/>
        <source>paper must be one of {choices}</source>
        <translation>纸张必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="86"/>
        <source>paying a consignor needs a manager</source>
        <translation>向代销方付款需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="268"/>
        <source>paying by allowance needs the household's card</source>
        <translation>用补贴付款需要刷受助家庭卡</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="277"/>
        <source>paying with points needs the volunteer's card</source>
        <translation>用积分付款需要刷志愿者卡</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="140"/>
        <location filename="../../services/store/settings_fields.py" line="243"/>
        <source>period must be one of {choices}</source>
        <translation>周期必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="166"/>
        <source>points per hour must be a number from 0.01 to 100</source>
        <translation>每小时积分必须是 0.01 到 100 之间的数</translation>
    </message>
    <message>
        <location filename="../../services/people/timebank.py" line="40"/>
        <source>points to spend must be positive</source>
        <translation>要用的积分必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="274"/>
        <source>posting a stocktake needs a manager</source>
        <translation>完成盘点需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/sales/deliveries.py" line="217"/>
        <source>printing a delivery slip shows the household's address: it needs a manager</source>
        <translation>送货单上有受助家庭的地址：需要经理打印</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="154"/>
        <source>printing household card labels needs a manager</source>
        <translation>打印家庭卡标签需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="160"/>
        <source>printing through the Windows spooler needs the pywin32 package</source>
        <translation>通过 Windows 打印队列打印需要安装 pywin32 软件包</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="157"/>
        <source>publish {expected} first: months are published in order</source>
        <translation>请先公示 {expected}：月份须按顺序公示</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="140"/>
        <source>publishing a month's report needs a manager</source>
        <translation>发布月度公示需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="49"/>
        <source>purchased goods need a supplier</source>
        <translation>采购商品需要填写供应商</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="33"/>
        <location filename="../../services/documents/report_lines.py" line="35"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="184"/>
        <source>receipt output must be one of {choices}</source>
        <translation>小票输出必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="248"/>
        <source>recording a cash donation needs a manager</source>
        <translation>登记现金捐赠需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="281"/>
        <source>recording a 捐赠票据 needs a manager</source>
        <translation>登记捐赠票据需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="77"/>
        <source>recording an expense needs a manager</source>
        <translation>记录支出需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="177"/>
        <source>recording an intake needs a manager</source>
        <translation>登记入库需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="33"/>
        <source>records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="37"/>
        <source>refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="37"/>
        <source>refunds total</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="171"/>
        <source>registering a household needs a manager</source>
        <translation>登记受助家庭需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="88"/>
        <source>registering a volunteer needs a manager</source>
        <translation>登记志愿者需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="318"/>
        <source>rejecting volunteer hours needs a manager</source>
        <translation>驳回志愿服务时长需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="260"/>
        <source>removing a barcode needs a manager</source>
        <translation>删除条码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="241"/>
        <source>renewing a household card needs a manager</source>
        <translation>受助家庭卡续期需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="141"/>
        <source>required column is missing</source>
        <translation>缺少这一必填列</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="89"/>
        <source>resetting someone's PIN needs a manager</source>
        <translation>重设别人的密码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="28"/>
        <source>resident ID check digit or birth date is wrong</source>
        <translation>居民身份证号码的校验位或出生日期不对</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="105"/>
        <source>reversing an expense needs a manager</source>
        <translation>冲销支出需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="61"/>
        <source>role must be one of {choices}</source>
        <translation>角色必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="33"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>第 {row} 行，{column} 列：{message}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="34"/>
        <source>row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="140"/>
        <source>rows must be a whole number from 1 to {high}</source>
        <translation>行数必须是 1 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="36"/>
        <source>sales</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="124"/>
        <source>say why the cash goes in or out</source>
        <translation>请说明放入或取出现金的原因</translation>
    </message>
    <message>
        <location filename="../../services/sales/deliveries.py" line="175"/>
        <source>say why the delivery failed (nobody at home, wrong address, ...)</source>
        <translation>请说明送货失败的原因（家中无人、地址不对……）</translation>
    </message>
    <message>
        <location filename="../../services/sales/deliveries.py" line="198"/>
        <source>say why the delivery is cancelled</source>
        <translation>请说明取消送货的原因</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="117"/>
        <source>say why the expense is reversed</source>
        <translation>请说明冲销这笔支出的原因</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="102"/>
        <source>say why the sale is voided</source>
        <translation>请说明作废这笔销售的原因</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="57"/>
        <source>say why you need these personal details</source>
        <translation>请说明为什么需要查看这些个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/counter/controller.py" line="154"/>
        <source>scan a barcode or type a name</source>
        <translation>请扫描条码，或输入商品名称</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="63"/>
        <source>seeing a full ID number needs a manager</source>
        <translation>查看完整的证件号码需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="313"/>
        <source>seeing a household's allowance history needs a manager</source>
        <translation>查看受助家庭的补贴记录需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="362"/>
        <source>seeing a household's personal details needs a manager</source>
        <translation>查看受助家庭的个人信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="176"/>
        <source>seeing a volunteer's personal details needs a manager</source>
        <translation>查看志愿者的个人信息需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="146"/>
        <source>selling {name} at {price} needs a manager's approval</source>
        <translation>以 {price} 元卖“{name}”需要店长批准</translation>
    </message>
    <message>
        <location filename="../../services/store/auto_backup.py" line="97"/>
        <source>setting the backup passphrase needs a manager</source>
        <translation>设置备份密码需要店长</translation>
    </message>
    <message>
        <location filename="../../services/documents/z_thermal.py" line="51"/>
        <source>shift {shift} is not closed yet</source>
        <translation>班次 {shift} 还没有结班</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="34"/>
        <source>someone is already registered with that ID number</source>
        <translation>这个证件号码已经有人登记过了</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="201"/>
        <source>starting a stocktake needs a manager</source>
        <translation>开始盘点需要店长来操作</translation>
    </message>
    <message>
        <location filename="../../services/people/search.py" line="63"/>
        <source>state must be one of {choices}</source>
        <translation>状态必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="153"/>
        <source>stock {reason} is taken away: enter a negative quantity</source>
        <translation>“{reason}”是减少库存：请填负数</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="66"/>
        <source>subject must be one of {choices}</source>
        <translation>对象必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="65"/>
        <location filename="../../services/users/auth.py" line="99"/>
        <source>that PIN is already used by someone else: choose another</source>
        <translation>这个密码已经有别人在用：请换一个</translation>
    </message>
    <message>
        <location filename="../../services/sales/parked_baskets.py" line="104"/>
        <source>that held basket is no longer there</source>
        <translation>这个挂起的购物篮已经不在了</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="165"/>
        <source>that is not a manager's PIN</source>
        <translation>这不是店长的密码</translation>
    </message>
    <message>
        <location filename="../../services/store/backup_crypto.py" line="93"/>
        <source>that is not this backup's passphrase: nothing was changed</source>
        <translation>这不是这个备份的密码：什么都没有改动</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="73"/>
        <source>that is {count} labels: print at most {limit} at a time</source>
        <translation>共 {count} 张标签：每次最多打印 {limit} 张</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="163"/>
        <source>that line is not on this receipt</source>
        <translation>这张小票上没有这一行</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="74"/>
        <source>that lot does not hold {name}</source>
        <translation>这个批次里没有“{name}”</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="49"/>
        <source>the Chinese name is longer than {limit} characters</source>
        <translation>中文名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="52"/>
        <source>the English name is longer than {limit} characters</source>
        <translation>英文名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/people/allowance.py" line="133"/>
        <source>the allowance amount must be positive</source>
        <translation>补贴金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="271"/>
        <source>the allowance can pay at most {amount} of this basket (some items are not payable by allowance)</source>
        <translation>这篮商品最多只能用补贴付 {amount} 元（有些商品不能用补贴支付）</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="289"/>
        <source>the allowance must be an amount in yuan such as 150.00</source>
        <translation>补贴额度必须是以元为单位的金额，例如 150.00</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="252"/>
        <source>the allowance period can't change once allowance has been granted; change the amount instead</source>
        <translation>已经发过补贴，补贴周期就不能再改了；可以改补贴金额</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="59"/>
        <source>the amount cannot be negative</source>
        <translation>金额不能是负数</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="87"/>
        <source>the amount is too large (at most {largest})</source>
        <translation>金额太大（最多 {largest}）</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="85"/>
        <source>the amount must be more than 0</source>
        <translation>金额必须大于 0</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="61"/>
        <source>the amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="96"/>
        <source>the amount paid must be more than 0</source>
        <translation>付款金额必须大于 0</translation>
    </message>
    <message>
        <location filename="../../services/users/session.py" line="55"/>
        <source>the back office is for managers: a cashier's PIN can't open it</source>
        <translation>后台管理仅限店长使用：收银员的 PIN 无法进入</translation>
    </message>
    <message>
        <location filename="../../services/store/auto_backup.py" line="170"/>
        <source>the backup could not be written to {folder}: {reason}</source>
        <translation>备份无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/store/auto_backup.py" line="148"/>
        <source>the backup folder {folder} is not there (is the USB stick plugged in?): no backup was made</source>
        <translation>备份文件夹 {folder} 不存在（U 盘插好了吗？）：没有做成备份</translation>
    </message>
    <message>
        <location filename="../../services/store/backup_crypto.py" line="77"/>
        <source>the backup passphrase needs at least {count} characters</source>
        <translation>备份密码至少需要 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="71"/>
        <source>the barcode is empty</source>
        <translation>条码是空的</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="164"/>
        <source>the basket has no line {number}</source>
        <translation>购物篮里没有第 {number} 行</translation>
    </message>
    <message>
        <location filename="../../services/sales/parked_baskets.py" line="75"/>
        <source>the basket is empty: nothing to hold</source>
        <translation>购物篮是空的：没有东西可以挂起</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="240"/>
        <source>the basket is empty: scan something first</source>
        <translation>购物篮是空的：请先扫描商品</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="39"/>
        <source>the bottom margin must be a number of millimetres from 0 to {high}</source>
        <translation>下边距必须是 0 到 {high} 之间的毫米数</translation>
    </message>
    <message>
        <location filename="../../services/sales/drawer.py" line="167"/>
        <location filename="../../services/sales/receipt_printer.py" line="231"/>
        <source>the cash drawer did not open ({problem}): check the receipt printer's cable and power</source>
        <translation>钱箱没有打开（{problem}）：请检查小票打印机的连线和电源</translation>
    </message>
    <message>
        <location filename="../../services/sales/drawer.py" line="159"/>
        <source>the cash drawer is set to open through the receipt printer, which is not an ESC/POS printer</source>
        <translation>钱箱设置为通过小票打印机打开，但小票打印机不是 ESC/POS 打印机</translation>
    </message>
    <message>
        <location filename="../../services/sales/drawer.py" line="65"/>
        <source>the cash drawer pin is 2 or 5, not {pin}</source>
        <translation>钱箱针脚只能是 2 或 5，不能是 {pin}</translation>
    </message>
    <message>
        <location filename="../../services/sales/drawer.py" line="71"/>
        <source>the cash drawer setting {setting} is not understood: use none, printer, usb:VVVV:PPPP, serial:PORT, network:HOST, file:PATH, win32:NAME or cups:NAME</source>
        <translation>无法识别钱箱设置 {setting}：请使用 none、printer、usb:VVVV:PPPP、serial:PORT、network:HOST、file:PATH、win32:NAME 或 cups:NAME</translation>
    </message>
    <message>
        <source>the cash drawer setting {setting} is not understood: use none, usb:VVVV:PPPP, serial:PORT, network:HOST, file:PATH, win32:NAME or cups:NAME</source>
        <translation type="obsolete">看不懂钱箱设置 {setting}：请用 none、usb:VVVV:PPPP、serial:PORT、network:HOST、file:PATH、win32:NAME 或 cups:NAME</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="79"/>
        <source>the category must be one of {choices}</source>
        <translation>支出类别必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="47"/>
        <source>the category needs a Chinese name</source>
        <translation>类别需要中文名称</translation>
    </message>
    <message>
        <location filename="../../services/people/certificates.py" line="141"/>
        <source>the certificate register names volunteers: it needs a manager</source>
        <translation>志愿服务证明登记簿含志愿者姓名，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="99"/>
        <source>the code {code} is already used</source>
        <translation>编号 {code} 已经有人用了</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="199"/>
        <source>the condition is at most 40 characters</source>
        <translation>物品状况最多 40 个字</translation>
    </message>
    <message>
        <location filename="../../services/store/move.py" line="102"/>
        <source>the copy's audit chain ends at {target_head}, not at the source's {source_head}</source>
        <translation>副本的审计链结束于 {target_head}，而不是原库的 {source_head}</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="81"/>
        <source>the correction category must be one of {choices}</source>
        <translation>更正类别必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="60"/>
        <source>the correction reason is at most {max_length} characters</source>
        <translation>更正原因最多 {max_length} 个字</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="219"/>
        <source>the count must be a whole number</source>
        <translation>数量必须是整数</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="261"/>
        <source>the count of {value} notes or coins must be 0 or more</source>
        <translation>{value} 元面额的张数或枚数不能小于 0</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="153"/>
        <source>the daily cap is a number of hours from 0.5 to 24, or empty for no cap</source>
        <translation>每日上限是 0.5 到 24 之间的小时数，留空为不限</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="97"/>
        <source>the date received cannot be in the future</source>
        <translation>收到日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="95"/>
        <source>the date received must be a date</source>
        <translation>收到日期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/demo/build.py" line="124"/>
        <source>the demo can't end in the future</source>
        <translation>演示数据的结束日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="129"/>
        <source>the drawer should hold only {amount}</source>
        <translation>钱箱里应该只有 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../services/store/backup_crypto.py" line="151"/>
        <source>the encrypted backup is damaged (it was changed or cut short)</source>
        <translation>加密备份已损坏（被改动过或不完整）</translation>
    </message>
    <message>
        <location filename="../../services/store/backup_crypto.py" line="135"/>
        <source>the encrypted backup's header is damaged</source>
        <translation>加密备份的文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../services/reporting/common.py" line="52"/>
        <location filename="../../services/reporting/volunteers.py" line="134"/>
        <location filename="../../services/reporting/volunteers.py" line="183"/>
        <source>the end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../services/demo/build.py" line="119"/>
        <source>the end must be a date</source>
        <translation>结束日期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="245"/>
        <source>the end time and the minutes disagree</source>
        <translation>结束时间和分钟数对不上</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="253"/>
        <source>the end time is in the future</source>
        <translation>结束时间晚于现在</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="248"/>
        <source>the end time is not after the start time</source>
        <translation>结束时间没有晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="237"/>
        <source>the end time must be a naive UTC time</source>
        <translation>结束时间必须是不带时区的 UTC 时间</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="109"/>
        <source>the figures file in this PDF is damaged or not CharityMart's</source>
        <translation>此 PDF 中的数据文件已损坏，或不是慈善超市生成的</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="216"/>
        <source>the file has no rows of barcodes</source>
        <translation>文件中没有条码行</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="139"/>
        <source>the file is empty: row 1 must be the header</source>
        <translation>文件是空的：第 1 行必须是表头</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="82"/>
        <source>the fund source must be one of {choices}</source>
        <translation>资金来源必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="42"/>
        <source>the gap between columns must be a number of millimetres from 0 to {high}</source>
        <translation>列间距必须是 0 到 {high} 之间的毫米数</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="43"/>
        <source>the gap between rows must be a number of millimetres from 0 to {high}</source>
        <translation>行间距必须是 0 到 {high} 之间的毫米数</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="129"/>
        <source>the hour rounding unit must be a whole number of minutes from {low} to {high}</source>
        <translation>时长取整单位必须是 {low} 到 {high} 之间的整数分钟</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="131"/>
        <source>the hour rounding unit must be one of {choices} minutes</source>
        <translation>时长取整单位必须是以下分钟数之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/documents/month.py" line="52"/>
        <location filename="../../services/reporting/volunteers.py" line="132"/>
        <source>the hours report names volunteers: it needs a manager</source>
        <translation>志愿服务时长报表含志愿者姓名，需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/people/identity_vault.py" line="62"/>
        <source>the identity-number key for this store is not on this PC ({path}); import the key file exported from the old PC</source>
        <translation>这台电脑上没有本店的证件号码密钥（{path}）；请导入从旧电脑导出的密钥文件</translation>
    </message>
    <message>
        <location filename="../../services/people/identity_vault.py" line="105"/>
        <source>the identity-number key on this PC does not open this store's numbers</source>
        <translation>这台电脑上的证件号码密钥打不开本店的证件号码</translation>
    </message>
    <message>
        <location filename="../../services/store/settings.py" line="173"/>
        <source>the key could not be written to {path}: {reason}</source>
        <translation>无法把密钥写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="152"/>
        <source>the labels would be {height} mm high, and a label needs at least {minimum} mm: use fewer rows or smaller margins or gaps</source>
        <translation>标签只有 {height} 毫米高，至少需要 {minimum} 毫米：请减少行数或缩小边距、间距</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="148"/>
        <source>the labels would be {width} mm wide, and a label needs at least {minimum} mm: use fewer columns or smaller margins or gaps</source>
        <translation>标签只有 {width} 毫米宽，至少需要 {minimum} 毫米：请减少列数或缩小边距、间距</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="123"/>
        <source>the language must be one of {choices}</source>
        <translation>语言必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="118"/>
        <source>the layout name must be at most {length} letters or digits</source>
        <translation>版式名称最多 {length} 个字</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="116"/>
        <source>the layout needs a name</source>
        <translation>请给版式起个名称</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="40"/>
        <source>the left margin must be a number of millimetres from 0 to {high}</source>
        <translation>左边距必须是 0 到 {high} 之间的毫米数</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="130"/>
        <source>the list of expenses needs a manager</source>
        <translation>查看支出明细需要店长权限</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="188"/>
        <source>the list of users needs a manager</source>
        <translation>查看用户列表需要店长</translation>
    </message>
    <message>
        <location filename="../../services/store/settings.py" line="101"/>
        <source>the logo file is larger than 10 MB: choose a smaller picture</source>
        <translation>标志文件超过 10 MB：请选择较小的图片</translation>
    </message>
    <message>
        <location filename="../../services/store/settings.py" line="107"/>
        <source>the logo is not a picture CharityMart can read: use a PNG or JPEG file</source>
        <translation>这个标志图片读不出来：请使用 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="43"/>
        <source>the name is longer than 200 characters</source>
        <translation>名称超过了 200 个字</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="41"/>
        <source>the name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="109"/>
        <source>the note is at most 200 characters</source>
        <translation>备注最多 200 个字</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="275"/>
        <source>the number of backups kept must be a whole number from {low} to {high}</source>
        <translation>保留备份份数必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="126"/>
        <source>the page must be A4, A5, Letter, or width x height in millimetres such as 40x30</source>
        <translation>纸张必须是 A4、A5、Letter，或以毫米表示的宽x高，例如 40x30</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="93"/>
        <source>the payment method must be one of {choices}</source>
        <translation>付款方式必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="176"/>
        <source>the payments add up to {paid} but the total is {total}</source>
        <translation>付款合计 {paid} 元，但应付总额是 {total} 元</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="200"/>
        <source>the price must be a whole number of fen, 0 or more</source>
        <translation>价格必须是 0 或以上的整数（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="144"/>
        <source>the price of {name} changed to {price} since it was scanned: remove it and scan it again</source>
        <translation>“{name}”扫描后价格改成了 {price} 元：请删掉后重新扫描</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="139"/>
        <source>the price of {name} must be 0 or more</source>
        <translation>“{name}”的价格不能小于 0</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="40"/>
        <source>the quantity must be a whole number of at least 1</source>
        <translation>数量必须是至少为 1 的整数</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="149"/>
        <source>the quantity must be a whole number other than 0</source>
        <translation>数量必须是不为 0 的整数</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="137"/>
        <source>the quantity of {name} must be at least 1</source>
        <translation>“{name}”的数量至少是 1</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="165"/>
        <source>the quantity to refund must be at least 1</source>
        <translation>退款数量至少是 1</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="146"/>
        <source>the reason must be one of {choices}</source>
        <translation>原因必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="191"/>
        <source>the receipt paper must be one of {choices}</source>
        <translation>小票纸张必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="182"/>
        <source>the receipt printer did not answer ({problem}): check its cable, power and paper</source>
        <translation>小票打印机没有响应（{problem}）：请检查连接线、电源和纸张</translation>
    </message>
    <message>
        <location filename="../../services/sales/receipt_printer.py" line="174"/>
        <source>the receipt printer is not an ESC/POS printer</source>
        <translation>小票打印机不是 ESC/POS 打印机</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="205"/>
        <source>the receipt printer kind must be one of {choices}</source>
        <translation>小票打印机类型必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="144"/>
        <source>the report for {month} is already published</source>
        <translation>{month} 的公示已经发布</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="99"/>
        <source>the report up to {closed} is published: an intake dated {date} needs a correction with a reason</source>
        <translation>截至 {closed} 的报告已经公示：日期为 {date} 的入库要作为更正登记，并写明原因</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="298"/>
        <source>the report up to {closed} is published: approving hours worked on {date} needs a correction with a reason</source>
        <translation>截至 {closed} 的公示已发布：批准 {date} 的服务时长须作为更正并填写原因</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="230"/>
        <source>the report up to {closed} is published: hours worked on {date} need a correction with a reason</source>
        <translation>截至 {closed} 的公示已发布：{date} 的服务时长须作为更正并填写原因</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="41"/>
        <source>the right margin must be a number of millimetres from 0 to {high}</source>
        <translation>右边距必须是 0 到 {high} 之间的毫米数</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_stock.py" line="193"/>
        <source>the same donation has 捐赠票据 {receipt} on row {row}: one donation, one 捐赠票据</source>
        <translation>同一笔捐赠在第 {row} 行已有捐赠票据 {receipt}：一笔捐赠只开一张捐赠票据</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="41"/>
        <source>the setting {setting} must be text</source>
        <translation>设置项 {setting} 必须是文字</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="64"/>
        <source>the shop's share is between 0 and 10000 basis points (0-100 %)</source>
        <translation>本店分成在 0 到 10000 个基点之间（0-100%）</translation>
    </message>
    <message>
        <location filename="../../services/store/dashboard.py" line="65"/>
        <source>the start page needs a manager</source>
        <translation>查看首页需要店长</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="239"/>
        <source>the start time is not on the work date</source>
        <translation>开始时间不在服务日期当天</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="235"/>
        <source>the start time must be a naive UTC time</source>
        <translation>开始时间必须是不带时区的 UTC 时间</translation>
    </message>
    <message>
        <location filename="../../services/store/move.py" line="59"/>
        <source>the store cannot be moved onto itself</source>
        <translation>不能把商店迁移到它自己所在的数据库</translation>
    </message>
    <message>
        <location filename="../../services/people/certificates.py" line="60"/>
        <source>the store has no phone number: the certificate's contact line is left blank. Enter it in the store settings.</source>
        <translation>商店未设置电话号码：证明上的联系电话一栏将留空。请在商店设置中填写。</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="44"/>
        <location filename="../../services/store/setup.py" line="64"/>
        <source>the store needs a name</source>
        <translation>请填写本店名称</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="38"/>
        <source>the top margin must be a number of millimetres from 0 to {high}</source>
        <translation>上边距必须是 0 到 {high} 之间的毫米数</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="266"/>
        <source>the value of a point must be an amount in yuan such as 1.00</source>
        <translation>每积分抵扣金额必须是以元为单位的金额，例如 1.00</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="251"/>
        <source>the visit limit must be a whole number from {low} to {high}, or empty for no limit</source>
        <translation>限领次数必须是 {low} 到 {high} 之间的整数，留空为不限</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="228"/>
        <source>the work date is in the future</source>
        <translation>服务日期晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="226"/>
        <source>the work date must be a date</source>
        <translation>服务日期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="57"/>
        <source>the {field_name} is longer than {max_length} characters</source>
        <translation>“{field_name}”超过了 {max_length} 个字</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="55"/>
        <source>the {field_name} is required</source>
        <translation>请填写“{field_name}”</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="61"/>
        <source>there is already a household category called {name}</source>
        <translation>已有名为 {name} 的受助家庭类别</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="45"/>
        <source>there is already a till {code}</source>
        <translation>已经有收银台 {code}</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="109"/>
        <source>there is no expense number {number}</source>
        <translation>没有编号为 {number} 的支出</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="69"/>
        <source>there is no household category number {id}</source>
        <translation>没有编号为 {id} 的受助家庭类别</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="88"/>
        <location filename="../../services/stock/label_layouts.py" line="184"/>
        <location filename="../../services/store/settings.py" line="124"/>
        <source>there is no label layout called {name}</source>
        <translation>没有名为 {name} 的标签版式</translation>
    </message>
    <message>
        <location filename="../../services/reporting/common.py" line="60"/>
        <source>there is no month {month}</source>
        <translation>月份不对：没有 {month} 月</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="82"/>
        <location filename="../../ui/training.py" line="70"/>
        <source>there is no store at {path}</source>
        <translation>{path} 这里没有店铺数据</translation>
    </message>
    <message>
        <location filename="../../services/store/move.py" line="66"/>
        <source>there is no store in {source} to move</source>
        <translation>{source} 里没有可迁移的商店</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="327"/>
        <source>there is no store setting called {setting}</source>
        <translation>没有名为 {setting} 的门店设置</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="106"/>
        <source>this PDF carries no figures file: check its printed hash with --report-hash {hash} --month YYYY-MM</source>
        <translation>此 PDF 没有数据文件：请用 --report-hash {hash} --month YYYY-MM 核对印出的哈希</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="104"/>
        <source>this PDF is not a transparency report with a figures hash (made before this version?): check its chain head with verify --head</source>
        <translation>此 PDF 不是带数据哈希的公示报告（可能由旧版本生成）：请用 verify --head 核对其审计链头</translation>
    </message>
    <message>
        <location filename="../../services/sales/parked_baskets.py" line="38"/>
        <source>this action needs a till</source>
        <translation>这个操作需要在收银台上进行</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="140"/>
        <location filename="../../services/store/server_backup.py" line="105"/>
        <source>this backup is encrypted: type the store's backup passphrase</source>
        <translation>这个备份是加密的：请输入门店的备份密码</translation>
    </message>
    <message>
        <location filename="../../services/store/setup.py" line="62"/>
        <source>this database already holds a store</source>
        <translation>这个数据库里已经有一家店了</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="171"/>
        <source>this database already holds a store: give `--db` a new file for the demo</source>
        <translation>这个数据库里已经有一家店了：请给 `--db` 指定一个新文件来放演示数据</translation>
    </message>
    <message>
        <location filename="../../services/context.py" line="48"/>
        <source>this database has no store yet: run `charitymart init`</source>
        <translation>这个数据库里还没有店：请运行 `charitymart init`</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="109"/>
        <location filename="../../report_commands/common.py" line="29"/>
        <source>this database has no store yet: run `charitymart init` or `charitymart demo`</source>
        <translation>这个数据库里还没有店：请运行 `charitymart init` 或 `charitymart demo`</translation>
    </message>
    <message>
        <location filename="../../services/store/backup_crypto.py" line="142"/>
        <source>this encrypted backup was made by a newer version of CharityMart</source>
        <translation>这个加密备份由更新版本的慈善超市制作</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="280"/>
        <source>this entry has already been approved</source>
        <translation>这条记录已经批准过了</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="280"/>
        <source>this entry has already been rejected</source>
        <translation>这条记录已经驳回过了</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="86"/>
        <source>this file is not a readable PDF: {reason}</source>
        <translation>此文件不是可读取的 PDF：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/people/allowance.py" line="125"/>
        <source>this household card expired on {date}</source>
        <translation>这张受助家庭卡已在 {date} 过期</translation>
    </message>
    <message>
        <location filename="../../services/people/allowance.py" line="123"/>
        <source>this household card has been deactivated</source>
        <translation>这张受助家庭卡已经停用</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="382"/>
        <source>this household's personal data has already been erased</source>
        <translation>这户家庭的个人信息已经删除了</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="161"/>
        <source>this household's personal data was erased; register it again instead</source>
        <translation>这户家庭的个人信息已经删除；请重新登记</translation>
    </message>
    <message>
        <location filename="../../services/store/backup_crypto.py" line="129"/>
        <location filename="../../services/store/backup_crypto.py" line="166"/>
        <source>this is not an encrypted CharityMart backup</source>
        <translation>这不是慈善超市的加密备份</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="306"/>
        <source>this overlaps approved entry {entry}: reject one of them</source>
        <translation>这条记录和已批准的第 {entry} 号记录时间重叠：请驳回其中一条</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="46"/>
        <source>this setting is longer than {limit} characters</source>
        <translation>此设置超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="69"/>
        <source>this setting must be yes or no</source>
        <translation>此设置必须是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="189"/>
        <source>this stocktake is already cancelled</source>
        <translation>这次盘点已经取消了</translation>
    </message>
    <message>
        <location filename="../../services/stock/control.py" line="189"/>
        <source>this stocktake is already posted</source>
        <translation>这次盘点已经完成了</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="275"/>
        <source>this store does not take time-bank points</source>
        <translation>本店不收时间银行积分</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="102"/>
        <location filename="../../report_commands/common.py" line="42"/>
        <source>this store has no active admin</source>
        <translation>本店没有在用的系统管理员</translation>
    </message>
    <message>
        <location filename="../../services/store/auto_backup.py" line="113"/>
        <source>this store has no backup passphrase</source>
        <translation>这个门店没有设置备份密码</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="134"/>
        <source>this store has no till {till} (or it was switched off): a manager adds it in the back office (F1), page Tills</source>
        <translation>本店没有收银台 {till}（或已停用）：请店长在后台管理（F1）的“收银台”页添加</translation>
    </message>
    <message>
        <location filename="../../services/people/timebank.py" line="38"/>
        <source>this volunteer card is not active</source>
        <translation>这张志愿者卡已经停用</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="65"/>
        <source>till {code} has an open shift: close the shift first</source>
        <translation>收银台 {code} 有未结束的班次：请先交班</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="68"/>
        <source>till {code} is the last active till: the store needs one</source>
        <translation>收银台 {code} 是最后一个启用的收银台：门店至少需要一个</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="147"/>
        <source>too many wrong PINs: the till is locked for a minute</source>
        <translation>密码输错太多次：收银台锁定一分钟</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="139"/>
        <source>too many wrong PINs: try again in {seconds_left} seconds</source>
        <translation>密码输错太多次：请 {seconds_left} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="33"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/training.py" line="68"/>
        <source>training mode needs a store kept in a SQLite file</source>
        <translation>练习模式只能用于保存在 SQLite 文件里的门店数据</translation>
    </message>
    <message>
        <location filename="../../domain/identity.py" line="21"/>
        <source>unknown ID type {id_type}</source>
        <translation>不认识的证件类型 {id_type}</translation>
    </message>
    <message>
        <location filename="../../ui/counter/controller.py" line="169"/>
        <source>unknown code {code}: nothing was added</source>
        <translation>没有找到编码 {code}：没有加入任何商品</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="143"/>
        <source>unknown column</source>
        <translation>不认识这一列</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="125"/>
        <source>unknown household category {category}</source>
        <translation>不认识的家庭类别 {category}</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_people.py" line="86"/>
        <source>unknown household category {category}: use one of {choices}</source>
        <translation>不认识的家庭类别 {category}：请用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="158"/>
        <source>unknown way to pay: {kind}</source>
        <translation>不认识的付款方式：{kind}</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="133"/>
        <source>valid until is in the past</source>
        <translation>有效期已经过了</translation>
    </message>
    <message>
        <location filename="../../services/people/beneficiaries.py" line="131"/>
        <source>valid until must be a date</source>
        <translation>有效期必须是一个日期</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="35"/>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="34"/>
        <source>value of goods</source>
        <translation>物资价值</translation>
    </message>
    <message>
        <location filename="../../services/store/move.py" line="115"/>
        <source>verify failed on {url}: {problem}</source>
        <translation>{url} 校验未通过：{problem}</translation>
    </message>
    <message>
        <location filename="../../services/people/allowance.py" line="139"/>
        <source>visit limit reached: {visits} of {limit} visits this period</source>
        <translation>本期次数已用完：已经来了 {visits} 次，最多 {limit} 次</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="103"/>
        <source>voiding a sale needs a manager's PIN</source>
        <translation>作废销售需要店长输入密码</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="37"/>
        <source>voids</source>
        <translation>作废笔数</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="38"/>
        <source>voids total</source>
        <translation>作废合计</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="187"/>
        <source>volunteer card {code} is not active</source>
        <translation>志愿者卡 {code} 未启用</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="60"/>
        <source>volunteer code {code} is already used</source>
        <translation>志愿者编号 {code} 已经有人用了</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_people.py" line="126"/>
        <source>volunteer code {key} is also on row {row}: give each once</source>
        <translation>志愿者编号 {key} 在第 {row} 行也出现了：每个只能填一次</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="34"/>
        <source>weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="148"/>
        <source>wrong PIN</source>
        <translation>密码不对</translation>
    </message>
    <message>
        <location filename="../../services/sales/tills.py" line="62"/>
        <source>you are logged in at till {code}: deactivate it from another till</source>
        <translation>您正在收银台 {code} 上登录：请在另一个收银台上停用它</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="171"/>
        <location filename="../../services/sales/shifts.py" line="50"/>
        <source>you are not logged in at a till</source>
        <translation>您还没有在收银台登录</translation>
    </message>
    <message>
        <location filename="../../services/users/auth.py" line="111"/>
        <source>you cannot deactivate yourself</source>
        <translation>不能停用您自己</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="68"/>
        <source>{activity}: {hours} hours</source>
        <translation>{activity}：{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="104"/>
        <source>{amount} is more than the {remaining} still owed to {name} for {month}</source>
        <translation>{amount} 超过了 {month} 尚欠 {name} 的 {remaining}</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="89"/>
        <location filename="../../services/stock/catalog.py" line="92"/>
        <source>{code} is already a household card</source>
        <translation>{code} 已经是受助家庭卡号了</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="86"/>
        <location filename="../../services/stock/catalog.py" line="94"/>
        <source>{code} is already a volunteer card</source>
        <translation>{code} 已经是志愿者卡号了</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="84"/>
        <source>{code} is already an item barcode</source>
        <translation>{code} 已经是商品条码了</translation>
    </message>
    <message>
        <location filename="../../services/reporting/sales.py" line="243"/>
        <source>{code} is not a consignor</source>
        <translation>{code} 不是寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="106"/>
        <source>{code} is not a currency code such as CNY, HKD or GBP</source>
        <translation>{code} 不是货币代码（例如 CNY、HKD 或 GBP）</translation>
    </message>
    <message>
        <location filename="../../services/people/parties.py" line="57"/>
        <location filename="../../services/store/settings_fields.py" line="90"/>
        <source>{code} is not a unified social credit code: 18 letters and digits, the last one a check character</source>
        <translation>{code} 不是有效的统一社会信用代码：应为 18 位字母和数字，最后一位是校验码</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="267"/>
        <source>{code} is the only barcode of {name}: add another first</source>
        <translation>{code} 是“{name}”唯一的条码：请先添加另一个</translation>
    </message>
    <message>
        <location filename="../../services/sales/parked_baskets.py" line="79"/>
        <source>{count} baskets are already held: recall one first</source>
        <translation>已经挂起了 {count} 个购物篮：请先取回一个</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="40"/>
        <source>{count} donation, {amount}</source>
        <translation>{count} 笔，{amount}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="42"/>
        <source>{count} donations, {amount}</source>
        <translation>{count} 笔，{amount}</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="65"/>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>{count} person</source>
        <translation type="obsolete">{count} 人</translation>
    </message>
    <message>
        <source>{count} problem(s); nothing was imported</source>
        <translation type="obsolete">有 {count} 处问题；什么都没有导入</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="70"/>
        <source>{count} problems; nothing was imported</source>
        <translation>有 {count} 处问题；什么都没有导入</translation>
    </message>
    <message>
        <location filename="../../reports/hours_report.py" line="58"/>
        <source>{count} volunteers</source>
        <translation>{count} 位志愿者</translation>
    </message>
    <message>
        <location filename="../../reports/stock_report.py" line="73"/>
        <source>{date} ({state})</source>
        <translation>{date}（{state}）</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="65"/>
        <source>{date} is in a month that is not published: enter it without a correction reason</source>
        <translation>{date} 所在月份尚未公示：请不要填写更正原因，直接录入</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="61"/>
        <source>{date} is in a published month (closed through {closed}): date the expense in the current month and say in the description which month it was for</source>
        <translation>{date} 所在月份已公示（已结账至 {closed}）：请以本月日期记录，并在说明中写明属于哪个月</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_money.py" line="36"/>
        <location filename="../../services/data/imports_stock.py" line="173"/>
        <source>{date} is in the future</source>
        <translation>{date} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../services/money/expenses.py" line="58"/>
        <source>{date} is in the future: enter an expense once it is paid</source>
        <translation>{date} 晚于今天：请在实际付款后再记录支出</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_people.py" line="99"/>
        <source>{date} is in the past</source>
        <translation>{date} 已经过去了</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="42"/>
        <source>{field_name} cannot be negative</source>
        <translation>“{field_name}”不能是负数</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="85"/>
        <source>{field_name} must be a whole number of at least {minimum}</source>
        <translation>“{field_name}”必须是不小于 {minimum} 的整数</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="40"/>
        <source>{field_name} must be a whole number of fen</source>
        <translation>“{field_name}”必须是整数（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="48"/>
        <source>{field_name} must be a whole number, 0 or more</source>
        <translation>“{field_name}”必须是 0 或以上的整数</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="125"/>
        <source>{file} is not UTF-8 text: save it as 'CSV UTF-8'</source>
        <translation>{file} 不是 UTF-8 文本：请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="109"/>
        <location filename="../../services/tabular.py" line="114"/>
        <source>{file} is not a readable .xlsx workbook: save it again from the spreadsheet program</source>
        <translation>{file} 不是可读取的 .xlsx 工作簿：请在电子表格软件中重新保存</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="130"/>
        <source>{file} is not a readable CSV file ({reason}): save it as 'CSV UTF-8'</source>
        <translation>{file} 不是可读取的 CSV 文件（{reason}）：请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="102"/>
        <location filename="../../reports/certificate.py" line="106"/>
        <location filename="../../reports/consignor_settlement.py" line="57"/>
        <location filename="../../reports/donor_receipt.py" line="74"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="242"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="80"/>
        <source>{hours} hours in 1 session</source>
        <translation>共 1 次，{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../reports/certificate.py" line="81"/>
        <source>{hours} hours in {entries} sessions</source>
        <translation>共 {entries} 次，{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="238"/>
        <source>{items} items, {value}</source>
        <translation>{items} 件，{value}</translation>
    </message>
    <message>
        <source>{kind} {amount}</source>
        <translation type="obsolete">{kind} {amount}</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="97"/>
        <source>{label} is at most {max_length} characters</source>
        <translation>“{label}”最多 {max_length} 个字</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="95"/>
        <source>{label} is required</source>
        <translation>请填写“{label}”</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="104"/>
        <source>{label} must be a whole number</source>
        <translation>“{label}”必须是整数</translation>
    </message>
    <message>
        <location filename="../../services/people/personal_data.py" line="106"/>
        <source>{label} must be between {low} and {high}</source>
        <translation>“{label}”必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../reports/letterhead.py" line="91"/>
        <source>{label}: {amount}</source>
        <translation>{label}：{amount}</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="86"/>
        <source>{line}: not on the paper, the ledger gives {ledger}</source>
        <translation>{line}：纸面上没有，账目为 {ledger}</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="91"/>
        <source>{line}: the paper says {paper}, the ledger gives {ledger}</source>
        <translation>{line}：纸面为 {paper}，账目为 {ledger}</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_lines.py" line="88"/>
        <source>{line}: the paper says {paper}, the ledger has no such line</source>
        <translation>{line}：纸面为 {paper}，账目中没有这一项</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="155"/>
        <source>{month} is before the last published month {last}: correct it in a later month instead</source>
        <translation>{month} 早于最近公示的月份 {last}：请在以后的月份中作更正</translation>
    </message>
    <message>
        <location filename="../../services/documents/report_check.py" line="133"/>
        <source>{month} is not a month (YYYY-MM)</source>
        <translation>{month} 不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="90"/>
        <source>{month} is not over yet: its settlement can be paid from the first day of the next month</source>
        <translation>{month} 尚未结束：下月 1 日起才能结算付款</translation>
    </message>
    <message>
        <location filename="../../services/reporting/closing.py" line="146"/>
        <source>{month} is not over yet: publish it after {last}</source>
        <translation>{month} 尚未结束：请在 {last} 之后公示</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="110"/>
        <source>{name} (price changed)</source>
        <translation>{name}（已改价）</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="116"/>
        <source>{name} ({code}) is no longer active</source>
        <translation>“{name}”（{code}）已经停用</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="212"/>
        <source>{name} ({code}) is no longer sold</source>
        <translation>{name}（{code}）已停售</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="99"/>
        <source>{name} ({code}) is no longer sold: make it active again before printing its labels</source>
        <translation>{name}（{code}）已停售：请先重新启用再打印标签</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="256"/>
        <source>{name} already has hours recorded overlapping this time (entry {entry} on {date})</source>
        <translation>“{name}”在这段时间已经有服务时长记录（{date} 的第 {entry} 号记录）</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="123"/>
        <source>{name} cannot be sold: all of its stock is past its expiry date; take it off the shelf</source>
        <translation>“{name}”不能卖：所有库存都已过期；请把它从货架上撤下</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="195"/>
        <source>{name} expired on {expiry}, before it was received: expired goods can't be sold</source>
        <translation>“{name}”在 {expiry} 就过期了，早于收到的日期：过期物品不能出售</translation>
    </message>
    <message>
        <location filename="../../services/stock/consignor_payments.py" line="101"/>
        <source>{name} has already been paid the {owed} owed for {month}</source>
        <translation>{month} 应付 {name} 的 {owed} 已经付清</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="260"/>
        <source>{name} has been clocked in since then: clock them out first</source>
        <translation>“{name}”从那时起一直在签到中：请先签退</translation>
    </message>
    <message>
        <location filename="../../services/people/certificates.py" line="100"/>
        <source>{name} has no approved hours from {first} to {last}</source>
        <translation>{name} 在 {first} 至 {last} 期间没有已批准的服务时长</translation>
    </message>
    <message>
        <location filename="../../services/stock/catalog.py" line="264"/>
        <source>{name} has no barcode {code}</source>
        <translation>“{name}”没有条码 {code}</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="179"/>
        <source>{name} is a built-in layout and can't be removed</source>
        <translation>{name} 是内置版式，不能删除</translation>
    </message>
    <message>
        <location filename="../../services/stock/label_layouts.py" line="163"/>
        <source>{name} is a built-in layout: choose another name</source>
        <translation>{name} 是内置版式：请换一个名称</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="53"/>
        <source>{name} is a {kind}, but consigned goods come from a consignor</source>
        <translation>“{name}”登记的类型是 {kind}，但寄卖商品要来自寄卖方</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="51"/>
        <source>{name} is a {kind}, but donated goods come from a donor</source>
        <translation>“{name}”登记的类型是 {kind}，但捐赠物资要来自捐赠人</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="52"/>
        <source>{name} is a {kind}, but purchased goods come from a supplier</source>
        <translation>“{name}”登记的类型是 {kind}，但采购商品要来自供应商</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="169"/>
        <source>{name} is already clocked in</source>
        <translation>“{name}”已经签到了</translation>
    </message>
    <message>
        <location filename="../../services/people/volunteers.py" line="133"/>
        <source>{name} is clocked in: clock them out first</source>
        <translation>“{name}”正在签到中：请先签退</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="134"/>
        <source>{name} is no longer active: reactivate it first</source>
        <translation>“{name}”已经停用：请先恢复</translation>
    </message>
    <message>
        <location filename="../../services/sales/basket.py" line="148"/>
        <source>{name} is no longer sold</source>
        <translation>“{name}”已经不卖了</translation>
    </message>
    <message>
        <location filename="../../services/sales/checkout.py" line="135"/>
        <source>{name} is no longer sold: remove it from the basket</source>
        <translation>“{name}”已经不卖了：请从购物篮里删掉</translation>
    </message>
    <message>
        <location filename="../../services/store/settings_fields.py" line="117"/>
        <source>{name} is not a time zone such as Asia/Shanghai</source>
        <translation>{name} 不是时区名称（例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="182"/>
        <source>{name} is not clocked in</source>
        <translation>“{name}”还没有签到</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="99"/>
        <source>{name} is still the category of {count} active households: move them to another category first</source>
        <translation>仍有 {count} 户在册家庭属于 {name}：请先把他们改到其他类别</translation>
    </message>
    <message>
        <location filename="../../services/people/household_categories.py" line="104"/>
        <source>{name} is the last active household category and can't be deactivated</source>
        <translation>{name} 是最后一个启用的受助家庭类别，不能停用</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="115"/>
        <source>{name} × {quantity}</source>
        <translation>{name} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../services/people/hours.py" line="115"/>
        <source>{name}'s volunteer card is not active</source>
        <translation>“{name}”的志愿者卡已经停用</translation>
    </message>
    <message>
        <location filename="../../services/documents/donors.py" line="28"/>
        <source>{number} is a purchase or consignment, not a donation</source>
        <translation>{number} 是采购或代销入库，不是捐赠</translation>
    </message>
    <message>
        <location filename="../../services/stock/labels.py" line="205"/>
        <source>{number} is above {maximum}</source>
        <translation>{number} 超过了 {maximum}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="205"/>
        <source>{number} is below {minimum}</source>
        <translation>{number} 小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="206"/>
        <source>{number} is negative</source>
        <translation>{number} 是负数</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="90"/>
        <location filename="../../services/store/server_backup.py" line="85"/>
        <source>{path} already exists: choose a new file name</source>
        <translation>{path} 已经存在：请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="185"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} 打不开：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="189"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已经损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="192"/>
        <source>{path} is not a CharityMart store</source>
        <translation>{path} 不是慈善超市的数据文件</translation>
    </message>
    <message>
        <location filename="../../services/store/server_backup.py" line="124"/>
        <source>{path} is not a PostgreSQL backup of a store (pg_dump custom format)</source>
        <translation>{path} 不是商店的 PostgreSQL 备份（pg_dump 自定义格式）</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="158"/>
        <location filename="../../services/store/backup.py" line="201"/>
        <source>{path} is not a readable SQLite database: {reason}</source>
        <translation>{path} 不是能读取的 SQLite 数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/store/backup.py" line="195"/>
        <source>{path} was made by a newer version of CharityMart (schema {schema})</source>
        <translation>{path} 是用更新版本的慈善超市软件做的（数据结构 {schema}）</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="149"/>
        <location filename="../../reports/transparency.py" line="48"/>
        <source>{period} · {address}</source>
        <translation>{period} · {address}</translation>
    </message>
    <message>
        <location filename="../../reports/receipt.py" line="63"/>
        <source>{points} points</source>
        <translation>{points} 积分</translation>
    </message>
    <message>
        <location filename="../../reports/collection_slip.py" line="211"/>
        <location filename="../../reports/receipt.py" line="111"/>
        <source>{quantity} × {price}</source>
        <translation>{quantity} × {price}</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="111"/>
        <source>{receipt} already has refunds: refund the rest instead</source>
        <translation>{receipt} 已经退过款：请改为退剩下的部分</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="106"/>
        <source>{receipt} is a refund and cannot be voided</source>
        <translation>{receipt} 是一张退款单，不能作废</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="109"/>
        <source>{receipt} is already void</source>
        <translation>{receipt} 已经作废了</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="115"/>
        <source>{receipt} is from another shift: only this shift's sales can be voided; refund it instead</source>
        <translation>{receipt} 是别的班次的：只能作废本班次的销售；请改为退款</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="255"/>
        <source>{receipt} is itself a refund</source>
        <translation>{receipt} 本身就是一张退款单</translation>
    </message>
    <message>
        <location filename="../../services/sales/collection_slips.py" line="45"/>
        <source>{receipt} is not a free collection, so it has no collection slip</source>
        <translation>{receipt} 不是免费领取，没有领取单</translation>
    </message>
    <message>
        <location filename="../../services/sales/refunds.py" line="258"/>
        <source>{receipt} is void: there is nothing to refund</source>
        <translation>{receipt} 已经作废：没有可退的</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="233"/>
        <source>{record}: Cash donation</source>
        <translation>{record}：现金捐赠</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="236"/>
        <source>{record}: {fund_source}</source>
        <translation>{record}：{fund_source}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="149"/>
        <source>{sales} sales and {collections} free collections; {refunds} refunds ({refunded}) and {voids} voided sales ({voided}) are already taken off.</source>
        <translation>销售 {sales} 笔，免费领取 {collections} 次；退货 {refunds} 笔（{refunded}）和作废 {voids} 笔（{voided}）已扣除。</translation>
    </message>
    <message>
        <source>{source}, items</source>
        <translation type="obsolete">{source}（件数）</translation>
    </message>
    <message>
        <source>{source}, value</source>
        <translation type="obsolete">{source}（价值）</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="231"/>
        <source>{store} household card</source>
        <translation>{store}家庭卡</translation>
    </message>
    <message>
        <location filename="../../reports/labels.py" line="243"/>
        <source>{store} volunteer card</source>
        <translation>{store}志愿者卡</translation>
    </message>
    <message>
        <location filename="../../reports/consignor_settlement.py" line="72"/>
        <source>{store} · consignor {code} · {month}</source>
        <translation>{store} · 代销方 {code} · {month}</translation>
    </message>
    <message>
        <location filename="../../reports/donation_acknowledgement.py" line="155"/>
        <source>{store} · donation {number}</source>
        <translation>{store} · 捐赠 {number}</translation>
    </message>
    <message>
        <location filename="../../reports/donor_receipt.py" line="108"/>
        <source>{store} · donor receipt {code} · {month}</source>
        <translation>{store} · 捐赠收据 {code} · {month}</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="131"/>
        <source>{store} · household {card} · {month}</source>
        <translation>{store} · 家庭 {card} · {month}</translation>
    </message>
    <message>
        <location filename="../../reports/annual_report.py" line="172"/>
        <source>{store}: annual report {year}</source>
        <translation>{store}：{year} 年度工作报告</translation>
    </message>
    <message>
        <location filename="../../reports/transparency.py" line="101"/>
        <source>{store}: public report for {month}</source>
        <translation>{store}：{month} 月度公示</translation>
    </message>
    <message>
        <location filename="../../services/store/move.py" line="72"/>
        <source>{target} already holds data (in {tables}): move the store into an empty database</source>
        <translation>{target} 里已经有数据（在 {tables} 中）：请迁移到一个空数据库</translation>
    </message>
    <message>
        <location filename="../../reports/z_report.py" line="78"/>
        <location filename="../../reports/z_report.py" line="80"/>
        <location filename="../../reports/z_text.py" line="22"/>
        <location filename="../../reports/z_text.py" line="25"/>
        <source>{time} by {name}</source>
        <translation>{time}，经办人 {name}</translation>
    </message>
    <message>
        <location filename="../../services/store/server_backup.py" line="58"/>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 运行失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/store/server_backup.py" line="55"/>
        <source>{tool} is not installed: install the PostgreSQL client tools</source>
        <translation>没有安装 {tool}：请安装 PostgreSQL 客户端工具</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="218"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} 不是日期（格式：YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/sales/shifts.py" line="259"/>
        <source>{value} is not a denomination in fen</source>
        <translation>{value} 不是有效的面额（以分计）</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="202"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../services/data/imports_common.py" line="86"/>
        <location filename="../../services/tabular.py" line="236"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不在可选范围内：{choices}</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="229"/>
        <source>{value} is not yes/no</source>
        <translation>{value} 不是“是/否”</translation>
    </message>
    <message>
        <location filename="../../services/tabular.py" line="191"/>
        <location filename="../../services/tabular.py" line="208"/>
        <source>{value} is too large (at most {largest})</source>
        <translation>{value} 太大（最多 {largest}）</translation>
    </message>
    <message>
        <location filename="../../services/reporting/annual.py" line="99"/>
        <source>{year} has not begun yet</source>
        <translation>{year} 年还没有开始</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="170"/>
        <source>± Other movements</source>
        <translation>± 其他变动</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="169"/>
        <source>± Stocktake differences and found</source>
        <translation>± 盘点差异及找回</translation>
    </message>
    <message>
        <location filename="../../reports/beneficiary_statement.py" line="54"/>
        <source>× {quantity}</source>
        <translation>× {quantity}</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="167"/>
        <source>− Given to households (free collections)</source>
        <translation>− 发放给困难家庭（免费领取）</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="166"/>
        <source>− Refunded and not restocked (written off)</source>
        <translation>− 退货未重新入库（报损）</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="165"/>
        <source>− Sold (net of refunds)</source>
        <translation>− 售出（扣除退款）</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_spending.py" line="31"/>
        <source>− Spent</source>
        <translation>− 本期支出</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="169"/>
        <source>− Transferred to other organisations</source>
        <translation>− 调拨给其他机构</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="168"/>
        <source>− Written off: damaged</source>
        <translation>− 报损：损坏</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="167"/>
        <source>− Written off: expired</source>
        <translation>− 报损：过期</translation>
    </message>
    <message>
        <location filename="../../reports/transparency_sections.py" line="168"/>
        <source>− Written off: lost</source>
        <translation>− 报损：丢失</translation>
    </message>
    <message>
        <location filename="../../services/stock/intake.py" line="154"/>
        <source>捐赠票据 {code} {number} is already recorded for {donation}</source>
        <translation>捐赠票据 {code} {number} 已经登记在捐赠 {donation} 上</translation>
    </message>
</context>
</TS>
