# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import builtins
from typing import Dict, List, Optional
from typing_extensions import Literal

from ...._models import BaseModel
from ..eval_api_error import EvalAPIError

__all__ = ["OutputItemRetrieveResponse", "Result", "Sample", "SampleInput", "SampleOutput", "SampleUsage"]


class Result(BaseModel):
    name: str
    score: float
    passed: bool
    sample: Optional[Dict[str, object]] = None
    type: Optional[str] = None


class SampleInput(BaseModel):
    role: str
    content: str


class SampleOutput(BaseModel):
    content: Optional[str] = None
    role: Optional[str] = None


class SampleUsage(BaseModel):
    total_tokens: int
    completion_tokens: int
    prompt_tokens: int
    cached_tokens: int


class Sample(BaseModel):
    input: List[SampleInput]
    output: List[SampleOutput]
    finish_reason: str
    model: str
    usage: SampleUsage
    error: EvalAPIError
    temperature: float
    max_completion_tokens: int
    top_p: float
    seed: int


class OutputItemRetrieveResponse(BaseModel):
    object: Literal["eval.run.output_item"]
    id: str
    run_id: str
    eval_id: str
    created_at: int
    status: str
    datasource_item_id: int
    datasource_item: Dict[str, builtins.object]
    results: List[Result]
    sample: Sample
