"""Workload identity (``OpenAI(workload_identity=...)``): the reference's ``openai.auth``.

>>> from openwire import OpenAI
>>> from openwire.auth import k8s_service_account_token_provider
>>> client = OpenAI(workload_identity={
...     "identity_provider_id": "idp-...", "service_account_id": "sa-...",
...     "provider": k8s_service_account_token_provider(),
... })
"""

from .._types import SubjectTokenProvider, WorkloadIdentity
from .._workload import WorkloadIdentityAuth
from ._providers import (
    azure_managed_identity_token_provider,
    gcp_id_token_provider,
    k8s_service_account_token_provider,
)

__all__ = [
    "SubjectTokenProvider",
    "WorkloadIdentity",
    "WorkloadIdentityAuth",
    "azure_managed_identity_token_provider",
    "gcp_id_token_provider",
    "k8s_service_account_token_provider",
]
