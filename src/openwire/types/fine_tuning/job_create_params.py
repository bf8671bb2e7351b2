# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ..shared.metadata import Metadata
from .dpo_method_param import DpoMethodParam
from .reinforcement_method_param import ReinforcementMethodParam
from .supervised_method_param import SupervisedMethodParam

__all__ = ["Hyperparameters", "Integration", "IntegrationWandb", "JobCreateParams", "Method"]


class Hyperparameters(TypedDict, total=False):
    batch_size: Union[Literal["auto"], int]
    learning_rate_multiplier: Union[Literal["auto"], float]
    n_epochs: Union[Literal["auto"], int]


class Integration(TypedDict, total=False):
    type: Required[Literal["wandb"]]
    wandb: Required["IntegrationWandb"]


class IntegrationWandb(TypedDict, total=False):
    project: Required[str]
    entity: Optional[str]
    name: Optional[str]
    tags: SequenceNotStr[str]


class JobCreateParams(TypedDict, total=False):
    model: Required[Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]]]
    training_file: Required[str]
    hyperparameters: "Hyperparameters"
    integrations: Optional[Iterable["Integration"]]
    metadata: Optional["Metadata"]
    method: "Method"
    seed: Optional[int]
    suffix: Optional[str]
    validation_file: Optional[str]


class Method(TypedDict, total=False):
    type: Required[Literal["supervised", "dpo", "reinforcement"]]
    dpo: "DpoMethodParam"
    reinforcement: "ReinforcementMethodParam"
    supervised: "SupervisedMethodParam"
