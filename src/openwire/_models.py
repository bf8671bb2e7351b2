"""The response model base class and lenient parsing of server payloads.

Parsing a response takes one pass through pydantic-core (``model_validate_json`` on the raw
bytes). Only when that fails (an enum value we do not know yet, a missing or mistyped field
from a non-OpenAI server) do we fall back to a slower, field-by-field construction that keeps
whatever validates and the raw value for whatever does not. A response therefore never raises
because of its shape, unless the client asked for strict validation.
"""

from __future__ import annotations

import json
import types
from functools import lru_cache
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    SupportsIndex,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from typing_extensions import Annotated, Literal, get_args, get_origin

__all__ = [
    "BaseModel",
    "GenericModel",
    "parse_json",
    "json_parser",
    "set_request_id",
    "add_request_id",
    "construct_type",
    "parse_value",
    "lenient_value",
]

_T = TypeVar("_T")
_ModelT = TypeVar("_ModelT", bound="BaseModel")


class BaseModel(pydantic.BaseModel):
    """Base of every response model: unknown fields are kept, nothing the server sends is rejected."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
        protected_namespaces=(),
        defer_build=True,
    )

    # ``_request_id`` (the ``x-request-id`` of the response a top-level object came from) is a
    # plain instance attribute, not a pydantic private attribute: private attributes make
    # pydantic-core call back into Python for every nested model it builds, which doubled the
    # cost of parsing a stream chunk. It stays out of dumps, reprs and ``==``, and survives
    # pickle, deepcopy and ``model_copy`` (all of which carry ``__dict__``).
    if TYPE_CHECKING:
        _request_id: Optional[str] = None  # a default: not a constructor argument for type checkers
    else:

        def __getattr__(self, name: str) -> Any:
            if name == "_request_id":
                return None
            return super().__getattr__(name)

    def __str__(self) -> str:
        # ``print(model)`` shows the class name, like the reference (pydantic's str drops it).
        return self.__repr__()

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """A plain dict of this model, keyed by the API's field names, with only what was set."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """A JSON string of this model, keyed by the API's field names, with only what was set."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @classmethod
    def construct(cls: Type[_ModelT], _fields_set: Optional[set[str]] = None, **values: Any) -> _ModelT:  # type: ignore[override]
        """Build without validation, recursing into nested models (rules in ``_construct``)."""
        from ._construct import construct_model

        return cast(_ModelT, construct_model(cls, values))

    @classmethod
    def model_construct(cls: Type[_ModelT], _fields_set: Optional[set[str]] = None, **values: Any) -> _ModelT:
        """Like ``construct`` (libraries build nested responses with either name, as in the reference).

        Values that are all already built (the stream helpers' hot path) and an explicit
        ``_fields_set`` take pydantic's plain path."""
        if _fields_set is None and any(_needs_building(value) for value in values.values()):
            return cls.construct(**values)
        return super().model_construct(_fields_set, **values)


class GenericModel(BaseModel):
    """Base of generic response models (``ParsedChatCompletion[MyModel]``).

    A parametrised pydantic class is created on the fly and cannot be found by name, so
    pickle would fail; instances pickle as "parametrise the origin again, then restore".
    """

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        metadata = type(self).__pydantic_generic_metadata__
        if metadata["origin"] is None:
            return super().__reduce_ex__(protocol)
        return (_restore_generic, (metadata["origin"], metadata["args"], self.__getstate__()))


def _restore_generic(origin: Any, args: Tuple[Any, ...], state: Any) -> BaseModel:
    cls = origin[args[0] if len(args) == 1 else args]
    instance: BaseModel = cls.__new__(cls)
    instance.__setstate__(state)
    return instance


@lru_cache(maxsize=4096)
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def _is_model(type_: object) -> bool:
    return isinstance(type_, type) and issubclass(type_, pydantic.BaseModel)


def set_request_id(value: object, request_id: Optional[str]) -> None:
    """Attach the response's ``x-request-id`` to a parsed top-level model."""
    object.__setattr__(value, "_request_id", request_id)


def json_parser(type_: Any, *, strict: bool = False) -> Callable[[Union[bytes, str]], Any]:
    """A parser of JSON documents into ``type_``, for calling many times (stream chunks).

    The happy path is a single call into pydantic-core; ``strict``: let the
    ``ValidationError`` escape instead of falling back to lenient parsing.
    """
    return _json_parser(type_, strict)


@lru_cache(maxsize=1024)
def _json_parser(type_: Any, strict: bool) -> Callable[[Union[bytes, str]], Any]:
    validate_json = _adapter(type_).validator.validate_json

    def parse(raw: Union[bytes, str]) -> Any:
        try:
            return validate_json(raw)
        except ValidationError:
            if strict:
                raise
        return lenient_value(type_, json.loads(raw))

    return parse


def parse_json(type_: Type[_T], raw: Union[bytes, str], *, strict: bool = False) -> _T:
    """Parse a JSON document into ``type_`` (a model, a list, a union, ...) in one pass."""
    return cast(_T, json_parser(type_, strict=strict)(raw))


def _needs_building(value: object) -> bool:
    """A dict (or list of dicts) to build into models, or an int that a float field converts."""
    if type(value) is int:
        return True
    return isinstance(value, Mapping) or (isinstance(value, list) and bool(value) and isinstance(value[0], Mapping))


def add_request_id(obj: pydantic.BaseModel, request_id: Optional[str]) -> None:
    """Attach a request id to a model as ``_request_id`` (not a field: not dumped); the
    reference's name for :func:`set_request_id`."""
    set_request_id(obj, request_id)


def construct_type(*, value: object, type_: object, metadata: Optional[List[Any]] = None) -> object:
    """``value`` built as ``type_`` without validation (the reference's contract, rules in
    ``_construct``): never raises; mismatched scalars pass through."""
    from ._construct import construct_value

    return construct_value(type_, value, metadata)


def parse_value(type_: Type[_T], value: object, *, strict: bool = False) -> _T:
    """Like :func:`parse_json`, for a value that is already decoded."""
    try:
        if _is_model(type_):
            return cast(_T, cast(Any, type_).model_validate(value))
        return cast(_T, _adapter(cast(Any, type_)).validate_python(value))
    except ValidationError:
        if strict:
            raise
    return cast(_T, lenient_value(type_, value))


def lenient_value(type_: Any, value: object) -> Any:
    """Best effort conversion of ``value`` to ``type_``; keeps the raw value where it cannot."""
    try:
        return _adapter(type_).validate_python(value)
    except (ValidationError, TypeError):
        pass
    except Exception:  # pydantic cannot build a schema for some exotic annotation
        return value
    origin = get_origin(type_)
    if origin is Annotated:
        return lenient_value(get_args(type_)[0], value)
    if _is_model(type_) and isinstance(value, Mapping):
        return _lenient_model(type_, value)
    if origin is Union or origin is types.UnionType:  # Optional[X] and X | None
        return _lenient_union(get_args(type_), value)
    if origin in (list, List) and isinstance(value, list):
        (item_type,) = get_args(type_) or (Any,)
        return [lenient_value(item_type, item) for item in value]
    if origin in (dict, Dict) and isinstance(value, Mapping):
        args = get_args(type_)
        item_type = args[1] if len(args) == 2 else Any
        return {key: lenient_value(item_type, item) for key, item in value.items()}
    return value


def _lenient_union(members: Tuple[Any, ...], value: object) -> Any:
    """Convert ``value`` with the union member of its shape: a model (or dict) for an object,
    a list type for an array; anything else is kept raw."""
    flat = _union_members(members)
    if isinstance(value, Mapping):
        models = [m for m in flat if _is_model(m)]
        if models:
            return _lenient_model(_best_model(models, value), value)
        shaped = [m for m in flat if get_origin(m) is dict]
    elif isinstance(value, list):
        shaped = [m for m in flat if get_origin(m) is list]
    else:
        return value
    return lenient_value(shaped[0], value) if shaped else value


def _union_members(members: Tuple[Any, ...]) -> List[Any]:
    # Optional[Annotated[Union[A, B], ...]] nests one union in another: flatten them.
    flat: List[Any] = []
    for member in members:
        member = _strip_annotated(member)
        if get_origin(member) in (Union, types.UnionType):
            flat.extend(_union_members(get_args(member)))
        else:
            flat.append(member)
    return flat


def _strip_annotated(type_: Any) -> Any:
    return get_args(type_)[0] if get_origin(type_) is Annotated else type_


def _best_model(models: List[Type[pydantic.BaseModel]], value: Mapping[str, object]) -> Type[pydantic.BaseModel]:
    """Pick the union member matching a ``type``-like literal, else the one sharing most keys."""

    def score(model: Type[pydantic.BaseModel]) -> Tuple[int, int]:
        literal_hits = 0
        for name, field in model.model_fields.items():
            key = field.alias or name
            if get_origin(field.annotation) is Literal and key in value:
                literal_hits += 1 if value[key] in get_args(field.annotation) else -1
        shared = len(set(value) & {f.alias or n for n, f in model.model_fields.items()})
        return literal_hits, shared

    return max(models, key=score)


@lru_cache(maxsize=2048)
def _field_names_by_key(model: Type[pydantic.BaseModel]) -> Dict[str, str]:
    names: Dict[str, str] = {}
    for name, field in model.model_fields.items():
        names[name] = name
        if field.alias:
            names[field.alias] = name
    return names


def _lenient_model(model: Type[pydantic.BaseModel], data: Mapping[str, Any]) -> pydantic.BaseModel:
    if not model.__pydantic_complete__:
        # A model not built yet (``defer_build``) still has its field annotations as forward
        # references ("List[Choice]"), which cannot convert nested values: build it first.
        model.model_rebuild(raise_errors=False)
    names = _field_names_by_key(model)
    fields = model.model_fields
    values: Dict[str, Any] = {}
    extra: Dict[str, Any] = {}
    for key, raw in data.items():
        name = names.get(key)
        if name is None:
            extra[key] = raw
        else:
            values[name] = lenient_value(fields[name].annotation, raw)
    # A required field the server left out reads as None (as in the reference) instead of
    # raising AttributeError; it stays out of model_fields_set, so it is not dumped.
    missing = {name: None for name, field in fields.items() if name not in values and field.is_required()}
    instance = model.model_construct(_fields_set=set(values), **values, **missing)
    if extra and instance.__pydantic_extra__ is not None:
        instance.__pydantic_extra__.update(extra)
    return instance
