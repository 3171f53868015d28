"""Batches of documents for the back office and the command line: month-end papers, donor
receipts, money documents and shift reports; plain data handed to `charitymart.reports`.

May import every package except `data` and `demo`.
"""
