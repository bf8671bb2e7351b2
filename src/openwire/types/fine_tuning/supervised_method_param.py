# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict

from .supervised_hyperparameters_param import SupervisedHyperparametersParam

__all__ = ["SupervisedMethodParam"]


class SupervisedMethodParam(TypedDict, total=False):
    hyperparameters: "SupervisedHyperparametersParam"
