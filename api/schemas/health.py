"""The health check's response."""

from typing import Literal

from pydantic import BaseModel, ConfigDict


class Health(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "ok", "backend": "embedded"}]}
    )

    status: Literal["ok"]
    backend: str
