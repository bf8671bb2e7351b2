# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, TypedDict


__all__ = ["DpoHyperparametersParam"]


class DpoHyperparametersParam(TypedDict, total=False):
    batch_size: Union[Literal["auto"], int]
    beta: Union[Literal["auto"], float]
    learning_rate_multiplier: Union[Literal["auto"], float]
    n_epochs: Union[Literal["auto"], int]
