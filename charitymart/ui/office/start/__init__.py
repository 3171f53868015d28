"""The Today area: the store at a glance when the back office opens.
"""
