"""The stream helpers' I/O shells, sync (generated from ``../_async`` by scripts/unasync.py)."""
