"""The Intake area: donations, purchases and consignments taken in (lines, parties, new items)
and the consignor settlement.

May import `shared`.
"""
