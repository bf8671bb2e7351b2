"""Azure OpenAI clients (``from openwire import AzureOpenAI``; the reference's ``openai.lib.azure``)."""

from .._client import AsyncAzureOpenAI, AzureOpenAI
from .._constants import AZURE_API_KEY_SENTINEL as API_KEY_SENTINEL
from ._async.azure import AsyncAzureADTokenProvider, AsyncBaseAzureClient
from ._sync.azure import AzureADTokenProvider, BaseAzureClient

__all__ = [
    "API_KEY_SENTINEL",
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "BaseAzureClient",
    "AsyncBaseAzureClient",
]
