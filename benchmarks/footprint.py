"""What a user pays besides run time: the size of the wheel, and how long ``mypy --strict`` takes
on a small program written against the SDK.

The wheel size is measured the same way for every contender: the installed package tree
(``__pycache__`` left out) deflated into one zip, which is what a wheel is; so the numbers do
not depend on a build backend or on the network.
"""

from __future__ import annotations

import importlib.util
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Optional

from .measure import median
from .settings import Settings

__all__ = ["footprint"]

PACKAGES = {"openwire": "openwire", "openai": "openai", "httpx": "httpx"}

# The same program for the two SDKs (the module name is the only change); the httpx column is a
# program of the same size on httpx alone, the floor for type-checking any httpx-based client.
USER_PROGRAM = """
from typing import List

from {sdk} import AsyncOpenAI, OpenAI
from {sdk}.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel


class City(BaseModel):
    name: str
    population: int


def main() -> None:
    client = OpenAI()
    messages: List[ChatCompletionMessageParam] = [{{"role": "user", "content": "hi"}}]
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    print(completion.choices[0].message.content)
    for chunk in client.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True):
        print(chunk.choices[0].delta.content if chunk.choices else "")
    parsed = client.chat.completions.parse(model="gpt-4o-mini", messages=messages, response_format=City)
    city = parsed.choices[0].message.parsed
    print(city.name if city else None)
    response = client.responses.create(model="gpt-4o-mini", input="hi")
    print(response.output_text)
    print([model.id for model in client.models.list()])
    print(client.embeddings.create(model="text-embedding-3-small", input=["a"]).data[0].embedding[:3])


async def amain() -> None:
    client = AsyncOpenAI()
    completion = await client.chat.completions.create(model="m", messages=[{{"role": "user", "content": "hi"}}])
    print(completion.usage.total_tokens if completion.usage else 0)
"""

HTTPX_PROGRAM = """
import httpx


def main() -> None:
    with httpx.Client(base_url="https://api.openai.com/v1") as client:
        answer = client.post("/chat/completions", json={"model": "m", "messages": []})
        data: dict[str, object] = answer.json()
        print(data.get("choices"))


async def amain() -> None:
    async with httpx.AsyncClient() as client:
        print((await client.get("https://example.com")).status_code)
"""


def _package_dir(name: str) -> Optional[Path]:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def wheel_like_size(package: Path) -> Dict[str, Any]:
    """Bytes of the package tree deflated into one zip, and the file count."""
    buffer = io.BytesIO()
    files = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                archive.write(path, path.relative_to(package.parent).as_posix())
                files += 1
    return {"wheel_kb": round(len(buffer.getvalue()) / 1024, 1), "files": files}


def mypy_seconds(program: str) -> Dict[str, float]:
    """Wall and CPU seconds of ``mypy --strict`` on ``program``, without a cache."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "user_program.py"
        path.write_text(program)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", os.devnull, "--no-error-summary", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"mypy found errors in the benchmark program:\n{proc.stdout}{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu}


def footprint(settings: Settings, base_url: str) -> Dict[str, Any]:
    del base_url  # nothing here talks to the server
    out: Dict[str, Any] = {"mypy_runs": settings.mypy_runs}
    for name, package in PACKAGES.items():
        directory = _package_dir(package)
        out[name] = wheel_like_size(directory) if directory else {}
    if settings.mypy_runs and importlib.util.find_spec("mypy") is not None:
        programs = {
            "openwire": USER_PROGRAM.format(sdk="openwire"),
            "openai": USER_PROGRAM.format(sdk="openai"),
            "httpx": HTTPX_PROGRAM,
        }
        runs: Dict[str, List[Dict[str, float]]] = {name: [] for name in programs}
        for _ in range(settings.mypy_runs):  # interleaved, like the other scenarios
            for name, program in programs.items():
                runs[name].append(mypy_seconds(program))
        for name, samples in runs.items():
            out[name]["mypy_wall_s"] = median([s["wall_s"] for s in samples])
            out[name]["mypy_cpu_s"] = median([s["cpu_s"] for s in samples])
    return out
