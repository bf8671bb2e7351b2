# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from .....types.admin.organization.projects.project_spend_alert import ProjectSpendAlert
from .....types.admin.organization.projects.project_spend_alert_deleted import ProjectSpendAlertDeleted

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query
    from .....types.admin.organization.projects.spend_alert_create_params import NotificationChannel
    from .....types.admin.organization.projects.spend_alert_update_params import (
        NotificationChannel as SpendAlertUpdateParamsNotificationChannel,
    )

__all__ = ["SpendAlerts", "AsyncSpendAlerts"]


class SpendAlerts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SpendAlertsWithRawResponse:
        return SpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpendAlertsWithStreamingResponse:
        return SpendAlertsWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: NotificationChannel,
        threshold_amount: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlert:
        """`POST /organization/projects/{project_id}/spend_alerts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "currency": currency,
            "interval": interval,
            "notification_channel": notification_channel,
            "threshold_amount": threshold_amount,
        }
        response: ProjectSpendAlert = self._post(
            f"/organization/projects/{path_param(project_id)}/spend_alerts",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlert,
        )
        return response

    def delete(
        self,
        alert_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlertDeleted:
        """`DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`."""
        if not alert_id:
            raise ValueError(f"Expected a non-empty value for `alert_id` but received {alert_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectSpendAlertDeleted = self._delete(
            f"/organization/projects/{path_param(project_id)}/spend_alerts/{path_param(alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlertDeleted,
        )
        return response

    def list(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectSpendAlert]:
        """`GET /organization/projects/{project_id}/spend_alerts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/spend_alerts",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[ProjectSpendAlert],
            model=ProjectSpendAlert,
        )

    def retrieve(
        self,
        alert_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlert:
        """`GET /organization/projects/{project_id}/spend_alerts/{alert_id}`."""
        if not alert_id:
            raise ValueError(f"Expected a non-empty value for `alert_id` but received {alert_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectSpendAlert = self._get(
            f"/organization/projects/{path_param(project_id)}/spend_alerts/{path_param(alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlert,
        )
        return response

    def update(
        self,
        alert_id: str,
        *,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertUpdateParamsNotificationChannel,
        project_id: str,
        threshold_amount: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlert:
        """`POST /organization/projects/{project_id}/spend_alerts/{alert_id}`."""
        if not alert_id:
            raise ValueError(f"Expected a non-empty value for `alert_id` but received {alert_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "currency": currency,
            "interval": interval,
            "notification_channel": notification_channel,
            "threshold_amount": threshold_amount,
        }
        response: ProjectSpendAlert = self._post(
            f"/organization/projects/{path_param(project_id)}/spend_alerts/{path_param(alert_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlert,
        )
        return response


class AsyncSpendAlerts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSpendAlertsWithRawResponse:
        return AsyncSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpendAlertsWithStreamingResponse:
        return AsyncSpendAlertsWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: NotificationChannel,
        threshold_amount: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlert:
        """`POST /organization/projects/{project_id}/spend_alerts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "currency": currency,
            "interval": interval,
            "notification_channel": notification_channel,
            "threshold_amount": threshold_amount,
        }
        response: ProjectSpendAlert = await self._post(
            f"/organization/projects/{path_param(project_id)}/spend_alerts",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlert,
        )
        return response

    async def delete(
        self,
        alert_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlertDeleted:
        """`DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`."""
        if not alert_id:
            raise ValueError(f"Expected a non-empty value for `alert_id` but received {alert_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectSpendAlertDeleted = await self._delete(
            f"/organization/projects/{path_param(project_id)}/spend_alerts/{path_param(alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlertDeleted,
        )
        return response

    def list(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectSpendAlert, AsyncConversationCursorPage[ProjectSpendAlert]]:
        """`GET /organization/projects/{project_id}/spend_alerts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/spend_alerts",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[ProjectSpendAlert],
            model=ProjectSpendAlert,
        )

    async def retrieve(
        self,
        alert_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlert:
        """`GET /organization/projects/{project_id}/spend_alerts/{alert_id}`."""
        if not alert_id:
            raise ValueError(f"Expected a non-empty value for `alert_id` but received {alert_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectSpendAlert = await self._get(
            f"/organization/projects/{path_param(project_id)}/spend_alerts/{path_param(alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlert,
        )
        return response

    async def update(
        self,
        alert_id: str,
        *,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertUpdateParamsNotificationChannel,
        project_id: str,
        threshold_amount: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectSpendAlert:
        """`POST /organization/projects/{project_id}/spend_alerts/{alert_id}`."""
        if not alert_id:
            raise ValueError(f"Expected a non-empty value for `alert_id` but received {alert_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "currency": currency,
            "interval": interval,
            "notification_channel": notification_channel,
            "threshold_amount": threshold_amount,
        }
        response: ProjectSpendAlert = await self._post(
            f"/organization/projects/{path_param(project_id)}/spend_alerts/{path_param(alert_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectSpendAlert,
        )
        return response


class SpendAlertsWithRawResponse:
    def __init__(self, spend_alerts: SpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = to_raw_response_wrapper(spend_alerts.create)
        self.delete = to_raw_response_wrapper(spend_alerts.delete)
        self.list = to_raw_response_wrapper(spend_alerts.list)
        self.retrieve = to_raw_response_wrapper(spend_alerts.retrieve)
        self.update = to_raw_response_wrapper(spend_alerts.update)


class SpendAlertsWithStreamingResponse:
    def __init__(self, spend_alerts: SpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = to_streamed_response_wrapper(spend_alerts.create)
        self.delete = to_streamed_response_wrapper(spend_alerts.delete)
        self.list = to_streamed_response_wrapper(spend_alerts.list)
        self.retrieve = to_streamed_response_wrapper(spend_alerts.retrieve)
        self.update = to_streamed_response_wrapper(spend_alerts.update)


class AsyncSpendAlertsWithRawResponse:
    def __init__(self, spend_alerts: AsyncSpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = async_to_raw_response_wrapper(spend_alerts.create)
        self.delete = async_to_raw_response_wrapper(spend_alerts.delete)
        self.list = async_to_raw_response_wrapper(spend_alerts.list)
        self.retrieve = async_to_raw_response_wrapper(spend_alerts.retrieve)
        self.update = async_to_raw_response_wrapper(spend_alerts.update)


class AsyncSpendAlertsWithStreamingResponse:
    def __init__(self, spend_alerts: AsyncSpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = async_to_streamed_response_wrapper(spend_alerts.create)
        self.delete = async_to_streamed_response_wrapper(spend_alerts.delete)
        self.list = async_to_streamed_response_wrapper(spend_alerts.list)
        self.retrieve = async_to_streamed_response_wrapper(spend_alerts.retrieve)
        self.update = async_to_streamed_response_wrapper(spend_alerts.update)
