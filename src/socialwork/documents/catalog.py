"""The built-in templates: every ``<name>.docx`` with its ``<name>.meta.json``.

They live in the top-level ``templates/`` folder of the repository (the folder a clerk or a
vendor opens in Word), which the wheel ships as ``socialwork/templates/``. The catalogue entry
is written by the template's build script (``tools/build_templates.py``, with the toolkit
:mod:`socialwork.authoring`): ``{"name", "title", "model", "example", "sha256"}``, where
``model`` is the model's type tag, ``example`` a file name in ``socialwork/examples/`` and
``sha256`` the hash of the .docx the build wrote (used by the build tool only; ignored here).
"""

from __future__ import annotations

import json
from pathlib import Path

from socialwork.documents.spec import TemplateSpec
from socialwork.examples import EXAMPLES_DIR

__all__ = ["EXAMPLES_DIR", "TEMPLATES_DIR", "builtin_templates"]

PACKAGE_DIR = Path(__file__).resolve().parent.parent

_PACKAGED_TEMPLATES = PACKAGE_DIR / "templates"
"""Where an installed wheel has the templates (``templates/`` mapped into the package)."""

_SOURCE_TEMPLATES = PACKAGE_DIR.parent.parent / "templates"
"""``<repository>/templates``, next to ``src/``: a source checkout or an editable install."""


def _is_lock_file(path: Path) -> bool:
    """Word (``~$name.docx``) and LibreOffice (``.~lock.name.docx#``) lock files."""
    return path.name.startswith(("~$", ".~lock."))


def _templates_dir() -> Path:
    # The packaged folder wins when it holds templates; an emptied leftover folder in an old
    # source checkout must not hide the real ones.
    if _PACKAGED_TEMPLATES.is_dir() and any(_PACKAGED_TEMPLATES.glob("*.meta.json")):
        return _PACKAGED_TEMPLATES
    return _SOURCE_TEMPLATES


TEMPLATES_DIR = _templates_dir()


def builtin_templates(folder: Path = TEMPLATES_DIR) -> tuple[TemplateSpec, ...]:
    """The templates catalogued in ``folder``, sorted by name (Word/LibreOffice lock files
    are skipped)."""
    specs: list[TemplateSpec] = []
    for meta in sorted(folder.glob("*.meta.json")):
        if _is_lock_file(meta):
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        name = str(data["name"])
        docx = folder / f"{name}.docx"
        if _is_lock_file(docx) or not docx.is_file():
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
