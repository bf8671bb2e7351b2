# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, TypedDict


__all__ = ["ReinforcementHyperparametersParam"]


class ReinforcementHyperparametersParam(TypedDict, total=False):
    batch_size: Union[Literal["auto"], int]
    compute_multiplier: Union[Literal["auto"], float]
    eval_interval: Union[Literal["auto"], int]
    eval_samples: Union[Literal["auto"], int]
    learning_rate_multiplier: Union[Literal["auto"], float]
    n_epochs: Union[Literal["auto"], int]
    reasoning_effort: Literal["default", "low", "medium", "high"]
