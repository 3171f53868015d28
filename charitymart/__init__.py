"""CharityMart: till, stock room and record book for community charity supermarkets."""

__version__ = "0.1.0"
