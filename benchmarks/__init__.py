"""Side-by-side benchmarks: openwire vs the reference ``openai`` SDK vs raw httpx.

Run ``python -m benchmarks`` (or ``python -m benchmarks --quick``) from the repository root.
"""
