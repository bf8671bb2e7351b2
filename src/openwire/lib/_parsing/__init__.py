"""Structured outputs: strict JSON schemas from pydantic models, and parsing the answers."""
