# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations


from ..._models import BaseModel

__all__ = ["ResponseConversationParam"]


class ResponseConversationParam(BaseModel):
    id: str
