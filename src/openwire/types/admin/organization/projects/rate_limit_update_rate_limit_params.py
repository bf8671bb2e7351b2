# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["RateLimitUpdateRateLimitParams"]


class RateLimitUpdateRateLimitParams(TypedDict, total=False):
    project_id: Required[str]
    batch_1_day_max_input_tokens: int
    max_audio_megabytes_per_1_minute: int
    max_images_per_1_minute: int
    max_requests_per_1_day: int
    max_requests_per_1_minute: int
    max_tokens_per_1_minute: int
