"""docs/model.md documents every model class, field and enum member."""

from __future__ import annotations

from pathlib import Path

import attrs

import socialwork.model as m
from examples.test_examples import _model_classes

DOC = (Path(__file__).resolve().parents[2] / "docs" / "model.md").read_text(encoding="utf-8")


def test_every_class_and_field_is_documented() -> None:
    missing = []
    for cls in _model_classes():
        if f"#### `{cls.__name__}`" not in DOC:
            missing.append(cls.__name__)
            continue
        section = DOC.split(f"#### `{cls.__name__}`", 1)[1].split("####", 1)[0]
        missing.extend(
            f"{cls.__name__}.{f.name}"
            for f in attrs.fields(cls)
            if f"| `{f.name}` |" not in section
        )
    assert not missing


def test_every_enum_member_is_documented() -> None:
    for obj in (getattr(m, name) for name in m.__all__):
        if isinstance(obj, type) and issubclass(obj, m.LabelledEnum) and obj is not m.LabelledEnum:
            section = DOC.split(f"#### `{obj.__name__}`", 1)[1].split("####", 1)[0]
            for member in obj:
                assert f"| `{member.value}` | {member.label} |" in section, member
