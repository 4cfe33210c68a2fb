"""The pipeline builds its models without validating them; every model it builds is valid.

``parse`` builds its models with :meth:`~aidparse.models.base.Model.model_construct` and
spans with ``Span._trusted`` (values its typed code made), so a parse builds no pydantic
validator: no schema and no plugin discovery in a process's first parse (issue 13). What
validation guaranteed is checked here instead, on every report the suite makes cheaply (the
seeds, drawn pages, odd inputs, the corpus when ``../shared`` is present): each model, span
and edit, validated again from the values it holds, is the same object — same values of the
same types, same fields set — and passes the models' validators; the report round-trips
through ``model_dump``.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from conftest import SEED_NAMES, seed_bytes, seed_report, seed_text
from corpus_keys import corpus_dir
from hypothesis import HealthCheck, Phase, given, settings
from pydantic import BaseModel

import aidparse
from aidparse.models import AidReport, Approx, Quantity, QuantityKind, Span
from aidparse.strategies import Page, converter_damaged, encoded, furnished, pages, traditional, truncated

FAST = settings(max_examples=15, deadline=None, database=None, derandomize=True,
                phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])


def _same(a: Any, b: Any, where: str) -> None:
    """``a`` and ``b`` are equal and of the same types, all the way down their lists and dicts."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} {a!r} is {type(b).__name__} once validated"
    if isinstance(a, list | tuple):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            _same(a[k], b[k], f"{where}[{k!r}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def _revalidated(obj: Any, where: str) -> None:
    """Validate ``obj`` (a model or a span) again from what it holds, and every model inside it."""
    if isinstance(obj, BaseModel):
        given = {name: obj.__dict__[name] for name in obj.model_fields_set}
        again = type(obj).model_validate(given)  # field constraints and model validators run
        assert list(again.__dict__) == list(obj.__dict__), where
        _same(obj.__dict__, again.__dict__, where)
        assert again.model_fields_set == obj.model_fields_set, where
        assert repr(again) == repr(obj), where
        for name, value in obj.__dict__.items():
            _revalidated(value, f"{where}.{name}")
    elif isinstance(obj, Span):
        values = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        _same(obj, type(obj).model_validate(values), where)
        _same(values, dataclasses.asdict(type(obj)(**values)), where)
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            _revalidated(item, f"{where}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            _revalidated(item, f"{where}[{key!r}]")
    elif isinstance(obj, aidparse.EditLog):
        for i, edit in enumerate(obj):
            _revalidated(edit, f"{where}[{i}]")


def check_valid(report: AidReport) -> None:
    """Every model of ``report`` is what validating its values gives; the report round-trips."""
    assert type(report).model_validate(report.model_dump()) == report
    _revalidated(report, "report")


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_reports_are_valid(name: str) -> None:
    check_valid(seed_report(name[:3]))
    text = seed_text(name[:3])
    check_valid(aidparse.parse(text))
    for codec in ("gb18030", "big5", "utf-16"):
        check_valid(aidparse.parse(text.encode(codec, errors="replace")))


#: Inputs that reach the rarer paths: empty, ASCII, a BOM, invalid and foreign bytes, an
#: undeclared charset, lone surrogates, a str naming a file, no Chinese, damage left as it is.
ODD_INPUTS: list[bytes | str] = [
    b"", b"plain ASCII text only", b"\xef\xbb\xbf" + "援疆资金420余万元".encode(),
    "援疆资金420余万元".encode("gb18030") + b"\xff\xfe\x81" + "页脚：版权所有".encode(),
    b'<meta charset="rot13">' + "援疆资金".encode(), "衢州援疆\ud800投入资金", "/tmp",
    "Pairing aid in Xinjiang", "第十批援疆干部，投入资金超过3亿元、约5千万美元、近200名",
]


@pytest.mark.parametrize("data", ODD_INPUTS)
def test_odd_inputs_give_valid_reports(data: bytes | str) -> None:
    check_valid(aidparse.parse(data))


def test_damaged_seed_bytes_give_valid_reports() -> None:
    data = seed_bytes("001").decode("utf-8").encode("gb18030")
    check_valid(aidparse.parse(data[:500] + b"\xff" + data[500:1001] + data[1002:] + "版权所有".encode()))


@FAST
@given(pages(truncated(), furnished(), traditional(), converter_damaged(), encoded()))
def test_drawn_pages_give_valid_reports(page: Page) -> None:
    check_valid(aidparse.parse(page.data))


@pytest.mark.skipif(corpus_dir() is None, reason="../shared/corpus is absent")
def test_corpus_reports_are_valid() -> None:
    folder = corpus_dir()
    assert folder is not None
    for path in sorted(folder.glob("*.txt")):
        check_valid(aidparse.parse(path.read_bytes()))


def _models(obj: Any) -> list[BaseModel]:
    """Every model inside ``obj`` (itself included), depth first."""
    found: list[BaseModel] = []
    items: list[Any] = [obj]
    while items:
        item = items.pop()
        if isinstance(item, BaseModel):
            found.append(item)
            items.extend(item.__dict__.values())
        elif isinstance(item, list | tuple):
            items.extend(item)
        elif isinstance(item, dict):
            items.extend(item.values())
    return found


@pytest.mark.parametrize("name", SEED_NAMES)
def test_model_construct_is_pydantics(name: str) -> None:
    """``Model.model_construct`` builds what pydantic's ``model_construct`` builds."""
    for model in _models(seed_report(name[:3])):
        given = {field: model.__dict__[field] for field in model.model_fields_set}
        ours = type(model).model_construct(**given)
        theirs = BaseModel.model_construct.__func__(type(model), **given)  # type: ignore[attr-defined]
        assert list(ours.__dict__) == list(theirs.__dict__)
        assert all(ours.__dict__[k] is v or ours.__dict__[k] == v == [] for k, v in theirs.__dict__.items())
        assert ours.model_fields_set == theirs.model_fields_set
        assert ours.__pydantic_extra__ is theirs.__pydantic_extra__ is None
        assert ours.__pydantic_private__ is theirs.__pydantic_private__ is None


def test_model_construct_gives_each_instance_its_lists() -> None:
    """A list field's default is a new list per instance (its factory is called), and the fields
    not given are not in ``model_fields_set``; names that are not fields are dropped, as pydantic
    drops them."""
    from aidparse.models import ParseWarning, WarningCode

    a = ParseWarning.model_construct(code=WarningCode.NOT_CHINESE, message="x")
    b = ParseWarning.model_construct(code=WarningCode.NOT_CHINESE, message="x")
    assert a.spans == b.spans == [] and a.spans is not b.spans
    assert a.model_fields_set == {"code", "message"}
    c = ParseWarning.model_construct(code=WarningCode.NOT_CHINESE, message="x", bogus=1)  # type: ignore[call-arg]
    assert c == a and c.model_fields_set == {"code", "message"} and "bogus" not in c.__dict__


def test_an_inconsistent_model_fails_the_check() -> None:
    """The check sees what validation would refuse (here, bounds out of order)."""
    bad = Quantity.model_construct(kind=QuantityKind.COUNT, value=Decimal(5), unit="人",
                                   approx=Approx.RANGE, low=Decimal(6), high=Decimal(9),
                                   text="5人", span=Span._trusted(0, 2))
    with pytest.raises(ValueError, match="outside its bounds"):
        _revalidated(bad, "q")
    with pytest.raises(AssertionError, match="int"):  # of the wrong type: an int for a float
        _same(1, 1.0, "x")


#: A fresh process: which aidparse models and spans are built (validator ready) after parses,
#: and whether pydantic looked for its plugins.
_FRESH = """
import dataclasses, json, sys
import pydantic.dataclasses
from pydantic import BaseModel
import aidparse, aidparse.models, aidparse.models.decode

def built():
    out, todo = set(), [BaseModel]
    while todo:
        for c in todo.pop().__subclasses__():
            todo.append(c)
            if c.__dict__.get("__pydantic_complete__"):
                out.add(c.__module__ + "." + c.__qualname__)
    for module in (aidparse.models, aidparse.models.decode):
        for c in vars(module).values():
            if pydantic.dataclasses.is_pydantic_dataclass(c) and c.__dict__.get("__pydantic_complete__"):
                out.add(c.__module__ + "." + c.__qualname__)
    return out

before = built()
for arg in sys.argv[1:]:
    data = open(arg, "rb").read()
    aidparse.parse(data)
    aidparse.parse(data.decode("utf-8"))
    aidparse.parse(data.decode("utf-8").encode("gb18030")[:3001] + b"\\xff" + "版权所有".encode())
from pydantic.plugin import _loader
print(json.dumps({"new": sorted(built() - before), "aidparse": sorted(c for c in built() if "aidparse" in c),
                  "plugins": _loader._plugins is not None}))
"""


def test_a_parse_builds_no_validator() -> None:
    """Parsing builds no model's or span's validator, so pydantic never looks for plugins."""
    from conftest import SEEDS

    paths = [str(SEEDS / name) for name in SEED_NAMES]
    out = subprocess.run([sys.executable, "-c", _FRESH, *paths], capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out) == {"new": [], "aidparse": [], "plugins": False}


def test_validation_is_still_there_for_users() -> None:
    """A user's ``Model(...)`` validates; ``model_json_schema`` and ``model_dump_json`` work."""
    with pytest.raises(ValueError, match="bounds out of order"):
        Quantity(kind=QuantityKind.MONEY, value=5, unit="CNY", approx=Approx.RANGE, low=5, high=3,
                 text="5至3元", span=Span(start=0, end=4))
    report = seed_report("000")
    assert AidReport.model_validate_json(report.model_dump_json()) == report
    assert "quantities" in AidReport.model_json_schema()["properties"]
