"""The one reader of the environment: every setting, its default and its check."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from councilgraph.errors import ConfigError, RegisterError

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COUNCILGRAPH_", extra="ignore")

    # not named `register`: that shadows a BaseSettings attribute
    register_folder: Path | None = Field(
        None,
        validation_alias=AliasChoices("register_folder", "COUNCILGRAPH_REGISTER"),
        description="Folder holding the mySociety register CSVs (env COUNCILGRAPH_REGISTER).",
    )
    store: Path = Field(REPO_ROOT / "var" / "store", description="On-disk Oxigraph store.")
    curated: Path = Field(
        REPO_ROOT / "data" / "curated",
        description="Folder of hand-curated Turtle files `build` loads as the curated graph.",
    )
    documents: list[Path] = Field(
        default_factory=lambda: [SHARED / "corpus", REPO_ROOT / "data" / "documents"],
        description="Folders whose documents `build` reads (missing ones are skipped).",
    )
    backend: Literal["embedded", "neo4j"] = "embedded"
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_batch_size: int = Field(1000, ge=1, le=100_000)
    neo4j_timeout_s: float = Field(5.0, gt=0)
    neo4j_generation_check_s: float = Field(
        0,
        ge=0,
        description="Seconds a read of which sync Neo4j holds is trusted: 0 reads it for each "
        "question; N saves that round trip, seeing another process's sync or an outage up to "
        "N s late (this server's own writes are seen at once).",
    )
    # The local server `councilgraph neo4j start` runs from Maven Central jars (no Docker).
    neo4j_version: str = Field("5.26.30", pattern=r"^\d+\.\d+\.\d+$")
    neo4j_cache: Path = Field(
        Path.home() / ".cache" / "councilgraph",
        description="Where the Neo4j server jars are cached, outside git.",
    )
    neo4j_run_dir: Path = Field(
        REPO_ROOT / "var" / "neo4j", description="conf, data and logs of the local Neo4j server."
    )
    neo4j_heap: str = Field("512m", pattern=r"^\d+[kmg]$")
    neo4j_pagecache: str = Field("128m", pattern=r"^\d+[kmg]$")
    neo4j_start_timeout_s: float = Field(120.0, gt=0)
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    api_keys: list[SecretStr] = Field(default_factory=list)
    write_enabled: bool = False
    max_document_bytes: int = Field(20 * 1024 * 1024, ge=1)
    sparql_timeout_s: float = Field(10.0, gt=0)
    sparql_row_limit: int = Field(10_000, ge=1)
    sparql_workers: int = Field(
        2, ge=1, le=32, description="Processes running /v1/sparql queries (each killable)."
    )
    cors_origins: list[str] = Field(default_factory=list)
    answer_cache_mb: float = Field(
        64, ge=0, description="Encoded API answers kept for repeated questions (0: none)."
    )

    @model_validator(mode="after")
    def _refuse_unsafe_writes(self) -> "Settings":
        if self.write_enabled and not self.api_keys:
            raise ConfigError(
                "COUNCILGRAPH_WRITE_ENABLED is on but no COUNCILGRAPH_API_KEYS are set: "
                "refusing to accept documents without authentication"
            )
        weak = [k for k in self.api_keys if len(k.get_secret_value()) < 16]
        if weak:
            raise ConfigError("every API key must be at least 16 characters long")
        return self

    def register_dir(self) -> Path:
        """The register folder: the setting, else data/register/, else ../shared/data/register/."""
        if self.register_folder is not None:
            if not self.register_folder.is_dir():
                raise RegisterError(f"register folder {self.register_folder} does not exist")
            return self.register_folder
        candidates = [REPO_ROOT / "data" / "register", SHARED / "data" / "register"]
        for candidate in candidates:
            if (candidate / "uk_local_authorities_current.csv").is_file():
                return candidate
        tried = " or ".join(str(c) for c in candidates)
        raise RegisterError(
            f"no council register found in {tried}; pass --register PATH or set "
            "COUNCILGRAPH_REGISTER to a folder with uk_local_authorities_current.csv"
        )


@lru_cache
def get_settings() -> Settings:
    return Settings()
