"""The client a command talks to, from the global options and the environment."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Optional

from .._exceptions import OpenAIError
from .errors import UsageError
from .presets import chosen_preset

if TYPE_CHECKING:
    from .._client import OpenAI

__all__ = ["make_client", "api_key_of"]


def api_key_of(args: argparse.Namespace) -> Optional[str]:
    """The key the command would use (for redaction in error messages), if any."""
    if getattr(args, "local", False):
        return None
    explicit: Optional[str] = getattr(args, "api_key", None)
    key_env = chosen_preset(args.provider).key_env
    return explicit or (os.environ.get(key_env) if key_env else None)


def make_client(args: argparse.Namespace) -> "OpenAI":
    provider = chosen_preset(args.provider)
    if args.local:
        if args.base_url:
            raise UsageError("--local runs against the embedded server; drop --base-url (or drop --local)")
        from .._client import OpenAI
        from ..local import LOCAL_BASE_URL, LocalAPI, local_http_client

        # The embedded server answers in the provider's wire format (``--provider deepseek``).
        app = LocalAPI(provider=provider.emulation)
        return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app))

    api_key = api_key_of(args) or provider.placeholder_key
    if not api_key:
        raise UsageError(f"no API key: set {provider.key_env} or pass --api-key, or use --local")
    from .._client import OpenAI

    # --base-url wins over the preset's URL (and its region); azure gives an AzureOpenAI, with
    # the endpoint and API version from AZURE_OPENAI_ENDPOINT / OPENAI_API_VERSION.
    region = None if args.base_url else provider.region
    try:
        return OpenAI.for_provider(provider.name, region=region, api_key=api_key, base_url=args.base_url)
    except (ValueError, OpenAIError) as err:
        raise UsageError(str(err)) from None
