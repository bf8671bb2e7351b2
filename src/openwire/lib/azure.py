"""Azure OpenAI clients (``from openwire import AzureOpenAI``; the reference's ``openai.lib.azure``)."""

from .._client import AsyncAzureOpenAI, AzureOpenAI
from ._async.azure import AsyncAzureADTokenProvider, AsyncBaseAzureClient
from ._sync.azure import AzureADTokenProvider, BaseAzureClient

__all__ = [
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "BaseAzureClient",
    "AsyncBaseAzureClient",
]
