"""The stream helpers' I/O shells, async (the source of ``../_sync`` via scripts/unasync.py)."""
