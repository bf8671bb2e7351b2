"""The route table of the local API: every resource module's ``ROUTES``, in matching order."""

from __future__ import annotations

from typing import List

from . import _audio, _batches, _chat, _embeddings, _files, _fine_tuning, _images, _model_catalog, _responses
from ._router import Route

__all__ = ["ROUTES"]

ROUTES: List[Route] = [
    route
    for module in (_chat, _responses, _embeddings, _images, _audio, _files, _fine_tuning, _batches, _model_catalog)
    for route in module.ROUTES
]
