# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ..._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .organization.organization import (
        AsyncOrganization,
        AsyncOrganizationWithRawResponse,
        AsyncOrganizationWithStreamingResponse,
        Organization,
        OrganizationWithRawResponse,
        OrganizationWithStreamingResponse,
    )

__all__ = ["Admin", "AsyncAdmin"]


class Admin(SyncAPIResource):
    @cached_property
    def organization(self) -> Organization:
        from .organization.organization import Organization

        return Organization(self._client)

    @cached_property
    def with_raw_response(self) -> AdminWithRawResponse:
        return AdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminWithStreamingResponse:
        return AdminWithStreamingResponse(self)


class AsyncAdmin(AsyncAPIResource):
    @cached_property
    def organization(self) -> AsyncOrganization:
        from .organization.organization import AsyncOrganization

        return AsyncOrganization(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAdminWithRawResponse:
        return AsyncAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminWithStreamingResponse:
        return AsyncAdminWithStreamingResponse(self)


class AdminWithRawResponse:
    def __init__(self, admin: Admin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> OrganizationWithRawResponse:
        from .organization.organization import OrganizationWithRawResponse

        return OrganizationWithRawResponse(self._admin.organization)


class AdminWithStreamingResponse:
    def __init__(self, admin: Admin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> OrganizationWithStreamingResponse:
        from .organization.organization import OrganizationWithStreamingResponse

        return OrganizationWithStreamingResponse(self._admin.organization)


class AsyncAdminWithRawResponse:
    def __init__(self, admin: AsyncAdmin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> AsyncOrganizationWithRawResponse:
        from .organization.organization import AsyncOrganizationWithRawResponse

        return AsyncOrganizationWithRawResponse(self._admin.organization)


class AsyncAdminWithStreamingResponse:
    def __init__(self, admin: AsyncAdmin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> AsyncOrganizationWithStreamingResponse:
        from .organization.organization import AsyncOrganizationWithStreamingResponse

        return AsyncOrganizationWithStreamingResponse(self._admin.organization)
