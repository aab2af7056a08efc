"""The wheel: it ships the top-level ``templates/`` folder as ``socialwork/templates/`` (byte for
byte, without Word/LibreOffice lock files) and none of the authoring tools; installed from the
wheel (not editable), the library finds its templates inside the installation."""

from __future__ import annotations

import email.parser
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("hatchling", reason="building the wheel needs hatchling (the dev extra)")

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
LOCK_FILES = ("~$decyzja.docx", ".~lock.decyzja.docx#")


def _run(
    *command: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          timeout=120, check=False, env=env, cwd=cwd)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the project whose templates/ holds two lock files, as
    it does while a clerk has a template open in Word or LibreOffice."""
    project = tmp_path_factory.mktemp("project")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md", "CHANGELOG.md", ".gitignore"):
        shutil.copy2(ROOT / name, project / name)
    for name in ("src", "templates", "tools"):
        shutil.copytree(ROOT / name, project / name, ignore=skip)
    for lock in LOCK_FILES:
        (project / "templates" / lock).write_bytes(b"lock")
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", project, "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", out)
    (built,) = out.glob("socialwork-*.whl")
    return built


def _templates() -> list[Path]:
    files = sorted([*TEMPLATES.glob("*.docx"), *TEMPLATES.glob("*.meta.json")])
    return [f for f in files if not f.name.startswith(("~$", ".~lock."))]


def test_the_wheel_ships_every_template_byte_for_byte(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = {n for n in archive.namelist() if n.startswith("socialwork/templates/")}
        expected = {f"socialwork/templates/{f.name}" for f in _templates()}
        assert len(expected) >= 2
        assert shipped == expected  # nothing else: no lock files
        for path in _templates():
            assert archive.read(f"socialwork/templates/{path.name}") == path.read_bytes()


def test_the_wheel_has_no_lock_files_and_no_authoring_tools(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert not [n for n in names if "~$" in n or ".~lock." in n]
    for fragment in ("templates_src", "tools/", "gallery", "build_templates", "build_examples"):
        assert not [n for n in names if fragment in n], fragment
    assert "socialwork/authoring/builder.py" in names  # the vendor toolkit is shipped


def test_the_wheel_version_is_the_project_version(wheel: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        headers = email.parser.Parser().parsestr(archive.read(metadata).decode("utf-8"))
    assert headers["Version"] == project["version"]
    assert "extra == 'authoring'" in str(headers.get_all("Requires-Dist"))


def test_an_installed_wheel_finds_its_templates(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    _run(sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", target, wheel)
    # the venv supplies the dependencies; PYTHONPATH puts the installed copy before the
    # editable one
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = _run(sys.executable, "-c", "import socialwork; print(socialwork.__file__)",
                 env=env, cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(target)
    listed = _run(sys.executable, "-m", "socialwork", "templates", "--json", env=env, cwd=tmp_path)
    builtin = {t["name"]: Path(t["path"]) for t in json.loads(listed.stdout)
               if t["plugin"] == "socialwork"}
    assert sorted(builtin) == sorted(p.name[:-5] for p in TEMPLATES.glob("*.docx")
                                     if not p.name.startswith("~$"))
    for name, path in builtin.items():
        assert path.is_relative_to(target), path
        assert path.read_bytes() == (TEMPLATES / f"{name}.docx").read_bytes()
