"""The HTTP service of ``socialwork serve``: an ASGI application (Starlette, served by
uvicorn; the optional extra ``socialwork[serve]``).

* :func:`create_app` — the application (``uvicorn --factory socialwork.service:create_app``);
* :mod:`~socialwork.service.problems` — RFC 9457 problem details;
* :mod:`~socialwork.service.openapi` — the OpenAPI 3.1 description and its human page.

Endpoints, errors and examples: ``docs/service.md``.
"""

from __future__ import annotations

from socialwork.service.app import DEFAULT_MAX_BODY, ENV_MAX_BODY, create_app

__all__ = ["DEFAULT_MAX_BODY", "ENV_MAX_BODY", "create_app"]
