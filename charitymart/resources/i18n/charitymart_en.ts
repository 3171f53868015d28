<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <location filename="../../ui/crash.py" line="116"/>
        <source>What happened: {summary} (%n error(s) so far)</source>
        <translation>
            <numerusform>What happened: {summary} (%n error so far)</numerusform>
            <numerusform>What happened: {summary} (%n errors so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <location filename="../../ui/office/admin/data_page.py" line="237"/>
        <source>The file has %n problem(s), listed below: nothing was imported. Correct the rows and try again.</source>
        <translation>
            <numerusform>The file has %n problem, listed below: nothing was imported. Correct the row and try again.</numerusform>
            <numerusform>The file has %n problems, listed below: nothing was imported. Correct the rows and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <location filename="../../ui/office/shared/document_dialog.py" line="158"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message numerus="yes">
        <location filename="../../ui/counter/hold_dialog.py" line="100"/>
        <source>Held basket recalled: %n line(s), {total}</source>
        <translation>
            <numerusform>Held basket recalled: %n line, {total}</numerusform>
            <numerusform>Held basket recalled: %n lines, {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/hold_dialog.py" line="130"/>
        <source>Hold this basket (%n line(s), {total}) and serve the next customer. Type a short label if you like (a name, a coat colour), then press Enter.</source>
        <translation>
            <numerusform>Hold this basket (%n line, {total}) and serve the next customer. Type a short label if you like (a name, a coat colour), then press Enter.</numerusform>
            <numerusform>Hold this basket (%n lines, {total}) and serve the next customer. Type a short label if you like (a name, a coat colour), then press Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message numerus="yes">
        <location filename="../../ui/office/stock/items_page.py" line="124"/>
        <source>%n item(s) found for “{query}”</source>
        <translation>
            <numerusform>%n item found for “{query}”</numerusform>
            <numerusform>%n items found for “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/stock/items_page.py" line="126"/>
        <source>%n item(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%n item shown; scroll down for more</numerusform>
            <numerusform>%n items shown; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/stock/items_page.py" line="127"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message numerus="yes">
        <location filename="../../ui/office/shared/label_dialog.py" line="294"/>
        <source>%n page(s) of labels were sent to {printer}</source>
        <translation>
            <numerusform>%n page of labels was sent to {printer}</numerusform>
            <numerusform>%n pages of labels were sent to {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message numerus="yes">
        <location filename="../../ui/counter/sale_page.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <location filename="../../ui/office/start/area.py" line="169"/>
        <source>%n donation(s) received since the 1st</source>
        <translation>
            <numerusform>%n donation received since the 1st</numerusform>
            <numerusform>%n donations received since the 1st</numerusform>
        </translation>
    </message>
</context>
</TS>
