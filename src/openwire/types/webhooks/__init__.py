# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_cancelled_webhook_event import BatchCancelledWebhookEvent as BatchCancelledWebhookEvent
    from .batch_completed_webhook_event import BatchCompletedWebhookEvent as BatchCompletedWebhookEvent
    from .batch_expired_webhook_event import BatchExpiredWebhookEvent as BatchExpiredWebhookEvent
    from .batch_failed_webhook_event import BatchFailedWebhookEvent as BatchFailedWebhookEvent
    from .eval_run_canceled_webhook_event import EvalRunCanceledWebhookEvent as EvalRunCanceledWebhookEvent
    from .eval_run_failed_webhook_event import EvalRunFailedWebhookEvent as EvalRunFailedWebhookEvent
    from .eval_run_succeeded_webhook_event import EvalRunSucceededWebhookEvent as EvalRunSucceededWebhookEvent
    from .fine_tuning_job_cancelled_webhook_event import (
        FineTuningJobCancelledWebhookEvent as FineTuningJobCancelledWebhookEvent,
    )
    from .fine_tuning_job_failed_webhook_event import FineTuningJobFailedWebhookEvent as FineTuningJobFailedWebhookEvent
    from .fine_tuning_job_succeeded_webhook_event import (
        FineTuningJobSucceededWebhookEvent as FineTuningJobSucceededWebhookEvent,
    )
    from .live_call_incoming_webhook_event import LiveCallIncomingWebhookEvent as LiveCallIncomingWebhookEvent
    from .realtime_call_incoming_webhook_event import (
        RealtimeCallIncomingWebhookEvent as RealtimeCallIncomingWebhookEvent,
    )
    from .response_cancelled_webhook_event import ResponseCancelledWebhookEvent as ResponseCancelledWebhookEvent
    from .response_completed_webhook_event import ResponseCompletedWebhookEvent as ResponseCompletedWebhookEvent
    from .response_failed_webhook_event import ResponseFailedWebhookEvent as ResponseFailedWebhookEvent
    from .response_incomplete_webhook_event import ResponseIncompleteWebhookEvent as ResponseIncompleteWebhookEvent
    from .safety_identifier_blocked_webhook_event import (
        SafetyIdentifierBlockedWebhookEvent as SafetyIdentifierBlockedWebhookEvent,
    )
    from .unwrap_webhook_event import UnwrapWebhookEvent as UnwrapWebhookEvent

__all__ = [
    "BatchCancelledWebhookEvent",
    "BatchCompletedWebhookEvent",
    "BatchExpiredWebhookEvent",
    "BatchFailedWebhookEvent",
    "EvalRunCanceledWebhookEvent",
    "EvalRunFailedWebhookEvent",
    "EvalRunSucceededWebhookEvent",
    "FineTuningJobCancelledWebhookEvent",
    "FineTuningJobFailedWebhookEvent",
    "FineTuningJobSucceededWebhookEvent",
    "LiveCallIncomingWebhookEvent",
    "RealtimeCallIncomingWebhookEvent",
    "ResponseCancelledWebhookEvent",
    "ResponseCompletedWebhookEvent",
    "ResponseFailedWebhookEvent",
    "ResponseIncompleteWebhookEvent",
    "SafetyIdentifierBlockedWebhookEvent",
    "UnwrapWebhookEvent",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "BatchCancelledWebhookEvent": ".batch_cancelled_webhook_event",
    "BatchCompletedWebhookEvent": ".batch_completed_webhook_event",
    "BatchExpiredWebhookEvent": ".batch_expired_webhook_event",
    "BatchFailedWebhookEvent": ".batch_failed_webhook_event",
    "EvalRunCanceledWebhookEvent": ".eval_run_canceled_webhook_event",
    "EvalRunFailedWebhookEvent": ".eval_run_failed_webhook_event",
    "EvalRunSucceededWebhookEvent": ".eval_run_succeeded_webhook_event",
    "FineTuningJobCancelledWebhookEvent": ".fine_tuning_job_cancelled_webhook_event",
    "FineTuningJobFailedWebhookEvent": ".fine_tuning_job_failed_webhook_event",
    "FineTuningJobSucceededWebhookEvent": ".fine_tuning_job_succeeded_webhook_event",
    "LiveCallIncomingWebhookEvent": ".live_call_incoming_webhook_event",
    "RealtimeCallIncomingWebhookEvent": ".realtime_call_incoming_webhook_event",
    "ResponseCancelledWebhookEvent": ".response_cancelled_webhook_event",
    "ResponseCompletedWebhookEvent": ".response_completed_webhook_event",
    "ResponseFailedWebhookEvent": ".response_failed_webhook_event",
    "ResponseIncompleteWebhookEvent": ".response_incomplete_webhook_event",
    "SafetyIdentifierBlockedWebhookEvent": ".safety_identifier_blocked_webhook_event",
    "UnwrapWebhookEvent": ".unwrap_webhook_event",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "batch_cancelled_webhook_event",
        "batch_completed_webhook_event",
        "batch_expired_webhook_event",
        "batch_failed_webhook_event",
        "eval_run_canceled_webhook_event",
        "eval_run_failed_webhook_event",
        "eval_run_succeeded_webhook_event",
        "fine_tuning_job_cancelled_webhook_event",
        "fine_tuning_job_failed_webhook_event",
        "fine_tuning_job_succeeded_webhook_event",
        "live_call_incoming_webhook_event",
        "realtime_call_incoming_webhook_event",
        "response_cancelled_webhook_event",
        "response_completed_webhook_event",
        "response_failed_webhook_event",
        "response_incomplete_webhook_event",
        "safety_identifier_blocked_webhook_event",
        "unwrap_webhook_event",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
