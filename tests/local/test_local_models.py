"""Models: list, retrieve, delete (fine-tuned models only)."""

from __future__ import annotations

import pytest

from openwire import NotFoundError, PermissionDeniedError
from openwire.local import LocalAPI
from openwire.types import Model

from .conftest import Api
from .strict import strict


def test_list_and_retrieve(api: Api) -> None:
    ids = [m.id for m in api.call(lambda c: c.models.list()).data]
    assert "gpt-4o-mini" in ids and "whisper-1" in ids
    assert api.call(lambda c: c.models.retrieve("gpt-4o")).owned_by == "openwire"
    with pytest.raises(NotFoundError) as caught:
        api.call(lambda c: c.models.retrieve("no-such-model"))
    assert caught.value.code == "model_not_found"


def test_only_fine_tuned_models_can_be_deleted(api: Api) -> None:
    with pytest.raises(PermissionDeniedError):
        api.call(lambda c: c.models.delete("gpt-4o"))
    from openwire.local.routes.model_catalog import add_model

    add_model(api.app, "ft:gpt-4o-mini:org::x1", "user", 1)
    deleted = api.call(lambda c: c.models.delete("ft:gpt-4o-mini:org::x1"))
    assert deleted.deleted and deleted.id == "ft:gpt-4o-mini:org::x1"


def test_payload_parses_strictly(app: LocalAPI) -> None:
    strict(Model, app.handle("GET", "/v1/models/gpt-4o").body)
