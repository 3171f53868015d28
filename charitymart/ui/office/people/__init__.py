"""The Households and Volunteers areas: registers, forms, allowance and hours, approvals and the
clock panel (also opened from the counter).

May import `shared`.
"""
