"""The ``NOT_GIVEN`` and ``omit`` sentinels (``openwire._types``)."""

from __future__ import annotations

import copy
import pickle

import pytest

import openwire
from openwire._types import NOT_GIVEN, NotGiven, Omit, not_given, omit


@pytest.mark.parametrize("sentinel", [NOT_GIVEN, omit])
def test_sentinels_are_falsy(sentinel: object) -> None:
    assert not sentinel
    assert bool(sentinel) is False


def test_not_given_is_a_singleton_with_aliases() -> None:
    assert NotGiven() is NOT_GIVEN
    assert not_given is NOT_GIVEN
    assert openwire.NOT_GIVEN is NOT_GIVEN and openwire.not_given is NOT_GIVEN


def test_omit_is_a_singleton() -> None:
    assert Omit() is omit
    assert openwire.omit is omit


def test_the_two_sentinels_are_different() -> None:
    assert NOT_GIVEN is not omit
    assert not isinstance(NOT_GIVEN, Omit)
    assert not isinstance(omit, NotGiven)
    assert NOT_GIVEN is not None


@pytest.mark.parametrize("sentinel", [NOT_GIVEN, omit])
def test_sentinels_survive_pickle_and_copy(sentinel: object) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(sentinel, protocol)) is sentinel
    assert copy.copy(sentinel) is sentinel
    assert copy.deepcopy(sentinel) is sentinel
    assert copy.deepcopy({"k": [sentinel]})["k"][0] is sentinel


def test_repr() -> None:
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert repr(omit) == "omit"


def test_sentinels_cannot_be_subclassed_by_type_checkers() -> None:
    # ``@final`` is for type checkers; at runtime it marks the class.
    assert getattr(NotGiven, "__final__", False) is True
    assert getattr(Omit, "__final__", False) is True
