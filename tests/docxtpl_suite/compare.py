"""Compare two .docx packages part by part: member names, content types, relationships,
XML (canonical form, C14N 2.0), media and other binary members byte for byte, and text.

Two documents are *identical* when :func:`differences` returns ``[]``: the same parts with
the same content type, the same relationships (id, type, resolved target, mode), the same
XML infoset and the same bytes for everything else. Serialization details that carry no
meaning are ignored — attribute order, quote style, the XML declaration, which prefix a
namespace is bound to, how a package
spells a relationship target (``media/image1.png`` or ``/word/media/image1.png``), a
``Default`` content type no part uses, the order and compression of zip members.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from socialwork.documents.text import document_text

_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _members(document: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return {
            info.filename: archive.read(info)
            for info in archive.infolist()
            if not info.is_dir()
        }


def content_types(members: dict[str, bytes]) -> dict[str, str]:
    """Every member's content type as a reader resolves it (Override, else Default)."""
    root = etree.fromstring(members["[Content_Types].xml"], _PARSER)
    defaults = {
        (e.get("Extension") or "").lower(): e.get("ContentType") or ""
        for e in root.iter(f"{_CT}Default")
    }
    overrides = {
        (e.get("PartName") or "").lstrip("/"): e.get("ContentType") or ""
        for e in root.iter(f"{_CT}Override")
    }
    resolved = {}
    for name in members:
        if name == "[Content_Types].xml":
            continue
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        resolved[name] = overrides.get(name) or defaults.get(extension, "(none)")
    return resolved


def relationships(name: str, xml: bytes) -> set[tuple[str, str, str, str]]:
    """The relationships of a ``.rels`` member: (id, type, target, mode), internal targets
    resolved to package paths."""
    folder = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels -> word
    found = set()
    for element in etree.fromstring(xml, _PARSER).iter(_REL):
        target = element.get("Target") or ""
        mode = element.get("TargetMode") or "Internal"
        if mode != "External":
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target)
            )
        found.add((element.get("Id") or "", element.get("Type") or "", target, mode))
    return found


def canonical(xml: bytes, *, rewrite_prefixes: bool = False) -> bytes:
    """C14N 2.0 of an XML part; with ``rewrite_prefixes`` namespace prefixes are renamed in
    order of use, so two parts that bind the same namespaces to other prefixes compare
    equal (prefixes carry no meaning: *Namespaces in XML 1.0*, section 3)."""
    if rewrite_prefixes:
        return etree.canonicalize(from_file=io.BytesIO(xml), rewrite_prefixes=True).encode("utf-8")
    return bytes(etree.tostring(etree.fromstring(xml, _PARSER), method="c14n2"))


def _first_difference(a: bytes, b: bytes) -> str:
    index = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                 min(len(a), len(b)))
    start = max(0, index - 60)
    return (
        f"at byte {index}: ours …{a[start:index + 60].decode('utf-8', 'replace')!r} / "
        f"docxtpl …{b[start:index + 60].decode('utf-8', 'replace')!r}"
    )


def differences(ours: bytes, plain: bytes) -> list[str]:
    """What differs between two .docx packages (``[]``: identical)."""
    a, b = _members(ours), _members(plain)
    found: list[str] = []
    if set(a) != set(b):
        found.append(
            f"members: only ours {sorted(set(a) - set(b))}, only docxtpl {sorted(set(b) - set(a))}"
        )
    types_a, types_b = content_types(a), content_types(b)
    for name in sorted(set(a) & set(b)):
        if name == "[Content_Types].xml":
            continue
        if types_a[name] != types_b[name]:
            found.append(f"{name}: content type {types_a[name]} / {types_b[name]}")
        if name.endswith(".rels"):
            rels_a, rels_b = relationships(name, a[name]), relationships(name, b[name])
            if rels_a != rels_b:
                found.append(
                    f"{name}: relationships only ours {sorted(rels_a - rels_b)}, "
                    f"only docxtpl {sorted(rels_b - rels_a)}"
                )
        elif types_a[name].endswith("xml") or name.endswith(".xml"):
            ca, cb = canonical(a[name]), canonical(b[name])
            if ca != cb and canonical(a[name], rewrite_prefixes=True) != canonical(
                b[name], rewrite_prefixes=True
            ):
                found.append(f"{name}: XML differs {_first_difference(ca, cb)}")
        elif a[name] != b[name]:
            found.append(f"{name}: bytes differ ({len(a[name])} / {len(b[name])} bytes)")
    if not found and document_text(ours) != document_text(plain):
        found.append("text differs")
    return found


_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def package_problems(document: bytes) -> list[str]:
    """Why ``document`` is not a sound .docx package (``[]``: sound): a member without a
    content type, an XML part that does not parse strictly, a relationship whose target is
    missing, a reference (``r:id``, ``r:embed``…) to a relationship its part does not have."""
    try:
        members = _members(document)
    except Exception as exc:  # not even a zip
        return [f"not a zip archive ({exc})"]
    if "[Content_Types].xml" not in members or "_rels/.rels" not in members:
        return ["no [Content_Types].xml or _rels/.rels"]
    problems: list[str] = []
    types = content_types(members)
    parsed: dict[str, etree._Element] = {}
    for name, content_type in types.items():
        if content_type == "(none)":
            problems.append(f"{name}: no content type")
        if name.endswith((".xml", ".rels")) or content_type.endswith("xml"):
            try:
                parsed[name] = etree.fromstring(members[name], _PARSER)
            except etree.XMLSyntaxError as exc:
                problems.append(f"{name}: malformed XML ({exc})")
    rels_of: dict[str, set[str]] = {}
    for name in members:
        if not name.endswith(".rels"):
            continue
        folder, base = posixpath.split(name)
        part = posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])
        ids = set()
        for rid, _type, target, mode in relationships(name, members[name]):
            ids.add(rid)
            if mode != "External" and target not in members:
                problems.append(f"{name}: {rid} points to a missing part {target}")
        rels_of[part] = ids
    for name, root in parsed.items():
        if name.endswith(".rels"):
            continue
        for element in root.iter():
            for attribute, value in element.attrib.items():
                if attribute.startswith(_R) and value not in rels_of.get(name, set()):
                    problems.append(
                        f"{name}: {attribute[len(_R):]}={value!r} has no relationship"
                    )
    return problems
