"""Sentinels and type aliases shared by the runtime and the generated code.

Two sentinels tell "not given" apart from ``None``:

* ``NOT_GIVEN`` / ``not_given`` (class ``NotGiven``): the caller passed nothing, so the
  parameter is not sent at all. ``None`` is a real value and is sent as JSON ``null``.
* ``omit`` (class ``Omit``): remove something that would otherwise be sent, e.g. a default
  header: ``extra_headers={"OpenAI-Organization": omit}``.

Both are falsy, so ``if value:`` treats them like an absent value.
"""

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from typing_extensions import Literal, TypedDict, final, override

if TYPE_CHECKING:
    import httpx

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "NoneType",
    "Headers",
    "Query",
    "Body",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "RequestOptions",
    "SecurityOptions",
    "Timeout",
    "TimeoutTypes",
    "Response",
    "Transport",
    "ProxiesTypes",
    "SequenceNotStr",
    "SubjectTokenProvider",
    "WorkloadIdentity",
]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


@final
class NotGiven:
    """The caller did not pass this argument: leave it out of the request."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One instance, so identity checks work across copies and pickles.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "NOT_GIVEN"

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
not_given = NOT_GIVEN


@final
class Omit:
    """Remove a value that would otherwise be sent (for example a default header)."""

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "omit"

    @override
    def __repr__(self) -> str:
        return "omit"


omit = Omit()

NoneType: Type[None] = type(None)

Headers = Mapping[str, Union[str, Omit]]
Query = Mapping[str, object]
Body = object

# File inputs accepted by multipart endpoints.
FileContent = Union[IO[bytes], bytes, "PathLike[str]"]
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

if TYPE_CHECKING:
    # ``Timeout`` and ``Response`` are httpx's classes, as in the reference (libraries call
    # ``Timeout(10.0, connect=2.0)`` and test ``isinstance(x, Timeout)``); what a ``timeout=``
    # argument accepts is ``TimeoutTypes``.
    Timeout = httpx.Timeout
    Response = httpx.Response
    TimeoutTypes = Union[float, httpx.Timeout, None]
    Transport = httpx.BaseTransport
    ProxiesTypes = Union[str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[str, httpx.URL, httpx.Proxy, None]]]
else:
    # Resolved lazily in __getattr__ so that importing this module does not import httpx.
    pass


class SecurityOptions(TypedDict, total=False):
    """Which credential a request uses: ``bearer_auth`` (the API key) wins over
    ``admin_api_key_auth`` (the admin key) when both are set."""

    bearer_auth: bool
    admin_api_key_auth: bool


class RequestOptions(TypedDict, total=False):
    """Per-call options for ``client.get/post/...`` (the ``options=`` argument)."""

    headers: Headers
    max_retries: int
    timeout: Union[float, "httpx.Timeout", None]
    params: Query
    extra_json: Mapping[str, object]
    idempotency_key: str
    follow_redirects: bool
    security: SecurityOptions
    synthesize_event_and_data: bool


if TYPE_CHECKING:
    # A sequence that is not a plain ``str``: type checkers reject ``["a"]`` mistakes
    # where a list of strings is wanted, but at runtime it is just ``Sequence``.
    from typing_extensions import Protocol, SupportsIndex, overload

    class SequenceNotStr(Protocol[_T_co]):
        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Any: ...
        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
        def count(self, value: Any, /) -> int: ...
        def __reversed__(self) -> Any: ...
else:
    SequenceNotStr = Sequence


def __getattr__(name: str) -> Any:
    if name in ("Timeout", "Response", "TimeoutTypes", "Transport", "ProxiesTypes"):
        import httpx

        values: dict[str, Any] = {
            "Timeout": httpx.Timeout,
            "Response": httpx.Response,
            "TimeoutTypes": Union[float, httpx.Timeout, None],
            "Transport": httpx.BaseTransport,
            "ProxiesTypes": Union[
                str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[str, httpx.URL, httpx.Proxy, None]]
            ],
        }
        return values[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- workload identity (``OpenAI(workload_identity=...)``, ``openwire.auth``) --------------------


class SubjectTokenProvider(TypedDict):
    """Where the subject token comes from: ``get_token()`` is called for every exchange."""

    token_type: Literal["jwt", "id"]
    get_token: Callable[[], str]


class _WorkloadIdentityRequired(TypedDict):
    identity_provider_id: str
    service_account_id: str
    provider: SubjectTokenProvider


# ``total=False`` rather than ``NotRequired[...]``: string annotations would hide it at run time.
class WorkloadIdentity(_WorkloadIdentityRequired, total=False):
    """The ``workload_identity=`` of a client: the OpenAI identity provider and service account
    the subject token is exchanged for, the provider of that token, and how many seconds before
    its expiry a token is renewed (default 1200, but never before half its lifetime)."""

    refresh_buffer_seconds: float
