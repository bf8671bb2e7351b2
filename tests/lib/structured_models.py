"""User models for the structured-output tests, each with a sample answer that fits it.

Module level, so that parsed results (which hold instances of these) can be pickled.
"""

from __future__ import annotations

import datetime
import uuid
from enum import Enum, IntEnum
from typing import Any, Dict, Generic, List, Literal, Optional, Set, Tuple, TypeVar, Union

import pydantic
from pydantic import Field, conint, conlist, constr
from typing_extensions import Annotated

T = TypeVar("T")


class Simple(pydantic.BaseModel):
    name: str
    age: int
    score: float
    active: bool


class Address(pydantic.BaseModel):
    street: str
    city: str
    zip: Optional[str] = None


class Person(pydantic.BaseModel):
    name: str
    address: Address
    previous: List[Address]


class OptionalFields(pydantic.BaseModel):
    nickname: Optional[str] = None
    age: Optional[int]
    email: Union[str, None] = None


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Enums(pydantic.BaseModel):
    color: Color
    priority: Priority
    colors: Optional[List[Color]] = None


class Literals(pydantic.BaseModel):
    kind: Literal["a", "b", "c"]
    fixed: Literal["only"]
    mixed: Literal[1, "one"]


class Lists(pydantic.BaseModel):
    tags: List[str]
    matrix: List[List[int]]
    people: List[Address]


class Dicts(pydantic.BaseModel):
    counts: Dict[str, int]
    anything: Dict[str, Any]
    loose: dict  # type: ignore[type-arg]


class Cat(pydantic.BaseModel):
    pet_type: Literal["cat"]
    meows: int


class Dog(pydantic.BaseModel):
    pet_type: Literal["dog"]
    barks: float


class Unions(pydantic.BaseModel):
    value: Union[int, str]
    pet: Union[Cat, Dog]
    maybe_pet: Optional[Union[Cat, Dog]] = None


class Discriminated(pydantic.BaseModel):
    pet: Union[Cat, Dog] = Field(discriminator="pet_type")


class Tree(pydantic.BaseModel):
    value: int
    children: List[Tree]


class Employee(pydantic.BaseModel):
    name: str
    manager: Optional[Employee] = None
    team: Optional[Team] = None


class Team(pydantic.BaseModel):
    title: str
    members: List[Employee]


class Described(pydantic.BaseModel):
    """A thing, described.

    With a second paragraph.
    """

    model_config = pydantic.ConfigDict(title="DescribedThing")

    title: str = Field(description="The title", title="Heading")
    address: Address = Field(description="Where it lives")
    other: Optional[Address] = Field(default=None, description="Another place")


class Defaults(pydantic.BaseModel):
    count: int = 3
    label: str = "x"
    ratio: float = Field(default=0.5)
    items: List[int] = Field(default_factory=list)
    flag: Optional[bool] = None


class Dates(pydantic.BaseModel):
    at: datetime.datetime
    day: datetime.date
    clock: datetime.time
    span: datetime.timedelta
    ident: uuid.UUID


class Constrained(pydantic.BaseModel):
    small: conint(ge=1, le=5)  # type: ignore[valid-type]
    code: constr(min_length=2, max_length=4, pattern=r"^[A-Z]+$")  # type: ignore[valid-type]
    positive: float = Field(gt=0)
    few: conlist(int, min_length=1, max_length=3)  # type: ignore[valid-type]
    annotated: Annotated[int, Field(multiple_of=2)]


class Aliased(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    first_name: str = Field(alias="firstName")
    last_name: str = Field(alias="lastName")


class Shapes(pydantic.BaseModel):
    pair: Tuple[int, str]
    unique: Set[int]


class Extra(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(json_schema_extra={"examples": [{"x": 1}]})

    x: int


class Deep(pydantic.BaseModel):
    people: List[Person]
    teams: Optional[List[Optional[Team]]] = None
    tree: Tree


@pydantic.dataclasses.dataclass
class Point:
    x: int
    y: int


class Wrapper(pydantic.BaseModel, Generic[T]):
    item: T


# (model, a JSON answer that fits it)
SAMPLES: List[Tuple[Any, str]] = [
    (Simple, '{"name":"n","age":3,"score":1.5,"active":true}'),
    (Person, '{"name":"n","address":{"street":"s","city":"c","zip":null},"previous":[]}'),
    (OptionalFields, '{"nickname":null,"age":4,"email":"e@x"}'),
    (Enums, '{"color":"red","priority":2,"colors":["green"]}'),
    (Literals, '{"kind":"b","fixed":"only","mixed":1}'),
    (Lists, '{"tags":["a"],"matrix":[[1,2],[3]],"people":[{"street":"s","city":"c","zip":"z"}]}'),
    (Dicts, '{"counts":{"a":1},"anything":{"k":[1,"x"]},"loose":{}}'),
    (Unions, '{"value":"v","pet":{"pet_type":"dog","barks":2.5},"maybe_pet":null}'),
    (Discriminated, '{"pet":{"pet_type":"cat","meows":3}}'),
    (Tree, '{"value":1,"children":[{"value":2,"children":[]}]}'),
    (Employee, '{"name":"a","manager":{"name":"b","manager":null,"team":null},"team":{"title":"t","members":[]}}'),
    (Described, '{"title":"t","address":{"street":"s","city":"c","zip":null},"other":null}'),
    (Defaults, '{"count":1,"label":"l","ratio":0.1,"items":[1],"flag":true}'),
    (
        Dates,
        '{"at":"2024-01-02T03:04:05Z","day":"2024-01-02","clock":"03:04:05","span":"PT1H",'
        '"ident":"12345678-1234-5678-1234-567812345678"}',
    ),
    (Constrained, '{"small":2,"code":"AB","positive":0.5,"few":[1],"annotated":4}'),
    (Aliased, '{"firstName":"a","lastName":"b"}'),
    (Shapes, '{"pair":[1,"a"],"unique":[1,2]}'),
    (Extra, '{"x":1}'),
    (
        Deep,
        '{"people":[{"name":"n","address":{"street":"s","city":"c","zip":null},"previous":[]}],'
        '"teams":[null,{"title":"t","members":[]}],"tree":{"value":1,"children":[]}}',
    ),
    (Point, '{"x":1,"y":2}'),
]

MODELS = [model for model, _ in SAMPLES]
