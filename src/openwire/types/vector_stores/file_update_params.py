# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional, Union
from typing_extensions import Required, TypedDict


__all__ = ["FileUpdateParams"]


class FileUpdateParams(TypedDict, total=False):
    vector_store_id: Required[str]
    attributes: Required[Optional[Dict[str, Union[str, float, bool]]]]
