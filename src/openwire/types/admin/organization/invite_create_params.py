# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["InviteCreateParams", "Project"]


class InviteCreateParams(TypedDict, total=False):
    email: Required[str]
    role: Required[Literal["reader", "owner"]]
    projects: Iterable["Project"]


class Project(TypedDict, total=False):
    id: Required[str]
    role: Required[Literal["member", "owner"]]
