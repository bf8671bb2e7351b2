# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dpo_hyperparameters import DpoHyperparameters as DpoHyperparameters
    from .dpo_hyperparameters_param import DpoHyperparametersParam as DpoHyperparametersParam
    from .dpo_method import DpoMethod as DpoMethod
    from .dpo_method_param import DpoMethodParam as DpoMethodParam
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .fine_tuning_job_integration import FineTuningJobIntegration as FineTuningJobIntegration
    from .fine_tuning_job_wandb_integration import FineTuningJobWandbIntegration as FineTuningJobWandbIntegration
    from .fine_tuning_job_wandb_integration_object import (
        FineTuningJobWandbIntegrationObject as FineTuningJobWandbIntegrationObject,
    )
    from .job_create_params import JobCreateParams as JobCreateParams
    from .job_list_events_params import JobListEventsParams as JobListEventsParams
    from .job_list_params import JobListParams as JobListParams
    from .reinforcement_hyperparameters import ReinforcementHyperparameters as ReinforcementHyperparameters
    from .reinforcement_hyperparameters_param import (
        ReinforcementHyperparametersParam as ReinforcementHyperparametersParam,
    )
    from .reinforcement_method import ReinforcementMethod as ReinforcementMethod
    from .reinforcement_method_param import ReinforcementMethodParam as ReinforcementMethodParam
    from .supervised_hyperparameters import SupervisedHyperparameters as SupervisedHyperparameters
    from .supervised_hyperparameters_param import SupervisedHyperparametersParam as SupervisedHyperparametersParam
    from .supervised_method import SupervisedMethod as SupervisedMethod
    from .supervised_method_param import SupervisedMethodParam as SupervisedMethodParam

__all__ = [
    "DpoHyperparameters",
    "DpoHyperparametersParam",
    "DpoMethod",
    "DpoMethodParam",
    "FineTuningJob",
    "FineTuningJobEvent",
    "FineTuningJobIntegration",
    "FineTuningJobWandbIntegration",
    "FineTuningJobWandbIntegrationObject",
    "JobCreateParams",
    "JobListEventsParams",
    "JobListParams",
    "ReinforcementHyperparameters",
    "ReinforcementHyperparametersParam",
    "ReinforcementMethod",
    "ReinforcementMethodParam",
    "SupervisedHyperparameters",
    "SupervisedHyperparametersParam",
    "SupervisedMethod",
    "SupervisedMethodParam",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "DpoHyperparameters": ".dpo_hyperparameters",
    "DpoHyperparametersParam": ".dpo_hyperparameters_param",
    "DpoMethod": ".dpo_method",
    "DpoMethodParam": ".dpo_method_param",
    "FineTuningJob": ".fine_tuning_job",
    "FineTuningJobEvent": ".fine_tuning_job_event",
    "FineTuningJobIntegration": ".fine_tuning_job_integration",
    "FineTuningJobWandbIntegration": ".fine_tuning_job_wandb_integration",
    "FineTuningJobWandbIntegrationObject": ".fine_tuning_job_wandb_integration_object",
    "JobCreateParams": ".job_create_params",
    "JobListEventsParams": ".job_list_events_params",
    "JobListParams": ".job_list_params",
    "ReinforcementHyperparameters": ".reinforcement_hyperparameters",
    "ReinforcementHyperparametersParam": ".reinforcement_hyperparameters_param",
    "ReinforcementMethod": ".reinforcement_method",
    "ReinforcementMethodParam": ".reinforcement_method_param",
    "SupervisedHyperparameters": ".supervised_hyperparameters",
    "SupervisedHyperparametersParam": ".supervised_hyperparameters_param",
    "SupervisedMethod": ".supervised_method",
    "SupervisedMethodParam": ".supervised_method_param",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "alpha",
        "checkpoints",
        "dpo_hyperparameters",
        "dpo_hyperparameters_param",
        "dpo_method",
        "dpo_method_param",
        "fine_tuning_job",
        "fine_tuning_job_event",
        "fine_tuning_job_integration",
        "fine_tuning_job_wandb_integration",
        "fine_tuning_job_wandb_integration_object",
        "job_create_params",
        "job_list_events_params",
        "job_list_params",
        "jobs",
        "reinforcement_hyperparameters",
        "reinforcement_hyperparameters_param",
        "reinforcement_method",
        "reinforcement_method_param",
        "supervised_hyperparameters",
        "supervised_hyperparameters_param",
        "supervised_method",
        "supervised_method_param",
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
