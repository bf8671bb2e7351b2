"""Errors (``openwire._exceptions``): the hierarchy, and the exception built for an error response."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Optional

import httpx
import pytest

import openwire
from openwire._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterFinishReasonError,
    InternalServerError,
    InvalidWebhookSignatureError,
    LengthFinishReasonError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
)

REQUEST = httpx.Request("GET", "https://api.openai.com/v1/models")


def error_response(status: int, body: bytes, request_id: Optional[str] = None) -> httpx.Response:
    headers = {"x-request-id": request_id} if request_id else {}
    return httpx.Response(status, content=body, headers=headers, request=REQUEST)


def summary(error: Any) -> Dict[str, Any]:
    return {
        "class": type(error).__name__,
        "str": str(error),
        "message": error.message,
        "body": error.body,
        "code": error.code,
        "param": error.param,
        "type": error.type,
        "request_id": error.request_id,
        "status_code": error.status_code,
    }


class TestRecordedErrorDetails:
    CASES = ["json error object", "json without error key", "plain text body", "empty body"]

    @pytest.mark.parametrize("case", CASES)
    def test_matches_the_recorded_reference_error(self, case: str, shared_dir: Path) -> None:
        recorded = json.loads((shared_dir / "surface" / "client.json").read_text())["error_details_observed"][case]
        response = error_response(recorded["status"], recorded["response_body"].encode(), recorded["request_id"])
        error = make_status_error(response)
        assert summary(error) == {
            "class": recorded["exception"],
            "str": recorded["str"],
            "message": recorded["message"],
            "body": recorded["body"],
            "code": recorded["code"],
            "param": recorded["param"],
            "type": recorded["type"],
            "request_id": recorded["request_id"],
            "status_code": recorded["status"],
        }
        assert error.response is response
        assert error.request is REQUEST

    def test_the_json_error_object_case_spelled_out(self) -> None:
        body = b'{"error": {"message": "bad model", "type": "invalid_request_error", "param": "model", "code": "model_not_found"}}'
        error = make_status_error(error_response(400, body, "req_abc"))
        assert isinstance(error, BadRequestError)
        assert str(error) == (
            "Error code: 400 - {'error': {'message': 'bad model', 'type': 'invalid_request_error', "
            "'param': 'model', 'code': 'model_not_found'}}"
        )
        assert (error.code, error.param, error.type, error.request_id) == (
            "model_not_found",
            "model",
            "invalid_request_error",
            "req_abc",
        )


# Bodies beyond the recorded four, each compared with the reference live.
ODD_BODIES = [
    (400, b"null"),
    (400, b'"oops"'),
    (400, b"[1,2]"),
    (400, b"123"),
    (400, b"true"),
    (400, b'{"error": "text"}'),
    (400, b'{"error": null}'),
    (400, b'{"error": {}}'),
    (400, b'{"error": [1]}'),
    (400, b'{"error": {"code": 123, "param": 5, "type": null}}'),
    (400, b'{"error": {"message": "m"}, "other": 1}'),
    (400, b"  "),
    (400, b' {"a": 1} \n'),
    (400, b"{bad json"),
    (401, b'{"error": {"message": "bad key"}}'),
    (418, b"I'm a teapot"),
    (500, b" upstream failure \n"),
    (502, b""),
    (400, '{"error": {"message": "caf\u00e9"}}'.encode()),
]


class TestOddBodies:
    @pytest.mark.parametrize(("status", "body"), ODD_BODIES)
    def test_matches_the_reference(self, status: int, body: bytes) -> None:
        import openai

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(status, content=body, headers={"x-request-id": "req_1"})

        client = openai.OpenAI(
            api_key="k", max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        with pytest.raises(openai.APIStatusError) as reference:
            client.get("/x", cast_to=httpx.Response)
        assert summary(make_status_error(error_response(status, body, "req_1"))) == summary(reference.value)

    def test_a_json_string_body_is_formatted_with_str_not_repr(self) -> None:
        assert str(make_status_error(error_response(400, b'"oops"'))) == "Error code: 400 - oops"

    def test_a_json_null_body_is_json_not_text(self) -> None:
        error = make_status_error(error_response(400, b"null"))
        assert (str(error), error.body) == ("Error code: 400 - None", None)

    def test_whitespace_is_stripped_before_anything_else(self) -> None:
        assert summary(make_status_error(error_response(400, b" \n ")))["body"] == ""
        assert str(make_status_error(error_response(500, b" upstream failure \n"))) == "upstream failure"

    def test_code_param_and_type_are_kept_as_sent(self) -> None:
        error = make_status_error(error_response(400, b'{"error": {"code": 123, "param": 5}}'))
        assert (error.code, error.param, error.type) == (123, 5, None)


class TestStatusMapping:
    @pytest.mark.parametrize(
        ("status", "cls"),
        [
            (400, BadRequestError),
            (401, AuthenticationError),
            (403, PermissionDeniedError),
            (404, NotFoundError),
            (409, ConflictError),
            (422, UnprocessableEntityError),
            (429, RateLimitError),
            (500, InternalServerError),
            (502, InternalServerError),
            (503, InternalServerError),
            (504, InternalServerError),
            (599, InternalServerError),
            (402, APIStatusError),
            (405, APIStatusError),
            (418, APIStatusError),
            (451, APIStatusError),
        ],
    )
    def test_status_selects_the_class(self, status: int, cls: type) -> None:
        error = make_status_error(error_response(status, b"{}"))
        assert type(error) is cls
        assert error.status_code == status

    def test_the_mapping_matches_the_recorded_reference(self, shared_dir: Path) -> None:
        recorded = json.loads((shared_dir / "surface" / "client.json").read_text())["status_code_to_exception"]
        assert recorded, "nothing recorded"
        for status, name in recorded.items():
            assert type(make_status_error(error_response(int(status), b"{}"))).__name__ == name, status


class TestHierarchy:
    def test_status_errors_are_api_errors_are_openai_errors(self) -> None:
        for cls in (
            BadRequestError,
            AuthenticationError,
            PermissionDeniedError,
            NotFoundError,
            ConflictError,
            UnprocessableEntityError,
            RateLimitError,
            InternalServerError,
        ):
            assert issubclass(cls, APIStatusError)
        assert issubclass(APIStatusError, APIError)
        assert issubclass(APIError, OpenAIError)
        assert issubclass(OpenAIError, Exception)

    def test_timeouts_are_connection_errors(self) -> None:
        assert issubclass(APITimeoutError, APIConnectionError)
        assert issubclass(APIConnectionError, APIError)
        assert not issubclass(APIConnectionError, APIStatusError)

    def test_invalid_webhook_signature_is_a_value_error(self) -> None:
        assert issubclass(InvalidWebhookSignatureError, ValueError)

    def test_finish_reason_errors_are_openai_errors(self) -> None:
        assert issubclass(LengthFinishReasonError, OpenAIError)
        assert issubclass(ContentFilterFinishReasonError, OpenAIError)

    def test_the_package_exports_the_same_classes(self) -> None:
        assert openwire.APIStatusError is APIStatusError
        assert openwire.InternalServerError is InternalServerError


class TestOtherErrors:
    def test_connection_and_timeout_messages(self) -> None:
        import openai

        assert str(APIConnectionError(request=REQUEST)) == str(openai.APIConnectionError(request=REQUEST))
        assert str(APITimeoutError(REQUEST)) == str(openai.APITimeoutError(request=REQUEST)) == "Request timed out."
        error = APIConnectionError(request=REQUEST)
        assert (error.request, error.body, error.code) == (REQUEST, None, None)

    def test_api_error_reads_code_param_type_from_a_dict_body(self) -> None:
        error = APIError("m", REQUEST, body={"code": "c", "param": "p", "type": "t"})
        assert (error.message, error.code, error.param, error.type) == ("m", "c", "p", "t")
        plain = APIError("m", REQUEST, body="text")
        assert (plain.code, plain.param, plain.type) == (None, None, None)

    @pytest.mark.parametrize("usage", [None, "u"])
    def test_length_finish_reason_message_matches_the_reference(self, usage: Optional[str]) -> None:
        import openai

        class Completion:
            pass

        completion = Completion()
        completion.usage = usage  # type: ignore[attr-defined]
        ours = LengthFinishReasonError(completion=completion)
        assert str(ours) == str(openai.LengthFinishReasonError(completion=completion))
        assert ours.completion is completion

    def test_content_filter_message_matches_the_reference(self) -> None:
        import openai

        assert str(ContentFilterFinishReasonError()) == str(openai.ContentFilterFinishReasonError())
