# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations


from .admin_api_key import AdminAPIKey

__all__ = ["AdminAPIKeyCreateResponse"]


class AdminAPIKeyCreateResponse(AdminAPIKey):
    value: str
