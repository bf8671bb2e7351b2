"""Re-typing a parsed response model as its ``Parsed*`` subclass, without validating again."""

from __future__ import annotations

from typing import Any, Type, TypeVar

import pydantic

__all__ = ["rebuild_as", "parametrised"]

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


def rebuild_as(cls: Type[_ModelT], instance: pydantic.BaseModel, **changes: Any) -> _ModelT:
    """``instance``'s fields and unknown extras as a ``cls``, with ``changes`` applied.

    The server payload was validated (leniently) once already; this keeps every value as it
    is, and keeps ``model_fields_set`` (so ``to_dict()`` still tells null from missing), adding
    the changed fields to it. ``_request_id`` is carried over.
    """
    fields = type(instance).model_fields
    values = {name: value for name, value in instance.__dict__.items() if name in fields}
    values.update(changes)
    fields_set = set(instance.model_fields_set) | set(changes)
    rebuilt = cls.model_construct(_fields_set=fields_set, **values)
    if instance.__pydantic_extra__:
        if rebuilt.__pydantic_extra__ is None:
            object.__setattr__(rebuilt, "__pydantic_extra__", {})
        assert rebuilt.__pydantic_extra__ is not None
        rebuilt.__pydantic_extra__.update(instance.__pydantic_extra__)
    request_id = instance.__dict__.get("_request_id")
    if request_id is not None:
        object.__setattr__(rebuilt, "_request_id", request_id)
    return rebuilt


def parametrised(cls: Any, content_type: object) -> Any:
    """``cls[content_type]`` for a model class or pydantic dataclass, else ``cls`` itself
    (``parsed`` is then untyped at runtime, and serialises whatever it holds)."""
    return cls[content_type] if content_type is not None else cls
