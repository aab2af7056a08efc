"""Plugin template failures: ``{{ 10**5000 }}``, a recursive macro and a corrupt archive member
escaped raw and aborted ``demo`` / ``lint-templates`` for every template. Each is now a clear
error naming the template and its plugin, and the other templates still render. A template
package is checked once at load: member names, symbolic links, sizes and compression ratio."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import docx
import pytest

from security.helpers import make_dist, run_cli, text
from socialwork.documents.compiler import compile_docx
from socialwork.documents.package import MAX_RATIO, package_problems
from socialwork.errors import TemplateDefinitionError

PERSON_EXAMPLE = Path(__file__).parents[2] / "src" / "socialwork" / "examples" / "osoba.json"


def _docx(body: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _corrupt(data: bytes, member: str = "word/styles.xml") -> bytes:
    raw = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + 60):
        raw[i] ^= 0x55
    return bytes(raw)


def _with_member(data: bytes, info: zipfile.ZipInfo, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _bad_templates(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    found = {
        "potega": _docx("{{ 10**5000 }}"),
        "rekurencja": _docx("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}"),
        "uszkodzony": _corrupt(_docx("Osoba {{ person.first_name }}")),
        "dobry": _docx("Osoba {{ person.first_name }}"),
    }
    paths = {}
    for name, data in found.items():
        paths[name] = folder / f"{name}.docx"
        paths[name].write_bytes(data)
    return paths


PLUGIN = '''
from pathlib import Path
from socialwork import hookimpl
from socialwork.documents import TemplateSpec

HERE = Path(__file__).parent / "tpl"

@hookimpl
def register_templates(register):
    for name in ("potega", "rekurencja", "uszkodzony", "dobry"):
        register(TemplateSpec(name=f"acme-{name}", path=HERE / f"{name}.docx",
                              model="person", title=name, example=Path(EXAMPLE)))
'''


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    _bad_templates(folder / "tpl")
    make_dist(folder, "acme-zle-szablony", "acme_zle",
              PLUGIN.replace("EXAMPLE", repr(str(PERSON_EXAMPLE))))  # fmt: skip
    return folder


def test_demo_names_each_bad_template_and_renders_the_rest(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    done = run_cli("demo", "-o", str(out), path=site, plugins="acme-zle-szablony")
    err = text(done.stderr)
    assert done.returncode == 1, err
    assert "Traceback" not in err
    failed = [line for line in err.splitlines() if line.startswith("socialwork demo:")]
    assert len(failed) == 3, err
    for name in ("potega", "rekurencja", "uszkodzony"):
        (line,) = [x for x in failed if f"acme-{name}:" in x]
        assert "(plugin 'acme-zle-szablony')" in line, line
    assert "ValueError" in err and "recursed too deeply" in err and "zlib.error" in err
    written = {p.stem for p in out.iterdir()}
    assert "acme-dobry" in written and "skierowanie" in written and len(written) >= 10


def test_lint_templates_names_each_and_checks_the_rest(site: Path) -> None:
    done = run_cli("lint-templates", path=site, plugins="acme-zle-szablony")
    out, err = text(done.stdout), text(done.stderr)
    assert done.returncode == 1, err
    assert "Traceback" not in err
    for name in ("potega", "uszkodzony"):  # a recursion shows only when rendered
        (line,) = [x for x in out.splitlines() if x.startswith(f"acme-{name}:")]
        assert "(plugin 'acme-zle-szablony')" in line, out
    assert "acme-dobry" not in out
    assert "problem(s) in" in err  # every registered template was checked


def test_render_of_a_bad_template_is_one_line_exit_3(site: Path, tmp_path: Path) -> None:
    done = run_cli("render", "acme-rekurencja", str(PERSON_EXAMPLE), "-o",
                   str(tmp_path / "x.docx"), path=site, plugins="acme-zle-szablony")  # fmt: skip
    err = text(done.stderr)
    assert done.returncode == 3, err
    assert len(err.strip().splitlines()) == 1 and "acme-zle-szablony" in err
    assert not (tmp_path / "x.docx").exists()


# ------------------------------------------------------------------ package checks


def _refused(data: bytes, fragment: str) -> None:
    with pytest.raises(TemplateDefinitionError, match="package is refused") as caught:
        compile_docx(data, "acme")
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../../etc/evil.txt", "'..'"),
        ("/etc/evil.txt", "absolute"),
        ("word\\..\\evil.txt", "backslash"),
        ("C:/evil.txt", "absolute"),
        ("word/a\x01b.xml", "control"),
    ],
)
def test_member_names_that_could_escape_are_refused(name: str, fragment: str) -> None:
    _refused(_with_member(_docx("x"), zipfile.ZipInfo(name), b"x"), fragment)


def test_a_symlink_member_is_refused() -> None:
    info = zipfile.ZipInfo("word/media/link.png")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    _refused(_with_member(_docx("x"), info, b"/etc/shadow"), "symbolic link")


def test_a_zip_bomb_is_refused_without_unpacking() -> None:
    bomb = b"\0" * (8 * 1024 * 1024)  # 8 MiB of zeros: about 1000:1
    _refused(_with_member(_docx("x"), zipfile.ZipInfo("word/media/zero.bin"), bomb), ":1")
    problems = package_problems(_with_member(_docx("x"), zipfile.ZipInfo("z.bin"), bomb))
    assert problems and f"at most {MAX_RATIO}:1" in problems[0]


def test_a_declared_size_of_gigabytes_is_refused() -> None:
    data = bytearray(_with_member(_docx("x"), zipfile.ZipInfo("word/media/big.bin"), b"abc"))
    # forge the central directory's unpacked size of the last member: 3 GB
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (3 * 1024**3).to_bytes(4, "little")
    _refused(bytes(data), "unpacks to")


def test_every_builtin_template_passes_the_package_check() -> None:
    for path in (Path(__file__).parents[2] / "templates").glob("*.docx"):
        assert package_problems(path.read_bytes()) == [], path.name


def test_a_template_path_that_is_a_device_is_refused_before_reading(tmp_path: Path) -> None:
    from socialwork.documents.package import read_package

    with pytest.raises(TemplateDefinitionError, match="not a regular file"):
        read_package(Path("/dev/zero"), "acme-zero")
    fifo = tmp_path / "t.docx"
    import os

    os.mkfifo(fifo)
    with pytest.raises(TemplateDefinitionError, match="not a regular file"):
        read_package(fifo, "acme-fifo")
