"""Build scripts of the built-in templates: one module per template, the source of truth.

Each module defines ``NAME``, ``TITLE``, ``MODEL`` (type tag), ``EXAMPLE`` (file name in
``socialwork/examples/``) and ``build() -> DocumentBuilder`` (:mod:`socialwork.authoring`).
Rebuild with ``python tools/build_templates.py [NAME…]``; the .docx and its ``.meta.json`` land
in the top-level ``templates/`` folder.
"""
