# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional
from typing_extensions import TypedDict


__all__ = ["JobListParams"]


class JobListParams(TypedDict, total=False):
    after: str
    limit: int
    metadata: Optional[Dict[str, str]]
