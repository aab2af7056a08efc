"""Build scripts of the built-in templates: one module per template.

Each module defines ``NAME``, ``TITLE``, ``MODEL`` (type tag), ``EXAMPLE`` (file name in
``socialwork/examples/``) and ``build() -> DocumentBuilder``. Rebuild with
``python -m socialwork.documents.authoring [NAME…]``; the .docx and its ``.meta.json`` land in
``socialwork/templates/``.
"""
