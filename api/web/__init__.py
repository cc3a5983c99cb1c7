"""The web explorer: HTML pages at / whose scripts ask /v1, as any other client would.

`install(app)` adds the page routes and the explorer's static files to the API app.
"""

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api.web.pages import STATIC_DIR, router


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/explorer/static", StaticFiles(directory=STATIC_DIR), name="explorer-static")
