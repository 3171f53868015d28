"""What every back-office area uses: the words pages share, small widgets (titles, boxes,
message lines, tables, date fields), find-as-you-type, the document and label dialogs, and the
print hooks pages call to print.

Imports no other area.
"""
