"""The Documents area: month end (publishing, folder batches), shift and stock papers, volunteer
certificates.

May import `shared`.
"""
