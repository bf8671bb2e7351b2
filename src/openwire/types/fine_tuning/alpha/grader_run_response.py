# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional

from pydantic import Field

from ...._models import BaseModel

__all__ = ["GraderRunResponse", "Metadata", "MetadataErrors"]


class MetadataErrors(BaseModel):
    formula_parse_error: bool
    sample_parse_error: bool
    truncated_observation_error: bool
    unresponsive_reward_error: bool
    invalid_variable_error: bool
    other_error: bool
    python_grader_server_error: bool
    python_grader_runtime_error: bool
    api_model_grader_server_error: bool = Field(alias="model_grader_server_error")
    api_model_grader_refusal_error: bool = Field(alias="model_grader_refusal_error")
    api_model_grader_parse_error: bool = Field(alias="model_grader_parse_error")
    api_model_grader_server_error_details: Optional[str] = Field(
        default=None, alias="model_grader_server_error_details"
    )
    python_grader_runtime_error_details: Optional[str] = None
    python_grader_server_error_type: Optional[str] = None


class Metadata(BaseModel):
    name: str
    type: str
    errors: MetadataErrors
    execution_time: float
    scores: Dict[str, object]
    sampled_model_name: Optional[str] = None
    token_usage: Optional[int] = None


class GraderRunResponse(BaseModel):
    reward: float
    metadata: Metadata
    sub_rewards: Dict[str, object]
    api_model_grader_token_usage_per_model: Dict[str, object] = Field(alias="model_grader_token_usage_per_model")
