"""One pass over every endpoint, the same code for any client with the reference SDK's surface.

``smoke(client)`` works with ``openai.OpenAI`` and ``openwire.OpenAI`` (and, through
:class:`Blocking`, their async twins) and returns what is deterministic about the answers, so
runs through different clients can be compared for equality.
"""

from __future__ import annotations

import base64
import inspect
import json
import struct
from typing import Any, Callable, Dict, List

import anyio.from_thread
from pydantic import BaseModel

from openwire.local import wav


class Step(BaseModel):
    explanation: str
    output: str


class MathAnswer(BaseModel):
    steps: List[Step]
    final_answer: str


async def _resolve(function: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    result = function(*args, **kwargs)
    while inspect.isawaitable(result):
        result = await result
    return result


async def _drain(stream: Any) -> List[Any]:
    return [item async for item in stream]


class Blocking:
    """An async client seen as a sync one: each call is awaited on ``portal``'s event loop."""

    def __init__(self, target: Any, portal: anyio.from_thread.BlockingPortal) -> None:
        self._target, self._portal = target, portal

    def __getattr__(self, name: str) -> Any:
        return Blocking(getattr(self._target, name), self._portal)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._portal.call(_resolve, self._target, args, kwargs)

    def drain(self, stream: Any) -> List[Any]:
        return self._portal.call(_drain, stream)


def drain(client: Any, stream: Any) -> List[Any]:
    return client.drain(stream) if isinstance(client, Blocking) else list(stream)


WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
USER = [{"role": "user", "content": "Say hello"}]


def smoke(client: Any) -> Dict[str, Any]:
    seen: Dict[str, Any] = {}
    seen["models"] = sorted(m.id for m in client.models.list().data)[:3]
    seen["model"] = client.models.retrieve("gpt-4o").id

    chat = client.chat.completions.create(model="gpt-4o-mini", messages=USER)
    seen["chat"] = (chat.choices[0].message.content, chat.usage.total_tokens)
    chunks = drain(
        client,
        client.chat.completions.create(
            model="gpt-4o-mini", messages=USER, stream=True, stream_options={"include_usage": True}
        ),
    )
    seen["chat_stream"] = (
        "".join(c.choices[0].delta.content or "" for c in chunks if c.choices),
        chunks[-1].usage.total_tokens,
    )
    tool = client.chat.completions.create(model="gpt-4o", messages=USER, tools=[WEATHER], tool_choice="required")
    seen["tool_call"] = (
        tool.choices[0].message.tool_calls[0].function.name,
        tool.choices[0].message.tool_calls[0].function.arguments,
    )
    parsed = client.chat.completions.parse(model="gpt-4o", messages=USER, response_format=MathAnswer)
    seen["chat_parse"] = parsed.choices[0].message.parsed.model_dump()

    response = client.responses.create(model="gpt-4o", input="Hi there", instructions="short")
    seen["responses"] = (response.output_text, response.status, response.usage.total_tokens)
    seen["responses_retrieve"] = client.responses.retrieve(response.id).output_text
    seen["input_items"] = [item.content[0].text for item in client.responses.input_items.list(response.id).data]
    events = drain(client, client.responses.create(model="gpt-4o", input="Stream it", stream=True))
    seen["responses_stream"] = ([e.type for e in events], [e.sequence_number for e in events][-1])
    seen["responses_parse"] = client.responses.parse(
        model="gpt-4o", input="solve", text_format=MathAnswer
    ).output_parsed.model_dump()
    background = client.responses.create(model="gpt-4o", input="later", background=True)
    seen["responses_cancel"] = (background.status, client.responses.cancel(background.id).status)
    client.responses.delete(response.id)

    default = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
    floats = client.embeddings.create(model="text-embedding-3-small", input="a", encoding_format="float", dimensions=8)
    b64 = client.embeddings.create(model="text-embedding-3-small", input="a", encoding_format="base64", dimensions=8)
    decoded = list(struct.unpack("<8f", base64.b64decode(b64.data[0].embedding)))  # explicit base64 stays a string
    seen["embeddings"] = (default.data[1].embedding, floats.data[0].embedding, decoded)

    image = client.images.generate(model="gpt-image-1", prompt="a cat", size="1024x1024")
    url_image = client.images.generate(model="dall-e-3", prompt="a cat", response_format="url")
    seen["images"] = (
        base64.b64decode(image.data[0].b64_json)[:8],
        url_image.data[0].url.endswith(".png"),
        image.usage.total_tokens,
    )

    speech = {
        fmt: client.audio.speech.create(model="tts-1", voice="alloy", input="hello", response_format=fmt).content[:4]
        for fmt in ("mp3", "opus", "aac", "flac", "wav", "pcm")
    }
    seen["speech"] = speech
    clip = client.audio.speech.create(
        model="tts-1", voice="alloy", input="Testing one two.", response_format="wav"
    ).content
    seen["transcription"] = client.audio.transcriptions.create(model="whisper-1", file=("clip.wav", clip)).text
    seen["transcription_formats"] = [
        client.audio.transcriptions.create(model="whisper-1", file=("a.wav", wav(1.0)), response_format=fmt)
        for fmt in ("text", "srt", "vtt")
    ]
    verbose = client.audio.transcriptions.create(
        model="whisper-1", file=("a.wav", wav(1.0)), response_format="verbose_json", timestamp_granularities=["word"]
    )
    seen["transcription_verbose"] = (verbose.duration, [w.word for w in verbose.words])
    seen["translation"] = client.audio.translations.create(model="whisper-1", file=("a.wav", wav(1.0))).text

    training = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}\n'
    uploaded = [client.files.create(file=(f"t{i}.jsonl", training), purpose="fine-tune") for i in range(3)]
    first = client.files.list(limit=2)
    second = client.files.list(limit=2, after=first.data[-1].id)
    seen["files_pages"] = (
        [f.filename for f in first.data],
        first.has_more,
        [f.filename for f in second.data],
        second.has_more,
    )
    seen["file"] = (client.files.retrieve(uploaded[0].id).filename, client.files.content(uploaded[0].id).content)
    seen["file_delete"] = client.files.delete(uploaded[2].id).deleted

    job = client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=uploaded[0].id, suffix="smoke")
    statuses = [job.status]
    while job.status not in ("succeeded", "failed", "cancelled"):
        job = client.fine_tuning.jobs.retrieve(job.id)
        statuses.append(job.status)
    seen["fine_tuning"] = (statuses, job.fine_tuned_model.split(":")[:4])
    seen["fine_tuning_events"] = [e.message for e in client.fine_tuning.jobs.list_events(job.id, limit=3).data]
    seen["fine_tuning_list"] = [j.status for j in client.fine_tuning.jobs.list().data]
    seen["fine_tuned_model_delete"] = client.models.delete(job.fine_tuned_model).deleted

    moderation = client.moderations.create(input=["I will kill it", "hello"])
    seen["moderations"] = [(r.flagged, r.categories.violence) for r in moderation.results]

    lines = [
        {
            "custom_id": f"r{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"q{i}"}]},
        }
        for i in range(2)
    ]
    batch_file = client.files.create(file=("batch.jsonl", "\n".join(map(json.dumps, lines)).encode()), purpose="batch")
    batch = client.batches.create(input_file_id=batch_file.id, endpoint="/v1/chat/completions", completion_window="24h")
    batch_statuses = [batch.status]
    while batch.status not in ("completed", "failed", "cancelled"):
        batch = client.batches.retrieve(batch.id)
        batch_statuses.append(batch.status)
    output = client.files.content(batch.output_file_id).text
    answers = [json.loads(row)["response"]["body"]["choices"][0]["message"]["content"] for row in output.splitlines()]
    seen["batch"] = (
        batch_statuses,
        batch.request_counts.completed,
        answers,
        [b.status for b in client.batches.list().data],
    )
    return seen
