"""Async clients machinery: the source of truth for the sync twin in ``_sync/``."""
