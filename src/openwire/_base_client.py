"""Client configuration and request building: everything that does no I/O.

``SyncAPIClient`` / ``AsyncAPIClient`` (in ``_sync/`` and ``_async/``) add the request loop on
top of this class; they differ only where they touch the network.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Callable, Dict, Generic, List, Mapping, Optional, Tuple, TypeVar, Union, cast
from urllib.parse import urlencode

from typing_extensions import Self

from . import _constants, _platform
from ._bedrock import BedrockProvider, BedrockSettings, bearer_key
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, RAW_RESPONSE_HEADER, WORKLOAD_IDENTITY_API_KEY
from ._exceptions import OpenAIError
from ._files import form_fields
from ._options import FinalRequestOptions, dump_json, make_request_options
from ._qs import flatten_query
from ._types import NOT_GIVEN, Headers, NotGiven, Omit, SecurityOptions, WorkloadIdentity
from ._version import __version__

if TYPE_CHECKING:
    import httpx

    from ._files import HttpxFiles
    from .providers import ClientPreset

__all__ = ["BaseClient", "resolve_timeout", "parse_custom_headers", "make_request_options"]

_HttpxClientT = TypeVar("_HttpxClientT", bound="Union[httpx.Client, httpx.AsyncClient]")

_HTTP_CLIENT_LOCK = threading.Lock()

ApiKey = Union[str, Callable[[], Any]]


def resolve_timeout(
    value: Union[float, httpx.Timeout, NotGiven, None], default: Optional[httpx.Timeout]
) -> Optional[httpx.Timeout]:
    if isinstance(value, NotGiven):  # most requests: no import statement on this path
        return default
    import httpx

    if isinstance(value, httpx.Timeout):
        return value
    if type(value).__module__.split(".")[0] == "httpx2":  # an httpx2.Timeout: the same four fields
        return httpx.Timeout(connect=value.connect, read=value.read, write=value.write, pool=value.pool)  # type: ignore[union-attr]
    return httpx.Timeout(value)


def is_httpx2_client(client: object) -> bool:
    """Whether ``client`` is an httpx2 client (``DefaultHttpx2Client()``), which the clients
    send through as they do through httpx (without importing httpx2 to find out)."""
    return type(client).__module__.split(".")[0] == "httpx2"


def _httpx2_timeout(timeout: Optional[httpx.Timeout]) -> Any:
    import httpx2

    if timeout is None:
        return None
    return httpx2.Timeout(connect=timeout.connect, read=timeout.read, write=timeout.write, pool=timeout.pool)


def _check_http_client(http_client: object, is_async: bool) -> None:
    """An ``httpx.AsyncClient`` given to the sync client (or the reverse) fails at its first
    request in a confusing way: refuse it here, naming the argument."""
    import httpx  # the caller built an httpx (or httpx2) client: already imported

    expected: Any = httpx.AsyncClient if is_async else httpx.Client
    if is_httpx2_client(http_client):
        import httpx2

        expected = httpx2.AsyncClient if is_async else httpx2.Client
    if not isinstance(http_client, expected):
        kind = "AsyncClient" if is_async else "Client"
        raise TypeError(
            f"Invalid `http_client` argument: {'AsyncOpenAI' if is_async else 'OpenAI'} needs an instance of "
            f"`httpx.{kind}` or `httpx2.{kind}` (e.g. `openwire.Default{'Async' if is_async else ''}HttpxClient()`), "
            f"got {type(http_client).__module__.split('.')[0]}.{type(http_client).__name__}."
        )


def _provider_settings(
    provider: object, api_key: object, admin_api_key: object, workload_identity: object, base_url: object
) -> BedrockSettings:
    if not isinstance(provider, BedrockProvider):
        raise OpenAIError(
            f"Invalid `provider` ({type(provider).__name__}): make one with `openwire.providers.bedrock(...)`."
        )
    given = {"api_key": api_key, "admin_api_key": admin_api_key, "workload_identity": workload_identity}
    given["base_url"] = base_url
    for name, value in given.items():
        if value is not None:
            raise OpenAIError(
                f"`provider` and `{name}` cannot be combined: give the provider's authentication and URL to "
                "`openwire.providers.bedrock(...)`."
            )
    return provider.resolve()


def parse_custom_headers(raw: str | None) -> Dict[str, str]:
    """``OPENAI_CUSTOM_HEADERS``: one ``Name: value`` per line."""
    headers: Dict[str, str] = {}
    for line in (raw or "").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            headers[name.strip().lower()] = value.strip()
    return headers


def _lower_keys(headers: Optional[Headers]) -> Dict[str, Union[str, Omit]]:
    return {key.lower(): value for key, value in (headers or {}).items()}


def _form_data(body: Mapping[str, object]) -> Dict[str, List[str]]:
    """Form fields as httpx's multipart ``data=`` wants them: a mapping (a list of pairs would be
    sent as raw content), where a list value becomes repeated fields (``tags[]=a``, ``tags[]=b``)."""
    data: Dict[str, List[str]] = {}
    for key, value in form_fields(body):
        data.setdefault(key, []).append(value)
    return data


class _NoFiles(Dict[str, Any]):
    """No file parts, yet true: httpx encodes a multipart body only when ``files`` is."""

    def __bool__(self) -> bool:
        return True


class BaseClient(Generic[_HttpxClientT]):
    """Configuration shared by the sync and async clients, and the pure request builder."""

    _is_async: bool = False

    api_key: Optional[str]
    admin_api_key: Optional[str]
    organization: Optional[str]
    project: Optional[str]
    webhook_secret: Optional[str]
    websocket_base_url: Optional[Union[str, httpx.URL]]
    max_retries: int
    _base_url_cache: Optional[httpx.URL]
    _base_url_text: str
    _timeout: Optional[httpx.Timeout]
    _timeout_given: Union[float, httpx.Timeout, NotGiven, None]
    _preset: Optional["ClientPreset"] = None
    """The provider preset the client was built for (``for_provider``), kept by ``copy``."""

    def __init__(
        self,
        *,
        api_key: Optional[ApiKey] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        provider: Optional[BedrockProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[_HttpxClientT] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        # A provider plug-in (``openwire.providers.bedrock(...)``) owns routing and authentication.
        self._bedrock: Optional[BedrockSettings] = None
        self._sigv4_auth: Optional[httpx.Auth] = None
        if provider is not None:
            self._bedrock = _provider_settings(provider, api_key, admin_api_key, workload_identity, base_url)
            api_key, base_url = bearer_key(self._bedrock, self._is_async), self._bedrock.base_url
            admin_api_key = ""  # OpenAI's admin key (OPENAI_ADMIN_KEY) is never sent to another provider
        if workload_identity is not None and api_key is not None:
            raise OpenAIError(
                "Pass either `api_key` or `workload_identity`, not both: workload identity exchanges its own "
                "access tokens."
            )
        if api_key is None and workload_identity is None:
            api_key = os.environ.get("OPENAI_API_KEY") or None
        if admin_api_key is None:
            admin_api_key = os.environ.get("OPENAI_ADMIN_KEY") or None
        if _enforce_credentials and api_key is None and admin_api_key is None and workload_identity is None:
            raise OpenAIError(
                "Missing credentials: pass `api_key` to the client or set the OPENAI_API_KEY "
                "environment variable (or pass `admin_api_key` / set OPENAI_ADMIN_KEY)."
            )
        if max_retries is None:
            raise TypeError(
                "max_retries cannot be None: pass 0 to disable retries, or leave it out for the default "
                f"({DEFAULT_MAX_RETRIES})."
            )
        if http_client is not None:
            _check_http_client(http_client, self._is_async)
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")

        self._api_key_provider: Optional[Callable[[], Any]] = api_key if callable(api_key) else None
        self.api_key = None if callable(api_key) else api_key
        self.admin_api_key = admin_api_key or None
        self.workload_identity = workload_identity
        # Exchanges and caches access tokens (``_workload.py``); the request loop asks it per attempt.
        self._workload_identity_auth: Optional[Any] = None
        if workload_identity is not None:
            self._workload_identity_auth = self._new_workload_identity_auth(workload_identity)
            self.api_key = WORKLOAD_IDENTITY_API_KEY
        self.organization = organization if organization is not None else os.environ.get("OPENAI_ORG_ID")
        self.project = project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        self.webhook_secret = webhook_secret if webhook_secret is not None else os.environ.get("OPENAI_WEBHOOK_SECRET")
        self.provider = provider
        self.websocket_base_url = websocket_base_url
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        self.max_retries = max_retries
        self.timeout = timeout  # resolved to an ``httpx.Timeout`` on first read
        self._custom_headers: Dict[str, Union[str, Omit]] = dict(default_headers or {})
        # The caller's spelling of header names, sent as given (names are merged case-insensitively).
        self._header_names: Dict[str, str] = {key.lower(): key for key in self._custom_headers if not key.islower()}
        self._custom_query: Dict[str, object] = dict(default_query or {})
        self._strict_response_validation = _strict_response_validation
        self._enforce_credentials = _enforce_credentials
        self._platform_headers_on = _platform.platform_headers_enabled()
        self._static_headers = self.default_headers
        # ``organization`` and ``project`` are plain attributes that callers reassign between
        # requests (litellm does): the static headers are rebuilt when they change.
        self._static_key: Tuple[Optional[str], Optional[str]] = (self.organization, self.project)
        # The default httpx client is built on first use: building it loads the TLS stack and
        # the transport (about as long as importing httpx itself), which a client that is only
        # configured, copied or used offline never needs.
        self._http_client: Optional[_HttpxClientT] = http_client

    # -- configuration ------------------------------------------------------------------

    def _default_http_client(self) -> _HttpxClientT:
        raise NotImplementedError

    def _new_sigv4_auth(self, settings: BedrockSettings) -> httpx.Auth:
        """The SigV4 signer of a Bedrock client (made by the I/O shells)."""
        raise NotImplementedError

    def _new_workload_identity_auth(self, workload_identity: Any) -> Any:
        """The token exchanger of ``workload_identity=`` (made by the I/O shells, which own the network)."""
        raise NotImplementedError

    @property
    def _client(self) -> _HttpxClientT:
        client = self._http_client
        if client is None:
            with _HTTP_CLIENT_LOCK:  # threads sharing a fresh client must share one pool
                client = self._http_client
                if client is None:
                    client = self._http_client = self._default_http_client()
        return client

    @_client.setter
    def _client(self, client: _HttpxClientT) -> None:
        # Libraries swap the httpx client of a configured client (pydantic-ai does).
        self._http_client = client

    # ``base_url`` and ``timeout`` are httpx objects, built on first read: configuring a client
    # does not import httpx, the first request does (it is most of the cost of an import).

    @property
    def base_url(self) -> httpx.URL:
        url = self._base_url_cache
        if url is None:
            import httpx

            url = self._base_url_cache = httpx.URL(self._base_url_text)
        return url

    @base_url.setter
    def base_url(self, url: Union[str, httpx.URL]) -> None:
        text = str(url)
        if not text.endswith("/"):
            text += "/"
        self._base_url_cache = None
        self._base_url_text = text

    # The reference's attribute, read by libraries (litellm: ``client._base_url._uri_reference``).
    _base_url = base_url

    @property
    def timeout(self) -> Optional[httpx.Timeout]:
        """The default timeout of requests; ``None`` (given as ``timeout=None``) means none."""
        timeout = self._timeout
        if timeout is None:
            if self._timeout_given is None:
                return None
            timeout = self._timeout = resolve_timeout(self._timeout_given, _constants.DEFAULT_TIMEOUT)
        return timeout

    @timeout.setter
    def timeout(self, value: Union[float, httpx.Timeout, NotGiven, None]) -> None:
        self._timeout_given = value
        self._timeout = None

    @property
    def user_agent(self) -> str:
        return f"{type(self).__name__}/Python openwire/{__version__}"

    @property
    def auth_headers(self) -> Dict[str, str]:
        if self._workload_identity_auth is not None:
            return {}  # the token is exchanged per request
        return self._auth_headers(self.api_key)

    def _auth_headers(self, api_key: Optional[str]) -> Dict[str, str]:
        if self._bedrock is not None:  # a bearer token, or nothing when SigV4 signs the request
            return {"authorization": f"Bearer {api_key}"} if api_key and not self._bedrock.signs else {}
        key = api_key or self.admin_api_key
        return {"authorization": f"Bearer {key}"} if key else {}

    def _security_headers(self, security: SecurityOptions, api_key: Optional[str]) -> Dict[str, str]:
        """The ``security`` request option: ``bearer_auth`` sends the API key, ``admin_api_key_auth``
        the admin key; the first one asked for that the client has wins."""
        if security.get("bearer_auth") and api_key:
            return self._auth_headers(api_key)
        if security.get("admin_api_key_auth") and self.admin_api_key:
            return {"authorization": f"Bearer {self.admin_api_key}"}
        asked = [name for name in ("bearer_auth", "admin_api_key_auth") if security.get(name)]
        raise TypeError(
            f"The request option security={dict(security)!r} asks for {' or '.join(asked) or 'no credential'}, "
            "but the client has no such key: pass `api_key` (bearer_auth) or `admin_api_key` "
            "(admin_api_key_auth; or set OPENAI_ADMIN_KEY) to the client."
        )

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        """Run by httpx on each attempt's final request: Bedrock's SigV4 signer when it signs."""
        if self._bedrock is None or not self._bedrock.signs:
            return None
        if self._sigv4_auth is None:
            self._sigv4_auth = self._new_sigv4_auth(self._bedrock)
        return self._sigv4_auth

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        headers: Dict[str, Union[str, Omit]] = {
            "accept": "application/json",
            "user-agent": self.user_agent,
            **self.platform_headers(),
        }
        if self.organization is not None:
            headers["openai-organization"] = self.organization
        if self.project is not None:
            headers["openai-project"] = self.project
        headers.update(parse_custom_headers(os.environ.get("OPENAI_CUSTOM_HEADERS")))
        headers.update(_lower_keys(self._custom_headers))
        return headers

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    def platform_headers(self) -> Dict[str, str]:
        """The reference's ``X-Stainless-*`` headers (see ``_platform`` for turning them off).

        The async client names its async library per request (asyncio or trio)."""
        if not self._platform_headers_on:
            return {}
        if self._is_async:
            return _platform.platform_headers()
        return {**_platform.platform_headers(), _platform.ASYNC: "false"}

    def __repr__(self) -> str:
        # Never show credentials.
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries})"

    def copy(
        self,
        *,
        api_key: Optional[ApiKey] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        provider: Union[BedrockProvider, NotGiven, None] = NOT_GIVEN,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        http_client: Optional[_HttpxClientT] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _enforce_credentials: Optional[bool] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options changed; it shares the connection pool unless
        ``http_client`` is given. The original client is not changed."""
        kwargs = self._copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            provider=provider,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            _enforce_credentials=_enforce_credentials,
        )
        new = type(self)(**kwargs, **_extra_kwargs)
        new._preset = self._preset
        return new

    # Alias kept for callers of the reference SDK: ``client.with_options(timeout=5).models.list()``.
    with_options = copy

    # -- request building ------------------------------------------------------------------

    def _build_headers(
        self,
        options: FinalRequestOptions,
        api_key: Optional[str],
        retries_taken: int = 0,
        timeout: Optional[httpx.Timeout] = None,
    ) -> Dict[str, str]:
        if self._static_key != (self.organization, self.project):
            self._static_key = (self.organization, self.project)
            self._static_headers = self.default_headers
        headers: Dict[str, Union[str, Omit]] = dict(self._static_headers)
        if options.security is None:
            headers.update(self._auth_headers(api_key))
        else:
            headers.update(self._security_headers(options.security, api_key))
        if options.headers:
            headers.update(_lower_keys(options.headers))
        if options.idempotency_key is not None:
            headers["idempotency-key"] = options.idempotency_key
        if self._platform_headers_on:
            # Per attempt; a value (or ``omit``) given by the caller wins.
            if _platform.RETRY_COUNT not in headers:
                headers[_platform.RETRY_COUNT] = str(retries_taken)
            if timeout is not None and timeout.read is not None and _platform.READ_TIMEOUT not in headers:
                headers[_platform.READ_TIMEOUT] = str(timeout.read)
            if self._is_async and _platform.ASYNC not in headers:
                headers[_platform.ASYNC] = _platform.async_library()
        headers.pop(RAW_RESPONSE_HEADER.lower(), None)
        return {key: value for key, value in headers.items() if not isinstance(value, Omit)}

    def _callers_case(self, headers: Dict[str, str], options: FinalRequestOptions) -> Dict[str, str]:
        names = self._header_names
        if options.headers:
            names = {**names, **{key.lower(): key for key in options.headers}}
        return {names.get(key, key): value for key, value in headers.items()}

    def _build_url(self, path: str, params: Optional[Mapping[str, object]]) -> str:
        url = path if "://" in path else self._base_url_text + path.lstrip("/")
        query = {**self._custom_query, **params} if params else self._custom_query
        if query:
            encoded = urlencode(flatten_query(query))
            if encoded:
                url += ("&" if "?" in url else "?") + encoded
        return url

    def _build_body(
        self, options: FinalRequestOptions, headers: Dict[str, str]
    ) -> Tuple[Optional[bytes], Optional[Dict[str, List[str]]], Optional["HttpxFiles"]]:
        """Returns ``(content, form_data, files)``; exactly one style is used."""
        body = options.json_data
        if options.extra_json:
            body = {**cast(Mapping[str, object], body or {}), **options.extra_json}
        if options.files is not None:
            if body is not None and not isinstance(body, Mapping):
                raise TypeError("A multipart request body must be a mapping of form fields")
            headers.pop("content-type", None)
            # httpx sends a form without files url-encoded; a multipart endpoint wants multipart.
            files = options.files or _NoFiles()
            return None, _form_data(body or {}), cast("HttpxFiles", files)
        if options.method.lower() == "get" and options.content is None:
            return None, None, None
        # Raw ``content=`` bodies are labelled JSON too unless the caller says otherwise,
        # as the reference does.
        headers.setdefault("content-type", "application/json")
        if options.content is not None:
            content = options.content
            return (content.encode() if isinstance(content, str) else content), None, None
        return (dump_json(body) if body is not None else b""), None, None

    def _build_request(
        self, options: FinalRequestOptions, retries_taken: int = 0, *, api_key: Optional[str] = None
    ) -> httpx.Request:
        """The request of one attempt; ``api_key`` is the key resolved for it (default: ``self.api_key``)."""
        timeout = resolve_timeout(options.timeout, self.timeout)
        headers = self._build_headers(options, api_key if api_key is not None else self.api_key, retries_taken, timeout)
        content, data, files = self._build_body(options, headers)
        if self._header_names or options.headers:
            headers = self._callers_case(headers, options)
        client = self._client
        request = client.build_request(
            options.method.upper(),
            self._build_url(options.url, options.params),
            headers=headers,
            content=content,
            data=data,  # type: ignore[arg-type]
            files=files,  # type: ignore[arg-type]
            # httpx2 takes only its own Timeout (the default client's settings are httpx objects)
            timeout=_httpx2_timeout(timeout) if is_httpx2_client(client) else timeout,
        )
        return request

    def _max_retries(self, options: FinalRequestOptions) -> int:
        return self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries

    def _wants_raw(self, options: FinalRequestOptions) -> Optional[str]:
        """``"raw"`` or ``"stream"`` when a ``with_raw_response`` / ``with_streaming_response`` view made the call."""
        if not options.headers:
            return None
        for key, value in options.headers.items():
            if key.lower() == RAW_RESPONSE_HEADER.lower() and isinstance(value, str):
                return "raw" if value == "true" else value  # "true": the reference's raw mode
        return None

    def _copy_kwargs(
        self,
        *,
        api_key: Optional[ApiKey],
        admin_api_key: Optional[str],
        workload_identity: Optional[WorkloadIdentity],
        organization: Optional[str],
        project: Optional[str],
        webhook_secret: Optional[str],
        provider: Union[BedrockProvider, NotGiven, None],
        websocket_base_url: Union[str, httpx.URL, None],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[float, httpx.Timeout, NotGiven, None],
        http_client: Optional[_HttpxClientT],
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
        _enforce_credentials: Optional[bool],
    ) -> Dict[str, Any]:
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Pass either `default_headers` or `set_default_headers`, not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Pass either `default_query` or `set_default_query`, not both")
        headers: Mapping[str, Any] = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers
        query: Mapping[str, object] = self._custom_query
        if default_query is not None:
            query = {**query, **default_query}
        elif set_default_query is not None:
            query = set_default_query
        if self._bedrock is not None:  # the provider's key and URL stay with the provider
            carried_key, carried_url, carried_admin = None, None, None
        else:
            carried_key = self._api_key_provider or (None if self._workload_identity_auth is not None else self.api_key)
            carried_url, carried_admin = self.base_url, self.admin_api_key
        return {
            "api_key": api_key or carried_key,
            "admin_api_key": admin_api_key or carried_admin,
            "workload_identity": workload_identity or self.workload_identity,
            "organization": organization or self.organization,
            "project": project or self.project,
            "webhook_secret": webhook_secret or self.webhook_secret,
            "provider": self.provider if isinstance(provider, NotGiven) else provider,
            "websocket_base_url": websocket_base_url or self.websocket_base_url,
            "base_url": base_url or carried_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "http_client": http_client or self._client,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": query,
            "_strict_response_validation": self._strict_response_validation,
            "_enforce_credentials": self._enforce_credentials if _enforce_credentials is None else _enforce_credentials,
        }
