"""Base classes of the generated resources: the whole contract between runtime and generator.

A generated resource method does three things, and nothing else touches the runtime:

1. builds the JSON body / query as a plain dict of every parameter, with wire names and
   conversions decided by the generator; ``NOT_GIVEN`` / ``omit`` values are left out once,
   by the encoders (``dump_json``, the form encoder, ``split_files``, the query encoder);
2. builds per-call options with ``make_request_options(extra_headers=..., extra_query=...,
   extra_body=..., timeout=..., query=...)``;
3. calls one of ``self._get / _post / _patch / _put / _delete`` (``cast_to=``, ``body=``,
   ``files=``, ``options=``, ``stream=``, ``stream_cls=``) or ``self._get_api_list(path,
   page=SyncCursorPage[Model], model=Model, options=...)`` and returns the result.

Multipart endpoints pass ``files=`` (see ``_files.split_files``); binary endpoints use
``cast_to=HttpxBinaryResponseContent``. ``with_raw_response`` / ``with_streaming_response``
views wrap methods with ``to_raw_response_wrapper`` / ``to_streamed_response_wrapper`` (and
their ``async_`` twins). The client exposes top-level resources through the generated
mixins in ``_client_resources.py`` as ``functools.cached_property`` attributes that import
their module on first use, so unused resources and types are never imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._async.api_client import AsyncAPIClient
    from ._sync.api_client import SyncAPIClient

__all__ = ["SyncAPIResource", "AsyncAPIResource"]


class SyncAPIResource:
    _client: "SyncAPIClient"

    def __init__(self, client: "SyncAPIClient") -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._get_api_list = client._get_api_list


class AsyncAPIResource:
    _client: "AsyncAPIClient"

    def __init__(self, client: "AsyncAPIClient") -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._get_api_list = client._get_api_list
