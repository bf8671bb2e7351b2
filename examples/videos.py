"""Videos: create one and wait for it, save its MP4 and thumbnail, list videos, delete it.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process), whose
videos are tiny valid files; with a key it calls the real API (a real render takes minutes
and is billed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def main() -> int:
    online = bool(os.environ.get("OPENAI_API_KEY"))
    with make_client() as client, tempfile.TemporaryDirectory(prefix="openwire-videos-") as folder:
        video = client.videos.create_and_poll(
            prompt="A paper boat drifting down a rainy street, seen from above",
            model="sora-2",
            seconds="4",
            size="720x1280",
            poll_interval_ms=5000 if online else 10,
        )
        print(f"video: {video.id} {video.status} ({video.progress}%), {video.seconds}s at {video.size}")
        if video.status != "completed":
            print("note: the video did not complete:", video.error.message if video.error else "no error given")
            return 0

        target = Path(folder) / f"{video.id}.mp4"
        client.videos.download_content(video.id).write_to_file(target)
        head = target.read_bytes()[:12]
        print(f"saved: {target.name}, {target.stat().st_size} bytes, MP4: {head[4:8] == b'ftyp'}")
        thumbnail = client.videos.download_content(video.id, variant="thumbnail").read()
        print(f"thumbnail: {len(thumbnail)} bytes, WebP: {thumbnail[8:12] == b'WEBP'}")

        listed = [item.id for item in client.videos.list(limit=10)]
        print("listed:", video.id in listed)
        deleted = client.videos.delete(video.id)
        print(f"deleted: {deleted.id} {deleted.deleted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
