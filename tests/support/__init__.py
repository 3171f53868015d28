"""Helpers and shared fixtures for the tests: factories that build rows the way services do,
and set-ups for the counter, the back office, documents and labels."""
