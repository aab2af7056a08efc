"""The built-in templates: every ``templates/<name>.docx`` with its ``<name>.meta.json``.

The catalogue entry is written by the template's build script (see
:mod:`socialwork.documents.authoring`): ``{"name", "title", "model", "example"}``, where
``model`` is the model's type tag and ``example`` a file name in ``socialwork/examples/``.
"""

from __future__ import annotations

import json
from pathlib import Path

from socialwork.documents.spec import TemplateSpec

__all__ = ["EXAMPLES_DIR", "TEMPLATES_DIR", "builtin_templates"]

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
EXAMPLES_DIR = PACKAGE_DIR / "examples"


def builtin_templates(folder: Path = TEMPLATES_DIR) -> tuple[TemplateSpec, ...]:
    """The templates catalogued in ``folder``, sorted by name."""
    specs: list[TemplateSpec] = []
    for meta in sorted(folder.glob("*.meta.json")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        name = str(data["name"])
        docx = folder / f"{name}.docx"
        if not docx.is_file():
            continue
        example = data.get("example")
        specs.append(
            TemplateSpec(
                name=name,
                path=docx,
                model=str(data["model"]),
                title=str(data["title"]),
                example=(EXAMPLES_DIR / str(example)) if example else None,
            )
        )
    return tuple(specs)
