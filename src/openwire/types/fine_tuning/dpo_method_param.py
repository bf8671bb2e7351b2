# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict

from .dpo_hyperparameters_param import DpoHyperparametersParam

__all__ = ["DpoMethodParam"]


class DpoMethodParam(TypedDict, total=False):
    hyperparameters: "DpoHyperparametersParam"
