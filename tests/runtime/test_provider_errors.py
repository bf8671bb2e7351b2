"""Error bodies of OpenAI-compatible providers and proxies: the typed exception and its message.

JSON bodies keep the reference's message exactly (compared live with the ``openai`` package);
an HTML page from a proxy gets a one-line message instead of the whole page.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

import httpx
import pytest

from openwire import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from openwire._exceptions import make_status_error

REQUEST = httpx.Request("POST", "https://api.example.com/v1/chat/completions")


def error_response(status: int, body: bytes, content_type: Optional[str] = None) -> httpx.Response:
    headers = {"x-request-id": "req_1"}
    if content_type:
        headers["content-type"] = content_type
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
    }


# Shapes from the providers' docs (and common gateways).
PROVIDER_BODIES = [
    # {"error": "text"}: OpenRouter-style gateways, many proxies
    (401, b'{"error": "Invalid API key"}'),
    # {"message": ...}: bare message
    (429, b'{"message": "Too many requests"}'),
    # {"detail": ...}: FastAPI servers (older vLLM, LiteLLM)
    (422, b'{"detail": [{"loc": ["body", "model"], "msg": "field required", "type": "value_error.missing"}]}'),
    (404, b'{"detail": "Not Found"}'),
    # Mistral and vLLM: a top-level object="error"
    (
        400,
        b'{"object": "error", "message": "Invalid model", "type": "invalid_request_error", "param": null, "code": "1500"}',
    ),
    # DashScope: an OpenAI error object plus request_id
    (
        400,
        b'{"error": {"code": "invalid_parameter_error", "param": null, "message": "bad", "type": "invalid_request_error"}, "id": "x", "request_id": "r"}',
    ),
    # Zhipu: code as a string of digits
    (429, b'{"error": {"code": "1302", "message": "rate limited"}}'),
]


@pytest.mark.parametrize(("status", "body"), PROVIDER_BODIES)
def test_json_shapes_match_the_reference(status: int, body: bytes) -> None:
    import openai

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"x-request-id": "req_1"})

    client = openai.OpenAI(api_key="k", max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(openai.APIStatusError) as reference:
        client.get("/x", cast_to=httpx.Response)
    assert summary(make_status_error(error_response(status, body))) == summary(reference.value)


def test_json_shapes_give_the_typed_exception_with_the_text() -> None:
    error = make_status_error(error_response(401, b'{"error": "Invalid API key"}'))
    assert isinstance(error, AuthenticationError) and "Invalid API key" in str(error)
    assert error.body == "Invalid API key"
    error = make_status_error(error_response(429, b'{"message": "Too many requests"}'))
    assert isinstance(error, RateLimitError) and "Too many requests" in str(error)
    error = make_status_error(error_response(404, b'{"detail": "Not Found"}'))
    assert isinstance(error, NotFoundError) and str(error) == "Error code: 404 - {'detail': 'Not Found'}"
    error = make_status_error(error_response(422, b'{"detail": [{"msg": "field required"}]}'))
    assert isinstance(error, UnprocessableEntityError) and "field required" in str(error)
    error = make_status_error(
        error_response(
            400, b'{"object": "error", "message": "Invalid model", "type": "invalid_request_error", "code": "1500"}'
        )
    )
    assert isinstance(error, BadRequestError) and (error.code, error.type) == ("1500", "invalid_request_error")


NGINX_502 = b"""<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
"""

CLOUDFLARE_LIKE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>api.example.com | 524: A timeout occurred"
    b"</title><style>body{}</style><script>var x = 1;</script></head><body>" + b"x" * 5000 + b"</body></html>"
)


def test_an_html_page_from_a_proxy_gives_a_one_line_message() -> None:
    error = make_status_error(error_response(502, NGINX_502, "text/html"))
    assert isinstance(error, InternalServerError)
    assert str(error) == error.message == "Error code: 502 - HTML error page: 502 Bad Gateway"
    assert error.body == NGINX_502.decode().strip()  # the full page stays available
    assert error.request_id == "req_1"

    error = make_status_error(error_response(524, CLOUDFLARE_LIKE))  # no content type: the doctype tells
    assert str(error) == "Error code: 524 - HTML error page: api.example.com | 524: A timeout occurred"


def test_an_html_page_without_a_title_is_summarized_and_truncated() -> None:
    page = b"<html><head><style>p{}</style></head><body><p>Access &amp; denied</p>" + b" word" * 100 + b"</body></html>"
    error = make_status_error(error_response(403, page, "text/html; charset=utf-8"))
    assert type(error).__name__ == "PermissionDeniedError"
    assert error.message.startswith("Error code: 403 - HTML error page: Access & denied word word")
    assert error.message.endswith("...") and len(error.message) < 260
    error = make_status_error(error_response(500, b"<html><body></body></html>", "text/html"))
    assert error.message == "Error code: 500 - HTML error page"


def test_text_that_is_not_html_is_the_message_as_in_the_reference() -> None:
    error = make_status_error(error_response(418, b"I'm a teapot", "text/plain"))
    assert (type(error), error.message) == (APIStatusError, "I'm a teapot")
    error = make_status_error(error_response(400, b"<not html> but text"))
    assert error.message == "<not html> but text"
