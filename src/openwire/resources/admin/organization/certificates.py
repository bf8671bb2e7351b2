# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncConversationCursorPage, AsyncPage, SyncConversationCursorPage, SyncPage
from ....types.admin.organization.certificate import Certificate
from ....types.admin.organization.certificate_activate_response import CertificateActivateResponse
from ....types.admin.organization.certificate_deactivate_response import CertificateDeactivateResponse
from ....types.admin.organization.certificate_delete_response import CertificateDeleteResponse
from ....types.admin.organization.certificate_list_response import CertificateListResponse

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr

__all__ = ["Certificates", "AsyncCertificates"]


class Certificates(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CertificatesWithRawResponse:
        return CertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CertificatesWithStreamingResponse:
        return CertificatesWithStreamingResponse(self)

    def activate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[CertificateActivateResponse]:
        """`POST /organization/certificates/activate`."""
        body = {"certificate_ids": certificate_ids}
        return self._get_api_list(
            "/organization/certificates/activate",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            page=SyncPage[CertificateActivateResponse],
            model=CertificateActivateResponse,
            method="post",
        )

    def create(
        self,
        *,
        certificate: str,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """`POST /organization/certificates`."""
        body = {"certificate": certificate, "name": name}
        response: Certificate = self._post(
            "/organization/certificates",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Certificate,
        )
        return response

    def deactivate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[CertificateDeactivateResponse]:
        """`POST /organization/certificates/deactivate`."""
        body = {"certificate_ids": certificate_ids}
        return self._get_api_list(
            "/organization/certificates/deactivate",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            page=SyncPage[CertificateDeactivateResponse],
            model=CertificateDeactivateResponse,
            method="post",
        )

    def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CertificateDeleteResponse:
        """`DELETE /organization/certificates/{certificate_id}`."""
        if not certificate_id:
            raise ValueError(f"Expected a non-empty value for `certificate_id` but received {certificate_id!r}")
        response: CertificateDeleteResponse = self._delete(
            f"/organization/certificates/{path_param(certificate_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=CertificateDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[CertificateListResponse]:
        """`GET /organization/certificates`."""
        return self._get_api_list(
            "/organization/certificates",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[CertificateListResponse],
            model=CertificateListResponse,
        )

    def retrieve(
        self,
        certificate_id: str,
        *,
        include: List[Literal["content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """`GET /organization/certificates/{certificate_id}`."""
        if not certificate_id:
            raise ValueError(f"Expected a non-empty value for `certificate_id` but received {certificate_id!r}")
        response: Certificate = self._get(
            f"/organization/certificates/{path_param(certificate_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"include": include},
                security={"admin_api_key_auth": True},
            ),
            cast_to=Certificate,
        )
        return response

    def update(
        self,
        certificate_id: str,
        *,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """`POST /organization/certificates/{certificate_id}`."""
        if not certificate_id:
            raise ValueError(f"Expected a non-empty value for `certificate_id` but received {certificate_id!r}")
        body = {"name": name}
        response: Certificate = self._post(
            f"/organization/certificates/{path_param(certificate_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Certificate,
        )
        return response


class AsyncCertificates(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCertificatesWithRawResponse:
        return AsyncCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCertificatesWithStreamingResponse:
        return AsyncCertificatesWithStreamingResponse(self)

    def activate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateActivateResponse, AsyncPage[CertificateActivateResponse]]:
        """`POST /organization/certificates/activate`."""
        body = {"certificate_ids": certificate_ids}
        return self._get_api_list(
            "/organization/certificates/activate",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            page=AsyncPage[CertificateActivateResponse],
            model=CertificateActivateResponse,
            method="post",
        )

    async def create(
        self,
        *,
        certificate: str,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """`POST /organization/certificates`."""
        body = {"certificate": certificate, "name": name}
        response: Certificate = await self._post(
            "/organization/certificates",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Certificate,
        )
        return response

    def deactivate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateDeactivateResponse, AsyncPage[CertificateDeactivateResponse]]:
        """`POST /organization/certificates/deactivate`."""
        body = {"certificate_ids": certificate_ids}
        return self._get_api_list(
            "/organization/certificates/deactivate",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            page=AsyncPage[CertificateDeactivateResponse],
            model=CertificateDeactivateResponse,
            method="post",
        )

    async def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CertificateDeleteResponse:
        """`DELETE /organization/certificates/{certificate_id}`."""
        if not certificate_id:
            raise ValueError(f"Expected a non-empty value for `certificate_id` but received {certificate_id!r}")
        response: CertificateDeleteResponse = await self._delete(
            f"/organization/certificates/{path_param(certificate_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=CertificateDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateListResponse, AsyncConversationCursorPage[CertificateListResponse]]:
        """`GET /organization/certificates`."""
        return self._get_api_list(
            "/organization/certificates",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[CertificateListResponse],
            model=CertificateListResponse,
        )

    async def retrieve(
        self,
        certificate_id: str,
        *,
        include: List[Literal["content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """`GET /organization/certificates/{certificate_id}`."""
        if not certificate_id:
            raise ValueError(f"Expected a non-empty value for `certificate_id` but received {certificate_id!r}")
        response: Certificate = await self._get(
            f"/organization/certificates/{path_param(certificate_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"include": include},
                security={"admin_api_key_auth": True},
            ),
            cast_to=Certificate,
        )
        return response

    async def update(
        self,
        certificate_id: str,
        *,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """`POST /organization/certificates/{certificate_id}`."""
        if not certificate_id:
            raise ValueError(f"Expected a non-empty value for `certificate_id` but received {certificate_id!r}")
        body = {"name": name}
        response: Certificate = await self._post(
            f"/organization/certificates/{path_param(certificate_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Certificate,
        )
        return response


class CertificatesWithRawResponse:
    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates
        self.activate = to_raw_response_wrapper(certificates.activate)
        self.create = to_raw_response_wrapper(certificates.create)
        self.deactivate = to_raw_response_wrapper(certificates.deactivate)
        self.delete = to_raw_response_wrapper(certificates.delete)
        self.list = to_raw_response_wrapper(certificates.list)
        self.retrieve = to_raw_response_wrapper(certificates.retrieve)
        self.update = to_raw_response_wrapper(certificates.update)


class CertificatesWithStreamingResponse:
    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates
        self.activate = to_streamed_response_wrapper(certificates.activate)
        self.create = to_streamed_response_wrapper(certificates.create)
        self.deactivate = to_streamed_response_wrapper(certificates.deactivate)
        self.delete = to_streamed_response_wrapper(certificates.delete)
        self.list = to_streamed_response_wrapper(certificates.list)
        self.retrieve = to_streamed_response_wrapper(certificates.retrieve)
        self.update = to_streamed_response_wrapper(certificates.update)


class AsyncCertificatesWithRawResponse:
    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates
        self.activate = async_to_raw_response_wrapper(certificates.activate)
        self.create = async_to_raw_response_wrapper(certificates.create)
        self.deactivate = async_to_raw_response_wrapper(certificates.deactivate)
        self.delete = async_to_raw_response_wrapper(certificates.delete)
        self.list = async_to_raw_response_wrapper(certificates.list)
        self.retrieve = async_to_raw_response_wrapper(certificates.retrieve)
        self.update = async_to_raw_response_wrapper(certificates.update)


class AsyncCertificatesWithStreamingResponse:
    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates
        self.activate = async_to_streamed_response_wrapper(certificates.activate)
        self.create = async_to_streamed_response_wrapper(certificates.create)
        self.deactivate = async_to_streamed_response_wrapper(certificates.deactivate)
        self.delete = async_to_streamed_response_wrapper(certificates.delete)
        self.list = async_to_streamed_response_wrapper(certificates.list)
        self.retrieve = async_to_streamed_response_wrapper(certificates.retrieve)
        self.update = async_to_streamed_response_wrapper(certificates.update)
