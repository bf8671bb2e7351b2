"""The API's handlers, one module per resource, and their table ``ROUTES`` (in matching order).

Each module exports ``ROUTES``: ``(method, "/path/{param}", handler)``, where a handler is
called as ``handler(context, request, **path_params)`` (``_context.Context``, ``_wire.LocalRequest``)
and returns a ``LocalResponse`` or raises ``APIFailure``. A new endpoint goes in its resource's
module here; shared request parsing is in ``../_params.py``.
"""

from __future__ import annotations

from typing import List

from .._router import Route
from . import audio, batches, chat, embeddings, files, fine_tuning, images, model_catalog, responses, uploads

__all__ = ["ROUTES"]

ROUTES: List[Route] = [
    route
    for module in (chat, responses, embeddings, images, audio, files, uploads, fine_tuning, batches, model_catalog)
    for route in module.ROUTES
]
