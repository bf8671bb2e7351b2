# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import TypeAlias

from .beta_computer_action import BetaComputerAction

__all__ = ["BetaComputerActionList"]

BetaComputerActionList: TypeAlias = List[BetaComputerAction]
