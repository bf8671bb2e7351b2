"""Hand-written helpers on top of the generated surface."""
