"""Values that print as markup rather than text: pictures and docxtpl's objects.

Called for every printed value that is not plain text (it has ``__html__``, or is an
:class:`~socialwork.documents.images.Image`):

* an :class:`~socialwork.documents.images.Image` or a docxtpl ``InlineImage`` — a picture,
  embedded by the render (see :mod:`socialwork.documents.embedding`);
* docxtpl's ``RichText``, ``RichTextParagraph``, ``Listing`` — their XML, as docxtpl prints
  it; a ``RichText`` hyperlink (``url_id``) only when the relationship it names exists (made
  by the ``DocxTemplate`` passed as the template, or one the template has);
* a docxtpl ``Subdoc`` made with ``new_subdoc()`` (paragraphs and tables written with
  python-docx) — its XML, as docxtpl prints it; one holding pictures or links, or made from
  another document (``new_subdoc(path)``, whose styles, numbering and pictures docxtpl merges
  into its own package) is refused: the output would refer to parts it does not have;
* anything else with ``__html__`` — its markup, checked the same way.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from socialwork.documents import embedding
from socialwork.documents.errors import UnsupportedFeatureError
from socialwork.documents.images import Image, from_inline_image

__all__ = ["object_markup"]


def _docxtpl_class(value: Any) -> str | None:
    cls = type(value)
    return cls.__name__ if cls.__module__.split(".")[0] == "docxtpl" else None


def _refuse_subdoc(value: Any) -> None:
    if getattr(getattr(value, "subdocx", None), "_part", None) is not getattr(
        getattr(value, "docx", None), "_part", object()
    ):
        raise UnsupportedFeatureError(
            "a Subdoc made from another document (DocxTemplate.new_subdoc(path)) is not "
            "supported: docxtpl merges that document's styles, numbering and pictures into "
            "the DocxTemplate's own package, which socialwork does not render, so the output "
            "would refer to parts it does not have. Copy that content into the template "
            "(Word: Insert → Object → Text from file), or render this template with docxtpl"
        )


def object_markup(value: Any) -> Markup:
    """The markup ``value`` prints as (see the module docstring)."""
    state = embedding.current()
    kind = _docxtpl_class(value)
    picture: Image | None = None
    if isinstance(value, Image):
        picture = value
    elif kind == "InlineImage":
        picture = from_inline_image(value)
    if picture is not None:
        if state is None:
            raise UnsupportedFeatureError(
                "a picture can only be printed in a .docx template rendered by socialwork "
                "(render / render_template), not in a text template"
            )
        return Markup(state.picture(picture))
    if kind == "Subdoc":
        _refuse_subdoc(value)
    xml = str(value.__html__())
    if state is not None and "r:" in xml:
        if kind == "Subdoc":
            if embedding.has_references(xml):
                raise UnsupportedFeatureError(
                    "a Subdoc holding pictures, links or other relationships is not "
                    "supported: they belong to the DocxTemplate's package, not to the "
                    "document socialwork writes. Put pictures in with "
                    "socialwork.documents.image() and links as text, or render this template "
                    "with docxtpl"
                )
        else:
            what = {
                "RichText": "a RichText hyperlink (url_id)",
                "RichTextParagraph": "a RichTextParagraph hyperlink (url_id)",
            }.get(kind or "", f"a {type(value).__name__} value")
            state.check_references(xml, what)
    return Markup(xml)
