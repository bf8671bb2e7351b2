"""Building models from trusted data without validation: ``BaseModel.construct`` /
``model_construct`` and ``construct_type``, with the reference SDK's observable rules.

* A mapping for a model field becomes that model, recursively (lists and dicts of models too);
  keys are matched by alias, unknown keys go to the extras, a missing required field reads ``None``.
* Scalars are kept as given (``"19"`` for an ``int`` stays a str; big ints stay ints), except
  that an ``int`` for a ``float`` field becomes a float.
* A union with a discriminator picks the member by its value (an unknown value: the first
  member); any other union takes the first member that validates the value, else it builds
  the first member.
* Nothing raises because of the data.
"""

from __future__ import annotations

import types
from functools import lru_cache
from typing import Any, Dict, List, Mapping, Optional, Union

import pydantic
from typing_extensions import Annotated, Literal, get_args, get_origin

__all__ = ["construct_model", "construct_value"]


def construct_model(model: type[pydantic.BaseModel], data: Mapping[str, Any]) -> pydantic.BaseModel:
    if not model.__pydantic_complete__:
        # A model not built yet (``defer_build``) still has forward references as annotations.
        model.model_rebuild(raise_errors=False)
    fields = model.model_fields
    values: Dict[str, Any] = {}
    extra: Dict[str, Any] = {}
    for key, raw in data.items():
        name = key if key in fields else _name_of_alias(model, key)
        if name is None:
            extra[key] = raw
        else:
            field = fields[name]
            values[name] = construct_value(field.annotation, raw, field.metadata)
    missing = {name: None for name, field in fields.items() if name not in values and field.is_required()}
    # pydantic's own model_construct (not an override that would come back here).
    instance = pydantic.BaseModel.model_construct.__func__(model, set(values), **values, **missing)  # type: ignore[attr-defined]
    if extra and instance.__pydantic_extra__ is not None:
        instance.__pydantic_extra__.update(extra)
    return instance  # type: ignore[no-any-return]


def construct_value(type_: Any, value: object, metadata: Optional[List[Any]] = None) -> Any:
    if value is None:
        return None
    origin = get_origin(type_)
    if origin is Annotated:
        inner, *extra_metadata = get_args(type_)
        return construct_value(inner, value, [*(metadata or []), *extra_metadata])
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return construct_model(type_, value) if isinstance(value, Mapping) else value
    if origin is Union or origin is types.UnionType:
        return _construct_union(type_, value, _discriminator(metadata))
    if origin is list and isinstance(value, list):
        (item_type,) = get_args(type_) or (Any,)
        return [construct_value(item_type, item) for item in value]
    if origin is dict and isinstance(value, Mapping):
        args = get_args(type_)
        item_type = args[1] if len(args) == 2 else Any
        return {key: construct_value(item_type, item) for key, item in value.items()}
    if type_ is float and type(value) is int:
        return float(value)
    return value


def _construct_union(union: Any, value: object, discriminator: Optional[str]) -> Any:
    members = get_args(union)
    if discriminator is not None and isinstance(value, Mapping):
        models = [m for m in members if isinstance(m, type) and issubclass(m, pydantic.BaseModel)]
        chosen = _by_discriminator(models, discriminator, value.get(discriminator))
        if chosen is not None or models:
            return construct_model(chosen or models[0], value)
    try:
        return _adapter(union).validate_python(value)  # pydantic's smart mode picks the member
    except Exception:  # fits no member (or pydantic cannot check it): build the first
        return construct_value(members[0], value)


@lru_cache(maxsize=512)
def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(type_)


def _by_discriminator(
    models: List[type[pydantic.BaseModel]], discriminator: str, tag: object
) -> Optional[type[pydantic.BaseModel]]:
    for model in models:
        if not model.__pydantic_complete__:
            model.model_rebuild(raise_errors=False)
        for name, field in model.model_fields.items():
            if (field.alias or name) == discriminator and get_origin(field.annotation) is Literal:
                if tag in get_args(field.annotation):
                    return model
    return None


def _discriminator(metadata: Optional[List[Any]]) -> Optional[str]:
    for item in metadata or ():
        discriminator = getattr(item, "discriminator", None)
        if isinstance(discriminator, str):
            return discriminator
    return None


def _name_of_alias(model: type[pydantic.BaseModel], key: str) -> Optional[str]:
    for name, field in model.model_fields.items():
        if field.alias == key:
            return name
    return None
