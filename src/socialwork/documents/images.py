"""Pictures in documents: :func:`image` (a gmina's herb, a funder's logo) and docxtpl's
``InlineImage``.

``{{ herb }}`` prints a picture where the tag stands, as docxtpl's ``InlineImage`` does; the
engine embeds it in the output package itself — a media part (one per distinct picture,
shared by every place it is printed), a relationship from the part that shows it and the
content type — so the document never refers to a picture it does not contain.

* From Python (a caller's context, a plugin's ``extend_context``):
  ``socialwork.documents.image("herb.png", height_mm=20)`` — a path, the bytes of the file or
  a binary file object; PNG, JPEG, GIF, BMP or TIFF (what Word shows everywhere).
* In a template: ``{{ image(letterhead.herb_png, width_mm=15) }}`` — the global ``image``
  takes the bytes of a picture or an image from the context (to print it at another size);
  never a file path: a template cannot read files.
* A docxtpl ``InlineImage(tpl, "logo.png", width=Mm(20))`` in the context works as in
  docxtpl; the ``DocxTemplate`` it was made for does not matter.

Given only a width (or only a height) the picture keeps its proportions; given neither it
has its natural size (pixels at the file's dpi, 72 dpi when the file does not say).
"""

from __future__ import annotations

import functools
import io
import math
import os
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from socialwork.documents.errors import ValueFormatError

if TYPE_CHECKING:  # python-docx is imported by the first picture, not by every render
    from docx.image.image import Image as DocxImage

__all__ = [
    "SHAPE_SENTINEL",
    "Image",
    "drawing_markup",
    "from_inline_image",
    "image",
    "image_placeholder",
    "link_placeholder",
    "template_image",
]

_EMU_PER_MM = 36_000
_MAX_MM = 1_000  # one metre: larger than any page Word prints
SHAPE_SENTINEL = 2_147_483_646
"""The shape id written into a picture's XML until the part it lands in is known (docxtpl
gives every picture of a part the part's next free id; the body's ids are renumbered)."""
_CONTENT_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff"}


def _parse(data: bytes, filename: str | None, what: str) -> DocxImage:
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image as DocxImage

    try:
        stream = io.BytesIO(data)
        parsed = DocxImage._from_stream(stream, data, filename)
    except (UnrecognizedImageError, ValueError, IndexError, KeyError, TypeError) as exc:
        raise ValueFormatError(
            f"{what} is not a picture Word can show ({type(exc).__name__}); use a PNG, "
            "JPEG, GIF, BMP or TIFF file"
        ) from None
    if parsed.content_type not in _CONTENT_TYPES:
        raise ValueFormatError(
            f"{what} is a {parsed.content_type} picture; use a PNG, JPEG, GIF, BMP or TIFF "
            "file"
        )
    if parsed.px_width <= 0 or parsed.px_height <= 0:
        raise ValueFormatError(f"{what} has no size (0 pixels); save the picture again")
    return parsed


def _emu(value: object, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValueFormatError(
            f"image {name} must be a number of millimetres, got {type(value).__name__}"
        )
    number = float(value)
    if not math.isfinite(number) or not 0 < number <= _MAX_MM:
        raise ValueFormatError(
            f"image {name} must be more than 0 and at most {_MAX_MM} mm, got {value}"
        )
    return max(1, int(number * _EMU_PER_MM))


def _check_link(link: object) -> str | None:
    if link is None:
        return None
    if not isinstance(link, str) or not link.strip() or not link.isprintable():
        raise ValueFormatError("an image's link must be a non-empty URL without control characters")
    return link


@attrs.frozen(eq=False)
class Image:
    """A picture to print in a document (``{{ herb }}``). Make one with :func:`image`.

    ``width``/``height`` are in EMU (1 mm = 36 000 EMU) or ``None`` (kept in proportion, or
    the natural size); ``link`` an optional URL the picture links to (as docxtpl's
    ``InlineImage(anchor=…)``).
    """

    data: bytes = attrs.field(repr=False)
    filename: str
    width: int | None = None
    height: int | None = None
    link: str | None = None
    _parsed: DocxImage = attrs.field(default=None, repr=False, alias="_parsed")
    as_docxtpl: bool = False
    """Written exactly as docxtpl's ``InlineImage`` (no wrap distances: LibreOffice then adds
    its default 0.32 cm around the picture); :func:`image` pictures sit flush with the text."""

    def __attrs_post_init__(self) -> None:
        if self._parsed is None:
            object.__setattr__(self, "_parsed", _parse(self.data, self.filename, "the image"))

    @property
    def sha1(self) -> str:
        """The SHA-1 of the picture's bytes (pictures are stored once per document)."""
        return str(self._parsed.sha1)

    @property
    def extension(self) -> str:
        """The file extension of its media part (``png``, ``jpg``…)."""
        return str(self._parsed.ext)

    @property
    def content_type(self) -> str:
        return str(self._parsed.content_type)

    def size(self) -> tuple[int, int]:
        """The printed size (cx, cy) in EMU, computed as python-docx (so docxtpl) does."""
        cx, cy = self._parsed.scaled_dimensions(self.width, self.height)
        return int(cx), int(cy)

    def resized(self, *, width_mm: object = None, height_mm: object = None) -> Image:
        """The same picture at another size (both ``None``: the natural size)."""
        return attrs.evolve(
            self, width=_emu(width_mm, "width_mm"), height=_emu(height_mm, "height_mm")
        )

    def __html__(self) -> str:
        # Marks a picture as markup (filters pass it through untouched); the render prints it
        # (socialwork.documents.foreign) before anything could call this.
        raise TypeError(
            "a picture can only be printed on its own ({{ image }}) in a .docx template"
        )

    def __str__(self) -> str:
        raise TypeError(
            "an image cannot be joined into text (with ~ or a filter); print it on its own: "
            "{{ image }}"
        )


def image(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | io.IOBase,
    *,
    width_mm: float | Decimal | None = None,
    height_mm: float | Decimal | None = None,
    link: str | None = None,
) -> Image:
    """A picture for a document: ``source`` is a file path, the bytes of the file or a binary
    file object (read from its start). ``width_mm``/``height_mm`` set the printed size (one
    of them: proportional; neither: the natural size); ``link`` makes it a hyperlink.

    A file that cannot be read or is not a PNG, JPEG, GIF, BMP or TIFF picture raises
    :class:`~socialwork.errors.ValueFormatError`.
    """
    filename: str | None
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        filename = os.path.basename(path)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise ValueFormatError(
                f"cannot read the image file {filename!r} ({exc.strerror or exc})"
            ) from None
    elif isinstance(source, bytes | bytearray | memoryview):
        data, filename = bytes(source), None
    elif hasattr(source, "read"):
        if hasattr(source, "seek"):
            source.seek(0)
        data, filename = source.read(), None
        if not isinstance(data, bytes):
            raise ValueFormatError("image(): the file object must be opened in binary mode")
    else:
        raise ValueFormatError(
            f"image() takes a file path, bytes or a binary file, got {type(source).__name__}"
        )
    parsed = _parse(data, filename, f"the image {filename!r}" if filename else "the image")
    return Image(
        data,
        str(parsed.filename),
        _emu(width_mm, "width_mm"),
        _emu(height_mm, "height_mm"),
        _check_link(link),
        parsed,
    )


def template_image(value: object, width_mm: object = None, height_mm: object = None) -> Image:
    """``image(…)`` inside a template: the bytes of a picture, or an :class:`Image` from the
    context printed at another size. A file path is refused (templates cannot read files)."""
    if isinstance(value, Image):
        if width_mm is None and height_mm is None:
            return value
        return value.resized(width_mm=width_mm, height_mm=height_mm)
    if isinstance(value, bytes | bytearray | memoryview):
        return image(value, width_mm=width_mm, height_mm=height_mm)  # type: ignore[arg-type]
    if isinstance(value, str | os.PathLike):
        raise ValueFormatError(
            "image() in a template takes the bytes of a picture or an image from the context, "
            "not a file path (templates cannot read files); put "
            "socialwork.documents.image(path) into the context instead"
        )
    raise ValueFormatError(
        f"image() in a template takes the bytes of a picture or an image, got "
        f"{type(value).__name__}"
    )


def from_inline_image(value: Any) -> Image:
    """The :class:`Image` of a docxtpl ``InlineImage`` (its picture, width, height and
    anchor; the ``DocxTemplate`` it was made for is not used)."""
    descriptor = value.image_descriptor
    if isinstance(descriptor, os.PathLike):
        descriptor = os.fspath(descriptor)
    name = os.path.basename(descriptor) if isinstance(descriptor, str) else "(file object)"
    from docx.image.image import Image as DocxImage

    try:
        parsed = DocxImage.from_file(descriptor)
    except OSError as exc:
        raise ValueFormatError(
            f"InlineImage: cannot read the picture {name!r} ({exc.strerror or exc})"
        ) from None
    except Exception as exc:  # python-docx: not a picture it knows
        raise ValueFormatError(
            f"InlineImage: {name!r} is not a picture Word can show ({type(exc).__name__}); "
            "use a PNG, JPEG, GIF, BMP or TIFF file"
        ) from None
    _parse(parsed.blob, parsed.filename, f"InlineImage {name!r}")
    width = None if value.width is None else int(value.width)
    height = None if value.height is None else int(value.height)
    anchor = value.anchor if getattr(value, "anchor", None) else None
    return Image(parsed.blob, str(parsed.filename), width, height, anchor, parsed, True)


def image_placeholder(number: int) -> str:
    """The ``r:embed`` value standing for the ``number``-th picture of a render."""
    return f"@sw-image-{number}@"


def link_placeholder(number: int) -> str:
    """The ``r:id`` value standing for the link of the ``number``-th picture of a render."""
    return f"@sw-link-{number}@"


def drawing_markup(picture: Image, number: int) -> str:
    """The XML docxtpl's ``InlineImage`` prints (a run with a ``w:drawing`` inline picture,
    closing and reopening the text run around it), with placeholders for the relationship
    ids and the shape id."""
    cx, cy = picture.size()
    xml = _drawing(picture.filename, cx, cy, picture.link is not None, picture.as_docxtpl)
    return xml.replace(image_placeholder(0), image_placeholder(number)).replace(
        link_placeholder(0), link_placeholder(number)
    )


@functools.lru_cache(maxsize=256)
def _drawing(filename: str, cx: int, cy: int, linked: bool, as_docxtpl: bool) -> str:
    """The markup of picture number 0 (built with python-docx, as docxtpl builds it)."""
    from docx.oxml.shape import CT_Inline
    from docx.shared import Emu

    inline = CT_Inline.new_pic_inline(
        SHAPE_SENTINEL, image_placeholder(0), filename, Emu(cx), Emu(cy)
    )
    if not as_docxtpl:
        for side in ("distT", "distB", "distL", "distR"):
            inline.set(side, "0")
    if linked:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        for element in (inline.xpath(".//wp:docPr")[0], inline.xpath(".//pic:cNvPr")[0]):
            click = OxmlElement("a:hlinkClick")
            click.set(qn("r:id"), link_placeholder(0))
            element.append(click)
    return (
        f"</w:t></w:r><w:r><w:drawing>{inline.xml}</w:drawing></w:r><w:r>"
        '<w:t xml:space="preserve">'
    )
