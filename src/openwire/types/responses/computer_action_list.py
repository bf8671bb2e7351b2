# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import TypeAlias

from .computer_action import ComputerAction

__all__ = ["ComputerActionList"]

ComputerActionList: TypeAlias = List[ComputerAction]
