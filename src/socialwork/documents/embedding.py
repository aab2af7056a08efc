"""What a render adds to the package besides its rendered parts: the pictures it prints (media
parts, the relationships of the parts showing them, content types) and hyperlink
relationships — written the way python-docx (so docxtpl) writes them: the same media names
(``word/media/imageN.ext``, a picture stored once per document, one already in the template
reused), the same relationship ids (the first free ``rIdN`` of the part) and shape names.

While a template renders, a :class:`RenderState` (a context variable) collects what values
print: a picture prints as XML with placeholder ids, resolved once its part is rendered
(:meth:`RenderState.resolve`); :meth:`RenderState.members` then gives the new and changed
zip members. A value whose markup refers to a relationship the output would not have is
refused (:meth:`RenderState.check_references`), so no document has a dangling reference.
"""

from __future__ import annotations

import contextvars
import functools
import hashlib
import posixpath
import re
import zlib
from collections.abc import Callable, Iterable, Mapping

import attrs
from lxml import etree

from socialwork.documents.errors import UnsupportedFeatureError
from socialwork.documents.images import (
    SHAPE_SENTINEL,
    Image,
    drawing_markup,
    image_placeholder,
    link_placeholder,
)
from socialwork.documents.zipwriter import Member, deflated

__all__ = [
    "HYPERLINK",
    "IMAGE",
    "PackageIndex",
    "RenderState",
    "current",
    "has_references",
    "read_rels",
    "rels_member",
    "rendering",
]

IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CONTENT_TYPES = "[Content_Types].xml"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_IMAGE_NAME = re.compile(r"([a-zA-Z]+)([1-9][0-9]*)?")
# Attributes in the relationships namespace, as python-docx and Word prefix it ("r:").
_REFERENCE = re.compile(r"\br:(?:id|embed|link|pict|dm|lo|qs|cs|href)=\"([^\"]*)\"")

_STATE: contextvars.ContextVar[RenderState | None] = contextvars.ContextVar(
    "socialwork_render_state", default=None
)


def current() -> RenderState | None:
    """The state of the render under way in this thread/task, if any."""
    return _STATE.get()


def has_references(xml: str) -> bool:
    """Whether ``xml`` refers to a relationship (an ``r:id``, ``r:embed``… attribute)."""
    return _REFERENCE.search(xml) is not None


def member_bytes(member: Member) -> bytes:
    """The uncompressed content of a zip member."""
    return member.data if member.method == 0 else zlib.decompress(member.data, -15)


def rels_member(part: str) -> str:
    """The relationships member of a part: ``word/document.xml`` →
    ``word/_rels/document.xml.rels``."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _resolve_target(part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


@attrs.frozen
class Relationship:
    id: str
    type: str
    target: str  # a package member for internal ones, the URL for external ones
    external: bool


def read_rels(part: str, xml: bytes) -> tuple[Relationship, ...]:
    root = etree.fromstring(xml, _PARSER)
    found = []
    for element in root.iter(f"{{{_RELS_NS}}}Relationship"):
        external = element.get("TargetMode") == "External"
        target = element.get("Target") or ""
        found.append(
            Relationship(
                element.get("Id") or "",
                element.get("Type") or "",
                target if external else _resolve_target(part, target),
                external,
            )
        )
    return tuple(found)


def _next_id(xml: bytes) -> int:
    # python-docx's StoryPart.next_id: one more than the largest numeric un-namespaced "id"
    # attribute of the part.
    used = [
        int(value)
        for value in etree.fromstring(xml, _PARSER).xpath("//@id")
        if str(value).isdigit()
    ]
    return max(used) + 1 if used else 1


def _image_number(member: str) -> int | None:
    stem = posixpath.splitext(posixpath.basename(member))[0]
    match = _IMAGE_NAME.match(stem)
    return int(match.group(2)) if match and match.group(2) else None


class PackageIndex:
    """What the template's package holds that a render may add to: relationships per part,
    the pictures already stored, the content types. Built once per compiled template, the
    first time a render needs it (most templates print no picture)."""

    def __init__(self, members: Iterable[Member]) -> None:
        self.members = {member.name: member for member in members}
        self._rels: dict[str, tuple[Relationship, ...]] = {}
        self._next_ids: dict[str, int] = {}

    def content(self, name: str) -> bytes:
        return member_bytes(self.members[name])

    def rels(self, part: str) -> tuple[Relationship, ...]:
        """The relationships of ``part`` in the template."""
        if part not in self._rels:
            name = rels_member(part)
            self._rels[part] = read_rels(part, self.content(name)) if name in self.members else ()
        return self._rels[part]

    def next_id(self, part: str) -> int:
        """The id python-docx gives a picture inserted in ``part``."""
        if part not in self._next_ids:
            self._next_ids[part] = _next_id(self.content(part)) if part in self.members else 1
        return self._next_ids[part]

    @functools.cached_property
    def images(self) -> tuple[tuple[str, str], ...]:
        """(member, sha1) of every picture part of the template — python-docx's image parts:
        the targets of internal image relationships."""
        seen: dict[str, str] = {}
        for name in self.members:
            if not name.endswith(".rels"):
                continue
            folder, base = posixpath.split(name)  # "word/_rels", "document.xml.rels"
            part = posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])
            for rel in self.rels(part):
                if (
                    rel.type == IMAGE
                    and not rel.external
                    and rel.target in self.members
                    and rel.target not in seen
                ):
                    seen[rel.target] = hashlib.sha1(self.content(rel.target)).hexdigest()
        return tuple(sorted(seen.items()))

    @functools.cached_property
    def content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        """(defaults by lower-case extension, overrides by member)."""
        root = etree.fromstring(self.content(_CONTENT_TYPES), _PARSER)
        defaults = {
            (e.get("Extension") or "").lower(): e.get("ContentType") or ""
            for e in root.iter(f"{{{_CT_NS}}}Default")
        }
        overrides = {
            (e.get("PartName") or "").lstrip("/"): e.get("ContentType") or ""
            for e in root.iter(f"{{{_CT_NS}}}Override")
        }
        return defaults, overrides


@attrs.define
class _Use:
    number: int  # the picture's number in this render
    part: str


class RenderState:
    """What one render adds to the package (see the module docstring)."""

    def __init__(
        self,
        index: Callable[[], PackageIndex],
        body: str,
        hyperlinks: Mapping[str, str] | None = None,
    ) -> None:
        self._index_factory = index
        self._index: PackageIndex | None = None
        self.body = body
        self.part = body
        self.hyperlinks = dict(hyperlinks or {})
        """External hyperlinks (rId → URL) of the body made by the caller's DocxTemplate
        (``build_url_id``): written to the body's relationships."""
        self.pictures: list[Image] = []
        self.pending: list[_Use] = []
        self.added_rels: dict[str, list[Relationship]] = {}
        self.media: dict[str, tuple[str, Image]] = {}  # sha1 -> (member, picture)

    @property
    def index(self) -> PackageIndex:
        if self._index is None:
            self._index = self._index_factory()
        return self._index

    # ------------------------------------------------------------------ while rendering

    def picture(self, picture: Image) -> str:
        """The markup of ``picture`` printed in the current part (placeholders inside)."""
        number = len(self.pictures)
        self.pictures.append(picture)
        self.pending.append(_Use(number, self.part))
        return drawing_markup(picture, number)

    def check_references(self, xml: str, what: str) -> None:
        """Refuse ``xml`` (the markup of a value) when it refers to a relationship the current
        part will not have."""
        for rid in _REFERENCE.findall(xml):
            if rid.startswith("@sw-"):
                continue
            if self.part == self.body and rid in self.hyperlinks:
                continue
            known = {rel.id: rel for rel in self.index.rels(self.part)}
            if rid in known and known[rid].type == HYPERLINK:
                continue
            raise UnsupportedFeatureError(
                f"{what} refers to the relationship {rid!r}, which {self.part} of this "
                "template does not have (a hyperlink made with DocxTemplate.build_url_id, or "
                "a picture or part of another document); the document would be damaged. "
                "Pass the DocxTemplate that made it as the template, print the link as text, "
                "or put the picture in with socialwork.documents.image()"
            )

    # ------------------------------------------------------------------ after each part

    def _rels_now(self, part: str) -> list[Relationship]:
        return [*self.index.rels(part), *self.added_rels.get(part, [])]

    def _relate(self, part: str, type_: str, target: str, external: bool) -> str:
        """python-docx's ``get_or_add``: the id of an existing relationship of that type to
        that target, else a new one with the first free ``rIdN``."""
        existing = self._rels_now(part)
        if part == self.body:
            existing += [Relationship(i, HYPERLINK, u, True) for i, u in self.hyperlinks.items()]
        for rel in existing:
            if rel.type == type_ and rel.external == external and rel.target == target:
                return rel.id
        used = {rel.id for rel in existing}
        number = 1
        while f"rId{number}" in used:
            number += 1
        rid = f"rId{number}"
        self.added_rels.setdefault(part, []).append(Relationship(rid, type_, target, external))
        return rid

    def _media_member(self, picture: Image) -> str:
        if picture.sha1 in self.media:
            return self.media[picture.sha1][0]
        for member, sha1 in self.index.images:
            if sha1 == picture.sha1:
                return member
        taken = [_image_number(m) for m, _ in self.index.images]
        taken += [_image_number(m) for m, _ in self.media.values()]
        count = len(taken)
        number = next((n for n in range(1, count + 1) if n not in taken), count + 1)
        member = f"word/media/image{number}.{picture.extension}"
        self.media[picture.sha1] = (member, picture)
        return member

    def resolve(self, part: str, xml: str) -> str:
        """Put the relationship and shape ids into the pictures printed in ``part``."""
        uses = [use for use in self.pending if use.part == part]
        if not uses:
            return xml
        self.pending = [use for use in self.pending if use.part != part]
        shape = str(self.index.next_id(part))
        xml = xml.replace(
            f'id="{SHAPE_SENTINEL}" name="Picture {SHAPE_SENTINEL}"',
            f'id="{shape}" name="Picture {shape}"',
        )
        for use in uses:
            picture = self.pictures[use.number]
            rid = self._relate(part, IMAGE, self._media_member(picture), False)
            xml = xml.replace(
                f'r:embed="{image_placeholder(use.number)}"', f'r:embed="{rid}"'
            )
            if picture.link:
                link = self._relate(part, HYPERLINK, picture.link, True)
                xml = xml.replace(f'r:id="{link_placeholder(use.number)}"', f'r:id="{link}"')
        return xml

    # ------------------------------------------------------------------ at the end

    def changed(self) -> bool:
        return bool(self.added_rels or self.media or self.hyperlinks)

    def members(self) -> dict[str, Member]:
        """The zip members this render adds or changes (relationships, media, content
        types), by name."""
        result: dict[str, Member] = {}
        added = {part: list(rels) for part, rels in self.added_rels.items()}
        if self.hyperlinks:
            known = {rel.id for rel in self._rels_now(self.body)}
            extra = [
                Relationship(rid, HYPERLINK, url, True)
                for rid, url in self.hyperlinks.items()
                if rid not in known
            ]
            added[self.body] = extra + added.get(self.body, [])
        for part, rels in added.items():
            if rels:
                name = rels_member(part)
                result[name] = deflated(name, self._rels_xml(part, rels))
        for member, picture in self.media.values():
            result[member] = Member(
                member, 0, zlib.crc32(picture.data) & 0xFFFFFFFF, len(picture.data),
                picture.data,
            )
        types = self._content_types()
        if types is not None:
            result[_CONTENT_TYPES] = deflated(_CONTENT_TYPES, types)
        return result

    def _rels_xml(self, part: str, rels: list[Relationship]) -> bytes:
        name = rels_member(part)
        if name in self.index.members:
            root = etree.fromstring(self.index.content(name), _PARSER)
        else:
            root = etree.Element(f"{{{_RELS_NS}}}Relationships", nsmap={None: _RELS_NS})
        folder = posixpath.dirname(part)
        for rel in rels:
            element = etree.SubElement(root, f"{{{_RELS_NS}}}Relationship")
            element.set("Id", rel.id)
            element.set("Type", rel.type)
            if rel.external:
                element.set("Target", rel.target)
                element.set("TargetMode", "External")
            else:
                element.set("Target", posixpath.relpath(rel.target, folder or "."))
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True))

    def _content_types(self) -> bytes | None:
        defaults, overrides = self.index.content_types
        missing: dict[str, str] = {}
        for member, picture in self.media.values():
            extension = member.rsplit(".", 1)[-1]
            if member in overrides or defaults.get(extension.lower()) == picture.content_type:
                continue
            if extension.lower() in defaults or extension.lower() in missing:
                missing[member] = picture.content_type  # an Override for this one part
            else:
                missing[extension] = picture.content_type
        if not missing:
            return None
        root = etree.fromstring(self.index.content(_CONTENT_TYPES), _PARSER)
        for key, content_type in missing.items():
            if "/" in key:
                element = etree.SubElement(root, f"{{{_CT_NS}}}Override")
                element.set("PartName", f"/{key}")
            else:
                element = etree.Element(f"{{{_CT_NS}}}Default")
                element.set("Extension", key)
                root.insert(0, element)
            element.set("ContentType", content_type)
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True))


class rendering:
    """Make ``state`` the current render state for the ``with`` block."""

    def __init__(self, state: RenderState) -> None:
        self.state = state
        self.token: contextvars.Token[RenderState | None] | None = None

    def __enter__(self) -> RenderState:
        self.token = _STATE.set(self.state)
        return self.state

    def __exit__(self, *exc: object) -> None:
        assert self.token is not None
        _STATE.reset(self.token)
