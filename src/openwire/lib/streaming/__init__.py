"""Streaming helpers: typed events and accumulated snapshots over raw chunk streams."""
