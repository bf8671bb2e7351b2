"""Failover: DeepSeek first, Qwen (DashScope) when DeepSeek is down, offline.

`FailoverOpenAI` has the interface of `OpenAI`; it sends each request to its routes in order,
each a client plus an optional model that replaces the request's `model`. It moves on after
connection errors, timeouts, 429 / 5xx once the route's own retries are spent, and after a 400
`context_length_exceeded`; any other error (a content filter, a bad key) is raised at once. A
route that failed is skipped for a cool-down, then probed again. `route_info(result)` says
which route, model and usage served a result, and which attempts failed first.

Offline, two embedded servers stand in for the providers (in DeepSeek's and DashScope's wire
formats) and DeepSeek answers every chat request with a 503.
"""

from __future__ import annotations

import sys

from openwire import FailoverOpenAI, OpenAI
from openwire.lib.failover import FailoverPolicy, Route, StreamRestart, route_info
from openwire.local import LOCAL_BASE_URL, LocalAPI, local_http_client


def make_client() -> FailoverOpenAI:
    deepseek_app, qwen_app = LocalAPI(provider="deepseek"), LocalAPI(provider="qwen")
    deepseek_app.faults.add(path="/chat/completions", status=503, times=None)  # DeepSeek is down
    deepseek = OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(deepseek_app))
    qwen = OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(qwen_app))
    policy = FailoverPolicy(
        total_timeout=30.0,  # the whole call, across every attempt and route
        first_token_timeout=10.0,  # a route silent this long is left for the next one
        idle_timeout=10.0,  # at most this long between two stream events
        cooldown=30.0,  # a failed route is skipped this long, then probed
        restart_streams=True,  # a stream cut mid-answer goes on from the next route
    )
    routes = [
        Route(deepseek.with_options(max_retries=1), name="deepseek"),
        Route(qwen, model="qwen-plus", name="qwen"),
    ]
    return FailoverOpenAI(routes, policy=policy)


def main() -> int:
    with make_client() as client:
        completion = client.chat.completions.create(
            model="deepseek-chat", messages=[{"role": "user", "content": "Name a river in China."}]
        )
        info = route_info(completion)
        assert info is not None
        print(f"answer: {completion.choices[0].message.content}")
        print(
            f"served by: {info.name} ({info.model}), {completion.usage.total_tokens if completion.usage else 0} tokens"
        )
        for attempt in info.attempts:
            print(f"failed first: {attempt.name} ({attempt.model}) status {attempt.status}")

        # The breaker is open now: the stream goes straight to Qwen.
        stream = client.chat.completions.create(
            model="deepseek-chat",
            messages=[{"role": "user", "content": "Count to three."}],
            stream=True,
            stream_options={"include_usage": True},
        )
        text = ""
        for chunk in stream:
            if isinstance(chunk, StreamRestart):  # only with restart_streams: start the answer again
                text = ""
                continue
            if chunk.choices:
                text += chunk.choices[0].delta.content or ""
        stream_info = route_info(stream)
        assert stream_info is not None
        print(f"stream: {text} (from {stream_info.name}, {len(stream_info.attempts)} failed attempts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
