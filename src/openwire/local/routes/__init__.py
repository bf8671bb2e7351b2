"""The API's handlers, one module per resource, and their table ``ROUTES`` (in matching order).

Each module exports ``ROUTES``: ``(method, "/path/{param}", handler)``, where a handler is
called as ``handler(context, request, **path_params)`` (``_context.Context``, ``_wire.LocalRequest``)
and returns a ``LocalResponse`` or raises ``APIFailure``. A new endpoint goes in its resource's
module here; shared request parsing is in ``../_params.py``.
"""

from __future__ import annotations

from typing import List

from .._router import Route
from . import (
    assistants,
    audio,
    batches,
    chat,
    containers,
    embeddings,
    evals,
    files,
    fine_tuning,
    images,
    model_catalog,
    realtime_calls,
    responses,
    skills,
    spec_answers,
    uploads,
    videos,
)

__all__ = ["ROUTES"]

MODULES = (
    chat,
    responses,
    embeddings,
    images,
    audio,
    files,
    uploads,
    fine_tuning,
    batches,
    model_catalog,
    containers,
    evals,
    videos,
    skills,
    realtime_calls,
    assistants,
    spec_answers,
)

ROUTES: List[Route] = [route for module in MODULES for route in module.ROUTES]
