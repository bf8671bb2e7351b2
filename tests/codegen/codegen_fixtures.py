"""Fixtures of the generator's unit tests: a small spec and config made here, not the real ones.

(Plain functions, not a conftest.py: ``tests/codegen`` must not become a package named
``codegen``, which would hide the generator.)
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any, Dict

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # ``codegen`` lives at the repo root

from codegen.config import Config, Method, Resource, TypeDef  # noqa: E402
from codegen.spec import Spec  # noqa: E402


def _ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


DOCUMENT: Dict[str, Any] = {
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {"content": {"application/json": {"schema": _ref("CreateThing")}}},
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": _ref("Thing")},
                            "text/event-stream": {"schema": _ref("Thing")},
                        }
                    }
                },
            },
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "after", "in": "query", "schema": {"type": "string"}},
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                ],
                "responses": {"200": {"content": {"application/json": {"schema": _ref("ThingList")}}}},
            },
        },
        "/boxes/{box_id}/things/{thing_id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "box_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {"200": {"content": {"application/json": {"schema": _ref("Thing")}}}},
            }
        },
        "/uploads": {
            "post": {
                "operationId": "upload",
                "requestBody": {"content": {"multipart/form-data": {"schema": _ref("UploadRequest")}}},
                "responses": {"200": {"content": {"application/json": {"schema": _ref("Thing")}}}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "kind", "parts", "shape", "note"],
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "parts": {"type": "array", "items": _ref("Part")},
                    "shape": {"discriminator": {"propertyName": "type"}, "anyOf": [_ref("Circle"), _ref("Square")]},
                    "self-harm": {"type": "boolean"},
                    "schema": {"type": "object", "additionalProperties": True},
                    "metadata": {"allOf": [_ref("Metadata"), {"nullable": True}]},
                },
            },
            "Part": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
            },
            "Circle": {
                "type": "object",
                "required": ["type", "r"],
                "properties": {"type": {"type": "string", "enum": ["circle"]}, "r": {"type": "number"}},
            },
            "Square": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "enum": ["square"]}, "side": {"type": "number"}},
            },
            "Metadata": {"type": "object", "additionalProperties": {"type": "string"}},
            "ThingList": {
                "type": "object",
                "required": ["data"],
                "properties": {"data": {"type": "array", "items": _ref("Thing")}},
            },
            "CreateThingBase": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "CreateThing": {
                "allOf": [
                    _ref("CreateThingBase"),
                    {
                        "type": "object",
                        "properties": {
                            "parts": {"type": "array", "items": _ref("Part")},
                            "labels": {"type": "array", "items": {"type": "string"}},
                            "stream": {"type": "boolean", "nullable": True},
                        },
                    },
                ]
            },
            "UploadRequest": {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}, "purpose": {"type": "string"}},
            },
        }
    },
}


def _config() -> Config:
    modules = {
        "thing": [
            TypeDef("thing", "Thing", "model", schema="#/components/schemas/Thing"),
            TypeDef("thing", "Shape", "alias", schema="#/components/schemas/Thing/properties/shape"),
        ],
        "part": [TypeDef("part", "Part", "model", schema="#/components/schemas/Part")],
        "circle": [TypeDef("circle", "Circle", "model", schema="#/components/schemas/Circle")],
        "square": [TypeDef("square", "Square", "model", schema="#/components/schemas/Square")],
        "metadata": [TypeDef("metadata", "Metadata", "alias", schema="#/components/schemas/Metadata")],
        "part_param": [TypeDef("part_param", "PartParam", "typeddict", schema="#/components/schemas/Part")],
        "thing_create_params": [
            TypeDef("thing_create_params", "ThingCreateParams", "params", operation="createThing", streaming=True)
        ],
        "thing_list_params": [TypeDef("thing_list_params", "ThingListParams", "params", operation="listThings")],
        "thing_retrieve_params": [
            TypeDef("thing_retrieve_params", "ThingRetrieveParams", "params", operation="getThing")
        ],
        "upload_params": [TypeDef("upload_params", "UploadParams", "params", operation="upload")],
    }
    methods = [
        Method("create", "createThing", "thing:Thing", params="thing_create_params", stream="thing:Thing"),
        Method("list", "listThings", "thing:Thing", params="thing_list_params", page="CursorPage"),
        Method("retrieve", "getThing", "thing:Thing", params="thing_retrieve_params"),
        Method("upload", "upload", "thing:Thing", params="upload_params"),
    ]
    resources = {"things": Resource("things", "Things", "things", methods=methods)}
    return Config(resources=resources, packages={".": {"Thing": "thing:Thing"}}, modules=modules, custom_modules=[])


def make_spec() -> Spec:
    return Spec(copy.deepcopy(DOCUMENT))  # a fresh document: tests edit it


def make_config() -> Config:
    return _config()
