"""Reading request parameters: each check fails with a 400 in the API's shape naming ``param``."""

from __future__ import annotations

from typing import Any, Container, Dict, List, Mapping, Optional, TypeVar

from ._wire import APIFailure

__all__ = [
    "missing",
    "invalid",
    "required_str",
    "optional_str",
    "optional_int",
    "optional_number",
    "optional_bool",
    "one_of",
    "not_found",
    "as_object",
    "as_list",
]

T = TypeVar("T")


def missing(param: str) -> APIFailure:
    return APIFailure(400, f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")


def invalid(param: str, message: str, code: str = "invalid_value") -> APIFailure:
    return APIFailure(400, message, param=param, code=code)


def not_found(kind: str, ident: str, param: Optional[str] = None) -> APIFailure:
    return APIFailure(404, f"No {kind} found with id '{ident}'.", param=param, code=None)


def _type_error(param: str, value: object, expected: str) -> APIFailure:
    return invalid(
        param, f"Invalid type for '{param}': expected {expected}, but got {_json_type(value)} instead.", "invalid_type"
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def required_str(payload: Mapping[str, Any], name: str, param: Optional[str] = None) -> str:
    param = param or name
    if name not in payload:
        raise missing(param)
    value = payload[name]
    if not isinstance(value, str):
        raise _type_error(param, value, "a string")
    if not value:
        raise invalid(param, f"'{param}' must not be empty.", "empty_string")
    return value


def optional_str(payload: Mapping[str, Any], name: str, default: Optional[str] = None) -> Optional[str]:
    value = payload.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _type_error(name, value, "a string")
    return value


def optional_int(
    payload: Mapping[str, Any], name: str, default: Optional[int] = None, *, minimum: Optional[int] = None
) -> Optional[int]:
    value = payload.get(name)
    if value is None:
        return default
    if isinstance(value, str) and value.lstrip("-").isdigit():  # form fields and query strings
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(name, value, "an integer")
    if minimum is not None and value < minimum:
        raise invalid(
            name, f"Invalid '{name}': {value} is less than the minimum of {minimum}.", "integer_below_min_value"
        )
    return value


def optional_number(payload: Mapping[str, Any], name: str, default: float) -> float:
    value = payload.get(name)
    if value is None:
        return default
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            raise _type_error(name, value, "a number") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _type_error(name, value, "a number")
    return float(value)


def optional_bool(payload: Mapping[str, Any], name: str, default: bool = False) -> bool:
    value = payload.get(name)
    if value is None:
        return default
    if isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    if not isinstance(value, bool):
        raise _type_error(name, value, "a boolean")
    return value


def one_of(payload: Mapping[str, Any], name: str, allowed: Container[str], default: T) -> str | T:
    value = payload.get(name)
    if value is None:
        return default
    if not isinstance(value, str) or value not in allowed:
        choices = (
            ", ".join(repr(choice) for choice in allowed) if isinstance(allowed, (list, tuple)) else "a known value"
        )
        raise invalid(name, f"Invalid value for '{name}': {value!r}. Supported values are: {choices}.")
    return value


def as_object(value: object, param: str) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise _type_error(param, value, "an object")
    return value


def as_list(value: object, param: str) -> List[Any]:
    if not isinstance(value, list):
        raise _type_error(param, value, "an array")
    return value
