"""Azure OpenAI clients (``from openwire import AzureOpenAI``)."""

from .._async.azure import AsyncAzureADTokenProvider, AsyncAzureOpenAI
from .._sync.azure import AzureADTokenProvider, AzureOpenAI

__all__ = ["AzureOpenAI", "AsyncAzureOpenAI", "AzureADTokenProvider", "AsyncAzureADTokenProvider"]
