# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from ..responses.response_output_refusal_param import ResponseOutputRefusalParam

__all__ = ["RefusalContentParam"]

RefusalContentParam = ResponseOutputRefusalParam
