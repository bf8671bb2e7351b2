"""Testing your own code offline: the embedded server as a scriptable stand-in for the API.

`LocalAPI()` is an OpenAI-compatible API in memory. Give it to `local_http_client(app)` to
answer in-process (no socket), or to `LocalServer(app=app)` for a real port; script it with
`app.replies.add(...)` (what the model says), `app.faults.add(...)` (rate limits, 5xx, stalls,
streams cut mid-way) and read back `app.requests` (what your code sent).

Run it with `python examples/testing_your_app.py` or `pytest examples/testing_your_app.py`.
"""

from __future__ import annotations

import json
import sys
import unittest

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, LocalAPI, LocalServer, local_http_client

# -- the application under test -----------------------------------------------------------------

SYSTEM_PROMPT = "Summarize the user's text in one sentence."


def summarize(client: OpenAI, text: str, *, model: str = "gpt-4o-mini") -> str:
    completion = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": text}],
        temperature=0,
    )
    return (completion.choices[0].message.content or "").strip()


def summarize_or_explain(client: OpenAI, text: str) -> str:
    """What the user sees: the summary, or why there is none."""
    try:
        return summarize(client, text)
    except openwire.RateLimitError:
        return "Too many requests right now; try again in a minute."
    except openwire.APIStatusError as err:
        return f"The summary service failed ({err.status_code})."


# -- its tests ------------------------------------------------------------------------------------


class SummarizeTest(unittest.TestCase):
    def setUp(self) -> None:
        self.app = LocalAPI()
        self.client = OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(self.app))

    def tearDown(self) -> None:
        self.client.close()

    def test_returns_what_the_model_says(self) -> None:
        self.app.replies.add("quarterly", text="  Revenue grew 12% this quarter.  ")
        self.assertEqual(summarize(self.client, "The quarterly report ..."), "Revenue grew 12% this quarter.")

    def test_sends_the_system_prompt_first(self) -> None:
        summarize(self.client, "Some text.")
        sent = json.loads(self.app.requests[-1].body)
        self.assertEqual(sent["messages"][0], {"role": "system", "content": SYSTEM_PROMPT})
        self.assertEqual(sent["temperature"], 0)

    def test_a_rate_limit_is_retried_by_the_client(self) -> None:
        self.app.faults.add(path="/chat/completions", status=429, retry_after=0.01, times=1)
        self.assertEqual(summarize(self.client, "Hi."), "You said: Hi.")  # the server echoes by default
        self.assertEqual(len(self.app.requests), 2)

    def test_a_lasting_rate_limit_is_explained(self) -> None:
        self.app.faults.add(path="/chat/completions", status=429, retry_after=0.01, times=None)
        client = self.client.with_options(max_retries=0)
        self.assertEqual(summarize_or_explain(client, "Hi."), "Too many requests right now; try again in a minute.")

    def test_an_outage_is_explained(self) -> None:
        self.app.replies.add(error=503, message="overloaded")
        client = self.client.with_options(max_retries=0)
        self.assertEqual(summarize_or_explain(client, "Hi."), "The summary service failed (503).")

    def test_works_over_a_real_socket_too(self) -> None:
        self.app.replies.add(text="Short.")
        with LocalServer(app=self.app) as server, OpenAI(api_key="local", base_url=server.url) as client:
            self.assertEqual(summarize(client, "A long text."), "Short.")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    print("all tests passed" if result.wasSuccessful() else "some tests failed")
    sys.exit(0 if result.wasSuccessful() else 1)
